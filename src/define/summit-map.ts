import {defineElement} from '../internal/define.js';
import {SummitMap} from '../summit-map/summit-map.js';

defineElement('summit-map', SummitMap);

export {SummitMap};
export type {SummitMapSelectDetail} from '../summit-map/summit-map.js';
