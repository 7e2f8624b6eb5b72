#!/usr/bin/env node
// `npm run bench`: bytes, time to content, long tasks, layout shift and growth of the summit widgets,
// side by side with the same content as static HTML (the floor) and with TimelineJS3, in Chromium.
// Writes bench/results/latest.json and docs/benchmarks.md, and prints met / missed for each goal.
//
// Options:
//   --rounds N     rounds of every scenario at every throttling rate (default 10)
//   --quick        3 rounds; for working on the harness (still writes the files)
//   --only REGEX   only the scenarios whose id matches (e.g. --only 'floor|timelinejs')
//   --rates 1,4    CPU throttling rates (default 1,4)
//   --build        build the widget script into bench/results/ even when dist/cdn/summit-widgets.js exists
//   --no-profile   skip the profiled loads
//   --no-docs      do not write docs/benchmarks.md
//   --screenshots  save one screenshot of each page to bench/results/shots/
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, release, totalmem, type} from 'node:os';
import {SourceMap} from 'node:module';
import {basename, dirname, join, relative, resolve as resolvePath} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import puppeteer from 'puppeteer-core';
import {build as esbuild} from 'esbuild';
import {CHROMIUM_ARGS, findChromium} from '../scripts/chromium.mjs';
import {buildBundle, composition, filesSizes, jsFilesIn, sizes, sum} from './bytes.mjs';
import {heights, measure, profile} from './measure.mjs';
import {TAGS, buildPages, datasetWithEvents} from './pages.mjs';
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

// ---------------------------------------------------------------------------------------------
// 2. Bytes.

log('bytes: per-widget bundles');
const bytes = {rows: [], notes: []};
const tlJs = join(TL_DIST, 'js/timeline.js');
const tlCss = join(TL_DIST, 'css/timeline.css');
const timelineJsBytes = filesSizes(root, [tlJs, tlCss]);
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
// The composition of all three in one bundle (a build of src/define/all.ts: the CDN build's entry).
if (existsSync(join(root, 'src/define/all.ts'))) {
  try {
    const {modules} = await buildBundle(root, {name: 'all', entry: join(root, 'src/define/all.ts'), outDir: join(resultsDir, 'bundles/composition')});
    bytes.composition = await composition(modules);
  } catch (error) {
    bytes.notes.push(`The composition of src/define/all.ts could not be built: ${String(error.message ?? error).split('\n')[0]}`);
  }
}
const allFiles = widgetScript ? jsFilesIn(widgetScript.dir) : [];
const allBytes = allFiles.length ? filesSizes(root, allFiles) : null;
bytes.rows.push({label: 'TimelineJS3 (dist JS + CSS)', key: 'timelinejs', ...timelineJsBytes});
for (const w of perWidget) {
  if (w.error) bytes.notes.push(`\`<${TAGS[w.key]}>\` alone could not be bundled: ${w.error}`);
  else bytes.rows.push({label: `\`<${TAGS[w.key]}>\` alone (own bundle: Lit + dataset + widget)`, key: w.key, ...w});
}
if (allBytes) bytes.rows.push({label: `all ${defined.length === 3 ? 'three' : defined.length} widgets (${widgetScript.origin.startsWith('the CDN') ? 'dist/cdn/ incl. lazy chunks' : 'temporary bundle'})`, key: 'all', ...allBytes});
const dataset = JSON.parse(readFileSync(join(root, 'data/ca-jad-2025.json'), 'utf8'));
const dataBytes = sizes(Buffer.from(JSON.stringify(dataset)));
/** The dataset with every localized text reduced to one language. */
const onlyLang = (value, lang) =>
  value && typeof value === 'object' && !Array.isArray(value) && ['en', 'ja', 'ru'].every((l) => typeof value[l] === 'string')
    ? value[lang]
    : Array.isArray(value)
      ? value.map((v) => onlyLang(v, lang))
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, onlyLang(v, lang)]))
        : value;
const perLang = ['en', 'ja', 'ru'].map((lang) => `${lang} ${fmt.kb(sizes(Buffer.from(JSON.stringify(onlyLang(dataset, lang)))).gzip)}`).join(', ');
bytes.notes.push(`The bundled dataset (all three languages, minified JSON) is ${fmt.kb(dataBytes.gzip)} gzip / ${fmt.kb(dataBytes.brotli)} brotli on its own; one language alone would be (gzip) ${perLang}.`);
bytes.notes.push('Our widgets carry their CSS inside the JS (shadow DOM); the only CSS a page adds is its own optional `:not(:defined)` reservation rule, shown under Layout shift.');

// ---------------------------------------------------------------------------------------------
// 3. Pages, server, browser.

// The reservation: the README's documented snippet once there is one, else the benchmark's own.
function reservation() {
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
  const {outputFiles} = await esbuild({entryPoints: [join(root, 'src/dataset/validate.ts')], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent'});
  const {validateDataset, formatProblem} = await import('data:text/javascript;base64,' + Buffer.from(outputFiles[0].text).toString('base64'));
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
const browser = await puppeteer.launch({
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

const {files, scenarios: allScenarios} = buildPages({
  dir: join(benchDir, 'pages'),
  dataset,
  widgetScript: widgetScript ? `/cdn/${widgetScript.entry}` : null,
  available,
  reserveCss: reserve.css,
  eventCounts: EVENT_COUNTS,
  widgetCounts: WIDGET_COUNTS,
});
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
  const result = await measure(browser, loadOptions(s, 1));
  audit[s.id] = {requests: server.log.slice(before).map((e) => `${e.status} ${e.path}`), blocked: result.blocked, error: result.error};
  if (result.error) log(`  ${s.id}: ${result.error}`);
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
log(`warm-up done: ${scenarios.length} pages`);

// What the pages actually loaded (JS, CSS, fonts), from the server's log of the warm-up loads.
for (const [id, label] of [['timelinejs', 'TimelineJS3 page as loaded (incl. its init script and icon font)'], ['widget-article', 'article page with all three, as loaded (JS + the page\'s CSS)']]) {
  if (!audit[id]) continue;
  const paths = [...new Set(audit[id].requests.filter((r) => r.startsWith('200 ')).map((r) => r.slice(4)))].filter((p) => /\.(m?js|css|woff2?|ttf|otf|eot)$/.test(p));
  const each = [];
  for (const path of paths) {
    const hit = await server.resolve(path);
    if (hit) each.push({file: path, ...sizes(hit.body)});
  }
  bytes.rows.push({label, key: `loaded-${id}`, files: each, total: sum(each)});
}
for (const row of bytes.rows) row.vsTimelineJs = row.key === 'timelinejs' ? null : row.total.gzip / timelineJsBytes.total.gzip;

// Reserved (before upgrade) and rendered heights of the widgets in the article, here and on a phone.
const reservedVsRendered = [];
if (files['/pages/article-unupgraded.html']) {
  for (const viewport of [VIEWPORT, {width: 375, height: 800}]) {
    const selector = Object.values(TAGS).join(',');
    const before = await heights(browser, {url: `${origin}/pages/article-unupgraded.html`, selector, viewport, waitMs: 100});
    const after = await heights(browser, {url: `${origin}/pages/widget-article.html`, selector, viewport});
    before.forEach((b, i) => reservedVsRendered.push({viewport: `${viewport.width}×${viewport.height}`, tag: b.tag, top: b.top, reserved: b.height, rendered: after[i]?.height, renderedTop: after[i]?.top}));
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
        samples[s.id][rate].push(await measure(browser, loadOptions(s, rate)));
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
    ['timelinejs', 1],
    ['widget-article', 1],
    ['widget-timeline', 1],
  ];
  for (const [id, rate] of wanted) {
    const s = scenarios.find((x) => x.id === id);
    if (!s) continue;
    try {
      const p = await profile(browser, {...loadOptions(s, rate), mapUrl});
      profiles.push({id, rate, label: `${id}, ${rate === 1 ? 'unthrottled' : `${rate}× CPU`}`, ...p});
    } catch (error) {
      log(`profile ${id}: ${error.message}`);
    }
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
    return [rate, sm];
  }))])
);
const S = (id, rate) => summary[id]?.[rate];
const medianOf = (id, rate, metric = 'content') => S(id, rate)?.[metric]?.median ?? null;

const ttc = [];
for (const content of ['timeline', 'agreements', 'pillars', 'article']) {
  for (const s of scenarios.filter((x) => x.group === 'ttc' && x.content === content)) {
    const byRate = {};
    for (const rate of RATES) {
      const sm = S(s.id, rate);
      const floor = medianOf(`floor-${content}`, rate);
      const tl = medianOf('timelinejs', rate);
      byRate[rate] = {
        ...sm,
        vsFloor: s.contender === 'floor' || floor == null || sm.content.median == null ? null : sm.content.median / floor,
        vsTimelineJs: content !== 'timeline' || s.contender === 'timelinejs' || tl == null || sm.content.median == null ? null : sm.content.median / tl,
      };
    }
    ttc.push({id: s.id, content, contender: s.contender, byRate});
  }
}

const clsRows = [];
for (const id of ['widget-article', 'widget-article-noreserve', 'floor-article']) {
  if (!summary[id]) continue;
  for (const rate of RATES) clsRows.push({page: id, rate, cls: S(id, rate).cls, shifts: S(id, rate).shifts});
}

const growth = {events: [], widgets: []};
for (const s of scenarios) {
  if (s.group === 'growth-events') for (const rate of RATES) growth.events.push({n: s.n, rate, s: S(s.id, rate)});
  if (s.group === 'growth-widgets') for (const rate of RATES) growth.widgets.push({n: s.n, rate, s: S(s.id, rate), page: s.id});
  if (s.alsoGrowthWidgets) for (const rate of RATES) growth.widgets.push({n: s.alsoGrowthWidgets, rate, s: S(s.id, rate), page: s.id});
}
growth.widgets.sort((a, b) => a.n - b.n || a.rate - b.rate);

// Goals.
const goals = [];
const goal = (text, measured, met) => goals.push({goal: text, measured, met});
{
  const all = bytes.rows.find((b) => b.key === 'all');
  const tl = timelineJsBytes.total;
  if (all && available.length === 3) {
    goal('All three widgets\' bytes ≤ ⅓ of TimelineJS3\'s (gzip and brotli)',
      `gzip ${fmt.kb(all.total.gzip)} vs ⅓ × ${fmt.kb(tl.gzip)} = ${fmt.kb(tl.gzip / 3)}; brotli ${fmt.kb(all.total.brotli)} vs ${fmt.kb(tl.brotli / 3)}`,
      all.total.gzip <= tl.gzip / 3 && all.total.brotli <= tl.brotli / 3);
  } else goal('All three widgets\' bytes ≤ ⅓ of TimelineJS3\'s', `only ${available.length} of 3 widgets exist`, null);

  const floorParts = [];
  let floorMet = true;
  let floorSeen = 0;
  for (const row of ttc.filter((t) => t.contender === 'widget')) {
    for (const rate of RATES) {
      const v = row.byRate[rate].vsFloor;
      if (v == null) continue;
      floorSeen++;
      if (v > 1.5) floorMet = false;
      floorParts.push(`${row.content} ${rate === 1 ? '1×' : `${rate}×`}: ${fmt.ratio(v)}`);
    }
  }
  goal('Time to content ≤ 1.5× the static-HTML floor (every widget and the article, each throttling)', floorParts.join('; ') || 'no widget', floorSeen ? floorMet : null);

  const tlParts = [];
  let tlMet = true;
  let tlSeen = 0;
  const timelineRow = ttc.find((t) => t.id === 'widget-timeline');
  for (const rate of RATES) {
    const v = timelineRow?.byRate[rate].vsTimelineJs;
    if (v == null) continue;
    tlSeen++;
    if (v > 1 / 3) tlMet = false;
    tlParts.push(`${rate === 1 ? '1×' : `${rate}×`}: ${fmt.ratio(v)} (${fmt.ms(medianOf('widget-timeline', rate))} vs ${fmt.ms(medianOf('timelinejs', rate))} ms)`);
  }
  goal('`<summit-timeline>` time to content ≤ ⅓ of TimelineJS3\'s', tlParts.join('; ') || 'no timeline widget', tlSeen ? tlMet : null);

  const clsArticle = RATES.map((rate) => S('widget-article', rate)).filter(Boolean);
  goal('Layout shift 0 on the article page with the reservation (worst of all rounds)',
    clsArticle.length ? RATES.map((rate) => `${rate === 1 ? '1×' : `${rate}×`}: max ${fmt.cls(S('widget-article', rate).cls.max)}`).join('; ') : 'no article with all three widgets yet',
    clsArticle.length ? clsArticle.every((sm) => sm.cls.max === 0) : null);

  const big = RATES.map((rate) => [rate, S('growth-events-2000', rate)]).filter(([, sm]) => sm);
  goal('2,000-event timeline: no long task over 200 ms (median run; worst run in brackets)',
    big.length ? big.map(([rate, sm]) => `${rate === 1 ? '1×' : `${rate}×`}: ${fmt.ms(sm.maxLongTask.median)} ms (${fmt.ms(sm.maxLongTask.max)})`).join('; ') : 'no timeline widget',
    big.length ? big.every(([, sm]) => sm.maxLongTask.median != null && sm.maxLongTask.median <= 200) : null);

  const fifty = S('growth-widgets-50', Math.max(...RATES));
  goal(`50 widgets on a page show content within 1 s at ${Math.max(...RATES)}× throttling (median)`,
    fifty?.content.n ? `${fmt.ms(fifty.content.median)} ms (${fmt.ms(fifty.content.min)}–${fmt.ms(fifty.content.max)})` : 'no widget',
    fifty?.content.n ? fifty.content.median <= 1000 : null);
}

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
  browser: {version: browserVersion, path: executablePath, args: CHROMIUM_ARGS},
  viewport: VIEWPORT,
  widgets: {script: widgetScript ? relative(root, join(widgetScript.dir, widgetScript.entry)) : 'none', scriptOrigin: widgetScript?.origin ?? 'none', defined: defined.map((k) => TAGS[k]), available: available.map((k) => TAGS[k])},
  bytes: {...bytes, timelineJs: timelineJsBytes, dataset: dataBytes},
  ttc,
  cls: {reserveCss: reserve.css, reserveOrigin: reserve.origin, rows: clsRows, heights: reservedVsRendered},
  growth,
  profiles,
  goals,
  audit,
  summary,
  samples,
  method: [
    '**Content painted.** A script injected before the page\'s own (CDP `Page.addScriptToEvaluateOnNewDocument`, the same for every contender, also the script-free floor) checks on every animation frame whether the content is in the DOM: for our widgets every element\'s shadow root holds its `.sw` frame and no `.loading`; for the floor the parsed static content; for TimelineJS3 a slide\'s `.tl-slide-content .tl-headline` with text. The frame whose `requestAnimationFrame` callback first sees it is the frame that paints it; a `MessageChannel` message posted from that callback runs right after that frame\'s style, layout and paint, and its `performance.now()` (from navigation start) is the time reported. Frames come at about 16.7 ms, so times are quantized to frames. FCP (Paint Timing) is shown for reference: it is the frame\'s presentation time, usually 15–30 ms after the main-thread paint measured here, and on the article page it is the article\'s own text, which the widget script does not delay.',
    '**Goals** are judged on medians, except layout shift, judged on the worst load. Each ratio divides medians.',
    `**Long tasks and TBT.** \`PerformanceObserver('longtask')\` (buffered) from navigation start until content + a quiet period (${settleMs(1)} ms unthrottled, ${settleMs(4)} ms at 4×, with no new long task or layout shift). TBT = Σ max(0, duration − 50 ms) over that window (from navigation start, not from FCP as Lighthouse does).`,
    '**Layout shift.** `PerformanceObserver(\'layout-shift\')` (buffered), summed over the whole load (no input happens), i.e. CLS for a load without scrolling.',
    '**JS heap.** CDP `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage().usedSize`, after the quiet period.',
    '**Throttling.** CDP `Emulation.setCPUThrottlingRate` (1 = none, 4 = a mid-range phone), set before navigation. No network throttling: every file comes from a local `node:http` server on 127.0.0.1 without compression.',
    '**Isolation.** Each load runs in a new tab, which Chromium gives a new renderer process (a cold V8 isolate: no compilation or code cache from earlier loads), with the HTTP cache disabled and every response `no-store`. One unrecorded warm-up load of each page comes first.',
    '**No network.** Chromium runs with `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1` and a closed local proxy for everything else; requests that leave 127.0.0.1 are counted (see "blocked" in latest.json) and fail at once. TimelineJS3 runs with `script_path` set to the local copy, `font: null`, no theme and no Google Analytics id.',
    '**TimelineJS3** (`@knight-lab/timelinejs`, its `dist/js/timeline.js` and `dist/css/timeline.css`, loaded as its docs show: CSS and script in the head, `new TL.Timeline(...)` after the container) shows the dataset\'s events in English: headline = title, text = place and summary, date ranges as start/end dates.',
    '**Floor.** The same texts as static HTML (no script, one small inline `<style>`): the events with dates, places and summaries; the country cards; the Initiative with its pillars, items and target; a collapsed Sources list.',
    `**Our widget pages** load the widget script as the README shows (\`<script type="module" src=".../summit-widgets.js">\` in the head) and the elements with default attributes (English, bundled dataset). Script used: ${widgetScript?.origin ?? 'none'}.`,
    '**Bytes** of per-widget bundles: rollup with node-resolve, json, typescript and terser (as `rollup.config.mjs` builds dist/cdn/) from `src/define/<tag>.ts`, each with its own copy of Lit and the dataset, into bench/results/bundles/.',
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
for (const b of bytes.rows) console.log(`  ${b.label.replace(/`/g, '').padEnd(70)} ${fmt.kb(b.total.gzip).padStart(9)} ${fmt.kb(b.total.brotli).padStart(9)}`);
console.log('time to content painted, median ms (min–max):');
for (const row of ttc) {
  const cells = RATES.map((rate) => {
    const s = row.byRate[rate];
    return `${rate}×: ${fmt.ms(s.content.median)} (${fmt.ms(s.content.min)}–${fmt.ms(s.content.max)})${s.vsFloor ? ` ÷floor ${fmt.ratio(s.vsFloor)}` : ''}${s.vsTimelineJs ? ` ÷TL ${fmt.ratio(s.vsTimelineJs)}` : ''}`;
  });
  console.log(`  ${`${row.content} / ${row.contender}`.padEnd(28)} ${cells.join('   ')}`);
}
for (const g of [...growth.events.map((x) => ({...x, what: `${x.n} events`})), ...growth.widgets.map((x) => ({...x, what: `${x.n} widgets`}))]) {
  console.log(`  ${g.what.padEnd(12)} ${g.rate}×: content ${fmt.ms(g.s.content.median)} ms, longest task ${fmt.ms(g.s.maxLongTask.median)} ms, heap ${fmt.mb(g.s.heap.median)}`);
}
console.log('goals:');
for (const g of goals) console.log(`  ${g.met == null ? 'not measured' : g.met ? 'met   ' : 'MISSED'}  ${g.goal.replace(/`/g, '')}: ${g.measured}`);
console.log(`wrote bench/results/latest.json${args['no-docs'] ? '' : ' and docs/benchmarks.md'} in ${results.durationSeconds} s`);
