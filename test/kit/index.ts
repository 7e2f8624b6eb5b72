// The test kit: one import for a widget's test file.
export * from './console.js';
export * from './fixture.js';
export * from './harness.js';
export * from './conformance.js';
export {STRINGS} from './strings.js';
