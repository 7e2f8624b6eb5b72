// Moved to test/kit/strings.ts (the test kit); this re-export keeps the files not yet moved over working.
export * from '../kit/strings.js';
