#!/usr/bin/env node
// `node bench/styles.mjs [--rounds N]`: where a pre-rendered widget's styles come from, measured in Chromium
// on the mobile profile (bench/network.mjs: 150 ms RTT, 1.6 Mbps down, 4x CPU), files sent gzip-compressed and
// the stylesheet cacheable, as a CDN sends them. For each option: the HTML's bytes (the article's three widgets
// and 50 widgets), the frames painted with a widget unstyled (a shadow root's frame without its padding), the
// layout shift through hydration, and the time the first widget is painted styled. Prints a Markdown table
// (docs/benchmarks.md, "Styles of pre-rendered widgets"). Needs `npm run build` (dist/ssr, dist/cdn).
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, findChromium} from '../scripts/chromium.mjs';
import {ARTICLE_WIDGETS} from '../scripts/registry.mjs';
import {MOBILE, emulate} from './network.mjs';
import {fill} from './pages.mjs';
import {BenchServer} from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const {values: args} = parseArgs({options: {rounds: {type: 'string', default: '5'}}});
const ROUNDS = Number(args.rounds);
const {render} = await import(pathToFileURL(join(root, 'dist/ssr/index.js')).href);
const CSS = '/cdn/summit-widgets.css';
const SCRIPT = '<script type="module" src="/cdn/summit-widgets.js"></script>';
const tags = ARTICLE_WIDGETS.map((widget) => widget.tag);

const withoutHeadLink = (html) => html.replace(`<link rel="stylesheet" href="${CSS}">\n</head>`, '</head>');

/** The options: how each is rendered, and what it adds to the page. */
const OPTIONS = [
  {id: 'inline', label: 'a `<style>` in every shadow root (before #25)', render: (html) => render(html, {warn: () => {}})},
  {id: 'link', label: '`<link rel=stylesheet>` in every shadow root, none in the head', render: async (html) => withoutHeadLink(await render(html, {stylesheet: CSS, warn: () => {}}))},
  {id: 'link-head', label: '`<link rel=stylesheet>` in every shadow root and the same URL in the head (shipped)', render: (html) => render(html, {stylesheet: CSS, warn: () => {}})},
  {
    id: 'adopted',
    label: 'no styles in the HTML; the widgets adopt theirs on hydration (constructable sheets)',
    render: async (html) => (await render(html, {stylesheet: CSS, warn: () => {}})).replaceAll(`<link rel="stylesheet" href="${CSS}">`, ''),
  },
];

const article = readFileSync(join(root, 'bench/pages/article.html'), 'utf8');
const single = readFileSync(join(root, 'bench/pages/single.html'), 'utf8');
const keys = ARTICLE_WIDGETS.map((widget) => widget.strings);
const articlePage = fill(article, {...Object.fromEntries(ARTICLE_WIDGETS.map((w) => [w.strings, `<${w.tag}></${w.tag}>`])), head: ''}).replace('</body>', `${SCRIPT}\n</body>`);
const manyPage = fill(single, {
  title: '50 widgets',
  head: '',
  body: `${Array.from({length: 50}, (_, i) => `<p>Paragraph ${i + 1} of the article.</p>\n<${tags[i % keys.length]}></${tags[i % keys.length]}>`).join('\n')}\n${SCRIPT}`,
});

const server = new BenchServer({compress: true, cacheable: /\.css$/});
server.mount('/cdn/', join(root, 'dist/cdn'));
server.put('/assets/article.css', readFileSync(join(root, 'bench/pages/article.css')));
const pages = [];
for (const option of OPTIONS) {
  // Unstyled until hydration is plain to see on the article; its 50-widget page would only add minutes.
  for (const [name, html] of option.id === 'adopted' ? [['article', articlePage]] : [['article', articlePage], ['widgets-50', manyPage]]) {
    const out = await option.render(html);
    const path = `/pages/${option.id}-${name}.html`;
    server.put(path, out);
    pages.push({option, name, path, raw: Buffer.byteLength(out), gzip: gzipSync(out, {level: 9}).length});
  }
}
const origin = await server.listen();

/** In the page, before anything: each frame, whether a widget already in the document is painted unstyled. */
function instrument() {
  const w = /** @type {any} */ (window);
  const state = (w.__styles = {frames: 0, unstyledFrames: 0, firstStyled: null, firstUnstyled: null, allStyled: null, shift: 0, done: false});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.shift += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
  const tagsSel = 'summit-timeline, country-agreements, initiative-pillars';
  let quietSince = 0;
  const tick = () => {
    const widgets = [...document.querySelectorAll(tagsSel)].filter((el) => el.shadowRoot?.querySelector('[part="base"]'));
    if (widgets.length) {
      state.frames++;
      const unstyled = widgets.some((el) => getComputedStyle(el.shadowRoot.querySelector('[part="base"]')).paddingTop === '0px');
      if (unstyled) {
        state.unstyledFrames++;
        state.firstUnstyled ??= performance.now();
      } else {
        state.firstStyled ??= performance.now();
        if (document.readyState !== 'loading' && widgets.length === document.querySelectorAll(tagsSel).length) state.allStyled ??= performance.now();
      }
    }
    const all = document.querySelectorAll(tagsSel);
    const hydrated = document.readyState === 'complete' && all.length > 0 && [...all].every((el) => el.hasUpdated);
    if (hydrated && !quietSince) quietSince = performance.now();
    if (quietSince && performance.now() - quietSince > 1500) state.done = true;
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const browser = await puppeteer.launch({executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true});
const results = new Map(pages.map((page) => [page.path, []]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const page of round % 2 ? [...pages].reverse() : pages) {
      const context = await browser.createBrowserContext(); // a cold cache for every load
      try {
        const tab = await context.newPage();
        await tab.setViewport({width: 375, height: 800});
        await emulate(await tab.createCDPSession(), MOBILE);
        await tab.evaluateOnNewDocument(instrument);
        await tab.goto(origin + page.path, {waitUntil: 'load', timeout: 120000});
        await tab.waitForFunction(() => window.__styles.done, {timeout: 120000, polling: 200});
        results.get(page.path).push(await tab.evaluate(() => window.__styles));
      } catch (error) {
        console.error(`styles: ${page.path}: ${error.message}`);
      } finally {
        await context.close();
      }
    }
    console.error(`styles: round ${round + 1} of ${ROUNDS}`);
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`| option | page | HTML raw | HTML gzip | loads with an unstyled frame | unstyled frames (max) | CLS (worst) | first styled widget painted (median) | every widget painted styled (median) |`);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const page of pages) {
  const runs = results.get(page.path);
  const withUnstyled = runs.filter((run) => run.unstyledFrames > 0).length;
  console.log(
    `| ${page.option.label} | ${page.name === 'article' ? 'article, 3 widgets' : '50 widgets'} | ${kb(page.raw)} | ${kb(page.gzip)} | ${withUnstyled} of ${runs.length} | ${Math.max(...runs.map((run) => run.unstyledFrames))} | ${Math.max(...runs.map((run) => run.shift)).toFixed(4)} | ${runs.some((run) => run.firstStyled === null) ? 'never' : `${Math.round(median(runs.map((run) => run.firstStyled)))} ms`} | ${runs.some((run) => run.allStyled === null) ? 'never' : `${Math.round(median(runs.map((run) => run.allStyled)))} ms`} |`
  );
}
