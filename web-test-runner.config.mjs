// @web/test-runner in the machine's Chromium (Debian's, or CHROME_PATH): no browser download.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {findChromium, CHROMIUM_ARGS} from './scripts/chromium.mjs';
import {jsonModules} from './scripts/json-modules.mjs';
import {summaryReporter} from './scripts/summary-reporter.mjs';
import {defaultReporter} from '@web/test-runner';
import {heapPlugin, hostileMiddleware} from './scripts/test-middleware.mjs';
import {ssrPagesMiddleware, ssrPlugin} from './scripts/ssr-plugin.mjs';

const executablePath = findChromium();

export default {
  // The Storybook test, the CSP test of the CDN file and the interop tests need storybook-static, dist/
  // and .interop/, made by `npm test` (not by `--quick`).
  files: [
    'test/**/*.test.ts',
    ...(process.env.SW_QUICK ? ['!test/storybook/**', '!test/hostile/csp-dist.test.ts', '!test/interop/**'] : []),
  ],
  nodeResolve: true,
  // A CSP header for the hostile CSP pages, and `/faults/...`: a broken and slow dataset server.
  middleware: [hostileMiddleware(), ssrPagesMiddleware()],
  concurrency: 1,
  // heapPlugin(): the `heap-after-gc` command of the leak test (test/hostile/lifecycle.test.ts).
  plugins: [jsonModules(), esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}), heapPlugin(), ssrPlugin()],
  browsers: [chromeLauncher({launchOptions: {executablePath, headless: true, args: CHROMIUM_ARGS}})],
  testFramework: {config: {timeout: 20000}},
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), summaryReporter()],
};
