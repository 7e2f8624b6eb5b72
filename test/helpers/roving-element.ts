// Moved to test/kit/roving-element.ts (the test kit); this re-export keeps the files not yet moved over working.
export * from '../kit/roving-element.js';
