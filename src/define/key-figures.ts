import {defineElement} from '../internal/define.js';
import {KeyFigures} from '../key-figures/key-figures.js';

defineElement('key-figures', KeyFigures);

export {KeyFigures};
