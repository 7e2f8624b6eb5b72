// Moved to test/kit/fixture.ts (the test kit); this re-export keeps the files not yet moved over working.
export * from '../kit/fixture.js';
