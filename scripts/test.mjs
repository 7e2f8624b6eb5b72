#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure.
// Custom elements manifest, type check, lint, dataset validation, the widgets' own build steps (src/<tag>/build-*.mjs
// --check: the map's shapes), rollup build, size budget, the interop projects (the package packed and installed
// into .interop/), the stories' pre-rendered HTML, Storybook build, the Node tests, then @web/test-runner in
// Chromium, Firefox and WebKit one after another (ENGINES picks fewer; each engine installed first when missing),
// every test file; the last lines are a count per engine and `Tests: N passed, M failed`.
// `--quick` (npm run test:quick): the checks that need no build (tsc, ESLint, validation, the map's shapes), then the
//   browser tests that need no build.
// `--file` (npm run test:file -- test/x.test.ts ..., npm run test:watch): the browser tests alone, at once (the
//   named files, or every one that needs no build); other arguments go to the runner (--watch, --files).
// The quick loops run Chromium alone unless ENGINES says otherwise; `npm test` runs every engine.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {findChromium, CANDIDATES} from './chromium.mjs';
import {ALL_ENGINES, ENGINE_PACKAGES, enginesFromEnv} from './engines.mjs';
import {widgetBuildSteps} from './registry.mjs';

const quick = process.argv.includes('--quick');
const file = process.argv.includes('--file');
const full = !quick && !file;
const passthrough = process.argv.slice(2).filter((arg) => arg !== '--quick' && arg !== '--file');
// The whole run is in every engine readers use; the runner (web-test-runner.config.mjs) reads ENGINES too.
if (full && !process.env.ENGINES) process.env.ENGINES = ALL_ENGINES.join(',');

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {stdio: 'inherit', env: {...process.env, ...env}});
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status || 1);
  }
}

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

function aptInstall(packages) {
  console.log(`▶ Not found here: installing Debian's ${packages.join(', ')}`);
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  spawnSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
  spawnSync('apt-get', ['install', '-y', '-qq', ...packages], {stdio: 'inherit', env});
}

/** Japanese text is measured in the tests (reserve heights, map labels): without a CJK font it is boxes. */
function hasJapaneseFont() {
  const result = spawnSync('fc-list', [':lang=ja', 'family'], {encoding: 'utf8'});
  return result.status === 0 && result.stdout.trim() !== '';
}

/**
 * The browsers (Chromium, and Firefox and WebKit when ENGINES has them) and a Japanese font, Debian's
 * packages: installed with apt-get when root, else named in one line.
 */
function ensureBrowsers() {
  const others = enginesFromEnv().filter((engine) => engine !== 'chromium');
  const missing = () => [
    ...(findChromium() ? [] : ['chromium']),
    ...others.filter((engine) => !ENGINE_PACKAGES[engine].present()).flatMap((engine) => ENGINE_PACKAGES[engine].packages),
  ];
  const packages = missing();
  const font = hasJapaneseFont() ? [] : ['fonts-noto-cjk'];
  if (canApt && (packages.length || font.length)) aptInstall([...packages, ...font]);
  if (!missing().length) {
    if (!hasJapaneseFont()) console.warn('⚠ No Japanese font (fc-list :lang=ja): the tests that measure Japanese text may fail; apt-get install fonts-noto-cjk');
    return;
  }
  console.error(
    `✖ The tests need Chromium (CHROME_PATH or ${CANDIDATES.join(' or ')})${others.length ? `, ${others.join(', ')}` : ''}: apt-get install ${missing().join(' ')}`
  );
  process.exit(1);
}

ensureBrowsers();
const bin = (name) => `node_modules/.bin/${name}`;
if (full) run('Custom elements manifest (custom-elements.json)', bin('custom-elements-manifest'), ['analyze']);
if (!file) {
  run('Type check (tsc --noEmit)', bin('tsc'), ['--noEmit']);
  run('Lint (ESLint with eslint-plugin-lit and eslint-plugin-wc)', bin('eslint'), ['.']);
  run('Dataset validation', 'node', ['scripts/validate-data.mjs']);
  for (const step of widgetBuildSteps()) run(`Widget build step (${step} --check: the committed output is what it writes)`, 'node', [step, '--check']);
}
if (full) {
  run('Build (rollup, from an empty dist/)', bin('rollup'), ['-c', '--silent']);
  run('Stylesheets (dist/cdn/summit-widgets.css, reserve.css)', 'node', ['scripts/build-css.mjs']);
  run('Size budget (src/registry.json `size`, size-budget.json; the table in docs/size.md)', 'node', ['scripts/size.mjs']);
  run('Interop projects (npm pack, npm install into .interop/, esbuild)', 'node', ['scripts/interop-setup.mjs']);
  run('Pre-rendered HTML for the stories (stories/generated/, scripts/prerender-stories.mjs)', 'node', ['scripts/prerender-stories.mjs']);
  run('Storybook build', bin('storybook'), ['build', '--quiet', '-o', 'storybook-static'], {
    STORYBOOK_DISABLE_TELEMETRY: '1',
  });
}
// Node-side tests (the command line, on the built dist/ssr): their count joins the runner's closing line.
let nodePassed = 0;
if (full) {
  console.log('\n▶ Node tests (node --test test/node/)');
  const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'test/node/'], {encoding: 'utf8'});
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) {
    console.error('✖ Node tests failed');
    process.exit(result.status || 1);
  }
  nodePassed = Number(/ℹ pass (\d+)/.exec(result.stdout)?.[1] ?? 0);
}
run(`Tests (@web/test-runner in ${enginesFromEnv().join(', ')})`, bin('wtr'), passthrough, {...(full ? {SW_FULL: '1'} : {}), SW_EXTRA_PASSED: String(nodePassed)});
