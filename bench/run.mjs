#!/usr/bin/env node
// `npm run bench`: bytes, time to content, long tasks, layout shift and growth of the summit widgets,
// side by side with the same content as static HTML (the floor) and with TimelineJS3, in Chromium;
// client-rendered (the CDN script) and pre-rendered at build time (dist/ssr's render(), then hydrated),
// and the forced layouts in a performance trace.
// Writes bench/results/latest.json and docs/benchmarks.md, and prints met / missed for each goal.
//
// Options:
//   --rounds N     rounds of every scenario at every throttling rate (default 10)
//   --quick        3 rounds; for working on the harness (still writes the files)
//   --only REGEX   only the scenarios whose id matches (e.g. --only 'floor|timelinejs')
//   --rates 1,4    CPU throttling rates (default 1,4)
//   --build        build the widget script into bench/results/ even when dist/cdn/summit-widgets.js exists
//   --no-profile   skip the profiled and traced loads
//   --no-docs      do not write docs/benchmarks.md
//   --screenshots  save one screenshot of each page to bench/results/shots/
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, release, totalmem, type} from 'node:os';
import {SourceMap} from 'node:module';
import {basename, dirname, join, relative, resolve as resolvePath} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, findChromium} from '../scripts/chromium.mjs';
import {loadTs} from '../scripts/lib/load-ts.mjs';
import {buildBundle, composition, filesSizes, jsFilesIn, sizes, sum} from './bytes.mjs';
import {heights, measure, profile, traceLoad} from './measure.mjs';
import {ALL_TAGS, TAGS, buildPages, datasetWithEvents} from './pages.mjs';
import {BenchServer} from './server.mjs';
import {fmt, markdown, stats, summarize} from './report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const benchDir = join(root, 'bench');
const resultsDir = join(benchDir, 'results');
mkdirSync(resultsDir, {recursive: true});

const {values: args} = parseArgs({
  options: {
    rounds: {type: 'string'},
    quick: {type: 'boolean', default: false},
    only: {type: 'string'},
    rates: {type: 'string', default: '1,4'},
    build: {type: 'boolean', default: false},
    'no-profile': {type: 'boolean', default: false},
    'no-docs': {type: 'boolean', default: false},
    screenshots: {type: 'boolean', default: false},
  },
});
const ROUNDS = Number(args.rounds ?? (args.quick ? 3 : 10));
const RATES = args.rates.split(',').map(Number);
// ms of quiet (no long task, no layout shift) after content before a load ends: 100 unthrottled, 200 at 4×.
const settleMs = (rate) => Math.round(100 * (1 + (Math.max(1, rate) - 1) / 3));
const VIEWPORT = {width: 1280, height: 800};
const EVENT_COUNTS = [20, 200, 2000];
const WIDGET_COUNTS = [1, 10, 50];
const PRERENDERED_COUNT = 50; // widgets on the pre-rendered growth page (and its static twin)
const FRAME_MS = 1000 / 60;
const TL_DIST = join(root, 'node_modules/@knight-lab/timelinejs/dist');
const started = Date.now();

/** CPU time (clock ticks) of the whole machine, and of this process with its reaped children (Chromium). */
function cpuSnapshot() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
    const own = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ').map(Number);
    // After "pid (comm) ": field 14 utime is at index 11 here, then stime, cutime, cstime.
    return {busy: user + nice + system + irq + softirq + steal, own: own[11] + own[12] + own[13] + own[14], at: Date.now()};
  } catch {
    return null; // not Linux
  }
}
const cpuStart = cpuSnapshot();
const log = (...a) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s]`, ...a);

// ---------------------------------------------------------------------------------------------
// 1. What exists: the widgets' define files, the CDN build.

const defineFile = (key) => join(root, 'src/define', `${TAGS[key]}.ts`);
const defined = Object.keys(TAGS).filter((key) => existsSync(defineFile(key)));
const cdnFile = join(root, 'dist/cdn/summit-widgets.js');
/** The newest modification time of the files under `dir` (recursively). */
const newest = (dir) =>
  readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile())
    .reduce((m, e) => Math.max(m, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs), 0);
let widgetScript = null; // {dir, entry, origin}: the script the widget pages load, and where it came from
if (existsSync(cdnFile) && !args.build) {
  const built = statSync(cdnFile).mtimeMs;
  widgetScript = {dir: dirname(cdnFile), entry: 'summit-widgets.js', origin: `the CDN build, built ${new Date(built).toISOString()}`};
  if (newest(join(root, 'src')) > built) {
    log('warning: src/ has changed since dist/cdn/summit-widgets.js was built: run `npx rollup -c` first, or pass --build');
    widgetScript.origin += ' (older than src/)';
  }
} else if (defined.length) {
  log(`dist/cdn/summit-widgets.js ${existsSync(cdnFile) ? 'ignored (--build)' : 'absent'}: bundling ${defined.map((k) => TAGS[k]).join(', ')} into bench/results/bundles/all/`);
  const outDir = join(resultsDir, 'bundles/all');
  const allEntry = join(root, 'src/define/all.ts');
  const code = defined.map((k) => `import '${relative(outDir, defineFile(k)).replace(/\.ts$/, '.js')}';`).join('\n') + '\n';
  const {warnings} = await buildBundle(root, existsSync(allEntry) ? {name: 'summit-widgets', entry: allEntry, outDir} : {name: 'summit-widgets', code, outDir});
  if (warnings.length) log(`  ${warnings.length} rollup warnings, first: ${warnings[0]}`);
  widgetScript = {
    dir: outDir,
    entry: 'summit-widgets.js',
    origin: existsSync(allEntry)
      ? 'a build of src/define/all.ts made by the benchmark as rollup.config.mjs makes dist/cdn/ (no CDN build yet)'
      : `a temporary build of src/define/{${defined.map((k) => TAGS[k]).join(',')}}.ts made by the benchmark (no CDN build yet)`,
  };
} else {
  log('no widget yet (src/define/*.ts absent): measuring the floor and TimelineJS3 only');
}
// The CDN build's one entry per widget (dist/cdn/<tag>.js), beside summit-widgets.js.
const entries = widgetScript ? ALL_TAGS.filter((tag) => existsSync(join(widgetScript.dir, `${tag}.js`))) : [];
// The shipped reservation stylesheet, linked by the client-rendered article.
const reserveFile = widgetScript && existsSync(join(widgetScript.dir, 'reserve.css')) ? join(widgetScript.dir, 'reserve.css') : null;
// The server renderer (dist/ssr/index.js, `summit-widgets/ssr`): pre-renders pages before they are served.
const ssrFile = join(root, 'dist/ssr/index.js');
let prerender = null;
const prerenderTimes = [];
let ssrOrigin = 'none (dist/ssr/index.js absent: no pre-rendered contenders)';
if (args.build) {
  // The benchmark's own bundle does not minify the templates as rollup.config.mjs does, and the server
  // renderer and the browser must see the very same templates to hydrate: no pre-rendered pages then.
  ssrOrigin = 'none (--build: the benchmark\'s own bundle would not hydrate dist/ssr\'s HTML)';
} else if (existsSync(ssrFile) && widgetScript) {
  const {render} = await import(pathToFileURL(ssrFile).href);
  const warnings = [];
  prerender = async (html) => {
    const t0 = performance.now();
    const out = await render(html, {warn: (message) => warnings.push(message)});
    prerenderTimes.push(performance.now() - t0);
    return out;
  };
  prerender.warnings = warnings;
  const built = statSync(ssrFile).mtimeMs;
  ssrOrigin = `\`dist/ssr/index.js\` \`render()\`, built ${new Date(built).toISOString()}${newest(join(root, 'src')) > built ? ' (older than src/)' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// 2. Bytes.

log('bytes');
const bytes = {rows: [], notes: [], html: []};
const tlJs = join(TL_DIST, 'js/timeline.js');
const tlCss = join(TL_DIST, 'css/timeline.css');
const timelineJsBytes = filesSizes(root, [tlJs, tlCss]);
bytes.rows.push({label: 'TimelineJS3 (dist JS + CSS)', key: 'timelinejs', ...timelineJsBytes});
// Without the CDN build's per-widget entries (an older build, or --build): one bundle per widget, as before.
// With them, the rows are what a page with each entry fetches (section 4).
if (!entries.length) {
  const perWidget = await Promise.all(
    defined.map(async (key) => {
      const outDir = join(resultsDir, 'bundles', TAGS[key]);
      try {
        const {files} = await buildBundle(root, {name: TAGS[key], entry: defineFile(key), outDir});
        return {key, ...filesSizes(root, files)};
      } catch (error) {
        return {key, error: String(error.message ?? error).split('\n')[0]};
      }
    })
  );
  for (const w of perWidget) {
    if (w.error) bytes.notes.push(`\`<${TAGS[w.key]}>\` alone could not be bundled: ${w.error}`);
    else bytes.rows.push({label: `\`<${TAGS[w.key]}>\` alone (own bundle: Lit + dataset + widget, every lazy chunk)`, key: w.key, ...w});
  }
}
// The composition of every widget in one bundle (a build of src/define/all.ts: the CDN build's entry),
// English only: a page loads one language's chunks.
const OTHER_LANGUAGE = /^summit-widgets:(?:texts|ui)\/(?!en\/)/;
if (existsSync(join(root, 'src/define/all.ts'))) {
  try {
    const {modules} = await buildBundle(root, {name: 'all', entry: join(root, 'src/define/all.ts'), outDir: join(resultsDir, 'bundles/composition')});
    bytes.composition = await composition(modules.filter((m) => !OTHER_LANGUAGE.test(m.id) && !/^src\/translations\/(?!en\.|types\.)/.test(m.id)));
  } catch (error) {
    bytes.notes.push(`The composition of src/define/all.ts could not be built: ${String(error.message ?? error).split('\n')[0]}`);
  }
}
const allFiles = widgetScript ? jsFilesIn(widgetScript.dir) : [];
if (allFiles.length) {
  bytes.rows.push({
    label: entries.length
      ? `every JS file in \`${relative(root, widgetScript.dir)}/\` (${entries.length} entries, summit-widgets.js, shared chunks, every language: no page loads all of it)`
      : `all ${defined.length} widgets (${widgetScript.origin.startsWith('the CDN') ? 'dist/cdn/ incl. lazy chunks' : 'temporary bundle'})`,
    key: entries.length ? 'cdn-everything' : 'all',
    ...filesSizes(root, allFiles),
  });
}
const dataset = JSON.parse(readFileSync(join(root, 'data/ca-jad-2025.json'), 'utf8'));
const dataBytes = sizes(Buffer.from(JSON.stringify(dataset)));
const LANGS = ['en', 'ja', 'ru', 'kk', 'ky', 'tg', 'tk', 'uz'];
/** The dataset with every localized text reduced to one language. */
const onlyLang = (value, lang) =>
  value && typeof value === 'object' && !Array.isArray(value) && typeof value.en === 'string' && Object.keys(value).every((l) => LANGS.includes(l))
    ? value[lang] ?? value.en
    : Array.isArray(value)
      ? value.map((v) => onlyLang(v, lang))
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, onlyLang(v, lang)]))
        : value;
const perLang = LANGS.map((lang) => `${lang} ${fmt.kb(sizes(Buffer.from(JSON.stringify(onlyLang(dataset, lang)))).gzip)}`).join(', ');
bytes.notes.push(`The bundled dataset (all eight languages, minified JSON) is ${fmt.kb(dataBytes.gzip)} gzip / ${fmt.kb(dataBytes.brotli)} brotli on its own; with one language's texts only (gzip): ${perLang}. The CDN build splits it into a language-neutral skeleton and text chunks per language and part (dist/cdn/chunks/<lang>/), so a page fetches only its language's texts of the parts its widgets show.`);
bytes.notes.push('Our widgets carry their CSS inside the JS (shadow DOM); the CSS a client-rendered page adds is the optional `reserve.css` (the `:not(:defined)` rules, under Layout shift). A pre-rendered widget carries its CSS in its HTML (a `<style>` in each declarative shadow root), counted in the HTML documents below.');

// ---------------------------------------------------------------------------------------------
// 3. Pages, server, browser.

// The reservation: the shipped stylesheet (dist/cdn/reserve.css) when the build has one, else the README's
// documented snippet, else the benchmark's own.
function reservation() {
  if (reserveFile) return {css: readFileSync(reserveFile, 'utf8'), origin: `the shipped stylesheet \`${relative(root, reserveFile)}\`, linked by the page (\`<link rel="stylesheet" href="/cdn/reserve.css">\`) after its own CSS`, href: '/cdn/reserve.css'};
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```css\n([\s\S]*?)```/g)].map((m) => m[1]).find((css) => css.includes(':not(:defined)'));
  if (block) return {css: block, origin: 'the README\'s recommended snippet'};
  const own = readFileSync(join(benchDir, 'pages/article.css'), 'utf8');
  const marker = '/* bench:reserve */';
  return {css: own.slice(own.indexOf(marker) + marker.length), origin: 'the benchmark\'s own rule in bench/pages/article.css (the README documents none yet)'};
}
const reserve = reservation();

// Validate the growth datasets with the widgets' own validator.
{
  const {validateDataset, formatProblem} = await loadTs('src/dataset/validate.ts');
  for (const n of EVENT_COUNTS) {
    const result = validateDataset(datasetWithEvents(dataset, n));
    if (!result.ok) throw new Error(`generated dataset of ${n} events is invalid: ${result.problems.slice(0, 3).map(formatProblem).join('; ')}`);
  }
}

const server = new BenchServer();
server.mount('/tl/', TL_DIST);
if (widgetScript) server.mount('/cdn/', widgetScript.dir);
const origin = await server.listen();
log(`server ${origin}`);

const executablePath = findChromium();
if (!executablePath) {
  console.error('bench: no Chromium (set CHROME_PATH, or apt-get install chromium)');
  process.exit(1);
}
const launch = () => puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    ...CHROMIUM_ARGS,
    // Nothing leaves the machine: names resolve to nothing, and anything else goes to a closed local
    // proxy (loopback is never proxied). Cheaper than request interception, which adds a round trip
    // to every request and so would penalize pages with more requests.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    '--proxy-server=http://127.0.0.1:9',
    `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
  ],
});
let browser = await launch();
// On a shared machine Chromium may go away under the benchmark (a crash, or another job ending Chromium
// processes): start a new one and go on; the load that failed is measured again once.
const restarts = [];
async function live() {
  if (browser.connected) return browser;
  restarts.push(new Date().toISOString());
  log('Chromium went away: starting a new one');
  try {
    await browser.close();
  } catch {
    /* already gone */
  }
  browser = await launch();
  return browser;
}
/** `fn(browser)`, once more with a new Chromium when the old one went away during it. */
async function withBrowser(fn) {
  try {
    return await fn(await live());
  } catch (error) {
    if (browser.connected) throw error;
    return await fn(await live());
  }
}
const browserVersion = await browser.version();
log(`${browserVersion} at ${executablePath}`);

// Which tags does the widget script define? (A define file may exist before its widget works.)
let available = [];
if (widgetScript) {
  server.put('/pages/probe.html', `<!doctype html><script type="module" src="/cdn/${widgetScript.entry}"></script>`);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  await page.goto(`${origin}/pages/probe.html`, {waitUntil: 'load'});
  available = await page.evaluate((tags) => Object.entries(tags).filter(([, tag]) => customElements.get(tag)).map(([key]) => key), TAGS);
  await page.close();
  if (errors.length) log(`widget script errors: ${errors.join(' | ')}`);
  log(`widgets defined by the script: ${available.map((k) => TAGS[k]).join(', ') || 'none'}`);
}

log(prerender ? 'pre-rendering the pages with dist/ssr/index.js' : 'no dist/ssr/index.js: no pre-rendered pages');
const {files, scenarios: allScenarios, probes, traces} = await buildPages({
  dir: join(benchDir, 'pages'),
  dataset,
  widgetScript: widgetScript ? `/cdn/${widgetScript.entry}` : null,
  available,
  entries,
  reserveCss: reserve.css,
  reserveHref: reserve.href ?? null,
  prerender,
  eventCounts: EVENT_COUNTS,
  widgetCounts: WIDGET_COUNTS,
  prerenderedCount: PRERENDERED_COUNT,
});
if (prerender?.warnings.length) log(`render() warnings: ${[...new Set(prerender.warnings)].join(' | ')}`);
for (const [path, body] of Object.entries(files)) server.put(path, body);
const only = args.only ? new RegExp(args.only) : null;
const scenarios = allScenarios.filter((s) => !only || only.test(s.id));

// ---------------------------------------------------------------------------------------------
// 4. Warm-up and audit: one unrecorded load of each page; what it requested.

const loadOptions = (s, rate) => ({
  url: origin + s.url,
  ready: s.ready,
  rate,
  settleMs: settleMs(rate),
  timeoutMs: 60000 * rate,
  viewport: VIEWPORT,
  pauseMs: 50, // lets Chromium start its next spare renderer before the navigation, not during it
});
const audit = {};
if (args.screenshots) mkdirSync(join(resultsDir, 'shots'), {recursive: true});
for (const s of scenarios) {
  const before = server.log.length;
  const result = await withBrowser((b) => measure(b, loadOptions(s, 1)));
  audit[s.id] = {requests: server.log.slice(before).map((e) => `${e.status} ${e.path}`), blocked: result.blocked, error: result.error, console: result.console};
  if (result.error) log(`  ${s.id}: ${result.error}`);
  if (result.console.length) log(`  ${s.id}: console: ${[...new Set(result.console)].join(' | ').slice(0, 300)}`);
  if (result.blocked.length) log(`  ${s.id}: blocked ${result.blocked.length} request(s) leaving 127.0.0.1: ${result.blocked.join(', ')}`);
  if (args.screenshots) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.goto(origin + s.url, {waitUntil: 'load'});
    await new Promise((r) => setTimeout(r, 1500));
    await page.screenshot({path: join(resultsDir, 'shots', `${s.id}.png`)});
    await context.close();
  }
}
// The probes: each widget alone through its own entry, all six through summit-widgets.js (also pre-rendered).
for (const p of probes) {
  const before = server.log.length;
  const result = await withBrowser((b) => measure(b, loadOptions(p, 1)));
  audit[p.id] = {requests: server.log.slice(before).map((e) => `${e.status} ${e.path}`), blocked: result.blocked, error: result.error, console: result.console, probe: true};
  if (result.error) log(`  ${p.id}: ${result.error}`);
  if (result.console.length) log(`  ${p.id}: console: ${[...new Set(result.console)].join(' | ').slice(0, 300)}`);
}
log(`warm-up done: ${scenarios.length} pages, ${probes.length} probes`);

// What the pages actually loaded (JS, CSS, fonts), from the server's log of the warm-up loads.
const ASSET = /\.(m?js|css|woff2?|ttf|otf|eot)$/;
const loadedPaths = (id, test = ASSET) => (audit[id] ? [...new Set(audit[id].requests.filter((r) => r.startsWith('200 ')).map((r) => r.slice(4)))].filter((p) => test.test(p)) : null);
async function sized(paths) {
  const each = [];
  for (const path of paths) {
    const hit = await server.resolve(path);
    if (hit) each.push({file: path, ...sizes(hit.body)});
  }
  return {files: each, total: sum(each)};
}
const loadedRow = async (id, label, key = `loaded-${id}`, test = ASSET) => {
  const paths = loadedPaths(id, test);
  if (!paths) return null;
  const row = {label, key, ...(await sized(paths))};
  bytes.rows.push(row);
  return row;
};
await loadedRow('timelinejs', 'TimelineJS3 page as loaded (incl. its init script and icon font)');
for (const p of probes.filter((x) => x.tag)) await loadedRow(p.id, `\`<${p.tag}>\` alone, its own entry \`/cdn/${p.tag}.js\`, as loaded (English)`, `entry-${p.tag}`);
{
  // The three widgets of the article through their own entries: the union of what the three probes load.
  const three = Object.values(TAGS).map((tag) => loadedPaths(`probe-${tag}`, /\.m?js$/));
  if (three.every(Boolean)) bytes.rows.push({label: 'the three widgets of the article through their own entries (union of the three rows above)', key: 'entries-three', ...(await sized([...new Set(three.flat())]))});
}
await loadedRow('probe-all', `all ${entries.length} widgets through \`summit-widgets.js\`, as loaded (English)`, 'all-six');
const articleJs = await loadedRow('widget-article', 'article with three widgets (client-rendered), as loaded: the JS', 'article-js', /\.m?js$/);
await loadedRow('widget-article', `article with three widgets (client-rendered), as loaded: JS + the page's CSS${reserve.href ? ' + reserve.css' : ''}`);
const preJs = await loadedRow('prerendered-article', 'article with three widgets, pre-rendered, as loaded: JS + the page\'s CSS (the HTML below)');
if (articleJs && preJs) {
  // What hydration adds: the files the pre-rendered article loads and the client-rendered one does not.
  const clientFiles = new Set(articleJs.files.map((f) => f.file));
  const extra = preJs.files.filter((f) => /\.m?js$/.test(f.file) && !clientFiles.has(f.file));
  const names = [];
  for (const f of extra) {
    let sources = [];
    try {
      sources = JSON.parse(readFileSync(join(widgetScript.dir, `${f.file.slice('/cdn/'.length)}.map`), 'utf8')).sources ?? [];
    } catch {
      /* no map */
    }
    names.push(...sources.map((x) => x.replace(/^.*node_modules\//, '')).filter((x) => /^@lit-labs\//.test(x)));
  }
  bytes.rows.push({label: `hydration: what the pre-rendered article loads that the client-rendered one does not${names.length ? ` (${[...new Set(names.map((n) => n.split('/').slice(0, 2).join('/')))].join(', ')})` : ''}`, key: 'hydration', files: extra, total: sum(extra)});
}
for (const row of bytes.rows) row.vsTimelineJs = row.key === 'timelinejs' ? null : row.total.gzip / timelineJsBytes.total.gzip;
// The HTML documents themselves: a pre-rendered page carries its widgets' content and styles.
for (const [path, label] of [
  ['/pages/floor-article.html', 'article, floor (static HTML of the same texts)'],
  ['/pages/widget-article.html', 'article, client-rendered (three empty elements)'],
  ['/pages/prerendered-article.html', 'article, pre-rendered (three declarative shadow roots)'],
  [`/pages/growth-widgets-${PRERENDERED_COUNT}.html`, `${PRERENDERED_COUNT} widgets, client-rendered`],
  [`/pages/prerendered-widgets-${PRERENDERED_COUNT}.html`, `${PRERENDERED_COUNT} widgets, pre-rendered`],
]) {
  if (files[path]) bytes.html.push({label, file: path, ...sizes(Buffer.from(files[path]))});
}

// Heights of the widgets in the article before their script has run and after, here and on a phone:
// client-rendered (what the reservation gives them, then their rendered height) and pre-rendered
// (the server's HTML alone, then hydrated).
const reservedVsRendered = [];
for (const [page, beforeUrl, afterUrl] of [
  [reserve.href ? 'client-rendered + reserve.css' : 'client-rendered + reservation', '/pages/article-unupgraded.html', '/pages/widget-article.html'],
  [`${reserve.href ? 'client-rendered + reserve.css' : 'client-rendered + reservation'}, the README's example (timeline \`highlight="tokyo-summit-2025"\`, \`country="KZ"\`)`, '/pages/article-unupgraded-readme.html', '/pages/widget-article-readme.html'],
  ['pre-rendered, no reservation', '/pages/static-article.html', '/pages/prerendered-article.html'],
]) {
  if (!files[beforeUrl] || !files[afterUrl]) continue;
  for (const viewport of [VIEWPORT, {width: 375, height: 800}]) {
    const selector = Object.values(TAGS).join(',');
    const before = await withBrowser((b) => heights(b, {url: `${origin}${beforeUrl}`, selector, viewport, waitMs: 100}));
    const after = await withBrowser((b) => heights(b, {url: `${origin}${afterUrl}`, selector, viewport}));
    before.forEach((b, i) => reservedVsRendered.push({page, viewport: `${viewport.width}×${viewport.height}`, tag: b.tag, top: b.top, reserved: b.height, rendered: after[i]?.height, renderedTop: after[i]?.top}));
  }
}
const loadBefore = loadavg();
if (loadBefore[0] > cpus().length) log(`warning: load average ${loadBefore.map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores: other work is running, timings will be noisy`);

// ---------------------------------------------------------------------------------------------
// 5. Rounds: every scenario at every rate, alternating, the order rotating each round.

const samples = Object.fromEntries(scenarios.map((s) => [s.id, Object.fromEntries(RATES.map((r) => [r, []]))]));
for (let round = 0; round < ROUNDS; round++) {
  for (const rate of RATES) {
    const order = scenarios.map((_, i) => scenarios[(i + round) % scenarios.length]);
    for (const s of order) {
      if (s.maxRounds && round >= s.maxRounds) continue;
      try {
        samples[s.id][rate].push(await withBrowser((b) => measure(b, loadOptions(s, rate))));
      } catch (error) {
        samples[s.id][rate].push({error: String(error.message ?? error).split('\n')[0], content: NaN});
      }
    }
  }
  log(`round ${round + 1}/${ROUNDS}`);
}

// ---------------------------------------------------------------------------------------------
// 6. Profiles of the heaviest pages.

const profiles = [];
const sourceMaps = new Map();
/** Original source and name of a position in the widget script, from its source map. */
function mapUrl(url, line, column) {
  const path = new URL(url).pathname;
  if (!widgetScript || !path.startsWith('/cdn/')) return null;
  const file = join(widgetScript.dir, path.slice('/cdn/'.length));
  if (!sourceMaps.has(file)) {
    let map = null;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      /* no map */
    }
    sourceMaps.set(file, map);
  }
  const map = sourceMaps.get(file);
  const entry = map?.findEntry(line, column);
  if (!entry?.originalSource) return null;
  // The typescript plugin's maps climb more folders than there are; the path from src/ or node_modules/ on is what counts.
  const original = entry.originalSource.replace(/^file:\/\//, '');
  const at = Math.max(original.lastIndexOf('/src/'), original.lastIndexOf('/node_modules/'));
  const source = at >= 0 ? original.slice(at + 1) : relative(root, resolvePath(dirname(file), original));
  return {source: source.startsWith('..') ? basename(original) : source, line: entry.originalLine + 1, name: entry.name};
}
if (!args['no-profile']) {
  const wanted = [
    ['growth-events-2000', Math.max(...RATES)],
    ['growth-widgets-50', Math.max(...RATES)],
    [`prerendered-widgets-${PRERENDERED_COUNT}`, Math.max(...RATES)],
    ['prerendered-article', Math.max(...RATES)],
    ['timelinejs', 1],
    ['widget-article', 1],
    ['widget-timeline', 1],
  ];
  for (const [id, rate] of wanted) {
    const s = scenarios.find((x) => x.id === id);
    if (!s) continue;
    try {
      const p = await withBrowser((b) => profile(b, {...loadOptions(s, rate), mapUrl}));
      profiles.push({id, rate, label: `${id}, ${rate === 1 ? 'unthrottled' : `${rate}× CPU`}`, ...p});
    } catch (error) {
      log(`profile ${id}: ${error.message}`);
    }
  }
}
// Forced layouts: one traced load of each page (not timed: tracing slows the page).
const forced = [];
if (!args['no-profile']) {
  const rate = Math.max(...RATES);
  const wanted = [
    ...traces.filter((t) => t.control).map((t) => ({...t, rate: 1})),
    ...[`growth-widgets-${Math.max(...WIDGET_COUNTS)}`, `prerendered-widgets-${PRERENDERED_COUNT}`, `prerendered-widgets-${PRERENDERED_COUNT}-end`, `static-widgets-${PRERENDERED_COUNT}`, 'widget-article', 'prerendered-article', 'prerendered-article-end', 'static-article', 'floor-article']
      .map((id) => scenarios.find((x) => x.id === id) ?? allScenarios.find((x) => x.id === id))
      .filter(Boolean)
      .map((sc) => ({id: sc.id, label: sc.id, url: sc.url, ready: sc.ready, rate})),
    ...traces.filter((t) => !t.control).map((t) => ({...t, rate})),
  ];
  // A few traced loads of each page: the forced layouts of every one, the breakdown of the median one (by content time).
  const TRACE_RUNS = args.quick ? 1 : 3;
  for (const t of wanted) {
    try {
      const runs = [];
      for (let i = 0; i < TRACE_RUNS; i++) runs.push(await withBrowser((b) => traceLoad(b, {...loadOptions(t, t.rate), mapUrl})));
      const byContent = [...runs].sort((a, b) => (a.phases?.content?.atMs ?? Infinity) - (b.phases?.content?.atMs ?? Infinity));
      const f = {...byContent[Math.floor((byContent.length - 1) / 2)]};
      // Forced layouts: the most any one load had (they are deterministic; a difference shows in `perRun`).
      const worst = runs.reduce((a, b) => (b.forced.reduce((n, v) => n + v.count, 0) > a.forced.reduce((n, v) => n + v.count, 0) ? b : a));
      f.forced = worst.forced;
      f.ours = worst.ours;
      f.perRun = runs.map((run) => ({forced: run.forced.reduce((n, v) => n + v.count, 0), ours: run.ours.reduce((n, v) => n + v.count, 0), contentAt: run.phases?.content?.atMs ?? null}));
      forced.push({id: t.id, label: t.label, rate: t.rate, control: t.control ?? null, runs: TRACE_RUNS, ...f});
      log(`trace ${t.id} at ${t.rate}×: ${f.forced.reduce((n, x) => n + x.count, 0)} forced (${f.ours.reduce((n, x) => n + x.count, 0)} from the widget script)`);
    } catch (error) {
      log(`trace ${t.id}: ${error.message}`);
    }
  }
}
// Layout-reading APIs in the widget script's own code (the built files), for the record.
const layoutReads = [];
if (widgetScript) {
  const API = /\b(clientWidth|clientHeight|offsetWidth|offsetHeight|offsetTop|offsetLeft|scrollWidth|scrollHeight|getBoundingClientRect|getClientRects|getComputedStyle|ResizeObserver|matchMedia|innerWidth|scrollIntoView)\b/g;
  for (const file of jsFilesIn(widgetScript.dir)) {
    const found = {};
    for (const m of readFileSync(file, 'utf8').matchAll(API)) found[m[1]] = (found[m[1]] ?? 0) + 1;
    if (Object.keys(found).length) layoutReads.push({file: relative(widgetScript.dir, file), found});
  }
}
const loadAfter = loadavg();
await browser.close();
await server.close();
// How busy the machine was with other work while the benchmark ran (Chromium's time is ours once reaped).
let otherWork = null;
const cpuEnd = cpuSnapshot();
if (cpuStart && cpuEnd) {
  const seconds = (cpuEnd.at - cpuStart.at) / 1000;
  const hz = 100; // USER_HZ
  const others = Math.max(0, (cpuEnd.busy - cpuStart.busy - (cpuEnd.own - cpuStart.own)) / hz);
  otherWork = {seconds, ownCpuSeconds: (cpuEnd.own - cpuStart.own) / hz, otherCpuSeconds: others, otherShare: others / (seconds * cpus().length)};
  if (otherWork.otherShare > 0.1) log(`warning: other processes used ${Math.round(otherWork.otherShare * 100)}% of the machine during the run: timings are noisier and slower than on an idle machine`);
}

// ---------------------------------------------------------------------------------------------
// 7. Summaries, goals, files.

const summary = Object.fromEntries(
  scenarios.map((s) => [s.id, Object.fromEntries(RATES.map((rate) => {
    const sm = summarize(samples[s.id][rate]);
    sm.shifts = stats(samples[s.id][rate].filter((x) => x.shifts).map((x) => x.shifts.length));
    // Loads in which hydration (or the client render) replaced a frame the reader had already seen.
    sm.replaced = samples[s.id][rate].filter((x) => x.kept != null && x.elements != null && x.kept < x.elements).length;
    return [rate, sm];
  }))])
);
const S = (id, rate) => summary[id]?.[rate];
const medianOf = (id, rate, metric = 'content') => S(id, rate)?.[metric]?.median ?? null;
const xLabel = (rate) => (rate === 1 ? '1×' : `${rate}×`);
/**
 * Round by round: `a`'s content time over `b`'s in the same round (the two loads were seconds apart, so a
 * machine that grows busier or quieter during the run moves both). The median of those ratios, and in how
 * many rounds the ratio was at most `limit`.
 */
function paired(a, b, rate, limit = Infinity) {
  const xs = samples[a]?.[rate] ?? [];
  const ys = samples[b]?.[rate] ?? [];
  const ratios = xs.map((v, i) => v.content / ys[i]?.content).filter(Number.isFinite);
  return {...stats(ratios), within: ratios.filter((r) => r <= limit).length};
}
const maxRate = Math.max(...RATES);

const ttc = [];
for (const content of ['timeline', 'agreements', 'pillars', 'article']) {
  for (const s of scenarios.filter((x) => x.group === 'ttc' && x.content === content)) {
    const byRate = {};
    for (const rate of RATES) {
      const sm = S(s.id, rate);
      const floor = medianOf(`floor-${content}`, rate);
      const tl = medianOf('timelinejs', rate);
      const twin = medianOf(`static-${content}`, rate);
      const m = sm.content.median;
      byRate[rate] = {
        ...sm,
        vsFloor: s.contender === 'floor' || floor == null || m == null ? null : m / floor,
        vsTimelineJs: content !== 'timeline' || s.contender === 'timelinejs' || tl == null || m == null ? null : m / tl,
        vsStatic: !s.contender.startsWith('pre-rendered') || s.contender.includes('no script') || twin == null || m == null ? null : m / twin,
      };
    }
    ttc.push({id: s.id, content, contender: s.contender, byRate});
  }
}

const clsRows = [];
for (const id of ['widget-article', 'widget-article-noreserve', 'prerendered-article', 'prerendered-article-end', 'static-article', 'floor-article', `growth-widgets-${PRERENDERED_COUNT}`, `prerendered-widgets-${PRERENDERED_COUNT}`, `prerendered-widgets-${PRERENDERED_COUNT}-end`, `static-widgets-${PRERENDERED_COUNT}`]) {
  if (!summary[id]) continue;
  for (const rate of RATES) clsRows.push({page: id, rate, cls: S(id, rate).cls, shifts: S(id, rate).shifts});
}

const growth = {events: [], widgets: [], prerendered: []};
for (const s of scenarios) {
  if (s.group === 'growth-events') for (const rate of RATES) growth.events.push({n: s.n, rate, s: S(s.id, rate)});
  if (s.group === 'growth-widgets') for (const rate of RATES) growth.widgets.push({n: s.n, rate, s: S(s.id, rate), page: s.id});
  if (s.alsoGrowthWidgets) for (const rate of RATES) growth.widgets.push({n: s.alsoGrowthWidgets, rate, s: S(s.id, rate), page: s.id});
}
growth.widgets.sort((a, b) => a.n - b.n || a.rate - b.rate);
for (const rate of RATES) {
  for (const [id, contender] of [[`growth-widgets-${PRERENDERED_COUNT}`, 'client-rendered'], [`prerendered-widgets-${PRERENDERED_COUNT}`, 'pre-rendered (script in the head)'], [`prerendered-widgets-${PRERENDERED_COUNT}-end`, 'pre-rendered, script at the end of body'], [`static-widgets-${PRERENDERED_COUNT}`, 'pre-rendered HTML, no script (static twin)']]) {
    if (S(id, rate)) growth.prerendered.push({n: PRERENDERED_COUNT, rate, contender, page: id, s: S(id, rate)});
  }
}

// Goals.
const goals = [];
const goal = (text, measured, met) => goals.push({goal: text, measured, met});
{
  const articleJs = bytes.rows.find((b) => b.key === 'article-js');
  const oldAll = bytes.rows.find((b) => b.key === 'all');
  const entriesThree = bytes.rows.find((b) => b.key === 'entries-three');
  const tl = timelineJsBytes.total;
  const threeBytes = articleJs ?? oldAll;
  if (threeBytes && available.length === 3) {
    goal('The three widgets\' bytes ≤ ⅓ of TimelineJS3\'s (gzip and brotli): the JS the client-rendered article loads through `summit-widgets.js`',
      `gzip ${fmt.kb(threeBytes.total.gzip)} vs ⅓ × ${fmt.kb(tl.gzip)} = ${fmt.kb(tl.gzip / 3)}; brotli ${fmt.kb(threeBytes.total.brotli)} vs ${fmt.kb(tl.brotli / 3)}` +
        (entriesThree ? ` (through the three widgets' own entries: gzip ${fmt.kb(entriesThree.total.gzip)}, brotli ${fmt.kb(entriesThree.total.brotli)})` : ''),
      threeBytes.total.gzip <= tl.gzip / 3 && threeBytes.total.brotli <= tl.brotli / 3);
  } else goal('The three widgets\' bytes ≤ ⅓ of TimelineJS3\'s', `only ${available.length} of 3 widgets exist`, null);

  const ratioGoal = (text, rows, key, limit) => {
    const parts = [];
    let met = true;
    let seen = 0;
    for (const row of rows) {
      for (const rate of RATES) {
        const v = row.byRate[rate][key];
        if (v == null) continue;
        seen++;
        if (v > limit) met = false;
        const p = paired(row.id, `floor-${row.content}`, rate, limit);
        parts.push(`${row.content} ${xLabel(rate)}: ${fmt.ratio(v)} (${fmt.ms(row.byRate[rate].content.median)} vs ${fmt.ms(medianOf(`floor-${row.content}`, rate))} ms; round by round ${fmt.ratio(p.median)}, within ${limit}× in ${p.within} of ${p.n})`);
      }
    }
    goal(text, parts.join('; ') || 'not measured', seen ? met : null);
  };
  ratioGoal('Client-rendered time to content ≤ 1.5× the static-HTML floor (every widget and the article, each throttling)', ttc.filter((t) => t.contender.startsWith('widget')), 'vsFloor', 1.5);

  const tlParts = [];
  let tlMet = true;
  let tlSeen = 0;
  const timelineRow = ttc.find((t) => t.id === 'widget-timeline');
  for (const rate of RATES) {
    const v = timelineRow?.byRate[rate].vsTimelineJs;
    if (v == null) continue;
    tlSeen++;
    if (v > 1 / 3) tlMet = false;
    tlParts.push(`${xLabel(rate)}: ${fmt.ratio(v)} (${fmt.ms(medianOf('widget-timeline', rate))} vs ${fmt.ms(medianOf('timelinejs', rate))} ms)`);
  }
  goal('`<summit-timeline>` time to content ≤ ⅓ of TimelineJS3\'s', tlParts.join('; ') || 'no timeline widget', tlSeen ? tlMet : null);

  ratioGoal('**Pre-rendered** time to content ≤ 1.1× the static-HTML floor (every widget and the article, 1× and 4×)', ttc.filter((t) => t.contender === 'pre-rendered'), 'vsFloor', 1.1);

  const clsGoal = (text, id) => {
    const rows = RATES.map((rate) => [rate, S(id, rate)]).filter(([, sm]) => sm?.cls.n);
    goal(text,
      rows.length ? rows.map(([rate, sm]) => `${xLabel(rate)}: max ${fmt.cls(sm.cls.max)} (${sm.cls.n} loads)`).join('; ') : 'not measured',
      rows.length ? rows.every(([, sm]) => sm.cls.max === 0) : null);
  };
  clsGoal('**Pre-rendered** article, no page CSS for reservation: layout shift 0 through hydration (worst load)', 'prerendered-article');
  clsGoal(`Client-rendered article with ${reserve.href ? '`reserve.css` linked' : 'the reservation'}: layout shift 0 (worst load)`, 'widget-article');

  // Judged for both placements of the script: at the end of body (what the README and the builder show for
  // pre-rendered pages: the browser paints the HTML before the script is even fetched) and in the head.
  for (const [suffix, placement] of [['-end', 'the script at the end of body, as the README shows'], ['', 'the script in the head']]) {
    const parts = [];
    let met = true;
    let seen = 0;
    for (const rate of RATES) {
      const id = `prerendered-widgets-${PRERENDERED_COUNT}${suffix}`;
      const pre = S(id, rate);
      const twin = S(`static-widgets-${PRERENDERED_COUNT}`, rate);
      if (!pre?.content.n || !twin?.content.n) continue;
      seen++;
      const allowed = Math.max(FRAME_MS, 0.05 * twin.content.median);
      const d = pre.content.median - twin.content.median;
      if (d > allowed) met = false;
      const pr = paired(id, `static-widgets-${PRERENDERED_COUNT}`, rate, 1 + allowed / twin.content.median);
      parts.push(`${xLabel(rate)}: ${fmt.ms(pre.content.median)} vs ${fmt.ms(twin.content.median)} ms (${d >= 0 ? '+' : ''}${fmt.ms(d)} ms, allowed +${fmt.ms(allowed)}; round by round ${fmt.ratio(pr.median)}, within the allowance in ${pr.within} of ${pr.n}; FCP ${fmt.ms(pre.fcp.median)} vs ${fmt.ms(twin.fcp.median)})`);
    }
    goal(`**${PRERENDERED_COUNT} pre-rendered widgets** painted as fast as the same HTML without its script (median content painted within one frame, ${fmt.ms(FRAME_MS)} ms, or 5% of the static twin's, whichever is more), ${placement}`, parts.join('; ') || 'not measured', seen ? met : null);
  }

  const big = RATES.map((rate) => [rate, S('growth-events-2000', rate)]).filter(([, sm]) => sm);
  goal('2,000-event timeline: no long task over 200 ms (median run; worst run in brackets)',
    big.length ? big.map(([rate, sm]) => `${xLabel(rate)}: ${fmt.ms(sm.maxLongTask.median)} ms (${fmt.ms(sm.maxLongTask.max)})`).join('; ') : 'no timeline widget',
    big.length ? big.every(([, sm]) => sm.maxLongTask.median != null && sm.maxLongTask.median <= 200) : null);

  const fifty = S('growth-widgets-50', maxRate);
  goal(`50 client-rendered widgets show content within 1 s at ${maxRate}× throttling (median)`,
    fifty?.content.n ? `${fmt.ms(fifty.content.median)} ms (${fmt.ms(fifty.content.min)}–${fmt.ms(fifty.content.max)})` : 'no widget',
    fifty?.content.n ? fifty.content.median <= 1000 : null);
  {
    const runs = (samples['growth-widgets-50']?.[maxRate] ?? []).map((x) => x.content);
    const over = runs.filter((x) => !(x <= 1000)).length;
    goal(`50 client-rendered widgets within 1 s at ${maxRate}× **on a busy machine too** (every run; the machine table says how busy it was)`,
      runs.length ? `${runs.length - over} of ${runs.length} runs within 1 s; slowest ${fmt.ms(Math.max(...runs.filter(Number.isFinite)))} ms` : 'not measured',
      runs.length ? over === 0 : null);
  }
  {
    const control = forced.find((f) => f.control);
    const controlOk = control && control.forced.filter((f) => f.from === 'page' && f.kind === 'layout').reduce((n, f) => n + f.count, 0) >= control.control;
    const page = forced.find((f) => f.id === 'growth-widgets-50');
    const ours = page?.ours ?? [];
    const oursLayouts = ours.reduce((n, f) => n + f.count, 0);
    const others = forced.filter((f) => !f.control && f.id !== 'growth-widgets-50');
    const othersText = others.map((f) => `${f.id}: ${f.ours.reduce((n, x) => n + x.count, 0)}`).join(', ');
    goal(`50 client-rendered widgets: no forced layout or style recalculation from our code (performance trace at ${maxRate}×)`,
      !page ? 'not traced' : !controlOk ? `the trace analysis missed the control page's forced layouts: not judged (${oursLayouts} found)` :
        `${oursLayouts} from the widget script${ours.length ? ` (${ours.map((f) => `${f.count} ${f.kind} in \`${f.where}\`, ${fmt.ms(f.ms)} ms`).join('; ')})` : ''}; ${page.forced.reduce((n, f) => n + f.count, 0)} in all; the control's ${control.control} found. Other traced pages, from the widget script: ${othersText}`,
      !page || !controlOk ? null : oursLayouts === 0);
  }
}

// Findings: what the numbers of this run say about each goal missed (and the forced layouts found).
const findings = [];
{
  const ph = (id) => forced.find((f) => f.id === id)?.phases?.content;
  const kinds = ['script', 'style', 'layout', 'paint', 'parse HTML', 'other'];
  const breakdown = (p) => kinds.filter((k) => p.byKind[k] != null).map((k) => `${k} ${fmt.ms(p.byKind[k])}`).join(', ');
  const diff = (a, b) => kinds.map((k) => [k, (a.byKind[k] ?? 0) - (b.byKind[k] ?? 0)]).filter(([, v]) => Math.abs(v) >= 10).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v >= 0 ? '+' : ''}${fmt.ms(v)}`).join(', ');
  const med = (id, rate, metric = 'content') => fmt.ms(medianOf(id, rate, metric));

  // Pre-rendered article vs the floor.
  if (S('prerendered-article', 1) && S('static-article', 1)) {
    const lines = RATES.map((rate) => `${xLabel(rate)}: floor ${med('floor-article', rate)} ms → the same page pre-rendered without its script (static twin) ${med('static-article', rate)} ms → pre-rendered with the script in the head ${med('prerendered-article', rate)} ms; with the script at the end of body ${med('prerendered-article-end', rate)} ms`);
    const pa = ph('prerendered-article');
    const sa = ph('static-article');
    const fa = ph('floor-article');
    findings.push({
      title: 'Pre-rendered time to content vs the floor',
      lines: [
        ...lines,
        ...RATES.map((rate) => {
          const floor = medianOf('floor-article', rate);
          const twin = medianOf('static-article', rate);
          const pre = medianOf('prerendered-article', rate);
          const end = medianOf('prerendered-article-end', rate);
          if ([floor, twin, pre].some((v) => v == null)) return null;
          const slack = (v) => Math.max(FRAME_MS, 0.05 * v);
          const markup = twin - floor > slack(floor) ? `the markup costs ${fmt.ms(twin - floor)} ms (the static twin against the floor: declarative shadow roots, each with its whole stylesheet, and the widgets' own layout, against plain HTML with one small stylesheet)` : 'the markup costs nothing measurable (the static twin paints with the floor)';
          const script = pre - twin > slack(twin) ? `the script in the head ${fmt.ms(pre - twin)} ms more (the pre-rendered page against its static twin)${end != null ? (end - twin <= slack(twin) ? `, which the same HTML with the script at the end of body does not pay (${fmt.ms(end)} ms)` : `; at the end of body it still costs ${fmt.ms(end - twin)} ms`) : ''}` : 'the script adds nothing measurable to it';
          return `${xLabel(rate)}: ${markup}; ${script}.`;
        }).filter(Boolean),
        `How a script can delay HTML that is already there: a module script runs as soon as the parser has finished and its module graph has arrived, and when both are ready it runs before the browser next paints; its evaluation (Lit, the widget classes, \`customElements.define\` upgrading every element) and, before that, the main-thread side of fetching its ${bytes.rows.find((b) => b.key === 'article-js')?.files.length ?? ''} modules then come before the frame that shows the end of the page. A script at the end of the body is found later (by the preload scanner, then the parser): on the long ${PRERENDERED_COUNT}-widget page late enough for that frame to come first (below).`,
        ...(pa && sa && fa ? [`Main thread until content (traced at ${maxRate}×, the median of ${forced[0]?.runs ?? 1} loads, ms): floor ${breakdown(fa)} (content at ${fmt.ms(fa.atMs)}); static twin ${breakdown(sa)} (at ${fmt.ms(sa.atMs)}); pre-rendered ${breakdown(pa)} (at ${fmt.ms(pa.atMs)}).`] : []),
      ],
    });
  }
  // 50 pre-rendered vs their static twin.
  const N = PRERENDERED_COUNT;
  if (S(`prerendered-widgets-${N}`, 1) && S(`static-widgets-${N}`, 1)) {
    const pw = ph(`prerendered-widgets-${N}`);
    const sw = ph(`static-widgets-${N}`);
    const ew = ph(`prerendered-widgets-${N}-end`);
    findings.push({
      title: `${N} pre-rendered widgets vs the same HTML without its script`,
      lines: [
        ...RATES.map((rate) => `${xLabel(rate)}: static twin ${med(`static-widgets-${N}`, rate)} ms; pre-rendered, script in the head ${med(`prerendered-widgets-${N}`, rate)} ms (interactive ${med(`prerendered-widgets-${N}`, rate, 'interactive')}); script at the end of body ${med(`prerendered-widgets-${N}-end`, rate)} ms (interactive ${med(`prerendered-widgets-${N}-end`, rate, 'interactive')}); FCP ${med(`static-widgets-${N}`, rate, 'fcp')} / ${med(`prerendered-widgets-${N}`, rate, 'fcp')} / ${med(`prerendered-widgets-${N}-end`, rate, 'fcp')} ms`),
        ...(pw && sw ? [`Main thread until content (traced at ${maxRate}×, the median of ${forced[0]?.runs ?? 1} loads, ms): pre-rendered with the script in the head ${breakdown(pw)}, content at ${fmt.ms(pw.atMs)} ms; static twin ${breakdown(sw)}, at ${fmt.ms(sw.atMs)} ms; difference ${diff(pw, sw)}.` + (ew ? ` Script at the end of body: ${breakdown(ew)}, at ${fmt.ms(ew.atMs)} ms.` : '')] : []),
        ...RATES.map((rate) => {
          const twin = medianOf(`static-widgets-${N}`, rate);
          const pre = medianOf(`prerendered-widgets-${N}`, rate);
          const end = medianOf(`prerendered-widgets-${N}-end`, rate);
          if ([twin, pre].some((v) => v == null)) return null;
          const slack = Math.max(FRAME_MS, 0.05 * twin);
          const head = pre - twin > slack ? `the script in the head delays the content by ${fmt.ms(pre - twin)} ms` : `the script in the head costs nothing measurable (${pre - twin >= 0 ? '+' : ''}${fmt.ms(pre - twin)} ms)`;
          const tail = end == null ? '' : end - twin > slack ? `; at the end of body by ${fmt.ms(end - twin)} ms` : `; at the end of body nothing measurable (${end - twin >= 0 ? '+' : ''}${fmt.ms(end - twin)} ms)`;
          return `${xLabel(rate)}: against the static twin, ${head}${tail}.`;
        }).filter(Boolean),
        `Hydration comes after the content (interactive, after each widget's language chunks). Frames replaced by hydration in all the pre-rendered loads: ${[`prerendered-widgets-${N}`, `prerendered-widgets-${N}-end`, 'prerendered-article', 'prerendered-article-end', ...Object.keys(TAGS).map((k) => `prerendered-${k}`)].reduce((n, id) => n + RATES.reduce((m, rate) => m + (S(id, rate)?.replaced ?? 0), 0), 0)}.`,
      ],
    });
  }
  // 50 client-rendered widgets.
  const cw = ph('growth-widgets-50');
  const p50 = profiles.find((p) => p.id === 'growth-widgets-50');
  if (S('growth-widgets-50', maxRate)) {
    findings.push({
      title: `50 client-rendered widgets at ${maxRate}×`,
      lines: [
        `Content at ${med('growth-widgets-50', maxRate)} ms (median), after the CDN build's chain of requests: the HTML, \`summit-widgets.js\` and its entries and shared chunks (all received by ${med('growth-widgets-50', maxRate, 'scriptEnd')} ms), then each widget's English chunks, then the widgets' first renders.`,
        ...(cw ? [`The main thread is busy ${fmt.ms(cw.busyMs)} of the ${fmt.ms(cw.atMs)} ms until content (traced at ${maxRate}×, the median of ${forced[0]?.runs ?? 1} loads): ${breakdown(cw)}; the page is CPU-bound, not waiting on the network.`] : []),
        ...(p50?.longest ? [`Its longest task in the profiled load (${fmt.ms(p50.longest.duration)} ms), by self time: ${p50.functions.self.slice(0, 6).map((f) => `\`${f.fn}\` ${fmt.ms(f.ms)} ms`).join(', ')}; by total time: ${p50.functions.total.slice(0, 4).map((f) => `\`${f.fn}\` ${fmt.ms(f.ms)} ms`).join(', ')}.`] : []),
        ...(S(`static-widgets-${N}`, maxRate) ? [`For scale: the same ${N} widgets as finished static HTML (the static twin, no script at all) paint at ${med(`static-widgets-${N}`, maxRate)} ms at ${maxRate}× on this machine in this run${medianOf(`static-widgets-${N}`, maxRate) > 800 ? ': parsing, styling and laying out that much content takes most of the 1 s the goal allows before any script runs' : ''}.`] : []),
      ],
    });
  }
  // The shipped reservation.
  const hs = reservedVsRendered.filter((h) => h.page.startsWith('client') && h.rendered != null && h.rendered !== h.reserved);
  const tooMuch = reservedVsRendered.find((h) => h.page.startsWith('client') && !h.page.includes('README') && h.tag === 'summit-timeline' && h.viewport === `${VIEWPORT.width}×${VIEWPORT.height}` && h.reserved > h.rendered);
  if (hs.length) {
    findings.push({
      title: `The reservation (${reserve.href ? 'reserve.css' : 'the README\'s rule'}) vs the rendered heights`,
      lines: [
        `Heights that differ (px, reserved → rendered): ${hs.map((h) => `${h.tag} at ${h.viewport}${h.page.includes('README') ? ' (README example)' : ''}: ${h.reserved} → ${h.rendered}`).join('; ')}.`,
        ...RATES.filter((rate) => S('widget-article', rate) && S('widget-article-noreserve', rate)).map((rate) => `${xLabel(rate)}: CLS ${fmt.cls(S('widget-article', rate).cls.median)} with the reservation (median; worst ${fmt.cls(S('widget-article', rate).cls.max)}) against ${fmt.cls(S('widget-article-noreserve', rate).cls.median)} with none (worst ${fmt.cls(S('widget-article-noreserve', rate).cls.max)})${S('widget-article', rate).cls.median > S('widget-article-noreserve', rate).cls.median ? `: in this article a wrong reservation shifts more than none${tooMuch ? ` (the ${tooMuch.reserved - tooMuch.rendered} px reserved too many for the timeline pull the text below it up inside the viewport, while the unreserved page grows mostly below it)` : ''}` : ''}.`),
        'The bench\'s article column is 42rem wide with 1rem padding (640 px of text at 1280 px), in the page\'s serif font as this machine has it; a `min-height` holds for one column width, font and set of attributes only (the timeline\'s height depends on `highlight` and on the arrangement its container query picks). Pre-rendered widgets need no reservation: their heights before the script and after hydration are in the same table.',
      ],
    });
  }
  // Forced layouts from our code on any traced page.
  for (const f of forced.filter((x) => !x.control && x.ours.length)) {
    findings.push({
      title: `Forced layout from the widget script: ${f.label.replace(/`/g, '')}`,
      lines: f.ours.map((o) => `${o.count} forced ${o.kind === 'layout' ? 'layout' : 'style recalculation'} in \`${o.where}\` (called from ${o.caller || 'the event loop'}), ${fmt.ms(o.ms)} ms at ${f.rate}×.`).concat(!f.ours.some((o) => /summit-timeline\.ts/.test(`${o.where} ${o.caller}`) && /reveal/.test(`${o.where} ${o.caller}`)) ? [] : [
        'This is `<summit-timeline>`\'s `reveal()`: with `highlight`, `updated()` schedules it in a `requestAnimationFrame`, which runs before that frame\'s style and layout, so its `getBoundingClientRect()` makes the browser lay out the freshly rendered page from inside script (the frame would have done that work anyway, but as one forced block). The bench\'s own pages use default attributes and are free of it.',
      ]),
    });
  }
}

// Console messages (errors, warnings) the widget pages printed, by page, from every load.
const consoleByPage = {};
for (const [id, a] of Object.entries(audit)) for (const m of a.console ?? []) (consoleByPage[id] ??= new Set()).add(m);
for (const [id, byRate] of Object.entries(samples)) for (const list of Object.values(byRate)) for (const x of list) for (const m of x.console ?? []) (consoleByPage[id] ??= new Set()).add(m);

const results = {
  date: new Date().toISOString(),
  rounds: ROUNDS,
  rates: RATES,
  quick: args.quick,
  durationSeconds: Math.round((Date.now() - started) / 1000),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory: totalmem(),
    os: `${type()} ${release()}`,
    node: process.version,
    loadBefore,
    loadAfter,
    otherWork,
  },
  browser: {version: browserVersion, path: executablePath, args: CHROMIUM_ARGS, restarts},
  viewport: VIEWPORT,
  widgets: {
    script: widgetScript ? relative(root, join(widgetScript.dir, widgetScript.entry)) : 'none',
    scriptOrigin: widgetScript?.origin ?? 'none',
    entries,
    ssr: ssrOrigin,
    prerenderMs: stats(prerenderTimes),
    prerenderWarnings: prerender ? [...new Set(prerender.warnings)] : [],
    defined: defined.map((k) => TAGS[k]),
    available: available.map((k) => TAGS[k]),
  },
  bytes: {...bytes, timelineJs: timelineJsBytes, dataset: dataBytes},
  ttc,
  cls: {reserveCss: reserve.css, reserveOrigin: reserve.origin, rows: clsRows, heights: reservedVsRendered},
  growth,
  profiles,
  forced,
  layoutReads,
  findings,
  console: Object.fromEntries(Object.entries(consoleByPage).map(([id, set]) => [id, [...set]])),
  goals,
  audit,
  summary,
  samples,
  method: [
    '**Content painted.** A script injected before the page\'s own (CDP `Page.addScriptToEvaluateOnNewDocument`, the same for every contender, also the script-free floor) checks on every animation frame whether the content is in the DOM: for our widgets every element\'s shadow root holds its `.sw` frame and no `.loading` (true as soon as a pre-rendered element\'s declarative shadow root is parsed, before any script); for the floor the parsed static content; for TimelineJS3 a slide\'s `.tl-slide-content .tl-headline` with text. The frame whose `requestAnimationFrame` callback first sees it is the frame that paints it; a `MessageChannel` message posted from that callback runs right after that frame\'s style, layout and paint, and its `performance.now()` (from navigation start) is the time reported. Frames come at about 16.7 ms, so times are quantized to frames. FCP (Paint Timing) is shown for reference: it is the frame\'s presentation time, usually 15–30 ms after the main-thread paint measured here, and on the article page it is the article\'s own text, which the widget script does not delay.',
    '**Interactive** (widget pages): the same per-frame check, until every element is upgraded (`customElements.get`) and through its first update (`hasUpdated`): for a pre-rendered element that first update is its hydration. The load then waits for its quiet period after that, so hydration\'s long tasks and any shift it causes are counted. At that moment each shadow root\'s `.sw` frame must be the very node seen at content time ("frames replaced" counts the loads where one was not: hydration that re-rendered).',
    `**Pre-rendered pages** are the client-rendered pages passed through \`render()\` of ${ssrOrigin} once, before the rounds (as a site does at build time; ${prerenderTimes.length} pages, ${fmt.ms(stats(prerenderTimes).median)} ms median each in Node), the CDN script still in the head so the widgets hydrate. The pre-rendered article links no reservation CSS at all. **The static twin** (\`static-*\`) is that very HTML with the module script removed: the same bytes, the same declarative shadow roots, nothing to hydrate; it is the fairest "static HTML" for a pre-rendered page, while the floor is the same texts hand-written as plain HTML (no shadow roots, one small stylesheet).`,
    '**Goals** are judged on medians, except layout shift, judged on the worst load, and the "busy machine" goal, judged on every run. Each ratio divides medians. "Round by round" is the median of the ratios of the two pages\' loads in the same round (seconds apart, so a change in the machine\'s load during the run moves both) and the number of rounds within the limit: a steadier view on a busy machine.',
    `**Long tasks and TBT.** \`PerformanceObserver('longtask')\` (buffered) from navigation start until content (and, on widget pages, interactive) + a quiet period (${settleMs(1)} ms unthrottled, ${settleMs(4)} ms at 4×, with no new long task or layout shift). TBT = Σ max(0, duration − 50 ms) over that window (from navigation start, not from FCP as Lighthouse does).`,
    '**Layout shift.** `PerformanceObserver(\'layout-shift\')` (buffered), summed over the whole load (no input happens), i.e. CLS for a load without scrolling.',
    '**Forced layouts.** Three extra loads per page (one with --quick) with a Chromium performance trace (`devtools.timeline` and `disabled-by-default-devtools.timeline.stack`), not timed. Every `Layout` (reflow) and `UpdateLayoutTree` (style recalculation) event on the page\'s main thread that carries a JavaScript stack was forced by a script reading layout (`clientWidth`, `getBoundingClientRect()`, `getComputedStyle()`, …) while it was dirty; the browser\'s own per-frame layouts carry none. Each is attributed to its stack\'s top frame, named through the widget script\'s source maps. A control page that forces three layouts from its own script checks that the analysis finds them. The built files are also searched for layout-reading APIs (listed with the traces).',
    '**JS heap.** CDP `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage().usedSize`, after the quiet period.',
    '**Throttling.** CDP `Emulation.setCPUThrottlingRate` (1 = none, 4 = a mid-range phone), set before navigation. No network throttling: every file comes from a local `node:http` server on 127.0.0.1 without compression, so the CDN build\'s chains of module requests (entry, shared chunks, language chunks) cost round trips of well under a millisecond here; over a real network each level of that chain costs one.',
    '**Isolation.** Each load runs in a new tab, which Chromium gives a new renderer process (a cold V8 isolate: no compilation or code cache from earlier loads), with the HTTP cache disabled and every response `no-store`. One unrecorded warm-up load of each page comes first.',
    '**No network.** Chromium runs with `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1` and a closed local proxy for everything else; requests that leave 127.0.0.1 are counted (see "blocked" in latest.json) and fail at once. TimelineJS3 runs with `script_path` set to the local copy, `font: null`, no theme and no Google Analytics id.',
    '**TimelineJS3** (`@knight-lab/timelinejs`, its `dist/js/timeline.js` and `dist/css/timeline.css`, loaded as its docs show: CSS and script in the head, `new TL.Timeline(...)` after the container) shows the dataset\'s events in English: headline = title, text = place and summary, date ranges as start/end dates.',
    '**Floor.** The same texts as static HTML (no script, one small inline `<style>`): the events with dates, places and summaries; the country cards; the Initiative with its pillars, items and target; a collapsed Sources list.',
    `**Our widget pages** load the widget script as the README shows (\`<script type="module" src=".../summit-widgets.js">\` in the head) and the elements with default attributes (English, bundled dataset). Script used: ${widgetScript?.origin ?? 'none'}; \`dist/cdn/\` is served as built (entries, \`chunks/\`, \`chunks/<lang>/\`).`,
    `**Bytes** are what the pages fetched in their warm-up load, from the server's log (a page with one widget through its own entry \`/cdn/<tag>.js\`, all ${entries.length || 'the'} widgets through \`summit-widgets.js\`, the articles); the composition table is a rollup build of \`src/define/all.ts\` made by the benchmark (node-resolve, json, typescript, terser) with the modules of languages other than English left out.`,
  ],
};
writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(results, null, 1));
if (!args['no-docs']) {
  mkdirSync(join(root, 'docs'), {recursive: true});
  writeFileSync(join(root, 'docs/benchmarks.md'), markdown(results));
}

// Console: the headline numbers and the goals.
console.log('');
console.log('bytes (gzip / brotli):');
for (const b of bytes.rows) console.log(`  ${b.label.replace(/`/g, '').slice(0, 90).padEnd(90)} ${fmt.kb(b.total.gzip).padStart(9)} ${fmt.kb(b.total.brotli).padStart(9)}`);
console.log('time to content painted, median ms (min–max):');
for (const row of ttc) {
  const cells = RATES.map((rate) => {
    const s = row.byRate[rate];
    return `${rate}×: ${fmt.ms(s.content.median)} (${fmt.ms(s.content.min)}–${fmt.ms(s.content.max)})${s.vsFloor ? ` ÷floor ${fmt.ratio(s.vsFloor)}` : ''}${s.vsTimelineJs ? ` ÷TL ${fmt.ratio(s.vsTimelineJs)}` : ''}${s.interactive?.n ? ` interactive ${fmt.ms(s.interactive.median)}` : ''}`;
  });
  console.log(`  ${`${row.content} / ${row.contender}`.padEnd(36)} ${cells.join('   ')}`);
}
for (const g of [...growth.events.map((x) => ({...x, what: `${x.n} events`})), ...growth.widgets.map((x) => ({...x, what: `${x.n} widgets`})), ...growth.prerendered.map((x) => ({...x, what: `${x.n} ${x.contender}`}))]) {
  console.log(`  ${g.what.padEnd(24)} ${g.rate}×: content ${fmt.ms(g.s.content.median)} ms, FCP ${fmt.ms(g.s.fcp.median)} ms, interactive ${fmt.ms(g.s.interactive?.median)} ms, longest task ${fmt.ms(g.s.maxLongTask.median)} ms, CLS max ${fmt.cls(g.s.cls.max)}`);
}
for (const f of forced) console.log(`  trace ${f.id} ${f.rate}×: ${f.forced.map((x) => `${x.count} ${x.kind} ${x.from} ${x.where} ${fmt.ms(x.ms)} ms`).join('; ') || 'no forced layout'}`);
console.log('goals:');
for (const g of goals) console.log(`  ${g.met == null ? 'not measured' : g.met ? 'met   ' : 'MISSED'}  ${g.goal.replace(/`|\*\*/g, '')}: ${g.measured}`);
console.log(`wrote bench/results/latest.json${args['no-docs'] ? '' : ' and docs/benchmarks.md'} in ${results.durationSeconds} s`);
