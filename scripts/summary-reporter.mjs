// Prints one plain closing line, `Tests: N passed, M failed`, as the very last
// output of the runner, so the last line of `npm test` is the count CI reads.
export function summaryReporter() {
  const countSuite = (suite, totals) => {
    for (const test of suite.tests) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite.suites) countSuite(child, totals);
  };
  return {
    stop({sessions}) {
      // Tests npm test ran before the runner (node --test test/node/), all passed or it would have stopped.
      const totals = {passed: Number(process.env.SW_EXTRA_PASSED) || 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, totals);
        // A file that failed to load, or an error outside any test, is a failure too.
        totals.failed += session.errors?.length ?? 0;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      process.once('exit', () => console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`));
    },
  };
}
