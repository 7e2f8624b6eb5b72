#!/usr/bin/env node
// `npm run measure-reserve`: the heights src/cdn/reserve.css reserves for each widget before its script runs.
// Renders each widget from the built CDN files (dist/cdn/, made by `npm run build`) in Chromium (puppeteer-core,
// like scripts/size.mjs), alone on a page with a 16 px root font in the browsers' default font (Times New Roman;
// on Linux its metric twin Liberation Serif), in a 680 px article column (on a 1280 px wide window) and on a
// 375 px phone (a 343 px column: the page's 1rem margins), and prints its height in rem, rounded to the nearest
// quarter rem. English is the figure; every other language is measured too and printed beside it, since a
// language's longer or shorter words change the height. Two fonts by default, the serif each engine picks
// here: Chromium's Times New Roman (Liberation Serif) and Firefox's and WebKit's DejaVu Serif (wider: up to
// a fifth taller); a rule reserves the taller, so a wider font never pushes the text below.
// Measured in Chromium and Firefox ESR (puppeteer-core over BiDi; its line boxes come out a little taller),
// the tallest kept; `--engines=chromium` (or firefox) measures in one. `--font=<font-family>` measures with
// that font alone.
// `--write` puts the English heights into src/cdn/reserve.css (its rules; its opening comment is kept).
import {createServer} from 'node:http';
import {readFileSync, writeFileSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, findChromium} from './chromium.mjs';
import {FIREFOX_PATH} from './engines.mjs';
import {LANGS, TAGS} from './registry.mjs';

const RESERVE = 'src/cdn/reserve.css';
/** The element a selector is about. */
const tagOf = (selector) => selector.replace(/\[.*$/, '');
/**
 * What is reserved, by selector: each widget of the registry without attributes, and the attribute rules
 * src/cdn/reserve.css already has (the attributes that change a widget's height most: a highlighted event
 * opens its details; one country shows one card, no tabs), with the value the docs' examples use
 * (docs/embedding.md's highlighted timeline, the country widget's page's `country="KZ"`). A rule
 * with an attribute wins over the plain one (specificity).
 */
const EXAMPLE_VALUES = {highlight: 'tokyo-summit-2025', country: 'KZ'};
const attributeRules = [...readFileSync(RESERVE, 'utf8').matchAll(/^([a-z][\w-]*)\[([\w-]+)\]:is\(/gm)];
const WIDGETS = Object.fromEntries([
  ...TAGS.map((tag) => [tag, `<${tag}></${tag}>`]),
  ...attributeRules.map(([, tag, name]) => [`${tag}[${name}]`, `<${tag} ${name}="${EXAMPLE_VALUES[name] ?? ''}"></${tag}>`]),
].sort(([a], [b]) => TAGS.indexOf(tagOf(a)) - TAGS.indexOf(tagOf(b))));
const FONT_ARG = process.argv.find((arg) => arg.startsWith('--font='))?.slice(7);
const FONTS = FONT_ARG
  ? [FONT_ARG]
  : ["'Times New Roman', 'Liberation Serif', 'Noto Serif CJK JP', serif", "'DejaVu Serif', 'Noto Serif CJK JP', serif"];
const ENGINES = (process.argv.find((arg) => arg.startsWith('--engines='))?.slice(10) ?? 'chromium,firefox').split(',');
const LAYOUTS = {
  column: {viewport: {width: 1280, height: 900}, css: '.column { width: 680px; margin: 0 auto; }'},
  phone: {viewport: {width: 375, height: 812}, css: '.column { margin: 0 1rem; }'},
};

const page = (lang, layout, widget, font) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  html { font-size: 16px; font-family: ${font}; line-height: 1.5; }
  body { margin: 0; }
  ${LAYOUTS[layout].css}
</style>
<script type="module" src="/summit-widgets.js"></script>
</head><body><div class="column">${widget}</div></body></html>`;

const pages = new Map();
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/page.html') {
    response.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'});
    response.end(pages.get(url.searchParams.get('id')));
    return;
  }
  try {
    const body = readFileSync(join('dist/cdn', normalize(url.pathname).replace(/^\/+/, '')));
    response.writeHead(200, {'Content-Type': extname(url.pathname) === '.js' ? 'text/javascript' : 'text/css'});
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

try {
  readFileSync('dist/cdn/summit-widgets.js');
} catch {
  console.error('measure-reserve: no dist/cdn/summit-widgets.js: run `npm run build` first.');
  process.exit(1);
}
const browsers = await Promise.all(
  ENGINES.map((engine) =>
    puppeteer.launch(
      engine === 'firefox'
        ? {browser: 'firefox', executablePath: FIREFOX_PATH, headless: true}
        : {executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS}
    )
  )
);

/** The rendered height of the widget `selector` stands for, in rem (unrounded). */
async function measure(browser, selector, lang, layout, font) {
  const id = `${selector} ${lang} ${layout} ${font}`;
  const tag = tagOf(selector);
  pages.set(id, page(lang, layout, WIDGETS[selector], font));
  const tab = await browser.newPage();
  await tab.setViewport(LAYOUTS[layout].viewport);
  await tab.goto(`${origin}/page.html?id=${encodeURIComponent(id)}`, {waitUntil: 'load'});
  const height = await tab.evaluate(async (tag) => {
    await customElements.whenDefined(tag);
    const widget = document.querySelector(tag);
    await widget.updateComplete;
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    if (!widget.shadowRoot?.querySelector('[part="base"]') || widget.shadowRoot.querySelector('[role="alert"]')) return -1;
    return widget.getBoundingClientRect().height / parseFloat(getComputedStyle(document.documentElement).fontSize);
  }, tag);
  await tab.close();
  if (height < 0) throw new Error(`${id}: the widget did not render`);
  return height;
}

const quarter = (rem) => Math.round(rem * 4) / 4;
const results = {};
for (const selector of Object.keys(WIDGETS)) {
  results[selector] = {};
  for (const layout of Object.keys(LAYOUTS)) {
    const byLang = {};
    // The tallest of the engines and fonts, per language.
    for (const lang of LANGS) {
      byLang[lang] = 0;
      for (const browser of browsers) {
        for (const font of FONTS) byLang[lang] = Math.max(byLang[lang], quarter(await measure(browser, selector, lang, layout, font)));
      }
    }
    results[selector][layout] = byLang;
  }
}
await Promise.all(browsers.map((browser) => browser.close()));
server.close();

console.log('| selector | 680 px column (en) | 375 px phone (en) | column, by language | phone, by language |');
console.log('|---|---:|---:|---|---|');
/** The lowest and highest of the eight languages, each against English. */
const spread = (byLang) => {
  const values = Object.values(byLang);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const at = (value) => LANGS.filter((lang) => byLang[lang] === value).join(', ');
  const against = (value) => `${value >= byLang.en ? '+' : ''}${Math.round(((value - byLang.en) / byLang.en) * 100)}%`;
  return `${min} (${at(min)}, ${against(min)}) to ${max} (${at(max)}, ${against(max)})`;
};
for (const [tag, {column, phone}] of Object.entries(results)) {
  console.log(`| ${tag} | ${column.en}rem | ${phone.en}rem | ${spread(column)} | ${spread(phone)} |`);
}

if (process.argv.includes('--write')) {
  // The file's comment is kept as written; the rules below it are written anew, in the same structure.
  const css = readFileSync(RESERVE, 'utf8');
  const comment = css.slice(0, css.indexOf('*/') + 2);
  const tags = [...new Set(Object.keys(WIDGETS).map(tagOf))];
  const selectors = Object.keys(WIDGETS);
  // Until defined, and once defined until its first content (`:state(loading)`, inside `:is()`, whose
  // forgiving list lets a browser without custom states keep the rule for `:not(:defined)`).
  const rule = (indent, selector, rem) => `${indent}${selector}:is(:not(:defined), :state(loading)) {\n${indent}  min-height: ${rem}rem;\n${indent}}\n`;
  const rules = [
    `${tags.map((tag) => `${tag}:not(:defined)`).join(',\n')} {\n  display: block;\n}\n`,
    ...selectors.map((selector) => rule('', selector, results[selector].column.en)),
    '@media (max-width: 40rem) {\n',
    ...selectors.map((selector) => rule('  ', selector, results[selector].phone.en)),
    '}\n',
  ];
  writeFileSync(RESERVE, `${comment}\n${rules.join('')}`);
  console.log(`wrote the English heights into ${RESERVE}`);
}
