// @web/test-runner in the machine's browsers (Debian's packages, no download): the engines ENGINES names
// (scripts/engines.mjs): `npm test` sets chromium,firefox,webkit; the quick loops default to Chromium.
// `npm test` runs every file (SW_FULL=1, after the builds); `wtr`, `npm run test:file`, `test:watch` and
// `test:quick` leave out the files that need those builds (below), unless they are named.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {engineLaunchers} from './scripts/engines.mjs';
import {jsonModules} from './scripts/json-modules.mjs';
import {summaryReporter} from './scripts/summary-reporter.mjs';
import {defaultReporter} from '@web/test-runner';
import {heapPlugin, hostileMiddleware} from './scripts/test-middleware.mjs';
import {ssrPagesMiddleware, ssrPlugin} from './scripts/ssr-plugin.mjs';
import * as texts from './scripts/texts-plugin.mjs';

const minutes = 60000;

export default {
  // The Storybook test, the CSP test of the CDN file, the CDN loader's test and the interop tests need storybook-static, dist/
  // and .interop/, which only `npm test` builds.
  files: ['test/**/*.test.ts', ...(process.env.SW_FULL ? [] : ['!test/storybook/**', '!test/hostile/csp-dist.test.ts', '!test/hydrate/loader-dist.test.ts', '!test/interop/**'])],
  nodeResolve: true,
  // A CSP header for the hostile CSP pages, and `/faults/...`: a broken and slow dataset server.
  middleware: [hostileMiddleware(), ssrPagesMiddleware()],
  concurrency: 1,
  // One engine at a time (Chromium, then Firefox, then WebKit): on 2 cores, engines side by side made every
  // test several times slower; one after another the run is the sum of the three.
  concurrentBrowsers: 1,
  // texts.wtr(): the bundled dataset's and the UI strings' pieces (`summit-widgets:...`, scripts/texts-plugin.mjs);
  // heapPlugin(): the `heap-after-gc` command of the leak test (test/hostile/lifecycle.test.ts).
  plugins: [texts.wtr(), jsonModules(), esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}), heapPlugin(), ssrPlugin()],
  // Lit's hydrate support before Lit itself (as summit-widgets/hydrate.js on a page): server-mode fixtures keep the
  // server's nodes. Module scripts run in order, so it is evaluated before the test file imports LitElement.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script type="module" src="/src/hydrate.ts"></script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: engineLaunchers(),
  // Limits for a machine that may be busy (a full run beside another full run on 2 cores): they catch a
  // test that hangs, not one that is slow. A test waits for states (until(), updateComplete), never for time.
  // Mocha's limit per test (a suite's this.timeout() overrides it):
  testFramework: {config: {timeout: 1 * minutes}},
  browserStartTimeout: 3 * minutes,
  // From a file's page opening to its first test: its imports are compiled on request.
  testsStartTimeout: 3 * minutes,
  // A whole file (the Storybook test runs axe over every story in five languages and two themes).
  testsFinishTimeout: 30 * minutes,
  reporters: [defaultReporter(), summaryReporter()],
};
