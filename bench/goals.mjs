// The goals the benchmark judges, and what this run's numbers say about each one missed (the findings): from
// the samples of the timed rounds, the bytes, the heights and the traces that bench/run.mjs measured.
import {fmt, stats, summarize} from './report.mjs';
import {CLS_PAGES, PRERENDERED_COUNT, TAGS, VIEWPORT} from './scenarios.mjs';

/** Frames come at about 16.7 ms: a difference within one is not measurable. */
const FRAME_MS = 1000 / 60;
const xLabel = (rate) => (rate === 1 ? '1×' : `${rate}×`);

/**
 * @param {object} run  what bench/run.mjs measured: `scenarios`, `samples` (by scenario id and rate), `rates`,
 *   `bytes` (its rows), `timelineJsBytes`, `reserve` (the reservation stylesheet), `forced` (the traces),
 *   `profiles`, `reservedVsRendered` (the heights)
 * @returns {{summary: object, ttc: object[], clsRows: object[], growth: object, goals: object[], findings: object[]}}
 */
export function judge({scenarios, samples, rates: RATES, bytes, timelineJsBytes, reserve, forced, profiles, reservedVsRendered}) {
  const summary = Object.fromEntries(
    scenarios.map((s) => [s.id, Object.fromEntries(RATES.map((rate) => {
      const sm = summarize(samples[s.id][rate]);
      sm.shifts = stats(samples[s.id][rate].filter((x) => x.shifts).map((x) => x.shifts.length));
      // Loads in which hydration (or the client render) replaced a frame the reader had already seen.
      sm.replaced = samples[s.id][rate].filter((x) => x.kept != null && x.elements != null && x.kept < x.elements).length;
      return [rate, sm];
    }))])
  );
  const S = (id, rate) => summary[id]?.[rate];
  const medianOf = (id, rate, metric = 'content') => S(id, rate)?.[metric]?.median ?? null;
  /**
   * Round by round: `a`'s content time over `b`'s in the same round (the two loads were seconds apart, so a
   * machine that grows busier or quieter during the run moves both). The median of those ratios, and in how
   * many rounds the ratio was at most `limit`.
   */
  function paired(a, b, rate, limit = Infinity) {
    const xs = samples[a]?.[rate] ?? [];
    const ys = samples[b]?.[rate] ?? [];
    const ratios = xs.map((v, i) => v.content / ys[i]?.content).filter(Number.isFinite);
    return {...stats(ratios), within: ratios.filter((r) => r <= limit).length};
  }
  const maxRate = Math.max(...RATES);

  const ttc = [];
  for (const content of [...Object.keys(TAGS), 'article']) {
    for (const s of scenarios.filter((x) => x.group === 'ttc' && x.content === content)) {
      const byRate = {};
      for (const rate of RATES) {
        const sm = S(s.id, rate);
        const floor = medianOf(`floor-${content}`, rate);
        const tl = medianOf('timelinejs', rate);
        const twin = medianOf(`static-${content}`, rate);
        const m = sm.content.median;
        byRate[rate] = {
          ...sm,
          vsFloor: s.contender === 'floor' || floor == null || m == null ? null : m / floor,
          vsTimelineJs: content !== 'timeline' || s.contender === 'timelinejs' || tl == null || m == null ? null : m / tl,
          vsStatic: !s.contender.startsWith('pre-rendered') || s.contender.includes('no script') || twin == null || m == null ? null : m / twin,
        };
      }
      ttc.push({id: s.id, content, contender: s.contender, byRate});
    }
  }

  const clsRows = [];
  for (const id of CLS_PAGES) {
    if (!summary[id]) continue;
    for (const rate of RATES) clsRows.push({page: id, rate, cls: S(id, rate).cls, shifts: S(id, rate).shifts});
  }

  const growth = {events: [], widgets: [], prerendered: []};
  for (const s of scenarios) {
    if (s.group === 'growth-events') for (const rate of RATES) growth.events.push({n: s.n, rate, s: S(s.id, rate)});
    if (s.group === 'growth-widgets') for (const rate of RATES) growth.widgets.push({n: s.n, rate, s: S(s.id, rate), page: s.id});
    if (s.alsoGrowthWidgets) for (const rate of RATES) growth.widgets.push({n: s.alsoGrowthWidgets, rate, s: S(s.id, rate), page: s.id});
  }
  growth.widgets.sort((a, b) => a.n - b.n || a.rate - b.rate);
  for (const rate of RATES) {
    for (const [id, contender] of [[`growth-widgets-${PRERENDERED_COUNT}`, 'client-rendered'], [`prerendered-widgets-${PRERENDERED_COUNT}`, 'pre-rendered (script in the head)'], [`prerendered-widgets-${PRERENDERED_COUNT}-end`, 'pre-rendered, script at the end of body'], [`static-widgets-${PRERENDERED_COUNT}`, 'pre-rendered HTML, no script (static twin)']]) {
      if (S(id, rate)) growth.prerendered.push({n: PRERENDERED_COUNT, rate, contender, page: id, s: S(id, rate)});
    }
  }

  // Goals.
  const goals = [];
  const goal = (text, measured, met) => goals.push({goal: text, measured, met});
  {
    const threeBytes = bytes.rows.find((b) => b.key === 'article-js');
    const entriesThree = bytes.rows.find((b) => b.key === 'entries-three');
    const tl = timelineJsBytes.total;
    if (threeBytes) {
      goal('The three widgets\' bytes ≤ ⅓ of TimelineJS3\'s (gzip and brotli): the JS the client-rendered article loads through `summit-widgets.js`',
        `gzip ${fmt.kb(threeBytes.total.gzip)} vs ⅓ × ${fmt.kb(tl.gzip)} = ${fmt.kb(tl.gzip / 3)}; brotli ${fmt.kb(threeBytes.total.brotli)} vs ${fmt.kb(tl.brotli / 3)}` +
          (entriesThree ? ` (through the three widgets' own entries: gzip ${fmt.kb(entriesThree.total.gzip)}, brotli ${fmt.kb(entriesThree.total.brotli)})` : ''),
        threeBytes.total.gzip <= tl.gzip / 3 && threeBytes.total.brotli <= tl.brotli / 3);
    } else goal('The three widgets\' bytes ≤ ⅓ of TimelineJS3\'s', 'not measured', null);

    const ratioGoal = (text, rows, key, limit) => {
      const parts = [];
      let met = true;
      let seen = 0;
      for (const row of rows) {
        for (const rate of RATES) {
          const v = row.byRate[rate][key];
          if (v == null) continue;
          seen++;
          if (v > limit) met = false;
          const p = paired(row.id, `floor-${row.content}`, rate, limit);
          parts.push(`${row.content} ${xLabel(rate)}: ${fmt.ratio(v)} (${fmt.ms(row.byRate[rate].content.median)} vs ${fmt.ms(medianOf(`floor-${row.content}`, rate))} ms; round by round ${fmt.ratio(p.median)}, within ${limit}× in ${p.within} of ${p.n})`);
        }
      }
      goal(text, parts.join('; ') || 'not measured', seen ? met : null);
    };
    ratioGoal('Client-rendered time to content ≤ 1.5× the static-HTML floor (every widget and the article, each throttling)', ttc.filter((t) => t.contender.startsWith('widget')), 'vsFloor', 1.5);

    const tlParts = [];
    let tlMet = true;
    let tlSeen = 0;
    const timelineRow = ttc.find((t) => t.id === 'widget-timeline');
    for (const rate of RATES) {
      const v = timelineRow?.byRate[rate].vsTimelineJs;
      if (v == null) continue;
      tlSeen++;
      if (v > 1 / 3) tlMet = false;
      tlParts.push(`${xLabel(rate)}: ${fmt.ratio(v)} (${fmt.ms(medianOf('widget-timeline', rate))} vs ${fmt.ms(medianOf('timelinejs', rate))} ms)`);
    }
    goal(`\`<${TAGS.timeline}>\` time to content ≤ ⅓ of TimelineJS3's`, tlParts.join('; ') || 'no timeline widget', tlSeen ? tlMet : null);

    ratioGoal('**Pre-rendered** time to content ≤ 1.1× the static-HTML floor (every widget and the article, 1× and 4×)', ttc.filter((t) => t.contender === 'pre-rendered'), 'vsFloor', 1.1);

    const clsGoal = (text, id) => {
      const rows = RATES.map((rate) => [rate, S(id, rate)]).filter(([, sm]) => sm?.cls.n);
      goal(text,
        rows.length ? rows.map(([rate, sm]) => `${xLabel(rate)}: max ${fmt.cls(sm.cls.max)} (${sm.cls.n} loads)`).join('; ') : 'not measured',
        rows.length ? rows.every(([, sm]) => sm.cls.max === 0) : null);
    };
    clsGoal('**Pre-rendered** article, no page CSS for reservation: layout shift 0 through hydration (worst load)', 'prerendered-article');
    clsGoal(`Client-rendered article with ${reserve.href ? '`reserve.css` linked' : 'the reservation'}: layout shift 0 (worst load)`, 'widget-article');

    // Judged for both placements of the script: at the end of body (what the README and the builder show for
    // pre-rendered pages: the browser paints the HTML before the script is even fetched) and in the head.
    for (const [suffix, placement] of [['-end', 'the script at the end of body, as the README shows'], ['', 'the script in the head']]) {
      const parts = [];
      let met = true;
      let seen = 0;
      for (const rate of RATES) {
        const id = `prerendered-widgets-${PRERENDERED_COUNT}${suffix}`;
        const pre = S(id, rate);
        const twin = S(`static-widgets-${PRERENDERED_COUNT}`, rate);
        if (!pre?.content.n || !twin?.content.n) continue;
        seen++;
        const allowed = Math.max(FRAME_MS, 0.05 * twin.content.median);
        const d = pre.content.median - twin.content.median;
        if (d > allowed) met = false;
        const pr = paired(id, `static-widgets-${PRERENDERED_COUNT}`, rate, 1 + allowed / twin.content.median);
        parts.push(`${xLabel(rate)}: ${fmt.ms(pre.content.median)} vs ${fmt.ms(twin.content.median)} ms (${d >= 0 ? '+' : ''}${fmt.ms(d)} ms, allowed +${fmt.ms(allowed)}; round by round ${fmt.ratio(pr.median)}, within the allowance in ${pr.within} of ${pr.n}; FCP ${fmt.ms(pre.fcp.median)} vs ${fmt.ms(twin.fcp.median)})`);
      }
      goal(`**${PRERENDERED_COUNT} pre-rendered widgets** painted as fast as the same HTML without its script (median content painted within one frame, ${fmt.ms(FRAME_MS)} ms, or 5% of the static twin's, whichever is more), ${placement}`, parts.join('; ') || 'not measured', seen ? met : null);
    }

    const big = RATES.map((rate) => [rate, S('growth-events-2000', rate)]).filter(([, sm]) => sm);
    goal('2,000-event timeline: no long task over 200 ms (median run; worst run in brackets)',
      big.length ? big.map(([rate, sm]) => `${xLabel(rate)}: ${fmt.ms(sm.maxLongTask.median)} ms (${fmt.ms(sm.maxLongTask.max)})`).join('; ') : 'no timeline widget',
      big.length ? big.every(([, sm]) => sm.maxLongTask.median != null && sm.maxLongTask.median <= 200) : null);

    const fifty = S('growth-widgets-50', maxRate);
    goal(`50 client-rendered widgets show content within 1 s at ${maxRate}× throttling (median)`,
      fifty?.content.n ? `${fmt.ms(fifty.content.median)} ms (${fmt.ms(fifty.content.min)}–${fmt.ms(fifty.content.max)})` : 'no widget',
      fifty?.content.n ? fifty.content.median <= 1000 : null);
    {
      const runs = (samples['growth-widgets-50']?.[maxRate] ?? []).map((x) => x.content);
      const over = runs.filter((x) => !(x <= 1000)).length;
      goal(`50 client-rendered widgets within 1 s at ${maxRate}× **on a busy machine too** (every run; the machine table says how busy it was)`,
        runs.length ? `${runs.length - over} of ${runs.length} runs within 1 s; slowest ${fmt.ms(Math.max(...runs.filter(Number.isFinite)))} ms` : 'not measured',
        runs.length ? over === 0 : null);
    }
    {
      const control = forced.find((f) => f.control);
      const controlOk = control && control.forced.filter((f) => f.from === 'page' && f.kind === 'layout').reduce((n, f) => n + f.count, 0) >= control.control;
      const page = forced.find((f) => f.id === 'growth-widgets-50');
      const ours = page?.ours ?? [];
      const oursLayouts = ours.reduce((n, f) => n + f.count, 0);
      const others = forced.filter((f) => !f.control && f.id !== 'growth-widgets-50');
      const othersText = others.map((f) => `${f.id}: ${f.ours.reduce((n, x) => n + x.count, 0)}`).join(', ');
      goal(`50 client-rendered widgets: no forced layout or style recalculation from our code (performance trace at ${maxRate}×)`,
        !page ? 'not traced' : !controlOk ? `the trace analysis missed the control page's forced layouts: not judged (${oursLayouts} found)` :
          `${oursLayouts} from the widget script${ours.length ? ` (${ours.map((f) => `${f.count} ${f.kind} in \`${f.where}\`, ${fmt.ms(f.ms)} ms`).join('; ')})` : ''}; ${page.forced.reduce((n, f) => n + f.count, 0)} in all; the control's ${control.control} found. Other traced pages, from the widget script: ${othersText}`,
        !page || !controlOk ? null : oursLayouts === 0);
    }
  }

  // Findings: what the numbers of this run say about each goal missed (and the forced layouts found).
  const findings = [];
  {
    const ph = (id) => forced.find((f) => f.id === id)?.phases?.content;
    const kinds = ['script', 'style', 'layout', 'paint', 'parse HTML', 'other'];
    const breakdown = (p) => kinds.filter((k) => p.byKind[k] != null).map((k) => `${k} ${fmt.ms(p.byKind[k])}`).join(', ');
    const diff = (a, b) => kinds.map((k) => [k, (a.byKind[k] ?? 0) - (b.byKind[k] ?? 0)]).filter(([, v]) => Math.abs(v) >= 10).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v >= 0 ? '+' : ''}${fmt.ms(v)}`).join(', ');
    const med = (id, rate, metric = 'content') => fmt.ms(medianOf(id, rate, metric));

    // Pre-rendered article vs the floor.
    if (S('prerendered-article', 1) && S('static-article', 1)) {
      const lines = RATES.map((rate) => `${xLabel(rate)}: floor ${med('floor-article', rate)} ms → the same page pre-rendered without its script (static twin) ${med('static-article', rate)} ms → pre-rendered with the script in the head ${med('prerendered-article', rate)} ms; with the script at the end of body ${med('prerendered-article-end', rate)} ms`);
      const pa = ph('prerendered-article');
      const sa = ph('static-article');
      const fa = ph('floor-article');
      findings.push({
        title: 'Pre-rendered time to content vs the floor',
        lines: [
          ...lines,
          ...RATES.map((rate) => {
            const floor = medianOf('floor-article', rate);
            const twin = medianOf('static-article', rate);
            const pre = medianOf('prerendered-article', rate);
            const end = medianOf('prerendered-article-end', rate);
            if ([floor, twin, pre].some((v) => v == null)) return null;
            const slack = (v) => Math.max(FRAME_MS, 0.05 * v);
            const markup = twin - floor > slack(floor) ? `the markup costs ${fmt.ms(twin - floor)} ms (the static twin against the floor: declarative shadow roots, each with its whole stylesheet, and the widgets' own layout, against plain HTML with one small stylesheet)` : 'the markup costs nothing measurable (the static twin paints with the floor)';
            const script = pre - twin > slack(twin) ? `the script in the head ${fmt.ms(pre - twin)} ms more (the pre-rendered page against its static twin)${end != null ? (end - twin <= slack(twin) ? `, which the same HTML with the script at the end of body does not pay (${fmt.ms(end)} ms)` : `; at the end of body it still costs ${fmt.ms(end - twin)} ms`) : ''}` : 'the script adds nothing measurable to it';
            return `${xLabel(rate)}: ${markup}; ${script}.`;
          }).filter(Boolean),
          `How a script can delay HTML that is already there: a module script runs as soon as the parser has finished and its module graph has arrived, and when both are ready it runs before the browser next paints; its evaluation (Lit, the widget classes, \`customElements.define\` upgrading every element) and, before that, the main-thread side of fetching its ${bytes.rows.find((b) => b.key === 'article-js')?.files.length ?? ''} modules then come before the frame that shows the end of the page. A script at the end of the body is found later (by the preload scanner, then the parser): on the long ${PRERENDERED_COUNT}-widget page late enough for that frame to come first (below).`,
          ...(pa && sa && fa ? [`Main thread until content (traced at ${maxRate}×, the median of ${forced[0]?.runs ?? 1} loads, ms): floor ${breakdown(fa)} (content at ${fmt.ms(fa.atMs)}); static twin ${breakdown(sa)} (at ${fmt.ms(sa.atMs)}); pre-rendered ${breakdown(pa)} (at ${fmt.ms(pa.atMs)}).`] : []),
        ],
      });
    }
    // 50 pre-rendered vs their static twin.
    const N = PRERENDERED_COUNT;
    if (S(`prerendered-widgets-${N}`, 1) && S(`static-widgets-${N}`, 1)) {
      const pw = ph(`prerendered-widgets-${N}`);
      const sw = ph(`static-widgets-${N}`);
      const ew = ph(`prerendered-widgets-${N}-end`);
      findings.push({
        title: `${N} pre-rendered widgets vs the same HTML without its script`,
        lines: [
          ...RATES.map((rate) => `${xLabel(rate)}: static twin ${med(`static-widgets-${N}`, rate)} ms; pre-rendered, script in the head ${med(`prerendered-widgets-${N}`, rate)} ms (interactive ${med(`prerendered-widgets-${N}`, rate, 'interactive')}); script at the end of body ${med(`prerendered-widgets-${N}-end`, rate)} ms (interactive ${med(`prerendered-widgets-${N}-end`, rate, 'interactive')}); FCP ${med(`static-widgets-${N}`, rate, 'fcp')} / ${med(`prerendered-widgets-${N}`, rate, 'fcp')} / ${med(`prerendered-widgets-${N}-end`, rate, 'fcp')} ms`),
          ...(pw && sw ? [`Main thread until content (traced at ${maxRate}×, the median of ${forced[0]?.runs ?? 1} loads, ms): pre-rendered with the script in the head ${breakdown(pw)}, content at ${fmt.ms(pw.atMs)} ms; static twin ${breakdown(sw)}, at ${fmt.ms(sw.atMs)} ms; difference ${diff(pw, sw)}.` + (ew ? ` Script at the end of body: ${breakdown(ew)}, at ${fmt.ms(ew.atMs)} ms.` : '')] : []),
          ...RATES.map((rate) => {
            const twin = medianOf(`static-widgets-${N}`, rate);
            const pre = medianOf(`prerendered-widgets-${N}`, rate);
            const end = medianOf(`prerendered-widgets-${N}-end`, rate);
            if ([twin, pre].some((v) => v == null)) return null;
            const slack = Math.max(FRAME_MS, 0.05 * twin);
            const head = pre - twin > slack ? `the script in the head delays the content by ${fmt.ms(pre - twin)} ms` : `the script in the head costs nothing measurable (${pre - twin >= 0 ? '+' : ''}${fmt.ms(pre - twin)} ms)`;
            const tail = end == null ? '' : end - twin > slack ? `; at the end of body by ${fmt.ms(end - twin)} ms` : `; at the end of body nothing measurable (${end - twin >= 0 ? '+' : ''}${fmt.ms(end - twin)} ms)`;
            return `${xLabel(rate)}: against the static twin, ${head}${tail}.`;
          }).filter(Boolean),
          `Hydration comes after the content (interactive, after each widget's language chunks). Frames replaced by hydration in all the pre-rendered loads: ${[`prerendered-widgets-${N}`, `prerendered-widgets-${N}-end`, 'prerendered-article', 'prerendered-article-end', ...Object.keys(TAGS).map((k) => `prerendered-${k}`)].reduce((n, id) => n + RATES.reduce((m, rate) => m + (S(id, rate)?.replaced ?? 0), 0), 0)}.`,
        ],
      });
    }
    // 50 client-rendered widgets.
    const cw = ph('growth-widgets-50');
    const p50 = profiles.find((p) => p.id === 'growth-widgets-50');
    if (S('growth-widgets-50', maxRate)) {
      findings.push({
        title: `50 client-rendered widgets at ${maxRate}×`,
        lines: [
          `Content at ${med('growth-widgets-50', maxRate)} ms (median), after the CDN build's chain of requests: the HTML, \`summit-widgets.js\` and its entries and shared chunks (all received by ${med('growth-widgets-50', maxRate, 'scriptEnd')} ms), then each widget's English chunks, then the widgets' first renders.`,
          ...(cw ? [`The main thread is busy ${fmt.ms(cw.busyMs)} of the ${fmt.ms(cw.atMs)} ms until content (traced at ${maxRate}×, the median of ${forced[0]?.runs ?? 1} loads): ${breakdown(cw)}; the page is CPU-bound, not waiting on the network.`] : []),
          ...(p50?.longest ? [`Its longest task in the profiled load (${fmt.ms(p50.longest.duration)} ms), by self time: ${p50.functions.self.slice(0, 6).map((f) => `\`${f.fn}\` ${fmt.ms(f.ms)} ms`).join(', ')}; by total time: ${p50.functions.total.slice(0, 4).map((f) => `\`${f.fn}\` ${fmt.ms(f.ms)} ms`).join(', ')}.`] : []),
          ...(S(`static-widgets-${N}`, maxRate) ? [`For scale: the same ${N} widgets as finished static HTML (the static twin, no script at all) paint at ${med(`static-widgets-${N}`, maxRate)} ms at ${maxRate}× on this machine in this run${medianOf(`static-widgets-${N}`, maxRate) > 800 ? ': parsing, styling and laying out that much content takes most of the 1 s the goal allows before any script runs' : ''}.`] : []),
        ],
      });
    }
    // The shipped reservation.
    const hs = reservedVsRendered.filter((h) => h.page.startsWith('client') && h.rendered != null && h.rendered !== h.reserved);
    const tooMuch = reservedVsRendered.find((h) => h.page.startsWith('client') && !h.page.includes('README') && h.tag === TAGS.timeline && h.viewport === `${VIEWPORT.width}×${VIEWPORT.height}` && h.reserved > h.rendered);
    if (hs.length) {
      findings.push({
        title: `The reservation (${reserve.href ? 'reserve.css' : 'the README\'s rule'}) vs the rendered heights`,
        lines: [
          `Heights that differ (px, reserved → rendered): ${hs.map((h) => `${h.tag} at ${h.viewport}${h.page.includes('README') ? ' (README example)' : ''}: ${h.reserved} → ${h.rendered}`).join('; ')}.`,
          ...RATES.filter((rate) => S('widget-article', rate) && S('widget-article-noreserve', rate)).map((rate) => `${xLabel(rate)}: CLS ${fmt.cls(S('widget-article', rate).cls.median)} with the reservation (median; worst ${fmt.cls(S('widget-article', rate).cls.max)}) against ${fmt.cls(S('widget-article-noreserve', rate).cls.median)} with none (worst ${fmt.cls(S('widget-article-noreserve', rate).cls.max)})${S('widget-article', rate).cls.median > S('widget-article-noreserve', rate).cls.median ? `: in this article a wrong reservation shifts more than none${tooMuch ? ` (the ${tooMuch.reserved - tooMuch.rendered} px reserved too many for the timeline pull the text below it up inside the viewport, while the unreserved page grows mostly below it)` : ''}` : ''}.`),
          'The bench\'s article column is 42rem wide with 1rem padding (640 px of text at 1280 px), in the page\'s serif font as this machine has it; a `min-height` holds for one column width, font and set of attributes only (the timeline\'s height depends on `highlight` and on the arrangement its container query picks). Pre-rendered widgets need no reservation: their heights before the script and after hydration are in the same table.',
        ],
      });
    }
    // Forced layouts from our code on any traced page.
    for (const f of forced.filter((x) => !x.control && x.ours.length)) {
      findings.push({
        title: `Forced layout from the widget script: ${f.label.replace(/`/g, '')}`,
        lines: f.ours.map((o) => `${o.count} forced ${o.kind === 'layout' ? 'layout' : 'style recalculation'} in \`${o.where}\` (called from ${o.caller || 'the event loop'}), ${fmt.ms(o.ms)} ms at ${f.rate}×.`).concat(!f.ours.some((o) => new RegExp(`${TAGS.timeline}\\.ts`).test(`${o.where} ${o.caller}`) && /reveal/.test(`${o.where} ${o.caller}`)) ? [] : [
          `This is \`<${TAGS.timeline}>\`'s \`reveal()\`: with \`highlight\`, \`updated()\` schedules it in a \`requestAnimationFrame\`, which runs before that frame's style and layout, so its \`getBoundingClientRect()\` makes the browser lay out the freshly rendered page from inside script (the frame would have done that work anyway, but as one forced block). The bench's own pages use default attributes and are free of it.`,
        ]),
      });
    }
  }
  return {summary, ttc, clsRows, growth, goals, findings};
}
