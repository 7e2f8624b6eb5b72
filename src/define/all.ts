// Registers every summit widget (the CDN build's entry).
export * from './summit-timeline.js';
export * from './country-agreements.js';
export * from './initiative-pillars.js';
export * from './summit-map.js';
export * from './key-figures.js';
export * from './agreements-matrix.js';
