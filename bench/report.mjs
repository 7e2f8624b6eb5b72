// Summaries (median, min, max), the goals, and docs/benchmarks.md.

export function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return {n: 0, median: null, min: null, max: null};
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return {n: v.length, median, min: v[0], max: v[v.length - 1]};
}

export const METRICS = ['content', 'interactive', 'kept', 'elements', 'fcp', 'lcp', 'longTasks', 'tbt', 'maxLongTask', 'cls', 'heap', 'htmlEnd', 'scriptEnd', 'cssEnd', 'fetchEnd', 'dcl', 'wall'];

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
  const x = (rate) => (rate === 1 ? '1×' : `${rate}×`);
  out.push('# Benchmarks');
  out.push('');
  out.push(
    `Measured by \`npm run bench\` (bench/run.mjs) on ${r.date.slice(0, 10)}: ${r.rounds} rounds, the contenders alternating ` +
      `within each round (the order rotates from round to round), each page load in a new tab with its own renderer process and no cache. ` +
      `Medians, with min–max. Raw samples: \`bench/results/latest.json\` (not committed). The run took ${Math.round(r.durationSeconds / 60)} minutes (${r.durationSeconds} s).`
  );
  out.push('');
  out.push(
    'Run it with `npm run build && npm run bench` (Chromium from `CHROME_PATH` or `/usr/bin/chromium`; about 8–11 minutes on two shared cores, longer the busier they are). ' +
      'Options after `--`: `--rounds N`, `--quick` (3 rounds), `--only REGEX` (scenario ids), `--rates 1,4`, `--build` (bundle src/ instead of using dist/cdn/), ' +
      '`--no-profile` (no profiles, no traces), `--no-docs`, `--screenshots`. It is not part of `npm test`: no test times anything. ' +
      '**The machine may be busy**: it is shared, and numbers from a busy machine are slower and noisier than from an idle one; the machine table says how busy it was during this run (other processes\' share of the CPU), and every contender ran under the same conditions, interleaved.'
  );
  out.push('');
  const ow = r.machine.otherWork;
  out.push(table(['machine', 'value'], [
    ['CPU', `${r.machine.cpu} × ${r.machine.cores}`],
    ['memory', `${Math.round(r.machine.memory / 1024 ** 3)} GiB`],
    ['load average (1, 5, 15 min) before / after the rounds (the benchmark itself adds about 2)', `${r.machine.loadBefore.map((v) => v.toFixed(1)).join(', ')} / ${r.machine.loadAfter.map((v) => v.toFixed(1)).join(', ')}`],
    ...(ow
      ? [['other processes during the run', `${Math.round(ow.otherCpuSeconds)} CPU-s of ${Math.round(ow.seconds * r.machine.cores)} available (**${Math.round(ow.otherShare * 100)}%**${ow.otherShare > 0.1 ? ': a busy machine' : ''}); the benchmark used ${Math.round(ow.ownCpuSeconds)} CPU-s in ${Math.round(ow.seconds)} s`]]
      : []),
    ['OS', r.machine.os],
    ['Node.js', r.machine.node],
    ['Chromium', `${r.browser.version} (headless, \`${r.browser.path}\`)${r.browser.restarts?.length ? `; it went away under the benchmark ${r.browser.restarts.length} time(s) (restarted, the load measured again)` : ''}`],
    ['viewport', `${r.viewport.width}×${r.viewport.height}`],
    ['widget script', `\`${r.widgets.script}\` (${r.widgets.scriptOrigin})${r.widgets.entries?.length ? `; per-widget entries: ${r.widgets.entries.map((t) => `\`${t}.js\``).join(', ')}` : ''}`],
    ['server renderer', `${r.widgets.ssr}${r.widgets.prerenderMs?.n ? `; ${r.widgets.prerenderMs.n} pages pre-rendered, ${ms(r.widgets.prerenderMs.median)} ms median (${ms(r.widgets.prerenderMs.min)}–${ms(r.widgets.prerenderMs.max)}) each${r.widgets.prerenderWarnings.length ? `; warnings: ${r.widgets.prerenderWarnings.join('; ')}` : ', no warnings'}` : ''}`],
    ['widgets timed', r.widgets.available.map((k) => `\`<${k}>\``).join(', ') || 'none yet'],
  ]));
  out.push('');

  out.push('## Goals');
  out.push('');
  out.push(table(['goal', 'measured', 'result'], r.goals.map((g) => [g.goal, g.measured, g.met == null ? 'not measured' : g.met ? '**met**' : '**missed**'])));
  out.push('');
  if (r.findings?.length) {
    out.push('### What the measurements show');
    out.push('');
    out.push('Written by the benchmark from this run\'s numbers: medians of the rounds; the breakdowns of main-thread work come from a few traced loads per page (the median one), the profiles from single loads, so their milliseconds are indicative.');
    out.push('');
    for (const f of r.findings) {
      out.push(`**${f.title}.**`);
      out.push('');
      for (const line of f.lines) out.push(`- ${line}`);
      out.push('');
    }
  }

  out.push('## Bytes');
  out.push('');
  out.push('JS and CSS that a page needs, minified; gzip at level 9, brotli at quality 11 (node:zlib). Rows "as loaded" are the files the page fetched (the server\'s log of its warm-up load): each entry pulls in its shared chunks and, for the bundled dataset, its language\'s text chunks.');
  out.push('');
  out.push(table(['what', 'files', 'raw', 'gzip', 'brotli', 'vs TimelineJS3 (gzip)'], r.bytes.rows.map((b) => [
    b.label, b.files.length > 8 ? `${b.files.length} files` : b.files.map((f) => `\`${f.file}\``).join('<br>'), kb(b.total.raw), kb(b.total.gzip), kb(b.total.brotli),
    b.vsTimelineJs == null ? '–' : ratio(b.vsTimelineJs),
  ])));
  out.push('');
  if (r.bytes.html?.length) {
    out.push('The HTML documents (a pre-rendered page carries its widgets\' content and, in each shadow root, their styles):');
    out.push('');
    out.push(table(['page', 'raw', 'gzip', 'brotli'], r.bytes.html.map((h) => [h.label, kb(h.raw), kb(h.gzip), kb(h.brotli)])));
    out.push('');
  }
  if (r.bytes.composition?.length) {
    out.push('What all the widgets are made of: the modules of a build of `src/define/all.ts` (English only), grouped; each group\'s code as rendered into the bundle, minified (whitespace and comments only, no renaming), then compressed on its own. Parts compress a little worse alone than inside the bundle, so they add up to more than the bundle.');
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
  out.push('From navigation start to the frame that paints the content (method below). `floor` is the same content as static HTML with no script; `pre-rendered` is the client-rendered page passed through the server renderer, the script still in its head; `pre-rendered, no script` is that HTML with the script removed (its static twin). "Interactive": every element upgraded and through its first update (hydrated); "frames replaced": loads in which an element\'s `.sw` frame seen at content time was no longer there when it became interactive.');
  out.push('');
  const ttcRows = [];
  for (const row of r.ttc) {
    for (const rate of r.rates) {
      const s = row.byRate[rate];
      if (!s) continue;
      ttcRows.push([
        row.content, row.contender, rateLabel(rate), med(s.content, ms), range(s.content, ms),
        ratio(s.vsFloor), ratio(s.vsStatic), ratio(s.vsTimelineJs), med(s.fcp, ms), med(s.interactive, ms), med(s.longTasks, (v) => `${v}`), med(s.tbt, ms), med(s.maxLongTask, ms), med(s.cls, cls),
        s.interactive?.n ? `${s.replaced ?? 0}` : '–',
        s.failed ? `${s.failed} failed: ${s.errors.join('; ')}` : '',
      ]);
    }
  }
  out.push(table(['content', 'contender', 'throttling', 'content painted (ms)', 'min–max', '÷ floor', '÷ static twin', '÷ TimelineJS3', 'FCP', 'interactive', 'long tasks', 'TBT (ms)', 'longest task (ms)', 'CLS', 'frames replaced', 'note'], ttcRows));
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
  const traced = (r.forced ?? []).filter((f) => f.phases?.content);
  if (traced.length) {
    out.push(`The main thread from navigation start until content (and until interactive), by kind of work: self time of the trace's events in the median (by content time) of ${traced[0].runs ?? 1} traced loads per page (tracing slows a page a little). "other": the rest of the browser's tasks (the HTML parser's and the module loader's bookkeeping, timers, messages).`);
    out.push('');
    const kinds = ['script', 'style', 'layout', 'paint', 'parse HTML', 'parse CSS', 'garbage collection', 'other'];
    const rows = [];
    for (const f of traced) {
      for (const [until, p] of Object.entries(f.phases)) {
        rows.push([f.label, x(f.rate), until, ms(p.atMs), ms(p.busyMs), ...kinds.map((k) => (p.byKind[k] == null ? '–' : ms(p.byKind[k])))]);
      }
    }
    out.push(table(['page', 'throttling', 'until', 'at (ms)', 'busy (ms)', ...kinds], rows));
    out.push('');
  }

  out.push('## Layout shift');
  out.push('');
  out.push(`The client-rendered article (bench/pages/article.html) loads its own stylesheet, then the reservation: ${r.cls.reserveOrigin}; then the widget script. The pre-rendered article links no reservation at all: its widgets' content is in the HTML.`);
  out.push('');
  out.push('<details><summary>The reservation used</summary>');
  out.push('');
  out.push('```css');
  out.push(r.cls.reserveCss.trim());
  out.push('```');
  out.push('');
  out.push('</details>');
  out.push('');
  if (r.cls.heights.length) {
    out.push('Each widget\'s height before its script has run and after, one load each: client-rendered, what the reservation gives it, then its rendered height; pre-rendered, the server\'s HTML alone (the static twin), then hydrated. A difference moves everything after the widget; that counts as layout shift only where the moved content is in the viewport.');
    out.push('');
    out.push(table(['page', 'viewport', 'widget', 'top (px)', 'before the script (px)', 'after (px)', 'difference (px)'], r.cls.heights.map((h) => [h.page ?? 'client-rendered', h.viewport, `\`<${h.tag}>\``, h.top, h.reserved, h.rendered ?? '–', h.rendered == null ? '–' : h.rendered - h.reserved])));
    out.push('');
  }
  out.push(table(['page', 'throttling', 'CLS median', 'CLS min–max', 'shifts (median)'], r.cls.rows.map((c) => [c.page, rateLabel(c.rate), med(c.cls, cls), range(c.cls, cls), med(c.shifts, (v) => `${v}`)])));
  out.push('');

  out.push('## Growth');
  out.push('');
  out.push('One timeline widget with a dataset of N events at `src` (the real events plus clones with new ids and dates, validated against the schema); the fetch of that JSON is part of its time to content.');
  out.push('');
  out.push(table(['events', 'throttling', 'content painted (ms)', 'min–max', 'long tasks', 'longest task (ms)', 'longest min–max', 'TBT (ms)', 'JS heap after GC'], r.growth.events.map((g) => [
    g.n, rateLabel(g.rate), med(g.s.content, ms), range(g.s.content, ms), med(g.s.longTasks, (v) => `${v}`), med(g.s.maxLongTask, ms), range(g.s.maxLongTask, ms), med(g.s.tbt, ms), med(g.s.heap, mb),
  ])));
  out.push('');
  out.push('N client-rendered widgets on one page (cycling through the three widgets timed, a paragraph between each), bundled dataset, no reservation. The 1-widget row is the single timeline page of the time-to-content table.');
  out.push('');
  out.push(table(['widgets', 'throttling', 'content painted (ms)', 'min–max', 'long tasks', 'longest task (ms)', 'TBT (ms)', 'JS heap after GC'], r.growth.widgets.map((g) => [
    g.n, rateLabel(g.rate), med(g.s.content, ms), range(g.s.content, ms), med(g.s.longTasks, (v) => `${v}`), med(g.s.maxLongTask, ms), med(g.s.tbt, ms), med(g.s.heap, mb),
  ])));
  out.push('');
  if (r.growth.prerendered?.length) {
    out.push(`The same ${r.growth.prerendered[0].n} widgets client-rendered, pre-rendered (the script in the head, as the README shows it, or as the body's last element), and as the pre-rendered HTML without its script (the static twin: the same bytes, nothing to run).`);
    out.push('');
    out.push(table(['page', 'throttling', 'content painted (ms)', 'min–max', 'FCP', 'interactive', 'long tasks', 'longest task (ms)', 'TBT (ms)', 'CLS max', 'frames replaced'], r.growth.prerendered.map((g) => [
      g.contender, rateLabel(g.rate), med(g.s.content, ms), range(g.s.content, ms), med(g.s.fcp, ms), med(g.s.interactive, ms), med(g.s.longTasks, (v) => `${v}`), med(g.s.maxLongTask, ms), med(g.s.tbt, ms), g.s.cls.n ? cls(g.s.cls.max) : '–', g.s.interactive?.n ? `${g.s.replaced ?? 0}` : '–',
    ])));
    out.push('');
  }

  if (r.forced?.length) {
    out.push('## Forced layouts');
    out.push('');
    out.push(`${r.forced[0].runs ?? 1} traced loads per page (method below): every layout or style recalculation a script forced, by where its stack starts (the load with the most; "per load" lists each load's count).`);
    out.push('');
    const rows = [];
    for (const f of r.forced) {
      const total = f.forced.reduce((n, v) => n + v.count, 0);
      const ours = f.ours.reduce((n, v) => n + v.count, 0);
      rows.push([
        f.label, x(f.rate), f.found ? `${f.all.layouts} (${ms(f.all.layoutMs)} ms)` : 'main thread not found', f.found ? `${f.all.styles} (${ms(f.all.styleMs)} ms)` : '–',
        `${total}`, `**${ours}**`, (f.perRun ?? []).map((p) => `${p.forced} / ${p.ours}`).join(', '),
        f.forced.length ? f.forced.map((v) => `${v.count} ${v.kind} from ${v.from}: \`${v.where}\`${v.caller ? ` < ${v.caller}` : ''} (${ms(v.ms)} ms)`).join('<br>') : 'none',
      ]);
    }
    out.push(table(['page', 'throttling', 'layouts (time)', 'style recalculations (time)', 'forced', 'forced by the widget script', 'per load (forced / by the widget script)', 'where'], rows));
    out.push('');
    if (r.layoutReads?.length) {
      out.push(`Layout-reading APIs in the built widget files (\`dist/cdn/\`, counted by name, so an API's name in a string counts too): ${r.layoutReads.map((l) => `\`${l.file}\`: ${Object.entries(l.found).map(([k, v]) => `${k} ×${v}`).join(', ')}`).join('; ')}. Which of them run during a load, and force a layout there, is what the traces above show.`);
      out.push('');
    } else {
      out.push('No layout-reading API (`clientWidth`, `getBoundingClientRect`, `getComputedStyle`, `ResizeObserver`, `matchMedia`, …) appears in the built widget files.');
      out.push('');
    }
  }

  if (r.profiles.length) {
    out.push('## Where the longest tasks go');
    out.push('');
    out.push('One extra load with the CPU profiler on (200 µs sampling); functions by self time and by total time (with callees) inside the page\'s longest task, named through the widget script\'s source maps; `(program)` is native work outside JS (HTML parsing, style, layout, paint): the traced breakdown above splits it.');
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

  const consoleRows = Object.entries(r.console ?? {}).filter(([, list]) => list.length);
  out.push('## Console errors and warnings');
  out.push('');
  out.push(consoleRows.length
    ? consoleRows.map(([id, list]) => `- ${id}: ${list.map((m) => `\`${m.replace(/`/g, "'").slice(0, 200)}\``).join('; ')}`).join('\n')
    : 'None, on any page, in any load.');
  out.push('');

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

/** How the benchmark measured, for docs/benchmarks.md (the run's script, renderer and quiet periods in it). */
export function methodNotes({ssrOrigin, prerenderTimes, widgetScript, entries, settleMs}) {
  return [
    '**Content painted.** A script injected before the page\'s own (CDP `Page.addScriptToEvaluateOnNewDocument`, the same for every contender, also the script-free floor) checks on every animation frame whether the content is in the DOM: for our widgets every element\'s shadow root holds its `.sw` frame and no `.loading` (true as soon as a pre-rendered element\'s declarative shadow root is parsed, before any script); for the floor the parsed static content; for TimelineJS3 a slide\'s `.tl-slide-content .tl-headline` with text. The frame whose `requestAnimationFrame` callback first sees it is the frame that paints it; a `MessageChannel` message posted from that callback runs right after that frame\'s style, layout and paint, and its `performance.now()` (from navigation start) is the time reported. Frames come at about 16.7 ms, so times are quantized to frames. FCP (Paint Timing) is shown for reference: it is the frame\'s presentation time, usually 15–30 ms after the main-thread paint measured here, and on the article page it is the article\'s own text, which the widget script does not delay.',
    '**Interactive** (widget pages): the same per-frame check, until every element is upgraded (`customElements.get`) and through its first update (`hasUpdated`): for a pre-rendered element that first update is its hydration. The load then waits for its quiet period after that, so hydration\'s long tasks and any shift it causes are counted. At that moment each shadow root\'s `.sw` frame must be the very node seen at content time ("frames replaced" counts the loads where one was not: hydration that re-rendered).',
    `**Pre-rendered pages** are the client-rendered pages passed through \`render()\` of ${ssrOrigin} once, before the rounds (as a site does at build time; ${prerenderTimes.length} pages, ${fmt.ms(stats(prerenderTimes).median)} ms median each in Node), the CDN script still in the head so the widgets hydrate. The pre-rendered article links no reservation CSS at all. **The static twin** (\`static-*\`) is that very HTML with the module script removed: the same bytes, the same declarative shadow roots, nothing to hydrate; it is the fairest "static HTML" for a pre-rendered page, while the floor is the same texts hand-written as plain HTML (no shadow roots, one small stylesheet).`,
    '**Goals** are judged on medians, except layout shift, judged on the worst load, and the "busy machine" goal, judged on every run. Each ratio divides medians. "Round by round" is the median of the ratios of the two pages\' loads in the same round (seconds apart, so a change in the machine\'s load during the run moves both) and the number of rounds within the limit: a steadier view on a busy machine.',
    `**Long tasks and TBT.** \`PerformanceObserver('longtask')\` (buffered) from navigation start until content (and, on widget pages, interactive) + a quiet period (${settleMs(1)} ms unthrottled, ${settleMs(4)} ms at 4×, with no new long task or layout shift). TBT = Σ max(0, duration − 50 ms) over that window (from navigation start, not from FCP as Lighthouse does).`,
    '**Layout shift.** `PerformanceObserver(\'layout-shift\')` (buffered), summed over the whole load (no input happens), i.e. CLS for a load without scrolling.',
    '**Forced layouts.** Three extra loads per page (one with --quick) with a Chromium performance trace (`devtools.timeline` and `disabled-by-default-devtools.timeline.stack`), not timed. Every `Layout` (reflow) and `UpdateLayoutTree` (style recalculation) event on the page\'s main thread that carries a JavaScript stack was forced by a script reading layout (`clientWidth`, `getBoundingClientRect()`, `getComputedStyle()`, …) while it was dirty; the browser\'s own per-frame layouts carry none. Each is attributed to its stack\'s top frame, named through the widget script\'s source maps. A control page that forces three layouts from its own script checks that the analysis finds them. The built files are also searched for layout-reading APIs (listed with the traces).',
    '**JS heap.** CDP `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage().usedSize`, after the quiet period.',
    '**Throttling.** CDP `Emulation.setCPUThrottlingRate` (1 = none, 4 = a mid-range phone), set before navigation. No network throttling: every file comes from a local `node:http` server on 127.0.0.1 without compression, so the CDN build\'s chains of module requests (entry, shared chunks, language chunks) cost round trips of well under a millisecond here; over a real network each level of that chain costs one.',
    '**Isolation.** Each load runs in a new tab, which Chromium gives a new renderer process (a cold V8 isolate: no compilation or code cache from earlier loads), with the HTTP cache disabled and every response `no-store`. One unrecorded warm-up load of each page comes first.',
    '**No network.** Chromium runs with `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1` and a closed local proxy for everything else; requests that leave 127.0.0.1 are counted (see "blocked" in latest.json) and fail at once. TimelineJS3 runs with `script_path` set to the local copy, `font: null`, no theme and no Google Analytics id.',
    '**TimelineJS3** (`@knight-lab/timelinejs`, its `dist/js/timeline.js` and `dist/css/timeline.css`, loaded as its docs show: CSS and script in the head, `new TL.Timeline(...)` after the container) shows the dataset\'s events in English: headline = title, text = place and summary, date ranges as start/end dates.',
    '**Floor.** The same texts as static HTML (no script, one small inline `<style>`): the events with dates, places and summaries; the country cards; the Initiative with its pillars, items and target; a collapsed Sources list.',
    `**Our widget pages** load the widget script as the README shows (\`<script type="module" src=".../summit-widgets.js">\` in the head) and the elements with default attributes (English, bundled dataset). Script used: ${widgetScript.origin}; \`dist/cdn/\` is served as built (entries, \`chunks/\`, \`chunks/<lang>/\`).`,
    `**Bytes** are what the pages fetched in their warm-up load, from the server's log (a page with one widget through its own entry \`/cdn/<tag>.js\`, all ${entries.length} widgets through \`summit-widgets.js\`, the articles); the composition table attributes every character of the CDN build's JavaScript (English chunks only) to its source module through the build's source maps.`,
  ];
}
