// What the benchmark measures: its pages (built from the templates in bench/pages/, the bundled dataset and the
// CDN build, served from memory by bench/server.mjs), each with the check that tells the instrumentation
// (bench/measure.mjs) when its content is there, and the lists of loads beyond the timed rounds (probes,
// traces, profiles, heights). The widgets are the registry's (src/registry.json): the article's three
// (`article` in the registry), keyed by their strings section (timeline, country, pillars), and every widget
// for the probes.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ARTICLE_WIDGETS, TAGS as ALL_TAGS, exampleMarkup} from '../scripts/registry.mjs';
import {FLOOR_STYLE, datasetWithEvents, fill, floorAgreements, floorPillars, floorTimeline, scriptsAtEnd, timelineJsEvents, withoutScripts} from './pages.mjs';

/** The article's three widgets by key (their strings section): their tags. */
export const TAGS = Object.fromEntries(ARTICLE_WIDGETS.map((widget) => [widget.strings, widget.tag]));
const WIDGET = Object.fromEntries(ARTICLE_WIDGETS.map((widget) => [widget.strings, widget]));
/** The floor of each of the article's widgets: the same content as static HTML. */
const FLOOR = {timeline: floorTimeline, country: floorAgreements, pillars: floorPillars};
/** The README's example of the article's widgets: the registry's example attributes, one country. */
const README_EXTRA = {country: {country: 'KZ'}};

export const VIEWPORT = {width: 1280, height: 800};
export const PHONE = {width: 375, height: 800};
export const EVENT_COUNTS = [20, 200, 2000];
export const WIDGET_COUNTS = [1, 10, 50];
export const PRERENDERED_COUNT = 50; // widgets on the pre-rendered growth page (and its static twin)
/** ms of quiet (no long task, no layout shift) after content before a load ends: 100 unthrottled, 200 at 4×. */
export const settleMs = (rate) => Math.round(100 * (1 + (Math.max(1, rate) - 1) / 3));

/** The pages profiled (CPU profile of one load), each at a rate. */
export const profiled = (rates) => {
  const max = Math.max(...rates);
  return [
    ['growth-events-2000', max],
    ['growth-widgets-50', max],
    [`prerendered-widgets-${PRERENDERED_COUNT}`, max],
    ['prerendered-article', max],
    ['timelinejs', 1],
    ['widget-article', 1],
    ['widget-timeline', 1],
  ];
};

/** The pages traced for forced layouts (besides the traces buildPages makes), at the highest rate. */
export const TRACED = [
  `growth-widgets-${Math.max(...WIDGET_COUNTS)}`,
  `prerendered-widgets-${PRERENDERED_COUNT}`,
  `prerendered-widgets-${PRERENDERED_COUNT}-end`,
  `static-widgets-${PRERENDERED_COUNT}`,
  'widget-article',
  'prerendered-article',
  'prerendered-article-end',
  'static-article',
  'floor-article',
];

/** The article's widgets' heights before their script has run and after: [label, page before, page after]. */
export const heightPages = (reserveLabel) => [
  [reserveLabel, '/pages/article-unupgraded.html', '/pages/widget-article.html'],
  [`${reserveLabel}, the README's example (timeline \`highlight="tokyo-summit-2025"\`, \`country="KZ"\`)`, '/pages/article-unupgraded-readme.html', '/pages/widget-article-readme.html'],
  ['pre-rendered, no reservation', '/pages/static-article.html', '/pages/prerendered-article.html'],
];

/** The HTML documents sized themselves: [path, label]. */
export const HTML_DOCUMENTS = [
  ['/pages/floor-article.html', 'article, floor (static HTML of the same texts)'],
  ['/pages/widget-article.html', 'article, client-rendered (three empty elements)'],
  ['/pages/prerendered-article.html', 'article, pre-rendered (three declarative shadow roots)'],
  [`/pages/growth-widgets-${PRERENDERED_COUNT}.html`, `${PRERENDERED_COUNT} widgets, client-rendered`],
  [`/pages/prerendered-widgets-${PRERENDERED_COUNT}.html`, `${PRERENDERED_COUNT} widgets, pre-rendered`],
];

/** The pages whose layout shift is tabled. */
export const CLS_PAGES = [
  'widget-article',
  'widget-article-noreserve',
  'prerendered-article',
  'prerendered-article-end',
  'static-article',
  'floor-article',
  `growth-widgets-${PRERENDERED_COUNT}`,
  `prerendered-widgets-${PRERENDERED_COUNT}`,
  `prerendered-widgets-${PRERENDERED_COUNT}-end`,
  `static-widgets-${PRERENDERED_COUNT}`,
];

/**
 * @param {object} o
 * @param {string} o.dir            bench/pages
 * @param {object} o.dataset        the bundled dataset
 * @param {string} o.widgetScript   URL of the widgets' script (the CDN build's summit-widgets.js)
 * @param {string} o.reserveHref    URL of the shipped reservation stylesheet (dist/cdn/reserve.css)
 * @param {(html: string) => Promise<string>} o.prerender  the server renderer (dist/ssr's render)
 * @returns {Promise<{files: Record<string, string>, scenarios: object[], probes: object[], traces: object[]}>}
 */
export async function buildPages({dir, dataset, widgetScript, reserveHref, prerender}) {
  const single = readFileSync(join(dir, 'single.html'), 'utf8');
  const article = readFileSync(join(dir, 'article.html'), 'utf8');
  const keys = Object.keys(TAGS);
  const files = {};
  const scenarios = [];
  const probes = []; // loaded once, not timed: what a page fetches, what the console says
  const traces = []; // loaded once with a performance trace: forced layouts
  const script = `<script type="module" src="${widgetScript}"></script>`;
  // interactive: also wait until every element is upgraded and has finished its first update (hydrated).
  const widgetsReady = (names, count = names.length) => ({kind: 'widgets', tags: [...new Set(names.map((k) => TAGS[k] ?? k))], count, interactive: true});
  const staticReady = (names, count = names.length) => ({...widgetsReady(names, count), interactive: false});
  const floorReady = (count) => ({kind: 'selector', selector: '[data-bench-content]', count});
  /** An article widget as the bench's pages embed it: default attributes, or `extra`. */
  const element = (key, extra) => (extra ? exampleMarkup(WIDGET[key], extra) : `<${TAGS[key]}></${TAGS[key]}>`);

  // The article's own stylesheet, and its widgets spaced like any embed.
  const articleCss = `${readFileSync(join(dir, 'article.css'), 'utf8')}${Object.values(TAGS).map((tag) => `article > ${tag}`).join(', ')} { margin: 1.5rem 0; }\n`;
  files['/assets/article.css'] = articleCss;
  files['/assets/timelinejs-init.js'] = readFileSync(join(dir, 'timelinejs-init.js'), 'utf8');
  const reserveLink = `<link rel="stylesheet" href="${reserveHref}">\n`;

  // Time to content: each widget alone, its floor, the same page pre-rendered; TimelineJS with the same events.
  for (const key of keys) {
    files[`/pages/floor-${key}.html`] = fill(single, {title: `floor: ${key}`, head: FLOOR_STYLE, body: FLOOR[key](dataset)});
    scenarios.push({id: `floor-${key}`, group: 'ttc', content: key, contender: 'floor', url: `/pages/floor-${key}.html`, ready: floorReady(1)});
    const page = fill(single, {title: `widget: ${key}`, head: script, body: element(key)});
    files[`/pages/widget-${key}.html`] = page;
    scenarios.push({id: `widget-${key}`, group: 'ttc', content: key, contender: 'widget', url: `/pages/widget-${key}.html`, ready: widgetsReady([key])});
    files[`/pages/prerendered-${key}.html`] = await prerender(page);
    scenarios.push({id: `prerendered-${key}`, group: 'ttc', content: key, contender: 'pre-rendered', url: `/pages/prerendered-${key}.html`, ready: widgetsReady([key])});
  }
  files['/pages/timelinejs.html'] = fill(readFileSync(join(dir, 'timelinejs.html'), 'utf8'), {
    events: JSON.stringify(timelineJsEvents(dataset)).replace(/</g, '\\u003c'),
  });
  scenarios.push({
    id: 'timelinejs',
    group: 'ttc',
    content: 'timeline',
    contender: 'timelinejs',
    url: '/pages/timelinejs.html',
    ready: {kind: 'selector', selector: '.tl-slide-content .tl-headline', count: 1, text: true},
  });

  // The article: all three. Client-rendered with the shipped reservation stylesheet (and without any, for
  // contrast); pre-rendered at build time with no reservation at all; and that HTML without its script.
  files['/pages/floor-article.html'] = fill(article, {head: FLOOR_STYLE, ...Object.fromEntries(keys.map((key) => [key, FLOOR[key](dataset)]))});
  scenarios.push({id: 'floor-article', group: 'ttc', content: 'article', contender: 'floor', url: '/pages/floor-article.html', ready: floorReady(3)});
  const body = Object.fromEntries(keys.map((key) => [key, element(key)]));
  files['/pages/widget-article.html'] = fill(article, {head: reserveLink + script, ...body});
  // The article before any upgrade (no script): the space the reservation gives each widget.
  files['/pages/article-unupgraded.html'] = fill(article, {head: reserveLink, ...body});
  const noReserve = fill(article, {head: script, ...body});
  files['/pages/widget-article-noreserve.html'] = noReserve;
  scenarios.push({id: 'widget-article', group: 'ttc', content: 'article', contender: 'widget + reserve.css', url: '/pages/widget-article.html', ready: widgetsReady(keys)});
  // Pre-rendered from the page with no reservation CSS: nothing to reserve, the content is in the HTML.
  const pre = await prerender(noReserve);
  files['/pages/prerendered-article.html'] = pre;
  files['/pages/static-article.html'] = withoutScripts(pre);
  scenarios.push({id: 'prerendered-article', group: 'ttc', content: 'article', contender: 'pre-rendered', url: '/pages/prerendered-article.html', ready: widgetsReady(keys)});
  scenarios.push({id: 'static-article', group: 'ttc', content: 'article', contender: 'pre-rendered, no script', url: '/pages/static-article.html', ready: staticReady(keys)});
  // Where the script goes matters: the same HTML with the script as the body's last element.
  files['/pages/prerendered-article-end.html'] = scriptsAtEnd(pre);
  scenarios.push({id: 'prerendered-article-end', group: 'ttc', content: 'article', contender: 'pre-rendered, script at the end of body', url: '/pages/prerendered-article-end.html', ready: widgetsReady(keys)});
  // The README's own example (a highlighted timeline, one country): heights only, for the reservation table.
  const readme = Object.fromEntries(keys.map((key) => [key, element(key, README_EXTRA[key] ?? {})]));
  files['/pages/widget-article-readme.html'] = fill(article, {head: reserveLink + script, ...readme});
  files['/pages/article-unupgraded-readme.html'] = fill(article, {head: reserveLink, ...readme});
  // A contrast for the layout-shift table only: a few rounds are enough.
  scenarios.push({id: 'widget-article-noreserve', group: 'cls', content: 'article', contender: 'widget (no reservation)', url: '/pages/widget-article-noreserve.html', ready: widgetsReady(keys), maxRounds: 3});

  // Growth: one timeline of n events (from a dataset at `src`); n widgets on one page.
  for (const n of EVENT_COUNTS) {
    files[`/data/events-${n}.json`] = JSON.stringify(datasetWithEvents(dataset, n));
    files[`/pages/growth-events-${n}.html`] = fill(single, {title: `timeline of ${n} events`, head: script, body: `<${TAGS.timeline} src="/data/events-${n}.json"></${TAGS.timeline}>`});
    scenarios.push({id: `growth-events-${n}`, group: 'growth-events', n, url: `/pages/growth-events-${n}.html`, ready: widgetsReady(['timeline'])});
  }
  const manyWidgets = (n, extra = {}) => {
    const names = Array.from({length: n}, (_, i) => keys[i % keys.length]);
    const html = names.map((k, i) => `<p>Paragraph ${i + 1} of the article.</p>\n${element(k, extra[k])}`).join('\n');
    return {names, page: fill(single, {title: `${n} widgets`, head: script, body: html})};
  };
  for (const n of WIDGET_COUNTS) {
    // One widget on a page is the `widget-<first>` page above: measured once, reported in both tables.
    if (n === 1) {
      scenarios.find((x) => x.id === `widget-${keys[0]}`).alsoGrowthWidgets = 1;
      continue;
    }
    const {names, page} = manyWidgets(n);
    files[`/pages/growth-widgets-${n}.html`] = page;
    scenarios.push({id: `growth-widgets-${n}`, group: 'growth-widgets', n, url: `/pages/growth-widgets-${n}.html`, ready: widgetsReady(names, n)});
  }
  {
    // The same n widgets pre-rendered, and that HTML without its script: the static twin.
    const n = PRERENDERED_COUNT;
    const {names, page} = manyWidgets(n);
    const html = await prerender(page);
    files[`/pages/prerendered-widgets-${n}.html`] = html;
    files[`/pages/static-widgets-${n}.html`] = withoutScripts(html);
    scenarios.push({id: `prerendered-widgets-${n}`, group: 'growth-prerendered', n, contender: 'pre-rendered', url: `/pages/prerendered-widgets-${n}.html`, ready: widgetsReady(names, n)});
    scenarios.push({id: `static-widgets-${n}`, group: 'growth-prerendered', n, contender: 'pre-rendered, no script (static twin)', url: `/pages/static-widgets-${n}.html`, ready: staticReady(names, n)});
    files[`/pages/prerendered-widgets-${n}-end.html`] = scriptsAtEnd(html);
    // Their floor, for the bytes only (bench/mobile.mjs): the same widgets' texts as static HTML.
    files[`/pages/floor-widgets-${n}.html`] = fill(single, {title: `floor: ${n} widgets`, head: FLOOR_STYLE, body: names.map((k, i) => `<p>Paragraph ${i + 1} of the article.</p>\n${FLOOR[k](dataset)}`).join('\n')});
    scenarios.push({id: `prerendered-widgets-${n}-end`, group: 'growth-prerendered', n, contender: 'pre-rendered, script at the end of body', url: `/pages/prerendered-widgets-${n}-end.html`, ready: widgetsReady(names, n)});
  }
  {
    // Forced layouts: the n-widget page as above, and with the README's attributes on every timeline.
    const n = Math.max(...WIDGET_COUNTS);
    const {names, page} = manyWidgets(n, {timeline: {}});
    files[`/pages/trace-widgets-${n}-highlight.html`] = page;
    traces.push({id: `growth-widgets-${n}-highlight`, label: `${n} widgets, every timeline with \`highlight="tokyo-summit-2025"\` (the README's example)`, url: `/pages/trace-widgets-${n}-highlight.html`, ready: widgetsReady(names, n)});
  }
  // A page that forces layout on purpose, three times from a rAF: the trace analysis must find them.
  files['/pages/forced-layout-control.html'] = fill(single, {
    title: 'forced layout control',
    head: '',
    body: '<div id="box" data-bench-content>box</div>\n<script>requestAnimationFrame(function control() { const box = document.getElementById("box"); for (let i = 0; i < 3; i++) { box.style.width = (100 + i) + "px"; void box.clientWidth; } });</script>',
  });
  traces.push({id: 'forced-layout-control', label: 'control: a page whose own script forces layout 3 times (`style.width = …; el.clientWidth`)', url: '/pages/forced-layout-control.html', ready: floorReady(1), control: 3});

  // Probes: each widget of the registry alone through its own entry (`/cdn/<tag>.js`), all of them through summit-widgets.js.
  const entryOf = (tag) => widgetScript.replace(/[^/]+$/, `${tag}.js`);
  for (const tag of ALL_TAGS) {
    files[`/pages/probe-${tag}.html`] = fill(single, {title: `probe: ${tag}`, head: `<script type="module" src="${entryOf(tag)}"></script>`, body: `<${tag}></${tag}>`});
    probes.push({id: `probe-${tag}`, tag, url: `/pages/probe-${tag}.html`, ready: widgetsReady([tag])});
  }
  files['/pages/probe-all.html'] = fill(single, {title: 'probe: all', head: script, body: ALL_TAGS.map((tag) => `<${tag}></${tag}>`).join('\n')});
  probes.push({id: 'probe-all', url: '/pages/probe-all.html', ready: widgetsReady(ALL_TAGS)});
  files['/pages/probe-all-prerendered.html'] = await prerender(files['/pages/probe-all.html']);
  probes.push({id: 'probe-all-prerendered', url: '/pages/probe-all-prerendered.html', ready: widgetsReady(ALL_TAGS)});
  return {files, scenarios, probes, traces};
}
