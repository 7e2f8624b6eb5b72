import {defineElement} from '../internal/define.js';
import {SummitTimeline} from '../summit-timeline/summit-timeline.js';

defineElement('summit-timeline', SummitTimeline);

export {SummitTimeline};
export type {SummitTimelineSelectDetail} from '../summit-timeline/summit-timeline.js';
