// The widgets' classes and their public types, one line per widget of the registry (src/registry.json):
// src/define/all.ts and the server renderer (src/ssr/widgets.ts) register each class under its registry tag
// by its `className`, and the package root (src/index.ts) re-exports them.
export {SummitTimeline, TIMELINE_LAYOUTS, type TimelineLayout, type SummitTimelineSelectDetail} from './summit-timeline/summit-timeline.js';
export {CountryAgreements, type CountryAgreementsChangeDetail} from './country-agreements/country-agreements.js';
export {InitiativePillars, PILLAR_LAYOUTS, type PillarLayout, type InitiativePillarsToggleDetail} from './initiative-pillars/initiative-pillars.js';
export {SummitMap, MAP_LAYERS, type MapLayer, type SummitMapSelectDetail} from './summit-map/summit-map.js';
export {KeyFigures} from './key-figures/key-figures.js';
export {checkFigures, type FigureCheck} from './key-figures/rules.js';
export {AgreementsMatrix, type AgreementsMatrixSelectDetail} from './agreements-matrix/agreements-matrix.js';
