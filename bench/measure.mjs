// One measured page load in Chromium: time to content painted, long tasks, layout shift, JS heap.
import {emulate} from './network.mjs';

/**
 * Injected before any of the page's own code (evaluateOnNewDocument), the same for every contender.
 * - Content: on every animation frame it checks whether the page's content is in the DOM (for our
 *   widgets: each element's shadow root holds `.sw` and no `.loading`). The frame whose rAF callback
 *   first sees it is the frame that paints it; a message posted from that callback runs right after
 *   that frame's rendering update (style, layout, paint), and its `performance.now()` is the time of
 *   "content painted", from navigation start (the time origin).
 * - Long tasks and layout shifts: PerformanceObservers, buffered.
 * - Paint timing: first-contentful-paint and the last largest-contentful-paint, for reference.
 * Then it waits `settleMs` of quiet (no new long task or layout shift) and resolves `__bench.done`.
 */
function instrument(config) {
  const bench = (window.__bench = {
    content: null,
    detected: null,
    longtasks: [],
    shifts: [],
    fcp: null,
    lcp: null,
    error: null,
    frames: 0,
    interactive: null,
    kept: null,
  });
  if (config.mark) {
    // A named busy loop the CPU profile can find, to line its clock up with performance.now().
    function __benchMark() {
      const t0 = performance.now();
      let spins = 0;
      while (performance.now() - t0 < 5) spins++;
      return spins >= 0 ? t0 : 0;
    }
    bench.markAt = __benchMark();
  }
  let finish;
  bench.done = new Promise((resolve) => (finish = resolve));
  let lastActivity = 0;
  const observe = (type, callback) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({type, buffered: true});
    } catch {
      /* not supported */
    }
  };
  observe('longtask', (e) => {
    bench.longtasks.push({start: e.startTime, duration: e.duration});
    lastActivity = performance.now();
  });
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) bench.shifts.push({start: e.startTime, value: e.value});
    lastActivity = performance.now();
  });
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (e) => {
    bench.lcp = e.renderTime || e.startTime;
  });

  const ready = () => {
    if (config.kind === 'widgets') {
      const els = document.querySelectorAll(config.tags.join(','));
      if (els.length < config.count) return false;
      for (const el of els) {
        const root = el.shadowRoot;
        if (!root || !root.querySelector('.sw') || root.querySelector('.loading')) return false;
      }
      for (const el of els) {
        if (el.shadowRoot.querySelector('[part~="error"]')) bench.error = `<${el.localName}> shows its error box`;
      }
      return true;
    }
    if (document.readyState === 'loading') return false;
    const found = document.querySelectorAll(config.selector);
    if (found.length < config.count) return false;
    return !config.text || [...found].some((el) => el.textContent.trim());
  };

  // Interactive: every element upgraded and through its first update (for a pre-rendered element, its
  // hydration). Also whether hydration kept the nodes the reader saw: each shadow root's `.sw` frame
  // found at content time must be the one still there.
  let seenFrames = null;
  const interactiveNow = () => {
    const els = [...document.querySelectorAll(config.tags.join(','))];
    return els.every((el) => customElements.get(el.localName) && el.hasUpdated) ? els : null;
  };
  const watchInteractive = () => {
    const els = interactiveNow();
    if (els) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.interactive = performance.now();
        if (config.marks) performance.mark('bench:interactive');
        bench.kept = els.filter((el, i) => el.shadowRoot?.querySelector('.sw') === seenFrames[i]).length;
      };
      channel.port2.postMessage(0);
      return;
    }
    if (performance.now() > config.timeoutMs) {
      bench.error = bench.error ?? 'never interactive';
      bench.interactive = NaN;
      return;
    }
    requestAnimationFrame(watchInteractive);
  };

  const settle = () => {
    const quietSince = Math.max(...[lastActivity, bench.content, bench.interactive].filter(Number.isFinite));
    const waiting = config.interactive && bench.interactive === null;
    if (!waiting && performance.now() - quietSince >= config.settleMs) {
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource').map((r) => ({
        path: new URL(r.name).pathname,
        type: r.initiatorType,
        start: r.startTime,
        end: r.responseEnd,
      }));
      const lastEnd = (test) => resources.filter(test).reduce((m, r) => Math.max(m, r.end), 0) || null;
      finish({
        htmlEnd: nav?.responseEnd ?? null,
        domInteractive: nav?.domInteractive ?? null,
        dcl: nav?.domContentLoadedEventEnd ?? null,
        scriptEnd: lastEnd((r) => /\.m?js$/.test(r.path)),
        cssEnd: lastEnd((r) => /\.css$/.test(r.path)),
        fetchEnd: lastEnd((r) => r.type === 'fetch'),
        resources,
        content: bench.content,
        detected: bench.detected,
        longtasks: bench.longtasks,
        shifts: bench.shifts,
        fcp: bench.fcp,
        lcp: bench.lcp,
        error: bench.error,
        frames: bench.frames,
        markAt: bench.markAt,
        interactive: bench.interactive,
        kept: bench.kept,
        elements: config.kind === 'widgets' ? document.querySelectorAll(config.tags.join(',')).length : null,
      });
    } else setTimeout(settle, 50);
  };

  const tick = () => {
    bench.frames++;
    if (ready()) {
      bench.detected = performance.now();
      if (config.interactive) {
        seenFrames = [...document.querySelectorAll(config.tags.join(','))].map((el) => el.shadowRoot.querySelector('.sw'));
        watchInteractive();
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.content = performance.now();
        if (config.marks) performance.mark('bench:content');
        setTimeout(settle, 50);
      };
      channel.port2.postMessage(0);
      return;
    }
    if (performance.now() > config.timeoutMs) {
      bench.error = 'content never appeared';
      bench.content = NaN;
      bench.interactive = NaN;
      setTimeout(settle, 0);
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** `promise`, or a rejection after `ms` (a page that crashed never resolves its own timeout). */
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Loads `url` in a fresh browser context (cold cache, own renderer) and returns its measurements.
 * @param {import('puppeteer-core').Browser} browser
 */
export async function measure(browser, {url, ready, rate = 1, heap = true, settleMs, timeoutMs = 60000, viewport, pauseMs = 0, network, coldCache = false}) {
  const wallStart = Date.now();
  // A new tab is a new renderer process (a cold V8 isolate, as in a fresh context, but cheaper);
  // the server sends no-store and the page's cache is off, so nothing comes from a cache. With `coldCache`
  // the browser's cache is emptied instead and left on, as a first-time reader's: a file the page asks for
  // twice (a stylesheet linked from the head and from every shadow root) arrives once, if the server lets it be cached.
  const page = await browser.newPage();
  const blocked = [];
  const consoleMessages = [];
  try {
    if (!coldCache) await page.setCacheEnabled(false);
    await page.setViewport(viewport);
    if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const client = await page.createCDPSession();
    if (coldCache) await client.send('Network.clearBrowserCache');
    // A network profile (bench/network.mjs) brings its own CPU rate.
    if (network) await emulate(client, network);
    else await client.send('Emulation.setCPUThrottlingRate', {rate});
    const origin = new URL(url).origin;
    const waves = network ? requestWaves(client) : undefined;
    // Which scripts ran (not only arrived: a modulepreload fetches and compiles without running): V8's coverage.
    if (network) {
      await client.send('Profiler.enable');
      await client.send('Profiler.startPreciseCoverage', {callCount: true, detailed: false});
    }
    page.on('request', (request) => {
      const target = request.url();
      if (!target.startsWith(origin) && !target.startsWith('data:') && !target.startsWith('blob:')) blocked.push(target);
    });
    page.on('console', (message) => {
      if (['error', 'warn', 'warning', 'assert'].includes(message.type())) consoleMessages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleMessages.push(`uncaught: ${String(error.message ?? error).split('\n')[0]}`));
    await page.evaluateOnNewDocument(instrument, {...ready, settleMs, timeoutMs});
    await page.goto(url, {waitUntil: 'domcontentloaded', timeout: timeoutMs});
    const result = await withTimeout(page.evaluate(() => window.__bench.done), timeoutMs + 30000, url);
    let heapUsed = null;
    if (heap) {
      await client.send('HeapProfiler.collectGarbage');
      heapUsed = (await client.send('Runtime.getHeapUsage')).usedSize;
    }
    await client.send('Emulation.setCPUThrottlingRate', {rate: 1});
    const executed = network ? await executedScripts(client, origin) : undefined;
    // Every long task from navigation start until the quiet period after content ended.
    const tasks = result.longtasks;
    // Lighthouse counts blocking time from first contentful paint on (a task across it counts its part after).
    const afterFcp = result.fcp == null ? [] : tasks.map((t) => ({...t, duration: Math.min(t.duration, t.start + t.duration - result.fcp)})).filter((t) => t.duration > 0);
    return {
      content: result.content,
      detected: result.detected,
      htmlEnd: result.htmlEnd,
      domInteractive: result.domInteractive,
      dcl: result.dcl,
      scriptEnd: result.scriptEnd,
      cssEnd: result.cssEnd,
      fetchEnd: result.fetchEnd,
      resources: result.resources,
      fcp: result.fcp,
      lcp: result.lcp,
      interactive: result.interactive,
      kept: result.kept,
      elements: result.elements,
      console: consoleMessages,
      longTasks: tasks.length,
      maxLongTask: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      tbt: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      tbtAfterFcp: afterFcp.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      executed,
      longTaskList: tasks,
      cls: result.shifts.reduce((sum, s) => sum + s.value, 0),
      shifts: result.shifts,
      heap: heapUsed,
      blocked,
      error: result.error,
      roundTrips: waves?.(),
      wall: Date.now() - wallStart,
    };
  } finally {
    await page.close();
  }
}

/** The page's script files (paths) whose code ran at least once, from V8's precise coverage. */
async function executedScripts(client, origin) {
  const {result} = await client.send('Profiler.takePreciseCoverage');
  await client.send('Profiler.stopPreciseCoverage');
  const ran = result.filter((script) => script.url.startsWith(origin) && script.functions.some((f) => f.ranges.some((r) => r.count > 0)));
  return [...new Set(ran.map((script) => new URL(script.url).pathname))];
}

/**
 * Round trips of a page's scripts (on a network profile, Network enabled): the page's HTML is wave 1, and a
 * request is one wave after the deepest script or page that had finished arriving before it was sent (a module
 * can ask for its imports only once it is here). Returns, for the scripts, how many waves the first script
 * (the entry) and everything after it took: 2 is the entry and then everything else at once.
 */
function requestWaves(client) {
  const requests = new Map();
  client.on('Network.requestWillBeSent', ({requestId, request, timestamp, type}) => {
    requests.set(requestId, {sent: timestamp, script: type === 'Script' || /\.m?js(\?|$)/.test(request.url), document: type === 'Document'});
  });
  client.on('Network.loadingFinished', ({requestId, timestamp}) => {
    const entry = requests.get(requestId);
    if (entry) entry.done = timestamp;
  });
  return () => {
    const list = [...requests.values()].filter((r) => r.script || r.document).sort((a, b) => a.sent - b.sent);
    for (const r of list) r.wave = r.document ? 1 : 1 + Math.max(0, ...list.filter((q) => q !== r && q.done != null && q.done <= r.sent).map((q) => q.wave ?? 0));
    const scripts = list.filter((r) => r.script);
    return scripts.length ? Math.max(...scripts.map((r) => r.wave)) - scripts[0].wave + 1 : 0;
  };
}

/**
 * Loads `url` once with the CPU profiler on and returns the functions with the most self time
 * inside the longest long task (or over the whole load when there is none).
 */
export async function profile(browser, {url, ready, rate = 1, settleMs, timeoutMs = 60000, viewport, top = 12, mapUrl}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    const client = await page.createCDPSession();
    await client.send('Emulation.setCPUThrottlingRate', {rate});
    await client.send('Profiler.enable');
    await client.send('Profiler.setSamplingInterval', {interval: 200});
    await page.evaluateOnNewDocument(instrument, {...ready, settleMs, timeoutMs, mark: true});
    await client.send('Profiler.start');
    await page.goto(url, {waitUntil: 'domcontentloaded', timeout: timeoutMs});
    const result = await withTimeout(page.evaluate(() => window.__bench.done), timeoutMs + 30000, url);
    const {profile: cpu} = await client.send('Profiler.stop');
    const longest = result.longtasks.reduce((a, t) => (!a || t.duration > a.duration ? t : a), null);
    return {longest, content: result.content, functions: selfTimes(cpu, longest, result.markAt, top, mapUrl)};
  } finally {
    await context.close();
  }
}

/**
 * Self and total time per function (ms) from a CPU profile, within the long task's window.
 * The instrumentation runs `__benchMark` for a few ms at document start; its first sample ties the
 * profile's clock (µs) to the page's `performance.now()` (ms).
 */
function selfTimes(cpu, window, markAt, top, mapUrl = () => null) {
  const nodes = new Map(cpu.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of cpu.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let t = cpu.startTime;
  const samples = cpu.samples.map((id, i) => {
    t += cpu.timeDeltas[i];
    return {id, t, dt: cpu.timeDeltas[i + 1] ?? 0};
  });
  const mark = samples.find((s) => nodes.get(s.id)?.callFrame.functionName === '__benchMark');
  let from = -Infinity;
  let to = Infinity;
  if (window && mark && markAt != null) {
    const offset = mark.t - markAt * 1000;
    from = offset + window.start * 1000;
    to = from + window.duration * 1000;
  }
  const self = new Map();
  const total = new Map();
  const name = (node) => {
    const f = node.callFrame;
    if (!f.url) return `${f.functionName || '(anonymous)'} (${f.lineNumber >= 0 ? 'benchmark instrumentation' : 'native'})`;
    const original = mapUrl(f.url, f.lineNumber, f.columnNumber);
    if (original) return `${original.name ?? f.functionName ?? '(anonymous)'} (${original.source}:${original.line})`;
    return `${f.functionName || '(anonymous)'} ${shortUrl(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  };
  let busy = 0;
  for (const s of samples) {
    if (s.t < from || s.t > to) continue;
    const node = nodes.get(s.id);
    if (isIdle(node)) continue;
    busy += s.dt / 1000;
    const key = name(node);
    self.set(key, (self.get(key) ?? 0) + s.dt / 1000);
    const seen = new Set();
    for (let id = s.id; id !== undefined; id = parent.get(id)) {
      const n = nodes.get(id);
      if (isIdle(n)) continue;
      const k = name(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + s.dt / 1000);
    }
  }
  const list = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, ms]) => ({fn, ms: Math.round(ms * 10) / 10}));
  return {aligned: Boolean(mark), busyMs: Math.round(busy), self: list(self), total: list(total)};
}

// "(program)" (native work outside JS: style, layout, paint, parsing) and "(garbage collector)" stay in.
const isIdle = (node) => !node || ['(idle)', '(root)'].includes(node.callFrame.functionName);
const shortUrl = (url) => (url ? url.replace(/^https?:\/\/[^/]+/, '') : '(native)');

/** Heights (CSS px) of the elements matching `selector`, after `waitMs`, at `viewport`. */
export async function heights(browser, {url, selector, viewport, waitMs = 1000}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    await page.goto(url, {waitUntil: 'load'});
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    return await page.evaluate(
      (sel) => [...document.querySelectorAll(sel)].map((el) => ({tag: el.localName, top: Math.round(el.getBoundingClientRect().top + scrollY), height: Math.round(el.getBoundingClientRect().height)})),
      selector
    );
  } finally {
    await context.close();
  }
}

/**
 * Loads `url` once with a performance trace and returns the forced layouts and style recalculations
 * in it: `Layout` and `UpdateLayoutTree` events on the page's main thread that carry a JavaScript stack
 * (`beginData.stackTrace`, recorded with `disabled-by-default-devtools.timeline.stack`). A layout the
 * browser does in its own frame has no stack; one that a script forced (reading `clientWidth`,
 * `getBoundingClientRect()`, `getComputedStyle()` after a change) has the script's. Each is attributed
 * to the top frame of its stack, named through the source map when it is in the widget script.
 */
export async function traceLoad(browser, {url, ready, rate = 1, settleMs, timeoutMs = 60000, viewport, mapUrl = () => null}) {
  const page = await browser.newPage();
  try {
    await page.setCacheEnabled(false);
    await page.setViewport(viewport);
    const client = await page.createCDPSession();
    await client.send('Emulation.setCPUThrottlingRate', {rate});
    await page.evaluateOnNewDocument(instrument, {...ready, settleMs, timeoutMs, marks: true});
    await page.tracing.start({
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8.execute', 'loading', 'blink.user_timing'],
    });
    await page.goto(url, {waitUntil: 'domcontentloaded', timeout: timeoutMs});
    const result = await withTimeout(page.evaluate(() => window.__bench.done), timeoutMs + 30000, url);
    const buffer = await page.tracing.stop();
    await client.send('Emulation.setCPUThrottlingRate', {rate: 1});
    const trace = JSON.parse(Buffer.from(buffer).toString('utf8'));
    const events = Array.isArray(trace) ? trace : trace.traceEvents;
    // The page's main thread: the one that parsed this URL (other renderers, e.g. the browser's own pages, are left out).
    const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
    const main = parse ? {pid: parse.pid, tid: parse.tid} : null;
    const onMain = (e) => main && e.pid === main.pid && e.tid === main.tid;
    const all = {layouts: 0, layoutMs: 0, styles: 0, styleMs: 0};
    const forced = new Map();
    for (const e of events) {
      if (!onMain(e) || (e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') || e.ph !== 'X') continue;
      const kind = e.name === 'Layout' ? 'layout' : 'style';
      const ms = (e.dur ?? 0) / 1000;
      if (kind === 'layout') {
        all.layouts++;
        all.layoutMs += ms;
      } else {
        all.styles++;
        all.styleMs += ms;
      }
      const stack = e.args?.beginData?.stackTrace;
      if (!stack?.length) continue;
      // Trace stack frames count lines and columns from 1; source maps (and CPU profiles) from 0.
      const at = (f) => (f.url ? mapUrl(f.url, Math.max(0, f.lineNumber - 1), Math.max(0, f.columnNumber - 1)) : null);
      const top = stack[0];
      const mapped = at(top);
      const path = top.url ? new URL(top.url).pathname : '';
      const from = mapped || path.startsWith('/cdn/') ? 'widget script' : !top.url ? 'benchmark instrumentation' : 'page';
      const where = mapped
        ? `${mapped.name ?? top.functionName ?? '(anonymous)'} (${mapped.source}:${mapped.line})`
        : `${top.functionName || '(anonymous)'} ${path || '(injected)'}:${top.lineNumber}:${top.columnNumber}`;
      const caller = stack
        .slice(1, 4)
        .map((f) => {
          const m = at(f);
          return m ? `${m.name ?? f.functionName ?? '(anonymous)'} (${m.source}:${m.line})` : f.functionName || '(anonymous)';
        })
        .join(' < ');
      const key = `${kind}|${from}|${where}`;
      const entry = forced.get(key) ?? {kind, from, where, caller, count: 0, ms: 0, at: []};
      entry.count++;
      entry.ms += ms;
      entry.at.push(Math.round(e.ts / 1000));
      forced.set(key, entry);
    }
    const list = [...forced.values()].sort((a, b) => b.ms - a.ms).map((f) => ({...f, ms: Math.round(f.ms * 10) / 10}));
    return {
      found: Boolean(main),
      phases: main ? phases(events, main, url) : null,
      content: result.content,
      interactive: result.interactive,
      all: {...all, layoutMs: Math.round(all.layoutMs * 10) / 10, styleMs: Math.round(all.styleMs * 10) / 10},
      forced: list,
      ours: list.filter((f) => f.from === 'widget script'),
    };
  } finally {
    await page.close();
  }
}

/** What the main thread's time goes to, by kind of work (self time of trace events). */
const PHASE = {
  ParseHTML: 'parse HTML',
  ParseAuthorStyleSheet: 'parse CSS',
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  FunctionCall: 'script',
  RunMicrotasks: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  'V8.CompileCode': 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection',
  'V8.GC_SCAVENGER': 'garbage collection',
  'BlinkGC.AtomicPhase': 'garbage collection',
};

/**
 * Self time per kind of work on the page's main thread from navigation start until the
 * `bench:content` and `bench:interactive` marks (ms). A forced style recalculation or layout counts
 * as style or layout, not as the script that forced it.
 */
function phases(events, main, url) {
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const mark = (name) => onMain.find((e) => e.name === name && e.cat?.includes('blink.user_timing'))?.ts ?? events.find((e) => e.name === name && e.cat?.includes('blink.user_timing'))?.ts;
  const nav = events.find((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL === url || e.args?.data?.url === url))?.ts ?? events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts;
  const until = {content: mark('bench:content'), interactive: mark('bench:interactive')};
  if (nav == null) return null;
  const tasks = onMain.filter((e) => e.ph === 'X' && (PHASE[e.name] || e.name === 'RunTask') && e.ts >= nav).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = {};
  for (const [key, end] of Object.entries(until)) {
    if (end == null) continue;
    const self = {};
    let busy = 0;
    const stack = [];
    // Self time: an event's duration minus its nested known events' (the stack holds open ancestors).
    const add = (e, ms) => {
      const kind = e.name === 'RunTask' ? 'other' : PHASE[e.name];
      self[kind] = (self[kind] ?? 0) + ms;
    };
    for (const e of tasks) {
      if (e.ts >= end) break;
      const stop = Math.min(e.ts + (e.dur ?? 0), end);
      while (stack.length && stack.at(-1).stop <= e.ts) stack.pop();
      const parent = stack.at(-1);
      const ms = (stop - e.ts) / 1000;
      if (parent) add(parent.e, -ms);
      else busy += ms;
      add(e, ms);
      stack.push({e, stop});
    }
    out[key] = {
      atMs: Math.round((end - nav) / 100) / 10,
      busyMs: Math.round(busy * 10) / 10,
      byKind: Object.fromEntries(Object.entries(self).map(([k, v]) => [k, Math.round(v * 10) / 10]).sort((a, b) => b[1] - a[1])),
    };
  }
  return out;
}

/**
 * The reader's first click on a pre-rendered widget, to the frame that shows its effect: the page loaded on
 * `network` (the browser's cache emptied first), the widget scrolled into view and its files fetched (the network
 * quiet), then a real click (CDP mouse events: the pointer moves there, then presses) on the first element of its
 * shadow root matching `target` that is not `aria-selected="true"`. Returns ms from the pointerdown to the frame
 * whose animation-frame callback first sees that element selected: `first` (hydration on that interaction, its
 * replay included) and `second` (the same on another element, the widget live).
 */
export async function firstInteraction(browser, {url, network, viewport, tag, target, timeoutMs = 90000}) {
  const page = await browser.newPage();
  try {
    await page.setViewport(viewport);
    const client = await page.createCDPSession();
    await client.send('Network.clearBrowserCache');
    await emulate(client, network);
    await page.goto(url, {waitUntil: 'load', timeout: timeoutMs});
    await page.evaluate((tag) => document.querySelector(tag).scrollIntoView({block: 'center'}), tag);
    await page.waitForNetworkIdle({idleTime: 1000, timeout: timeoutMs});
    const click = async () => {
      const point = await page.evaluate(
        (tag, target) => {
          const node = [...document.querySelector(tag).shadowRoot.querySelectorAll(target)].find((n) => n.getAttribute('aria-selected') !== 'true');
          const probe = (window.__benchClick = {down: null, at: null});
          document.addEventListener('pointerdown', (event) => (probe.down ??= event.timeStamp), {capture: true, once: true});
          const check = () => (node.getAttribute('aria-selected') === 'true' && probe.down != null ? (probe.at = performance.now()) : requestAnimationFrame(check));
          requestAnimationFrame(check);
          node.scrollIntoView({block: 'center'});
          const box = node.getBoundingClientRect();
          return {x: box.x + box.width / 2, y: box.y + box.height / 2};
        },
        tag,
        target
      );
      await page.mouse.click(point.x, point.y);
      await page.waitForFunction(() => window.__benchClick.at != null, {timeout: timeoutMs});
      return page.evaluate(() => window.__benchClick.at - window.__benchClick.down);
    };
    const first = await click();
    const second = await click();
    return {first, second};
  } finally {
    await page.close();
  }
}
