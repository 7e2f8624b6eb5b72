// @web/test-runner in the machine's Chromium (Debian's, or CHROME_PATH): no browser download.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {findChromium, CHROMIUM_ARGS} from './scripts/chromium.mjs';
import {jsonModules} from './scripts/json-modules.mjs';
import {summaryReporter} from './scripts/summary-reporter.mjs';
import {defaultReporter} from '@web/test-runner';

const executablePath = findChromium();

export default {
  // The Storybook test needs storybook-static, built by `npm test` (not by `--quick`).
  files: ['test/**/*.test.ts', ...(process.env.SW_QUICK ? ['!test/storybook/**'] : [])],
  nodeResolve: true,
  concurrency: 1,
  plugins: [jsonModules(), esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  browsers: [chromeLauncher({launchOptions: {executablePath, headless: true, args: CHROMIUM_ARGS}})],
  testFramework: {config: {timeout: 20000}},
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), summaryReporter()],
};
