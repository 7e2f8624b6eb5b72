// Moved to test/kit/test-element.ts (the test kit); this re-export keeps the files not yet moved over working.
export * from '../kit/test-element.js';
