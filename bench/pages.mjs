// What the benchmark's pages are made of (bench/scenarios.mjs puts them together): the same content as static
// HTML (the floor), the growth datasets, TimelineJS3's events, the page templates' filling.
const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);

export const fill = (template, values) => template.replace(/\{\{(\w+)\}\}/g, (_, key) => values[key] ?? '');

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

/** The floor's own styling, inline so that the floor page loads nothing but its HTML. */
export const FLOOR_STYLE = `<style>
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

/** The page with its module script(s) removed: pre-rendered HTML as a static page ("static twin"). */
export const withoutScripts = (html) => html.replace(/<script type="module"[^>]*><\/script>\n?/g, '');

/** The page with its module script(s) moved from the head to the end of the body. */
export const scriptsAtEnd = (html) => {
  const tags = html.match(/<script type="module"[^>]*><\/script>/g) ?? [];
  return withoutScripts(html).replace('</body>', `${tags.join('\n')}\n</body>`);
};
