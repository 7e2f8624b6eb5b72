// The benchmark's pages: built from the templates in bench/pages/ and the bundled dataset,
// and served from memory by bench/server.mjs. Each page comes with the check that tells the
// instrumentation (bench/measure.mjs) when its content is there.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

export const TAGS = {
  timeline: 'summit-timeline',
  agreements: 'country-agreements',
  pillars: 'initiative-pillars',
};

const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);

const fill = (template, values) => template.replace(/\{\{(\w+)\}\}/g, (_, key) => values[key] ?? '');

// ---------------------------------------------------------------------------------------------
// Datasets for the growth pages: the real events plus clones with new ids and dates.

/** The bundled dataset with `n` events: the real ones plus clones spread between the first and last date. */
export function datasetWithEvents(dataset, n) {
  const real = dataset.events;
  if (n <= real.length) return {...dataset, events: real.slice(real.length - n)};
  const first = Date.parse(real[0].date.start);
  const last = Date.parse('2025-12-20');
  const extra = n - real.length;
  const clones = [];
  for (let i = 0; i < extra; i++) {
    const original = real[i % real.length];
    const day = new Date(first + Math.round(((i + 1) * (last - first)) / (extra + 1)));
    const iso = day.toISOString().slice(0, 10);
    const rest = {...original};
    delete rest.milestone; // only the real Tokyo summit is set apart
    clones.push({
      ...rest,
      id: `${original.id}-clone-${i + 1}`,
      date: {precision: 'day', start: iso},
    });
  }
  const events = [...real, ...clones].sort((a, b) => a.date.start.localeCompare(b.date.start));
  return {...dataset, events};
}

// ---------------------------------------------------------------------------------------------
// The floor: the same content as static HTML, no script.

const sourceList = (dataset, ids) => {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const items = [...new Set(ids)]
    .map((id) => byId.get(id))
    .filter(Boolean)
    .map((s) => `<li>${esc(s.publisher)}: <a href="${esc(s.url)}">${esc(s.title)}</a>${s.date ? ` (${esc(s.date)})` : ''}</li>`)
    .join('');
  return `<details><summary>Sources</summary><ul>${items}</ul><p>As of ${esc(dataset.asOf)}</p></details>`;
};

const eventDate = (d) => (d.precision === 'range' ? `${d.start} – ${d.end}` : d.start);

export function floorTimeline(dataset, lang = 'en') {
  const items = dataset.events
    .map(
      (e) =>
        `<li${e.milestone ? ' class="milestone"' : ''}><time>${esc(eventDate(e.date))}</time> <strong>${esc(e.title[lang])}</strong> <span>${esc(e.place[lang])}</span><p>${esc(e.summary[lang])}</p></li>`
    )
    .join('\n');
  const sources = dataset.events.flatMap((e) => e.sources);
  return `<section class="floor" data-bench-content><h3>${esc(dataset.title[lang])}</h3><ol>\n${items}\n</ol>${sourceList(dataset, sources)}</section>`;
}

export function floorAgreements(dataset, lang = 'en') {
  const cards = dataset.countries
    .map((c) => {
      const fields = c.agreements.fields.map((f) => `<li>${esc(f.label[lang])}</li>`).join('');
      const standOut = c.agreements.standOut.map((f) => `<li>${esc(f.label[lang])}</li>`).join('');
      const facts = c.facts.map((f) => `<li>${esc(f.text[lang])}${f.reportedBy ? ` (${esc(f.reportedBy)})` : ''}</li>`).join('');
      return `<article class="card"><h4>${esc(c.alpha3)} · ${esc(c.capital[lang])}</h4><p>${esc(c.leader.title[lang])} ${esc(c.leader.name[lang])}</p><h5>Fields</h5><ul>${fields}</ul><h5>What stood out</h5><ul>${standOut}</ul><h5>More</h5><ul>${facts}</ul></article>`;
    })
    .join('\n');
  const sources = dataset.countries.flatMap((c) => [...c.sources, ...c.leader.sources, ...c.agreements.sources, ...c.facts.flatMap((f) => f.sources)]);
  return `<section class="floor" data-bench-content><h3>Agreements with Japan</h3>\n${cards}\n${sourceList(dataset, sources)}</section>`;
}

export function floorPillars(dataset, lang = 'en') {
  const i = dataset.initiative;
  const pillars = i.pillars
    .map((p) => {
      const items = i.items
        .filter((it) => it.grouping?.pillar === p.id)
        .map((it) => `<li>${esc(it.label[lang])}${it.description ? ` — ${esc(it.description[lang])}` : ''}</li>`)
        .join('');
      return `<article class="card"><h4>${esc(p.name[lang])}</h4><p>${esc(p.description[lang])}</p><ul>${items}</ul></article>`;
    })
    .join('\n');
  const other = i.items
    .filter((it) => !it.grouping)
    .map((it) => `<li>${esc(it.label[lang])}</li>`)
    .join('');
  const interests = i.interests.map((it) => `<li>${esc(it.label[lang])}</li>`).join('');
  const sources = [...i.sources, ...i.pillars.flatMap((p) => p.sources), ...i.items.flatMap((x) => x.sources), ...i.target.sources, ...i.interests.flatMap((x) => x.sources)];
  return `<section class="floor" data-bench-content><h3>${esc(i.name[lang])}</h3><p>${esc(i.aim[lang])}</p>\n${pillars}\n<ul>${other}</ul><p><strong>JPY ${esc(i.target.amount / 1e12)} trillion</strong> over ${esc(i.target.years)} years: ${esc(i.target.note[lang])}</p><h4>Interests</h4><ul>${interests}</ul>${sourceList(dataset, sources)}</section>`;
}

const FLOOR = {timeline: floorTimeline, agreements: floorAgreements, pillars: floorPillars};

/** The floor's own styling, inline so that the floor page loads nothing but its HTML. */
const FLOOR_STYLE = `<style>
.floor{font:16px/1.5 system-ui,sans-serif;border:1px solid #ccc;border-radius:8px;padding:1rem;margin:1rem 0}
.floor ol{list-style:none;padding:0}.floor li{margin:.5rem 0}.floor .milestone{background:#fff4d6}
.floor .card{border:1px solid #ddd;border-radius:6px;padding:.75rem;margin:.5rem 0}
.floor time{color:#555}.floor h3{margin-top:0}
</style>`;

// ---------------------------------------------------------------------------------------------
// TimelineJS3: the same events, in English.

export function timelineJsEvents(dataset, lang = 'en') {
  const date = (iso) => {
    const [year, month, day] = iso.split('-').map(Number);
    return {year, ...(month ? {month} : {}), ...(day ? {day} : {})};
  };
  return {
    events: dataset.events.map((e) => ({
      unique_id: e.id,
      start_date: date(e.date.start),
      ...(e.date.precision === 'range' ? {end_date: date(e.date.end)} : {}),
      text: {headline: e.title[lang], text: `<p>${esc(e.place[lang])}</p><p>${esc(e.summary[lang])}</p>`},
      group: e.kind,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// All pages.

/** Every tag the CDN build may define, for the one-widget probe pages (bytes as loaded, console). */
export const ALL_TAGS = ['summit-timeline', 'country-agreements', 'initiative-pillars', 'summit-map', 'key-figures', 'agreements-matrix'];

/** The page with its module script(s) removed: pre-rendered HTML as a static page ("static twin"). */
export const withoutScripts = (html) => html.replace(/<script type="module"[^>]*><\/script>\n?/g, '');

/** The page with its module script(s) moved from the head to the end of the body. */
export const scriptsAtEnd = (html) => {
  const tags = html.match(/<script type="module"[^>]*><\/script>/g) ?? [];
  return withoutScripts(html).replace('</body>', `${tags.join('\n')}\n</body>`);
};

/**
 * @param {object} o
 * @param {string} o.dir            bench/pages
 * @param {object} o.dataset        the bundled dataset
 * @param {string} o.widgetScript   URL of the widgets' script (the CDN build's summit-widgets.js)
 * @param {string[]} o.available    widget keys (timeline, agreements, pillars) whose tag the script defines
 * @param {string[]} o.entries      tags with their own CDN entry (`/cdn/<tag>.js`) beside the script
 * @param {string} o.reserveCss     the `:not(:defined)` rule for the article page, when no reserve.css is shipped
 * @param {string|null} o.reserveHref  URL of the shipped reservation stylesheet (dist/cdn/reserve.css), if any
 * @param {((html: string) => Promise<string>)|null} o.prerender  the server renderer (dist/ssr's render), if any
 * @param {number[]} o.eventCounts  growth: events in one timeline
 * @param {number[]} o.widgetCounts growth: widgets on one page
 * @param {number} o.prerenderedCount  widgets on the pre-rendered growth page and its static twin
 * @returns {Promise<{files: Record<string, string>, scenarios: object[], probes: object[], traces: object[]}>}
 */
export async function buildPages({dir, dataset, widgetScript, available, entries = [], reserveCss, reserveHref = null, prerender = null, eventCounts, widgetCounts, prerenderedCount = 50}) {
  const single = readFileSync(join(dir, 'single.html'), 'utf8');
  const article = readFileSync(join(dir, 'article.html'), 'utf8');
  const articleCssFull = readFileSync(join(dir, 'article.css'), 'utf8');
  const marker = '/* bench:reserve */';
  const articleCssBase = articleCssFull.slice(0, articleCssFull.indexOf(marker) + marker.length);
  const files = {};
  const scenarios = [];
  const probes = []; // loaded once, not timed: what a page fetches, what the console says
  const traces = []; // loaded once with a performance trace: forced layouts
  const script = `<script type="module" src="${widgetScript}"></script>`;
  // interactive: also wait until every element is upgraded and has finished its first update (hydrated).
  const widgetsReady = (keys, count = keys.length) => ({kind: 'widgets', tags: [...new Set(keys.map((k) => TAGS[k] ?? k))], count, interactive: true});
  const staticReady = (keys, count = keys.length) => ({...widgetsReady(keys, count), interactive: false});
  const floorReady = (count) => ({kind: 'selector', selector: '[data-bench-content]', count});

  files['/assets/article.css'] = `${articleCssBase}\n${reserveHref ? '/* (no reservation: the page links reserve.css) */' : reserveCss}\n`;
  files['/assets/article-noreserve.css'] = `${articleCssBase}\n/* (no reservation) */\n`;
  files['/assets/timelinejs-init.js'] = readFileSync(join(dir, 'timelinejs-init.js'), 'utf8');
  const reserveLink = reserveHref ? `<link rel="stylesheet" href="${reserveHref}">\n` : '';

  // Time to content: each widget alone, its floor, the same page pre-rendered; TimelineJS with the same events.
  for (const key of Object.keys(TAGS)) {
    files[`/pages/floor-${key}.html`] = fill(single, {title: `floor: ${key}`, head: FLOOR_STYLE, body: FLOOR[key](dataset)});
    scenarios.push({id: `floor-${key}`, group: 'ttc', content: key, contender: 'floor', url: `/pages/floor-${key}.html`, ready: floorReady(1)});
    if (available.includes(key)) {
      const page = fill(single, {title: `widget: ${key}`, head: script, body: `<${TAGS[key]}></${TAGS[key]}>`});
      files[`/pages/widget-${key}.html`] = page;
      scenarios.push({id: `widget-${key}`, group: 'ttc', content: key, contender: 'widget', url: `/pages/widget-${key}.html`, ready: widgetsReady([key])});
      if (prerender) {
        files[`/pages/prerendered-${key}.html`] = await prerender(page);
        scenarios.push({id: `prerendered-${key}`, group: 'ttc', content: key, contender: 'pre-rendered', url: `/pages/prerendered-${key}.html`, ready: widgetsReady([key])});
      }
    }
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
  const floorArticle = fill(article, {
    head: FLOOR_STYLE,
    timeline: floorTimeline(dataset),
    agreements: floorAgreements(dataset),
    pillars: floorPillars(dataset),
  });
  files['/pages/floor-article.html'] = floorArticle;
  scenarios.push({id: 'floor-article', group: 'ttc', content: 'article', contender: 'floor', url: '/pages/floor-article.html', ready: floorReady(3)});
  const three = ['timeline', 'agreements', 'pillars'];
  if (three.every((k) => available.includes(k))) {
    const body = {timeline: '<summit-timeline></summit-timeline>', agreements: '<country-agreements></country-agreements>', pillars: '<initiative-pillars></initiative-pillars>'};
    files['/pages/widget-article.html'] = fill(article, {head: reserveLink + script, ...body});
    // The article before any upgrade (no script): the space the reservation gives each widget.
    files['/pages/article-unupgraded.html'] = fill(article, {head: reserveLink, ...body});
    const noReserve = fill(article, {head: script, ...body}).replace('/assets/article.css', '/assets/article-noreserve.css');
    files['/pages/widget-article-noreserve.html'] = noReserve;
    scenarios.push({id: 'widget-article', group: 'ttc', content: 'article', contender: reserveHref ? 'widget + reserve.css' : 'widget', url: '/pages/widget-article.html', ready: widgetsReady(three)});
    if (prerender) {
      // Pre-rendered from the page with no reservation CSS: nothing to reserve, the content is in the HTML.
      const pre = await prerender(noReserve);
      files['/pages/prerendered-article.html'] = pre;
      files['/pages/static-article.html'] = withoutScripts(pre);
      scenarios.push({id: 'prerendered-article', group: 'ttc', content: 'article', contender: 'pre-rendered', url: '/pages/prerendered-article.html', ready: widgetsReady(three)});
      scenarios.push({id: 'static-article', group: 'ttc', content: 'article', contender: 'pre-rendered, no script', url: '/pages/static-article.html', ready: staticReady(three)});
      // Where the script goes matters: the same HTML with the script as the body's last element.
      files['/pages/prerendered-article-end.html'] = scriptsAtEnd(pre);
      scenarios.push({id: 'prerendered-article-end', group: 'ttc', content: 'article', contender: 'pre-rendered, script at the end of body', url: '/pages/prerendered-article-end.html', ready: widgetsReady(three)});
    }
    // The README's own example (a highlighted timeline, one country): heights only, for the reservation table.
    const readme = {...body, timeline: '<summit-timeline highlight="tokyo-summit-2025"></summit-timeline>', agreements: '<country-agreements country="KZ"></country-agreements>'};
    files['/pages/widget-article-readme.html'] = fill(article, {head: reserveLink + script, ...readme});
    files['/pages/article-unupgraded-readme.html'] = fill(article, {head: reserveLink, ...readme});
    // A contrast for the layout-shift table only: a few rounds are enough.
    scenarios.push({id: 'widget-article-noreserve', group: 'cls', content: 'article', contender: 'widget (no reservation)', url: '/pages/widget-article-noreserve.html', ready: widgetsReady(three), maxRounds: 3});
  }

  // Growth: one timeline of n events (from a dataset at `src`); n widgets on one page.
  if (available.includes('timeline')) {
    for (const n of eventCounts) {
      files[`/data/events-${n}.json`] = JSON.stringify(datasetWithEvents(dataset, n));
      files[`/pages/growth-events-${n}.html`] = fill(single, {
        title: `timeline of ${n} events`,
        head: script,
        body: `<summit-timeline src="/data/events-${n}.json"></summit-timeline>`,
      });
      scenarios.push({id: `growth-events-${n}`, group: 'growth-events', n, url: `/pages/growth-events-${n}.html`, ready: widgetsReady(['timeline'])});
    }
  }
  const manyWidgets = (n, attrs = {}) => {
    const keys = Array.from({length: n}, (_, i) => available[i % available.length]);
    const body = keys.map((k, i) => `<p>Paragraph ${i + 1} of the article.</p>\n<${TAGS[k]}${attrs[k] ?? ''}></${TAGS[k]}>`).join('\n');
    return {keys, page: fill(single, {title: `${n} widgets`, head: script, body})};
  };
  if (available.length) {
    for (const n of widgetCounts) {
      // One widget on a page is the `widget-<first>` page above: measured once, reported in both tables.
      if (n === 1) {
        scenarios.find((x) => x.id === `widget-${available[0]}`).alsoGrowthWidgets = 1;
        continue;
      }
      const {keys, page} = manyWidgets(n);
      files[`/pages/growth-widgets-${n}.html`] = page;
      scenarios.push({id: `growth-widgets-${n}`, group: 'growth-widgets', n, url: `/pages/growth-widgets-${n}.html`, ready: widgetsReady(keys, n)});
    }
    if (prerender) {
      // The same n widgets pre-rendered, and that HTML without its script: the static twin.
      const n = prerenderedCount;
      const {keys, page} = manyWidgets(n);
      const pre = await prerender(page);
      files[`/pages/prerendered-widgets-${n}.html`] = pre;
      files[`/pages/static-widgets-${n}.html`] = withoutScripts(pre);
      scenarios.push({id: `prerendered-widgets-${n}`, group: 'growth-prerendered', n, contender: 'pre-rendered', url: `/pages/prerendered-widgets-${n}.html`, ready: widgetsReady(keys, n)});
      scenarios.push({id: `static-widgets-${n}`, group: 'growth-prerendered', n, contender: 'pre-rendered, no script (static twin)', url: `/pages/static-widgets-${n}.html`, ready: staticReady(keys, n)});
      files[`/pages/prerendered-widgets-${n}-end.html`] = scriptsAtEnd(pre);
      scenarios.push({id: `prerendered-widgets-${n}-end`, group: 'growth-prerendered', n, contender: 'pre-rendered, script at the end of body', url: `/pages/prerendered-widgets-${n}-end.html`, ready: widgetsReady(keys, n)});
    }
    // Forced layouts: the n-widget page as above, and with the README's attributes on every timeline.
    const n = Math.max(...widgetCounts);
    if (available.includes('timeline')) {
      const {keys, page} = manyWidgets(n, {timeline: ' highlight="tokyo-summit-2025"'});
      files[`/pages/trace-widgets-${n}-highlight.html`] = page;
      traces.push({id: `growth-widgets-${n}-highlight`, label: `${n} widgets, every timeline with \`highlight="tokyo-summit-2025"\` (the README's example)`, url: `/pages/trace-widgets-${n}-highlight.html`, ready: widgetsReady(keys, n)});
    }
  }
  // A page that forces layout on purpose, three times from a rAF: the trace analysis must find them.
  files['/pages/forced-layout-control.html'] = fill(single, {
    title: 'forced layout control',
    head: '',
    body: '<div id="box" data-bench-content>box</div>\n<script>requestAnimationFrame(function control() { const box = document.getElementById("box"); for (let i = 0; i < 3; i++) { box.style.width = (100 + i) + "px"; void box.clientWidth; } });</script>',
  });
  traces.push({id: 'forced-layout-control', label: 'control: a page whose own script forces layout 3 times (`style.width = …; el.clientWidth`)', url: '/pages/forced-layout-control.html', ready: floorReady(1), control: 3});

  // Probes: each tag alone through its own entry (`/cdn/<tag>.js`), all six through summit-widgets.js.
  const entryOf = (tag) => widgetScript.replace(/[^/]+$/, `${tag}.js`);
  for (const tag of entries) {
    files[`/pages/probe-${tag}.html`] = fill(single, {title: `probe: ${tag}`, head: `<script type="module" src="${entryOf(tag)}"></script>`, body: `<${tag}></${tag}>`});
    probes.push({id: `probe-${tag}`, tag, url: `/pages/probe-${tag}.html`, ready: widgetsReady([tag])});
  }
  if (entries.length) {
    files['/pages/probe-all.html'] = fill(single, {title: 'probe: all', head: script, body: entries.map((tag) => `<${tag}></${tag}>`).join('\n')});
    probes.push({id: 'probe-all', url: '/pages/probe-all.html', ready: widgetsReady(entries)});
    if (prerender) {
      files['/pages/probe-all-prerendered.html'] = await prerender(files['/pages/probe-all.html']);
      probes.push({id: 'probe-all-prerendered', url: '/pages/probe-all-prerendered.html', ready: widgetsReady(entries)});
    }
  }
  return {files, scenarios, probes, traces};
}
