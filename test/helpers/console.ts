// Moved to test/kit/console.ts (the test kit); this re-export keeps the files not yet moved over working.
export * from '../kit/console.js';
