#!/usr/bin/env node
// `npm run bench -- --mobile` (or `node bench/mobile.mjs [--rounds N]`): every contender of the timeline and the
// article (the floor, the script-only widgets, the pre-rendered pages, TimelineJS3) on the mobile profile of
// bench/network.mjs (150 ms RTT, 1.6 Mbps down, 4× CPU), every file sent compressed as a CDN sends it
// (brotli, bench/server.mjs), and the goals of issue #25 judged on it. Pre-rendered pages are rendered as
// docs/embedding.md recommends: `render(html, {stylesheet})`, and, once the build has a loader
// (`dist/cdn/loader.js`), with the loader instead of the widget script (`{loader}`); before that, with the CDN
// script, which hydrates at once. Each load starts with the browser's cache emptied, the CDN's files sent
// cacheable. Lighthouse (devDependency) runs once per round on the pre-rendered article and its floor. Prints
// the numbers and met / missed for each goal, with what no rendering could go below where a goal is judged
// against it; writes bench/results/mobile.json. Needs `npm run build`.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, findChromium} from '../scripts/chromium.mjs';
import {firstInteraction, measure} from './measure.mjs';
import {MOBILE} from './network.mjs';
import {withoutScripts} from './pages.mjs';
import {BenchServer} from './server.mjs';
import {TAGS, VIEWPORT, buildPages, settleMs} from './scenarios.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const {values: args} = parseArgs({options: {rounds: {type: 'string', default: '5'}, mobile: {type: 'boolean'}, 'no-docs': {type: 'boolean'}}});
const ROUNDS = Number(args.rounds);
const cdnDir = join(root, 'dist/cdn');
const {render} = await import(pathToFileURL(join(root, 'dist/ssr/index.js')).href);
const STYLESHEET = '/cdn/summit-widgets.css';
const LOADER = existsSync(join(cdnDir, 'loader.js')) ? '/cdn/loader.js' : undefined;
const dataset = JSON.parse(readFileSync(join(root, 'data/ca-jad-2025.json'), 'utf8'));

const prerender = (html) => render(LOADER ? withoutScripts(html) : html, {stylesheet: STYLESHEET, loader: LOADER, warn: () => {}});
const {files, scenarios} = await buildPages({dir: join(root, 'bench/pages'), dataset, widgetScript: '/cdn/summit-widgets.js', reserveHref: '/cdn/reserve.css', prerender});
// The script-only timeline through each entry a page can load: all six widgets' (summit-widgets.js, as the main
// bench's pages), the widget's own (`<tag>.js`), and the loader (which fetches everything at once).
const TIMELINE_ENTRY = `/cdn/${TAGS.timeline}.js`;
const SCRIPT_ONLY = {'entry-timeline': TIMELINE_ENTRY, ...(LOADER ? {'loader-timeline': LOADER} : {})};
const widgetTimeline = scenarios.find((scenario) => scenario.id === 'widget-timeline');
for (const [id, src] of Object.entries(SCRIPT_ONLY)) {
  files[`/pages/${id}.html`] = files[widgetTimeline.url].replace('/cdn/summit-widgets.js', src);
  scenarios.push({...widgetTimeline, id, url: `/pages/${id}.html`, contender: `widget through ${src}`});
}
const IDS = ['floor-timeline', 'widget-timeline', ...Object.keys(SCRIPT_ONLY), 'prerendered-timeline', 'timelinejs', 'floor-article', 'widget-article', 'prerendered-article'];
const chosen = IDS.map((id) => scenarios.find((scenario) => scenario.id === id));
const BEST_SCRIPT_ONLY = LOADER ? 'loader-timeline' : 'entry-timeline';
// With the loader nothing hydrates before an interaction: content is the pre-rendered HTML painted.
if (LOADER) for (const scenario of chosen) if (scenario.contender === 'pre-rendered') scenario.ready = {...scenario.ready, interactive: false};

// As a CDN sends them: compressed, and the versioned files cacheable (each load starts with an empty cache).
const server = new BenchServer({compress: true, cacheable: /^\/(cdn|tl)\//});
server.mount('/tl/', join(root, 'node_modules/@knight-lab/timelinejs/dist'));
server.mount('/cdn/', cdnDir);
for (const [path, body] of Object.entries(files)) server.put(path, body);
const origin = await server.listen();
const browser = await puppeteer.launch({executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true});
const runs = Object.fromEntries(IDS.map((id) => [id, []]));
const requests = {};
/** Lighthouse (the devDependency `lighthouse`): its mobile preset (slow 4G and 4x CPU, simulated) on the pre-rendered article and its floor. */
const LIGHTHOUSE_IDS = ['prerendered-article', 'floor-article'];
const lighthouseRuns = Object.fromEntries(LIGHTHOUSE_IDS.map((id) => [id, []]));
/** The first click on a pre-rendered country tab, hydration included, and a second one (bench/measure.mjs firstInteraction). */
const clicks = [];
const lighthouse = await import('lighthouse').then((module) => module.default, () => undefined);
try {
  for (let round = 0; round < ROUNDS; round++) {
    const order = chosen.map((_, i) => chosen[(i + round) % chosen.length]);
    for (const scenario of order) {
      const before = server.log.length;
      const result = await measure(browser, {url: origin + scenario.url, ready: scenario.ready, network: MOBILE, heap: false, settleMs: settleMs(MOBILE.rate), viewport: VIEWPORT, timeoutMs: 90000, coldCache: true});
      if (result.error) console.error(`mobile: ${scenario.id}: ${result.error}`);
      else runs[scenario.id].push(result);
      requests[scenario.id] ??= server.log.slice(before);
    }
    clicks.push(await firstInteraction(browser, {url: origin + '/pages/prerendered-article.html', network: MOBILE, viewport: VIEWPORT, tag: TAGS.country, target: '[part~="tab"]'}));
    if (lighthouse) {
      for (const id of LIGHTHOUSE_IDS) {
        const {lhr} = await lighthouse(origin + scenarios.find((scenario) => scenario.id === id).url, {port: Number(new URL(browser.wsEndpoint()).port), onlyCategories: ['performance'], logLevel: 'error', output: 'json'});
        const audit = (name) => lhr.audits[name]?.numericValue;
        lighthouseRuns[id].push({score: Math.round(lhr.categories.performance.score * 100), fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'), si: audit('speed-index'), version: lhr.lighthouseVersion});
      }
    }
    console.error(`mobile: round ${round + 1} of ${ROUNDS}`);
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const stat = (id, key) => median(runs[id].map((run) => run[key]));
const worst = (id, key) => Math.max(...runs[id].map((run) => run[key]));
/** Compressed bytes of the scripts that ran in the worst load (most bytes), not only arrived. */
const ranBytes = (id) => Math.max(0, ...runs[id].map((run) => (run.executed ?? []).reduce((sum, path) => sum + ((requests[id] ?? []).find((entry) => entry.path === path)?.bytes ?? 0), 0)));
const wire = (id, test) => (requests[id] ?? []).filter((entry) => test(entry.path)).reduce((sum, entry) => sum + entry.bytes, 0);
const gzipOf = (path) => gzipSync(files[path], {level: 9}).length;

const out = [];
const print = (line) => {
  console.log(line);
  out.push(line);
};
print(`Mobile profile: ${MOBILE.label}; files compressed (brotli); ${ROUNDS} rounds; medians. Pre-rendered pages: stylesheet ${STYLESHEET}, ${LOADER ? `loader ${LOADER}` : 'no loader in the build yet (the CDN script, which hydrates at once)'}.`);
print('| page | time to content | FCP | TBT | TBT after FCP (Lighthouse\'s) | CLS (worst) | JS on the wire (compressed) | of which ran (worst load) | requests | script round trips (worst) |');
print('|---|---|---|---|---|---|---|---|---|---|');
for (const id of IDS) {
  print(`| ${id} | ${ms(stat(id, 'content'))} | ${ms(stat(id, 'fcp'))} | ${ms(stat(id, 'tbt'))} | ${ms(stat(id, 'tbtAfterFcp'))} | ${worst(id, 'cls').toFixed(4)} | ${kb(wire(id, (path) => /\.js$/.test(path)))} | ${kb(ranBytes(id))} | ${(requests[id] ?? []).length} | ${worst(id, 'roundTrips')} |`);
}

if (lighthouse) {
  print(`\nLighthouse ${lighthouseRuns[LIGHTHOUSE_IDS[0]][0]?.version ?? ''}, its mobile preset (simulated slow 4G, 4x CPU), performance only; one run per round; medians (scores: every run).`);
  print('| page | performance (each run) | FCP | LCP | TBT | CLS | Speed Index |\n|---|---|---|---|---|---|---|');
  for (const id of LIGHTHOUSE_IDS) {
    const list = lighthouseRuns[id];
    const med = (key) => median(list.map((run) => run[key]));
    print(`| ${id} | ${list.map((run) => run.score).join(', ')} | ${ms(med('fcp'))} | ${ms(med('lcp'))} | ${ms(med('tbt'))} | ${med('cls').toFixed(4)} | ${ms(med('si'))} |`);
  }
}

print(`\nThe reader's first click on a pre-rendered widget (the article's <${TAGS.country}>, scrolled into view, its files already fetched, then a click on another country's tab), from the pointerdown to the frame that shows that tab selected: median ${ms(median(clicks.map((c) => c.first)))} (${clicks.map((c) => ms(c.first)).join(', ')}); this is hydration on that interaction, the replayed click included. A second click on another tab, the widget live: median ${ms(median(clicks.map((c) => c.second)))}.`);

const floorGzip = gzipOf('/pages/floor-article.html');
// What no rendering could go below, for the goals that are judged against them: the article without any of Lit's
// hydration markers (comments) at all; the 50 widgets' floor (the same texts as static HTML); for the script-only
// timeline, the moment its last script arrived (median), before any of it has run.
const litMarkers = /<!--(?:\/?lit-part[^>]*|lit-node \d+|\?)-->/g;
const articleNoMarkersGzip = gzipSync(files['/pages/prerendered-article.html'].replace(litMarkers, ''), {level: 9}).length;
const fiftyFloorRaw = Buffer.byteLength(files['/pages/floor-widgets-50.html']);
const fiftyNoMarkersRaw = Buffer.byteLength(files['/pages/prerendered-widgets-50.html'].replace(litMarkers, ''));
const scriptsArrived = stat(BEST_SCRIPT_ONLY, 'scriptEnd');
const articleGzip = gzipOf('/pages/prerendered-article.html');
const fiftyRaw = Buffer.byteLength(files['/pages/prerendered-widgets-50.html']);
const jsBeforeInteraction = ranBytes('prerendered-article');
const ratio = stat(BEST_SCRIPT_ONLY, 'content') / stat('timelinejs', 'content');
const trips = worst(BEST_SCRIPT_ONLY, 'roundTrips');
const goals = [
  {goal: 'Pre-rendered article: script executed before the first interaction ≤ 3 KB (the scripts whose code ran in a load with no interaction, V8 coverage; compressed bytes on the wire, worst load)', measured: `${kb(jsBeforeInteraction)} (${[...new Set(runs['prerendered-article'].flatMap((run) => run.executed ?? []))].join(', ') || 'none'}); fetched, not run: ${kb(wire('prerendered-article', (path) => /\.js$/.test(path)) - jsBeforeInteraction)}`, met: jsBeforeInteraction <= 3 * 1024},
  {goal: 'Pre-rendered article: TBT 0 (Lighthouse mobile, every run, as the issue measured it)', measured: lighthouse ? `${lighthouseRuns['prerendered-article'].map((run) => ms(run.tbt)).join(', ')}; under DevTools throttling (this table, from FCP, median) ${ms(stat('prerendered-article', 'tbtAfterFcp'))}, loads ${runs['prerendered-article'].map((run) => ms(run.tbtAfterFcp)).join(', ')} (from navigation start ${ms(stat('prerendered-article', 'tbt'))}; the floor's ${ms(stat('floor-article', 'tbtAfterFcp'))} and ${ms(stat('floor-article', 'tbt'))})` : 'not measured (lighthouse not installed: npm ci)', met: !!lighthouse && lighthouseRuns['prerendered-article'].every((run) => run.tbt === 0)},
  {goal: 'Pre-rendered article: Lighthouse mobile performance 100 (every run)', measured: lighthouse ? `${lighthouseRuns['prerendered-article'].map((run) => run.score).join(', ')} (the floor: ${lighthouseRuns['floor-article'].map((run) => run.score).join(', ')})` : 'not measured (lighthouse not installed: npm ci)', met: !!lighthouse && lighthouseRuns['prerendered-article'].every((run) => run.score === 100)},
  {goal: 'Pre-rendered article: CLS 0 (worst load, mobile)', measured: worst('prerendered-article', 'cls').toFixed(4), met: worst('prerendered-article', 'cls') === 0},
  {goal: 'Pre-rendered article HTML ≤ 1.6× the floor (gzip)', measured: `${kb(articleGzip)} vs 1.6 × ${kb(floorGzip)} = ${kb(1.6 * floorGzip)} (${(articleGzip / floorGzip).toFixed(2)}×); without any of Lit's hydration markers still ${kb(articleNoMarkersGzip)} (${(articleNoMarkersGzip / floorGzip).toFixed(2)}×)`, met: articleGzip <= 1.6 * floorGzip},
  {goal: '50 pre-rendered widgets ≤ 0.5 MB raw', measured: `${(fiftyRaw / 1024 / 1024).toFixed(2)} MB; without Lit's markers ${(fiftyNoMarkersRaw / 1024 / 1024).toFixed(2)} MB; their floor (the same texts as static HTML) ${(fiftyFloorRaw / 1024 / 1024).toFixed(2)} MB`, met: fiftyRaw <= 0.5 * 1024 * 1024},
  {goal: `Script-only timeline time to content ≤ 0.4× TimelineJS3 (mobile; ${BEST_SCRIPT_ONLY})`, measured: `${ratio.toFixed(2)}× (${ms(stat(BEST_SCRIPT_ONLY, 'content'))} vs ${ms(stat('timelinejs', 'content'))}; floor ${ms(stat('floor-timeline', 'content'))}); its last script arrived at ${ms(scriptsArrived)} (${(scriptsArrived / stat('timelinejs', 'content')).toFixed(2)}×), before any of it ran`, met: ratio <= 0.4},
  {goal: `Script-only timeline: its scripts in two round trips, the entry's and one more (${BEST_SCRIPT_ONLY}, worst load)`, measured: `${trips} (${TIMELINE_ENTRY.slice(5)}: ${worst('entry-timeline', 'roundTrips')}, summit-widgets.js: ${worst('widget-timeline', 'roundTrips')})`, met: trips <= 2},
];
print('\n| goal (#25) | measured | result |\n|---|---|---|');
for (const g of goals) print(`| ${g.goal} | ${g.measured} | ${g.met ? 'met' : '**missed**'} |`);
mkdirSync(join(root, 'bench/results'), {recursive: true});
writeFileSync(join(root, 'bench/results/mobile.json'), JSON.stringify({profile: MOBILE, rounds: ROUNDS, loader: LOADER ?? null, runs, requests, lighthouse: lighthouseRuns, clicks, goals}, null, 1));
if (!args['no-docs']) {
  const docsFile = join(root, 'docs/benchmarks.md');
  const section = `\n<!-- mobile -->\n## Mobile profile (issue #25)\n\nMeasured by \`npm run bench -- --mobile\` (bench/mobile.mjs) on ${new Date().toISOString().slice(0, 10)}: each load in a new tab with the browser's cache emptied first (a first-time reader; the CDN's files are sent cacheable, so a file asked for twice in one load arrives once), under CDP \`Network.emulateNetworkConditions\` and \`Emulation.setCPUThrottlingRate\`; every file sent brotli-compressed by the bench server; the contenders alternating within each round; Lighthouse (the devDependency, its own mobile preset) once per round on the pre-rendered article and its floor. Time to content, FCP, TBT and CLS as in the method notes above (TBT from navigation start).\n\n${out.join('\n')}\n<!-- /mobile -->\n`;
  const current = existsSync(docsFile) ? readFileSync(docsFile, 'utf8') : '';
  const kept = current.replace(/\n<!-- mobile -->[^]*<!-- \/mobile -->\n/, '');
  writeFileSync(docsFile, kept + section);
}
