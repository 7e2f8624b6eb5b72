// Prints one plain closing line, `Tests: N passed, M failed`, as the very last
// output of the runner, so the last line of `npm test` is the count CI reads; with more than one engine
// (ENGINES), a line per engine before it.
export function summaryReporter() {
  const countSuite = (suite, totals) => {
    for (const test of suite.tests) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite.suites) countSuite(child, totals);
  };
  const line = (totals) => `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
  return {
    stop({sessions}) {
      // Tests npm test ran before the runner (node --test test/node/), all passed or it would have stopped.
      const totals = {passed: Number(process.env.SW_EXTRA_PASSED) || 0, failed: 0, skipped: 0};
      /** One count per engine (the launcher's name: Chrome, Firefox, WebKit). */
      const engines = new Map();
      for (const session of sessions) {
        const engine = engines.get(session.browser.name) ?? {passed: 0, failed: 0, skipped: 0};
        engines.set(session.browser.name, engine);
        if (session.testResults) countSuite(session.testResults, engine);
        // A file that failed to load, or an error outside any test, is a failure too.
        engine.failed += session.errors?.length ?? 0;
      }
      for (const engine of engines.values()) for (const key of Object.keys(totals)) totals[key] += engine[key];
      process.once('exit', () => {
        if (engines.size > 1) for (const [name, engine] of engines) console.log(`${name}: ${line(engine)}`);
        console.log(`Tests: ${line(totals)}`);
      });
    },
  };
}
