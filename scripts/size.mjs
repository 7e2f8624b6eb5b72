#!/usr/bin/env node
// `npm run size`: the gzip (and brotli) bytes a page downloads, measured as a page loads them: each
// page below is opened in Chromium (puppeteer-core) with the CDN build, and every JavaScript file it
// fetched is counted, compressed. A page shows one language; every row is measured in each of the
// eight languages and the largest (the language with the longest texts) is the row's figure.
// Checked against the registry's budget of each widget (src/registry.json, `size`) and size-budget.json for the
// pages with several; run by `npm test` after the build. `--write` puts the table into docs/size.md (between
// the size markers); without it, a table there that no longer matches fails.
//
// It also checks that a page fetches no other language's chunk, and reports what each language adds.
import {createServer} from 'node:http';
import {readFileSync, writeFileSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, findChromium} from './chromium.mjs';
import {ARTICLE_WIDGETS, LANGS, WIDGETS, exampleMarkup} from './registry.mjs';

const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const gzip = (bytes) => gzipSync(bytes, {level: 9}).length;
const brotli = (bytes) => brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const sizes = new Map();
const sizeOf = (path) => {
  if (!sizes.has(path)) {
    const bytes = readFileSync(join('dist/cdn', path));
    sizes.set(path, {gzip: gzip(bytes), brotli: brotli(bytes)});
  }
  return sizes.get(path);
};

// -- the pages: each widget as its example embeds it, the three of the article, all of them ---------------
const page = (lang, scripts, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${scripts.map((src) => `<script type="module" src="/${src}"></script>`).join('')}</head><body>${body}</body></html>`;
const PAGES = {};
for (const widget of WIDGETS) PAGES[`widget ${widget.tag}`] = (lang) => page(lang, [`${widget.tag}.js`], exampleMarkup(widget));
PAGES.three = (lang) => page(lang, ARTICLE_WIDGETS.map(({tag}) => `${tag}.js`), ARTICLE_WIDGETS.map((widget) => exampleMarkup(widget)).join(''));
PAGES.all = (lang) => page(lang, ['summit-widgets.js'], WIDGETS.map((widget) => exampleMarkup(widget)).join(''));

const html = new Map();
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/page.html') {
    response.writeHead(200, {'Content-Type': 'text/html'});
    response.end(html.get(url.searchParams.get('id')));
    return;
  }
  const path = normalize(url.pathname).replace(/^\/+/, '');
  try {
    const body = readFileSync(join('dist/cdn', path));
    response.writeHead(200, {'Content-Type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream'});
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS});
/** The files `pageHtml` fetches, once its widgets have rendered. */
async function filesOf(id, pageHtml) {
  html.set(id, pageHtml);
  const tab = await browser.newPage();
  const files = new Set();
  tab.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) files.add(path.slice(1));
  });
  await tab.goto(`${origin}/page.html?id=${encodeURIComponent(id)}`, {waitUntil: 'load'});
  const rendered = await tab.evaluate(async () => {
    const widgets = [...document.body.children].filter((el) => el.localName.includes('-'));
    await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(widgets.map((el) => el.updateComplete));
    const problems = widgets.filter((el) => !el.shadowRoot?.querySelector('[part="base"]') || el.shadowRoot.querySelector('[role="alert"]'));
    return problems.map((el) => el.localName).join(', ');
  });
  await tab.close();
  if (rendered) throw new Error(`${id}: ${rendered} did not render`);
  return [...files];
}

const failures = [];
const rows = {};
for (const [name, make] of Object.entries(PAGES)) {
  for (const lang of LANGS) {
    const files = await filesOf(`${name} ${lang}`, make(lang));
    const foreign = files.filter((file) => /^chunks\/(\w\w)\//.test(file) && !file.startsWith(`chunks/${lang}/`));
    if (foreign.length) failures.push(`${name} in ${lang} fetched other languages' chunks: ${foreign.join(', ')}`);
    const total = files.reduce((sum, file) => ({gzip: sum.gzip + sizeOf(file).gzip, brotli: sum.brotli + sizeOf(file).brotli}), {gzip: 0, brotli: 0});
    const own = files.filter((file) => file.startsWith(`chunks/${lang}/`)).reduce((sum, file) => sum + sizeOf(file).gzip, 0);
    const row = (rows[name] ??= {name, byLang: {}});
    row.byLang[lang] = {...total, texts: own, files};
  }
}
await browser.close();
server.close();

// -- the table ------------------------------------------------------------------------------------------
const largest = (row) => LANGS.reduce((best, lang) => (row.byLang[lang].gzip > row.byLang[best].gzip ? lang : best), LANGS[0]);
const ROWS = [
  ...WIDGETS.map(({tag, size}) => ({key: `widget ${tag}`, label: `one widget: \`${tag}.js\` and \`<${tag}>\``, limit: size})),
  {key: 'three', label: 'the three article widgets (timeline, country agreements, initiative pillars)', limit: budget.three},
  {key: 'all', label: `every widget: \`summit-widgets.js\` and all ${WIDGETS.length} tags`, limit: budget.all},
];
const lines = [
  '| a page with | gzip | brotli | of which its language | largest in | checked limit (gzip) | goal (gzip) |',
  '|---|---:|---:|---:|---|---:|---:|',
];
for (const {key, label, limit} of ROWS) {
  const row = rows[key];
  const lang = largest(row);
  const {gzip: gz, brotli: br, texts} = row.byLang[lang];
  if (!limit) {
    failures.push(`${label}: no size budget (\`size\` in its src/registry.json entry)`);
    continue;
  }
  const goal = limit.goal === null ? '—' : `${kb(limit.goal)} KB`;
  lines.push(`| ${label} | ${kb(gz)} KB | ${kb(br)} KB | ${kb(texts)} KB | ${lang} | ${kb(limit.max)} KB | ${goal} |`);
  if (gz > limit.max) failures.push(`${label}: ${kb(gz)} KB gzip (in ${lang}) is over its limit of ${kb(limit.max)} KB`);
  if (limit.goal !== null && gz > limit.goal) console.log(`note: ${label} is ${kb(gz - limit.goal)} KB over the goal of ${kb(limit.goal)} KB (in ${lang})`);
}
// A widget's own (its `size.own` budget): what its page fetches that no other widget's page does (Lit, the
// shared code and the parts of the dataset other widgets also show are shared), apart from its language's texts.
for (const {tag, size} of WIDGETS.filter((widget) => widget.size?.own)) {
  const lang = largest(rows[`widget ${tag}`]);
  const others = new Set(WIDGETS.filter((widget) => widget.tag !== tag).flatMap((widget) => rows[`widget ${widget.tag}`].byLang[lang].files));
  const own = rows[`widget ${tag}`].byLang[lang].files.filter((file) => !others.has(file) && !file.startsWith(`chunks/${lang}/`));
  const bytes = own.reduce((sum, file) => sum + sizeOf(file).gzip, 0);
  const what = `\`<${tag}>\` alone: its code and shapes, beyond Lit, the shared code and its texts`;
  lines.push(`| ${what} | ${kb(bytes)} KB | | | ${lang} | ${kb(size.own.max)} KB | ${kb(size.own.goal)} KB |`);
  if (process.argv.includes('--files')) console.log(`${tag}'s own files: ${own.map((file) => `${file} ${kb(sizeOf(file).gzip)} KB`).join(', ')}`);
  if (bytes > size.own.goal) console.log(`note: ${tag}'s own code is ${kb(bytes - size.own.goal)} KB over the goal of ${kb(size.own.goal)} KB`);
  if (bytes > size.own.max) failures.push(`${tag}'s own code: ${kb(bytes)} KB gzip, over its limit of ${kb(size.own.max)} KB`);
}
// The loader (src/loader.ts): all a pre-rendered page runs before the reader reaches for a widget.
{
  const {gzip: gz, brotli: br} = sizeOf('loader.js');
  lines.push(`| the loader alone: \`loader.js\` (a pre-rendered page's script before an interaction) | ${kb(gz)} KB | ${kb(br)} KB | | | ${kb(budget.loader.max)} KB | ${kb(budget.loader.goal)} KB |`);
  if (gz > budget.loader.goal) console.log(`note: loader.js is ${kb(gz - budget.loader.goal)} KB over the goal of ${kb(budget.loader.goal)} KB`);
  if (gz > budget.loader.max) failures.push(`loader.js: ${kb(gz)} KB gzip, over its limit of ${kb(budget.loader.max)} KB`);
}
const table = lines.join('\n');
console.log(table);
const three = rows.three.byLang;
console.log(
  `per language, the three widgets' page: ${LANGS.map((lang) => `${lang} ${kb(three[lang].gzip)} KB (its texts ${kb(three[lang].texts)})`).join(', ')}`
);

// The table in docs/size.md matches when its words are the same and each figure within 0.2 KB: compression
// of a file can move by a few bytes with any change, and the table should not need a rewrite for those.
const sameTable = (shown, measured) => {
  const words = (text) => text.replace(/\d+\.\d/g, '#');
  const figures = (text) => (text.match(/\d+\.\d/g) ?? []).map(Number);
  const [a, b] = [figures(shown), figures(measured)];
  return words(shown) === words(measured) && a.length === b.length && a.every((value, i) => Math.abs(value - b[i]) <= 0.2);
};
const START = '<!-- size-table:start -->';
const END = '<!-- size-table:end -->';
const SIZE_DOC = 'docs/size.md';
const sizeDoc = readFileSync(SIZE_DOC, 'utf8');
const [before, rest] = sizeDoc.split(START);
const after = rest?.split(END)[1];
if (after === undefined) failures.push(`${SIZE_DOC} has no ${START} … ${END} block`);
else if (process.argv.includes('--write')) writeFileSync(SIZE_DOC, `${before}${START}\n${table}\n${END}${after}`);
else if (!sameTable(rest.split(END)[0].trim(), table))
  failures.push(`${SIZE_DOC} shows other sizes than this build: run \`npm run size -- --write\` and commit ${SIZE_DOC}`);

if (process.argv.includes('--files')) {
  for (const [name, row] of Object.entries(rows)) {
    const lang = largest(row);
    console.log(`\n${name} (${lang}): ${row.byLang[lang].files.map((file) => `${file} ${sizeOf(file).gzip}`).join(', ')}`);
  }
}
if (failures.length) {
  for (const failure of failures) console.error(`✖ ${failure}`);
  process.exit(1);
}
