// Summaries (median, min, max), the goals, and docs/benchmarks.md.

export function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return {n: 0, median: null, min: null, max: null};
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return {n: v.length, median, min: v[0], max: v[v.length - 1]};
}

export const METRICS = ['content', 'fcp', 'lcp', 'longTasks', 'tbt', 'maxLongTask', 'cls', 'heap', 'htmlEnd', 'scriptEnd', 'cssEnd', 'fetchEnd', 'dcl', 'wall'];

/** Per metric stats of a scenario's samples at one throttle rate. */
export function summarize(samples) {
  const ok = samples.filter((s) => !s.error && Number.isFinite(s.content));
  const out = {runs: samples.length, failed: samples.length - ok.length, errors: [...new Set(samples.map((s) => s.error).filter(Boolean))]};
  for (const m of METRICS) out[m] = stats(ok.map((s) => s[m]));
  out.blocked = [...new Set(samples.flatMap((s) => s.blocked ?? []))];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Formatting.

const ms = (x) => (x == null ? '–' : x >= 100 ? `${Math.round(x)}` : x.toFixed(1));
const kb = (n) => (n == null ? '–' : `${(n / 1024).toFixed(1)} KB`);
const mb = (n) => (n == null ? '–' : `${(n / 1024 / 1024).toFixed(1)} MB`);
const ratio = (x) => (x == null || !Number.isFinite(x) ? '–' : `${x.toFixed(2)}×`);
const cls = (x) => (x == null ? '–' : x === 0 ? '0' : x.toFixed(4));
const range = (s, f) => (s.n ? `${f(s.min)}–${f(s.max)}` : '–');
const med = (s, f) => (s.n ? f(s.median) : '–');
export const fmt = {ms, kb, mb, ratio, cls};

const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const rateLabel = (rate) => (rate === 1 ? 'none' : `${rate}× CPU`);

/** The markdown report. `r` is the results object written to bench/results/latest.json. */
export function markdown(r) {
  const out = [];
  out.push('# Benchmarks');
  out.push('');
  out.push(
    `Measured by \`npm run bench\` (bench/run.mjs) on ${r.date.slice(0, 10)}: ${r.rounds} rounds, the contenders alternating ` +
      `within each round (the order rotates from round to round), each page load in a new tab with its own renderer process and no cache. ` +
      `Medians, with min–max. Raw samples: \`bench/results/latest.json\` (not committed).`
  );
  out.push('');
  out.push(
    'Run it with `npm run bench` (Chromium from `CHROME_PATH` or `/usr/bin/chromium`; about 5 minutes on two idle cores). ' +
      'Options after `--`: `--rounds N`, `--quick` (3 rounds), `--only REGEX` (scenario ids), `--rates 1,4`, `--build` (bundle src/ instead of using dist/cdn/), ' +
      '`--no-profile`, `--no-docs`, `--screenshots`. It is not part of `npm test`: no test times anything. ' +
      'Numbers from a shared or busy machine are slower and noisier; the machine table says how busy it was.'
  );
  out.push('');
  out.push(table(['machine', 'value'], [
    ['CPU', `${r.machine.cpu} × ${r.machine.cores}`],
    ['memory', `${Math.round(r.machine.memory / 1024 ** 3)} GiB`],
    ['load average (1, 5, 15 min) before / after the rounds (the benchmark itself adds about 2)', `${r.machine.loadBefore.map((x) => x.toFixed(1)).join(', ')} / ${r.machine.loadAfter.map((x) => x.toFixed(1)).join(', ')}`],
    ...(r.machine.otherWork
      ? [['other processes during the run', `${Math.round(r.machine.otherWork.otherCpuSeconds)} CPU-s of ${Math.round(r.machine.otherWork.seconds * r.machine.cores)} available (${Math.round(r.machine.otherWork.otherShare * 100)}%); the benchmark used ${Math.round(r.machine.otherWork.ownCpuSeconds)} CPU-s in ${Math.round(r.machine.otherWork.seconds)} s`]]
      : []),
    ['OS', r.machine.os],
    ['Node.js', r.machine.node],
    ['Chromium', `${r.browser.version} (headless, \`${r.browser.path}\`)`],
    ['viewport', `${r.viewport.width}×${r.viewport.height}`],
    ['widget script', `\`${r.widgets.script}\` (${r.widgets.scriptOrigin})`],
    ['widgets measured', r.widgets.available.map((k) => `\`<${k}>\``).join(', ') || 'none yet'],
  ]));
  out.push('');

  out.push('## Goals');
  out.push('');
  out.push(table(['goal', 'measured', 'result'], r.goals.map((g) => [g.goal, g.measured, g.met == null ? 'not measured' : g.met ? '**met**' : '**missed**'])));
  out.push('');

  out.push('## Bytes');
  out.push('');
  out.push('JS and CSS that a page needs, minified; gzip at level 9, brotli at quality 11 (node:zlib).');
  out.push('');
  out.push(table(['what', 'files', 'raw', 'gzip', 'brotli', 'vs TimelineJS3 (gzip)'], r.bytes.rows.map((b) => [
    b.label, b.files.map((f) => `\`${f.file}\``).join('<br>'), kb(b.total.raw), kb(b.total.gzip), kb(b.total.brotli),
    b.vsTimelineJs == null ? '–' : ratio(b.vsTimelineJs),
  ])));
  out.push('');
  if (r.bytes.composition?.length) {
    out.push('What all three are made of: the modules of a build of `src/define/all.ts`, grouped; each group\'s code as rendered into the bundle, minified (whitespace and comments only, no renaming), then compressed on its own. Parts compress a little worse alone than inside the bundle, so they add up to more than the bundle.');
    out.push('');
    out.push(table(['part', 'modules', 'minified', 'gzip alone', 'brotli alone', 'share of gzip'], r.bytes.composition.map((c) => [c.what, c.modules, kb(c.raw), kb(c.gzip), kb(c.brotli), `${Math.round(c.share * 100)}%`])));
    out.push('');
  }
  if (r.bytes.notes.length) {
    for (const note of r.bytes.notes) out.push(`- ${note}`);
    out.push('');
  }

  out.push('## Time to content');
  out.push('');
  out.push('From navigation start to the frame that paints the content (method below). `floor` is the same content as static HTML with no script.');
  out.push('');
  const ttcRows = [];
  for (const row of r.ttc) {
    for (const rate of r.rates) {
      const s = row.byRate[rate];
      if (!s) continue;
      ttcRows.push([
        row.content, row.contender, rateLabel(rate), med(s.content, ms), range(s.content, ms),
        ratio(s.vsFloor), ratio(s.vsTimelineJs), med(s.fcp, ms), med(s.longTasks, (x) => `${x}`), med(s.tbt, ms), med(s.maxLongTask, ms), med(s.cls, cls),
        s.failed ? `${s.failed} failed: ${s.errors.join('; ')}` : '',
      ]);
    }
  }
  out.push(table(['content', 'contender', 'throttling', 'content painted (ms)', 'min–max', '÷ floor', '÷ TimelineJS3', 'FCP', 'long tasks', 'TBT (ms)', 'longest task (ms)', 'CLS', 'note'], ttcRows));
  out.push('');

  out.push('Where the time goes (medians, ms from navigation start): the HTML received, the last script and stylesheet received, DOMContentLoaded (module scripts have run by then), content painted.');
  out.push('');
  const phaseRows = [];
  for (const row of r.ttc) {
    for (const rate of r.rates) {
      const s = row.byRate[rate];
      if (!s) continue;
      phaseRows.push([row.content, row.contender, rateLabel(rate), med(s.htmlEnd, ms), med(s.scriptEnd, ms), med(s.cssEnd, ms), med(s.dcl, ms), med(s.content, ms)]);
    }
  }
  out.push(table(['content', 'contender', 'throttling', 'HTML received', 'scripts received', 'CSS received', 'DOMContentLoaded end', 'content painted'], phaseRows));
  out.push('');

  out.push('## Layout shift: article page with all three widgets');
  out.push('');
  out.push(`The article (bench/pages/article.html) loads its own stylesheet with the reservation rule, then the widget script. Reservation used: ${r.cls.reserveOrigin}.`);
  out.push('');
  out.push('```css');
  out.push(r.cls.reserveCss.trim());
  out.push('```');
  out.push('');
  if (r.cls.heights.length) {
    out.push('Each widget\'s height before its upgrade (what the reservation gives it) and after it renders, one load each. A difference moves everything after the widget; that counts as layout shift only where the moved content is in the viewport.');
    out.push('');
    out.push(table(['viewport', 'widget', 'top (px)', 'reserved (px)', 'rendered (px)', 'difference (px)'], r.cls.heights.map((h) => [h.viewport, `\`<${h.tag}>\``, h.top, h.reserved, h.rendered ?? '–', h.rendered == null ? '–' : h.rendered - h.reserved])));
    out.push('');
  }
  out.push(table(['page', 'throttling', 'CLS median', 'CLS min–max', 'shifts (median)'], r.cls.rows.map((c) => [c.page, rateLabel(c.rate), med(c.cls, cls), range(c.cls, cls), med(c.shifts, (x) => `${x}`)])));
  out.push('');

  out.push('## Growth');
  out.push('');
  out.push('One `<summit-timeline>` with a dataset of N events at `src` (the real events plus clones with new ids and dates, validated against the schema); the fetch of that JSON is part of its time to content.');
  out.push('');
  out.push(table(['events', 'throttling', 'content painted (ms)', 'min–max', 'long tasks', 'longest task (ms)', 'longest min–max', 'TBT (ms)', 'JS heap after GC'], r.growth.events.map((g) => [
    g.n, rateLabel(g.rate), med(g.s.content, ms), range(g.s.content, ms), med(g.s.longTasks, (x) => `${x}`), med(g.s.maxLongTask, ms), range(g.s.maxLongTask, ms), med(g.s.tbt, ms), med(g.s.heap, mb),
  ])));
  out.push('');
  out.push('N widgets on one page (cycling through the widgets measured, a paragraph between each), bundled dataset. The 1-widget row is the single `<summit-timeline>` page of the time-to-content table.');
  out.push('');
  out.push(table(['widgets', 'throttling', 'content painted (ms)', 'min–max', 'long tasks', 'longest task (ms)', 'TBT (ms)', 'JS heap after GC'], r.growth.widgets.map((g) => [
    g.n, rateLabel(g.rate), med(g.s.content, ms), range(g.s.content, ms), med(g.s.longTasks, (x) => `${x}`), med(g.s.maxLongTask, ms), med(g.s.tbt, ms), med(g.s.heap, mb),
  ])));
  out.push('');

  if (r.profiles.length) {
    out.push('## Where the longest tasks go');
    out.push('');
    out.push('One extra load with the CPU profiler on (200 µs sampling); functions by self time and by total time (with callees) inside the page\'s longest task, named through the widget script\'s source map; `(program)` is native work outside JS (style, layout, parsing).');
    out.push('');
    for (const p of r.profiles) {
      out.push(`### ${p.label}`);
      out.push('');
      if (!p.longest) {
        out.push('No long task.');
        out.push('');
        continue;
      }
      out.push(
        p.functions.aligned
          ? `Longest task: ${ms(p.longest.duration)} ms at ${ms(p.longest.start)} ms. Busy samples in it: ${p.functions.busyMs} ms.`
          : `Longest task: ${ms(p.longest.duration)} ms at ${ms(p.longest.start)} ms. The profile could not be lined up with the page's clock, so this is the whole load: ${p.functions.busyMs} ms busy.`
      );
      out.push('');
      out.push(table(['self (ms)', 'function', 'total (ms)', 'function (incl. callees)'], p.functions.self.map((f, i) => [f.ms, `\`${f.fn}\``, p.functions.total[i]?.ms ?? '', p.functions.total[i] ? `\`${p.functions.total[i].fn}\`` : ''])));
      out.push('');
    }
  }

  const blocked = Object.entries(r.audit).flatMap(([id, a]) => a.blocked.map((url) => `${id}: ${url}`));
  const blockedInRounds = Object.entries(r.summary).flatMap(([id, byRate]) => Object.values(byRate).flatMap((s) => s.blocked.map((url) => `${id}: ${url}`)));
  const allBlocked = [...new Set([...blocked, ...blockedInRounds])];
  out.push('## Requests that tried to leave 127.0.0.1');
  out.push('');
  out.push(allBlocked.length ? allBlocked.map((b) => `- \`${b}\` (blocked)`).join('\n') : 'None, on any page, in any load.');
  out.push('');

  out.push('## Method');
  out.push('');
  for (const line of r.method) out.push(`- ${line}`);
  out.push('');
  return out.join('\n');
}
