// Test-server parts of the hostile-page suite (test/hostile/), mounted by web-test-runner.config.mjs:
// a middleware (below) and a `heap-after-gc` command (heapPlugin, at the end). The middleware:
// - `/test/hostile/pages/csp*.html` is served with `Content-Security-Policy: default-src 'self'`;
// - `/faults/...` answers like a broken or slow dataset server.
//
// Fault routes (every one that serves the dataset takes `?mark=TEXT`: the first event's title, the
// first country's capital and the Initiative's name become TEXT in every language, so a test can
// tell which response a widget shows):
//   /faults/ok               200, a valid dataset
//   /faults/status/<code>    that HTTP status with a text body
//   /faults/hang?ms=N        waits N ms before any byte, then 200 with the dataset
//   /faults/stall?ms=N       sends the headers and half the JSON, waits N ms, then the rest
//   /faults/invalid-json     200, application/json, not JSON
//   /faults/schema           200, JSON that breaks the schema (no `countries`)
//   /faults/redirect?to=URL  302 to URL (default /faults/ok)
//   /faults/xss?kind=K       200, the dataset with a script or HTML payload in every text (K=html: the
//                            validator refuses them) or with payloads that pass it (K=text), and
//                            javascript: in every link (K=html)
//   /faults/flaky-module?module=M&id=I  a JS module whose first request (per id) gets 503 and whose
//                            later ones re-export the module `summit-widgets:M` (scripts/texts-plugin.mjs):
//                            a language chunk that fails to load once (no file extension: the test
//                            server lets it be refetched)
//   /faults/<anything else>  400
import {readFileSync} from 'node:fs';
import {LANGS} from './registry.mjs';
import {URL_PREFIX} from './texts-plugin.mjs';

const DATASET = readFileSync(new URL('../test/fixtures/small-dataset.json', import.meta.url), 'utf8');
export const CSP = "default-src 'self'";

/** The fixture dataset, marked with `mark` when given. */
function dataset(mark) {
  const data = JSON.parse(DATASET);
  if (typeof mark === 'string' && mark) {
    const marked = Object.fromEntries(Object.keys(data.title).map((lang) => [lang, mark]));
    data.events[0].title = data.countries[0].capital = data.initiative.name = marked;
    if (data.figures?.[0]) data.figures[0].label = marked;
    data.countries[0].agreements.fields[0].label = marked; // the matrix widget shows no capital
  }
  return JSON.stringify(data);
}

/** Payloads that set `window.__xss` if they ever run; the first ones open tags, the validator refuses them. */
const HTML_PAYLOADS = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=1</script>', '"><svg onload="window.__xss=1">'];
const TEXT_PAYLOADS = ['" onmouseover="window.__xss=1', "javascript:window.__xss='text'", '< img src=x onerror=window.__xss=1>', '{{constructor.constructor("window.__xss=1")()}}'];

/** The fixture dataset with a payload in every text (and, for `html`, every link). */
function payloadDataset(html) {
  const payloads = html ? HTML_PAYLOADS : TEXT_PAYLOADS;
  let n = 0;
  const walk = (value, key) => {
    if (typeof value === 'string') {
      if (key === 'url') return html ? "javascript:window.__xss='url'" : value;
      return ['publisher', 'title', ...LANGS].includes(key) ? payloads[n++ % payloads.length] : value;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return JSON.stringify(walk(JSON.parse(DATASET), ''));
}

/** Resolves after `ms`, or as soon as the client goes away (an aborted fetch). */
function wait(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    ctx.req.once('close', done);
    function done() {
      clearTimeout(timer);
      resolve();
    }
  });
}

const json = (ctx, body, status = 200) => {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = body;
};

/** The ids /faults/flaky-module has failed once. */
const failedOnce = new Set();

/** Koa middleware for @web/test-runner (`middleware: [hostileMiddleware()]`). */
export function hostileMiddleware() {
  return async function hostile(ctx, next) {
    try {
      decodeURIComponent(ctx.path);
    } catch {
      // A malformed URL (a fuzzed `src` such as "%"): answer it here, quietly.
      ctx.status = 400;
      ctx.body = 'malformed URL';
      return;
    }
    if (ctx.path.startsWith('/test/hostile/pages/csp')) {
      await next();
      ctx.set('Content-Security-Policy', CSP);
      return;
    }
    if (!ctx.path.startsWith('/faults/')) return next();

    const route = ctx.path.slice('/faults/'.length);
    const mark = ctx.query.mark;
    const ms = Math.min(Number(ctx.query.ms) || 1000, 30000);
    if (route === 'ok') return json(ctx, dataset(mark));
    if (route.startsWith('status/')) {
      ctx.status = Number(route.slice('status/'.length)) || 500;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = `fault ${ctx.status}`;
      return;
    }
    if (route === 'hang') {
      await wait(ctx, ms);
      if (ctx.req.destroyed) {
        // The client gave up (an aborted fetch): nothing to send, and not a 404 in the runner's log.
        ctx.status = 204;
        ctx.respond = false;
        return;
      }
      return json(ctx, dataset(mark));
    }
    if (route === 'stall') {
      const body = dataset(mark);
      const half = Math.floor(body.length / 2);
      ctx.respond = false; // write the response by hand: headers and a first chunk now, the rest later
      ctx.res.writeHead(200, {'Content-Type': 'application/json', 'Cache-Control': 'no-store'});
      ctx.res.write(body.slice(0, half));
      await wait(ctx, ms);
      if (!ctx.res.destroyed) ctx.res.end(body.slice(half));
      return;
    }
    if (route === 'xss') return json(ctx, payloadDataset(ctx.query.kind === 'html'));
    if (route === 'flaky-module' && typeof ctx.query.module === 'string' && /^[\w/+-]+$/.test(ctx.query.module)) {
      ctx.set('Cache-Control', 'no-store');
      if (!failedOnce.has(ctx.query.id)) {
        failedOnce.add(ctx.query.id);
        ctx.status = 503;
        ctx.body = 'flaky module: failing once';
        return;
      }
      ctx.type = 'text/javascript';
      ctx.body = `export {default} from '${URL_PREFIX}${ctx.query.module}.js';`;
      return;
    }
    if (route === 'invalid-json') return json(ctx, '{"id": "broken", "title": ');
    if (route === 'schema') {
      const data = JSON.parse(dataset(mark));
      delete data.countries;
      return json(ctx, JSON.stringify(data));
    }
    if (route === 'redirect') {
      ctx.status = 302;
      ctx.set('Cache-Control', 'no-store');
      ctx.redirect(typeof ctx.query.to === 'string' ? ctx.query.to : '/faults/ok');
      return;
    }
    // Any other path (the fuzz test's random `src` values land here): a plain client error.
    ctx.status = 400;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = 'no such fault';
  };
}

/**
 * A test-runner command for the leak test (test/hostile/lifecycle.test.ts): a full garbage
 * collection of the test page, then its heap in bytes (V8's, plus Blink's DOM heap where
 * Chromium reports it), through the DevTools protocol. `performance.memory` cannot serve:
 * this Chromium keeps it quantized and rate-limited even with --enable-precise-memory-info.
 * In a test: `await executeServerCommand('heap-after-gc')`.
 */
export function heapPlugin() {
  return {
    name: 'heap-after-gc',
    async executeCommand({command, session}) {
      if (command !== 'heap-after-gc') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        let last = Infinity;
        for (let pass = 0; pass < 10; pass++) {
          await cdp.send('HeapProfiler.collectGarbage');
          const usage = await cdp.send('Runtime.getHeapUsage');
          const used = usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
          if (Math.abs(used - last) < 16 * 1024) return used; // settled
          last = used;
        }
        return last;
      } finally {
        await cdp.detach();
      }
    },
  };
}
