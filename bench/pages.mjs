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

/**
 * @param {object} o
 * @param {string} o.dir            bench/pages
 * @param {object} o.dataset        the bundled dataset
 * @param {string} o.widgetScript   URL of the widgets' script (the CDN build)
 * @param {string[]} o.available    widget keys (timeline, agreements, pillars) whose tag the script defines
 * @param {string} o.reserveCss     the `:not(:defined)` rule for the article page
 * @param {number[]} o.eventCounts  growth: events in one timeline
 * @param {number[]} o.widgetCounts growth: widgets on one page
 * @returns {{files: Record<string, string>, scenarios: object[]}}
 */
export function buildPages({dir, dataset, widgetScript, available, reserveCss, eventCounts, widgetCounts}) {
  const single = readFileSync(join(dir, 'single.html'), 'utf8');
  const article = readFileSync(join(dir, 'article.html'), 'utf8');
  const articleCssFull = readFileSync(join(dir, 'article.css'), 'utf8');
  const marker = '/* bench:reserve */';
  const articleCssBase = articleCssFull.slice(0, articleCssFull.indexOf(marker) + marker.length);
  const files = {};
  const scenarios = [];
  const script = `<script type="module" src="${widgetScript}"></script>`;
  const widgetsReady = (keys, count = keys.length) => ({kind: 'widgets', tags: [...new Set(keys.map((k) => TAGS[k]))], count});
  const floorReady = (count) => ({kind: 'selector', selector: '[data-bench-content]', count});

  files['/assets/article.css'] = `${articleCssBase}\n${reserveCss}\n`;
  files['/assets/article-noreserve.css'] = `${articleCssBase}\n/* (no reservation) */\n`;
  files['/assets/timelinejs-init.js'] = readFileSync(join(dir, 'timelinejs-init.js'), 'utf8');

  // Time to content: each widget alone, its floor; TimelineJS with the same events.
  for (const key of Object.keys(TAGS)) {
    files[`/pages/floor-${key}.html`] = fill(single, {title: `floor: ${key}`, head: FLOOR_STYLE, body: FLOOR[key](dataset)});
    scenarios.push({id: `floor-${key}`, group: 'ttc', content: key, contender: 'floor', url: `/pages/floor-${key}.html`, ready: floorReady(1)});
    if (available.includes(key)) {
      files[`/pages/widget-${key}.html`] = fill(single, {title: `widget: ${key}`, head: script, body: `<${TAGS[key]}></${TAGS[key]}>`});
      scenarios.push({id: `widget-${key}`, group: 'ttc', content: key, contender: 'widget', url: `/pages/widget-${key}.html`, ready: widgetsReady([key])});
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

  // The article: all three, with the page's own CSS reserving their space (and without, for contrast).
  const floorArticle = fill(article, {
    head: FLOOR_STYLE,
    timeline: floorTimeline(dataset),
    agreements: floorAgreements(dataset),
    pillars: floorPillars(dataset),
  });
  files['/pages/floor-article.html'] = floorArticle;
  scenarios.push({id: 'floor-article', group: 'ttc', content: 'article', contender: 'floor', url: '/pages/floor-article.html', ready: floorReady(3)});
  if (available.length === 3) {
    const body = {timeline: '<summit-timeline></summit-timeline>', agreements: '<country-agreements></country-agreements>', pillars: '<initiative-pillars></initiative-pillars>'};
    files['/pages/widget-article.html'] = fill(article, {head: script, ...body});
    // The article before any upgrade (no script): the space the reservation gives each widget.
    files['/pages/article-unupgraded.html'] = fill(article, {head: '', ...body});
    files['/pages/widget-article-noreserve.html'] = fill(article, {head: script, ...body}).replace('/assets/article.css', '/assets/article-noreserve.css');
    scenarios.push({id: 'widget-article', group: 'ttc', content: 'article', contender: 'widget', url: '/pages/widget-article.html', ready: widgetsReady(['timeline', 'agreements', 'pillars'])});
    // A contrast for the layout-shift table only: a few rounds are enough.
    scenarios.push({id: 'widget-article-noreserve', group: 'cls', content: 'article', contender: 'widget (no reservation)', url: '/pages/widget-article-noreserve.html', ready: widgetsReady(['timeline', 'agreements', 'pillars']), maxRounds: 3});
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
  if (available.length) {
    for (const n of widgetCounts) {
      // One widget on a page is the `widget-<first>` page above: measured once, reported in both tables.
      if (n === 1) {
        scenarios.find((x) => x.id === `widget-${available[0]}`).alsoGrowthWidgets = 1;
        continue;
      }
      const keys = Array.from({length: n}, (_, i) => available[i % available.length]);
      const body = keys.map((k, i) => `<p>Paragraph ${i + 1} of the article.</p>\n<${TAGS[k]}></${TAGS[k]}>`).join('\n');
      files[`/pages/growth-widgets-${n}.html`] = fill(single, {title: `${n} widgets`, head: script, body});
      scenarios.push({id: `growth-widgets-${n}`, group: 'growth-widgets', n, url: `/pages/growth-widgets-${n}.html`, ready: widgetsReady(keys, n)});
    }
  }
  return {files, scenarios};
}
