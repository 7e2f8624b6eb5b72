#!/usr/bin/env node
// `npm run bench`: bytes, time to content, long tasks, layout shift and growth of the summit widgets,
// side by side with the same content as static HTML (the floor) and with TimelineJS3, in Chromium;
// client-rendered (the CDN script) and pre-rendered at build time (dist/ssr's render(), then hydrated),
// and the forced layouts in a performance trace. The runner: it measures the build in dist/ (run
// `npm run build` first) on the pages and lists of bench/scenarios.mjs, then judges the goals of
// bench/goals.mjs, writes bench/results/latest.json and docs/benchmarks.md (bench/report.mjs), and prints
// met / missed for each goal.
//
// Options:
//   --rounds N     rounds of every scenario at every throttling rate (default 10)
//   --quick        3 rounds and one traced load per page; for working on the harness (still writes the files)
//   --only REGEX   only the scenarios whose id matches (e.g. --only 'floor|timelinejs')
//   --rates 1,4    CPU throttling rates (default 1,4)
//   --no-profile   skip the profiled and traced loads
//   --no-docs      do not write docs/benchmarks.md
//   --screenshots  save one screenshot of each page to bench/results/shots/
//   --mobile       instead: the mobile profile (150 ms RTT, 1.6 Mbps, 4× CPU, files compressed) and #25's goals (bench/mobile.mjs)
// The quickest whole run (a smoke test of the harness): --rounds 1 --rates 1 --no-profile --no-docs --only widget-timeline
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, release, totalmem, type} from 'node:os';
import {SourceMap} from 'node:module';
import {basename, dirname, join, relative, resolve as resolvePath} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, findChromium} from '../scripts/chromium.mjs';
import {LANGS, TAGS as ALL_TAGS} from '../scripts/registry.mjs';
import {composition, filesSizes, jsFilesIn, sizes, sum} from './bytes.mjs';
import {judge} from './goals.mjs';
import {heights, measure, profile, traceLoad} from './measure.mjs';
import {BenchServer} from './server.mjs';
import {fmt, markdown, methodNotes, stats} from './report.mjs';
import {datasetWithEvents} from './pages.mjs';
import {EVENT_COUNTS, HTML_DOCUMENTS, PHONE, TAGS, TRACED, VIEWPORT, buildPages, heightPages, profiled, settleMs} from './scenarios.mjs';

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
    'no-profile': {type: 'boolean', default: false},
    'no-docs': {type: 'boolean', default: false},
    screenshots: {type: 'boolean', default: false},
    mobile: {type: 'boolean', default: false},
  },
});
if (args.mobile) {
  // The mobile profile (bench/mobile.mjs): every contender of the timeline and the article, files compressed.
  await import('./mobile.mjs');
  process.exit(0);
}
const ROUNDS = Number(args.rounds ?? (args.quick ? 3 : 10));
const RATES = args.rates.split(',').map(Number);
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
// 1. The build: dist/cdn/ (the widget script, each widget's entry, reserve.css) and dist/ssr/ (the renderer).

const cdnDir = join(root, 'dist/cdn');
const ssrFile = join(root, 'dist/ssr/index.js');
const reserveFile = join(cdnDir, 'reserve.css');
const missing = [join(cdnDir, 'summit-widgets.js'), ...ALL_TAGS.map((tag) => join(cdnDir, `${tag}.js`)), reserveFile, ssrFile].filter((file) => !existsSync(file));
if (missing.length) {
  console.error(`bench: no ${missing.map((file) => relative(root, file)).join(', ')}: run \`npm run build\` first`);
  process.exit(1);
}
/** The newest modification time of the files under `dir` (recursively). */
const newest = (dir) =>
  readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile())
    .reduce((m, e) => Math.max(m, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs), 0);
const builtAt = (file) => {
  const built = statSync(file).mtimeMs;
  const stale = newest(join(root, 'src')) > built;
  if (stale) log(`warning: src/ has changed since ${relative(root, file)} was built: run \`npm run build\` first`);
  return `built ${new Date(built).toISOString()}${stale ? ' (older than src/)' : ''}`;
};
// The script the widget pages load, and the CDN build's one entry per widget beside it.
const widgetScript = {dir: cdnDir, entry: 'summit-widgets.js', origin: `the CDN build, ${builtAt(join(cdnDir, 'summit-widgets.js'))}`};
const entries = ALL_TAGS;
// The server renderer (dist/ssr/index.js, `summit-widgets/ssr`): pre-renders pages before they are served.
const {render} = await import(pathToFileURL(ssrFile).href);
const prerenderTimes = [];
const prerenderWarnings = [];
const prerender = async (html) => {
  const t0 = performance.now();
  const out = await render(html, {warn: (message) => prerenderWarnings.push(message)});
  prerenderTimes.push(performance.now() - t0);
  return out;
};
const ssrOrigin = `\`dist/ssr/index.js\` \`render()\`, ${builtAt(ssrFile)}`;

// ---------------------------------------------------------------------------------------------
// 2. Bytes.

log('bytes');
const bytes = {rows: [], notes: [], html: []};
const tlJs = join(TL_DIST, 'js/timeline.js');
const tlCss = join(TL_DIST, 'css/timeline.css');
const timelineJsBytes = filesSizes(root, [tlJs, tlCss]);
bytes.rows.push({label: 'TimelineJS3 (dist JS + CSS)', key: 'timelinejs', ...timelineJsBytes});
// What the CDN build is made of, English only (a page loads one language's chunks), from its source maps.
const allFiles = jsFilesIn(cdnDir);
bytes.composition = composition(root, allFiles.filter((file) => !/[\\/]chunks[\\/](?!en[\\/])\w\w[\\/]/.test(file)));
bytes.rows.push({
  label: `every JS file in \`${relative(root, cdnDir)}/\` (${entries.length} entries, summit-widgets.js, shared chunks, every language: no page loads all of it)`,
  key: 'cdn-everything',
  ...filesSizes(root, allFiles),
});
const dataset = JSON.parse(readFileSync(join(root, 'data/ca-jad-2025.json'), 'utf8'));
const dataBytes = sizes(Buffer.from(JSON.stringify(dataset)));

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

// The reservation: the shipped stylesheet (dist/cdn/reserve.css), linked by the client-rendered article.
const reserve = {css: readFileSync(reserveFile, 'utf8'), origin: `the shipped stylesheet \`${relative(root, reserveFile)}\`, linked by the page (\`<link rel="stylesheet" href="/cdn/reserve.css">\`) after its own CSS`, href: '/cdn/reserve.css'};

// Validate the growth datasets with the widgets' own validator (the built package's).
{
  const {validateDataset, formatProblem} = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  for (const n of EVENT_COUNTS) {
    const result = validateDataset(datasetWithEvents(dataset, n));
    if (!result.ok) throw new Error(`generated dataset of ${n} events is invalid: ${result.problems.slice(0, 3).map(formatProblem).join('; ')}`);
  }
}

const server = new BenchServer();
server.mount('/tl/', TL_DIST);
server.mount('/cdn/', cdnDir);
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

// Every widget of the registry must be defined by the widget script.
{
  server.put('/pages/probe.html', `<!doctype html><script type="module" src="/cdn/${widgetScript.entry}"></script>`);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  await page.goto(`${origin}/pages/probe.html`, {waitUntil: 'load'});
  const undefinedTags = await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), ALL_TAGS);
  await page.close();
  if (errors.length || undefinedTags.length) {
    console.error(`bench: the widget script ${errors.length ? `failed: ${errors.join(' | ')}` : `does not define ${undefinedTags.join(', ')}`}`);
    process.exit(1);
  }
}

log('pre-rendering the pages with dist/ssr/index.js');
const {files, scenarios: allScenarios, probes, traces} = await buildPages({
  dir: join(benchDir, 'pages'),
  dataset,
  widgetScript: `/cdn/${widgetScript.entry}`,
  reserveHref: reserve.href,
  prerender,
});
if (prerenderWarnings.length) log(`render() warnings: ${[...new Set(prerenderWarnings)].join(' | ')}`);
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
for (const [path, label] of HTML_DOCUMENTS) {
  if (files[path]) bytes.html.push({label, file: path, ...sizes(Buffer.from(files[path]))});
}

// Heights of the widgets in the article before their script has run and after, here and on a phone:
// client-rendered (what the reservation gives them, then their rendered height) and pre-rendered
// (the server's HTML alone, then hydrated).
const reservedVsRendered = [];
for (const [page, beforeUrl, afterUrl] of heightPages('client-rendered + reserve.css')) {
  if (!files[beforeUrl] || !files[afterUrl]) continue;
  for (const viewport of [VIEWPORT, PHONE]) {
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
  for (const [id, rate] of profiled(RATES)) {
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
    ...TRACED.map((id) => scenarios.find((x) => x.id === id) ?? allScenarios.find((x) => x.id === id))
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
// 7. Summaries, goals (bench/goals.mjs), files.

const {summary, ttc, clsRows, growth, goals, findings} = judge({scenarios, samples, rates: RATES, bytes, timelineJsBytes, reserve, forced, profiles, reservedVsRendered});

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
    script: relative(root, join(widgetScript.dir, widgetScript.entry)),
    scriptOrigin: widgetScript.origin,
    entries,
    ssr: ssrOrigin,
    prerenderMs: stats(prerenderTimes),
    prerenderWarnings: [...new Set(prerenderWarnings)],
    available: Object.values(TAGS),
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
  method: methodNotes({ssrOrigin, prerenderTimes, widgetScript, entries, settleMs}),
};
writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(results, null, 1));
if (!args['no-docs']) {
  mkdirSync(join(root, 'docs'), {recursive: true});
  // The mobile profile's section (bench/mobile.mjs, `--mobile`) is written by its own run: kept.
  const docsFile = join(root, 'docs/benchmarks.md');
  const mobileSection = existsSync(docsFile) ? /\n<!-- mobile -->[^]*<!-- \/mobile -->\n/.exec(readFileSync(docsFile, 'utf8'))?.[0] ?? '' : '';
  writeFileSync(docsFile, markdown(results) + mobileSection);
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
