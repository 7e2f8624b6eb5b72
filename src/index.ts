// The package root: classes, types and the dataset. It registers no tag;
// import `summit-widgets/<tag>.js` (or `all.js`) for that.
export * from './dataset/index.js';
export {defineElement} from './internal/define.js';
export {SummitElement, THEMES, type Theme} from './internal/summit-element.js';
export {LANGS, type Lang} from './internal/lang.js';
export {VERSION} from './internal/version.js';
export {SummitTimeline, TIMELINE_LAYOUTS, type TimelineLayout, type SummitTimelineSelectDetail} from './summit-timeline/summit-timeline.js';
export {CountryAgreements, type CountryAgreementsChangeDetail} from './country-agreements/country-agreements.js';
export {
  InitiativePillars,
  PILLAR_LAYOUTS,
  type PillarLayout,
  type InitiativePillarsToggleDetail,
} from './initiative-pillars/initiative-pillars.js';
export {SummitMap, MAP_LAYERS, type MapLayer, type SummitMapSelectDetail} from './summit-map/summit-map.js';
export {KeyFigures} from './key-figures/key-figures.js';
export {checkFigures, type FigureCheck} from './key-figures/rules.js';
export {AgreementsMatrix, type AgreementsMatrixSelectDetail} from './agreements-matrix/agreements-matrix.js';
