// Lifecycle: 1,000 create / attach / detach cycles of each widget leave nothing behind. The test
// counts, from before the first widget exists, every event listener on a target that outlives a
// widget (window, document, elements in the page: not the widget itself or its shadow tree, which
// go with it), every observing ResizeObserver and MutationObserver, every pending timeout, interval
// and animation frame, and every fetch in flight. After the cycles each count is back to its
// baseline exactly, and the heap after a full garbage collection (V8 and Blink's DOM heap, read
// through the DevTools protocol: `performance.memory` is frozen in this Chromium) is within
// HEAP_TOLERANCE of its baseline.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {DatasetController} from '../../src/internal/dataset-controller.js';
import {CHROMIUM_ONLY, ENGINE, onlyInChromium, timeLimit} from '../kit/engines.js';
import {nextFrame, sleep, WIDGETS} from './support.js';

const CYCLES = 1000;
/** Heap growth allowed after the 1,000 cycles of every widget (some 400 bytes a cycle for five widgets); one leaked widget costs far more. */
const HEAP_TOLERANCE = 2 * 1024 * 1024;

/** Widgets the heap control keeps alive on purpose. */
const CONTROL_LEAK = 100;

const TAGS = new Set<string>(WIDGETS.map((w) => w.tag));

// -- instrumentation ----------------------------------------------------------------------
/**
 * Was the caller the library (its sources or Lit)? The test runner keeps its own timers and
 * listeners, which come and go on their own schedule: they are not counted. (`leakyWidgetCode`
 * is the control's stand-in for widget code.)
 */
const byLibrary = () =>
  /\/src\/|\/node_modules\/(lit|lit-html|lit-element|@lit)\/|leakyWidgetCode/.test(new Error().stack ?? '');

const live = {listeners: 0, observers: 0, timeouts: 0, intervals: 0, frames: 0, fetches: 0};

/** A listener on a widget, or on anything inside its shadow tree (a fragment while Lit builds it), goes with the widget. */
function outlivesWidgets(target: EventTarget): boolean {
  if (!(target instanceof Node)) return true; // window, a MediaQueryList, an AbortSignal...
  if (target instanceof Element && TAGS.has(target.localName)) return false;
  const root = target.getRootNode();
  return !(root instanceof ShadowRoot || root instanceof DocumentFragment);
}

const listeners = new WeakMap<EventTarget, Set<string>>();
const ids = new WeakMap<object, number>();
let nextId = 0;
const idOf = (fn: object) => ids.get(fn) ?? (ids.set(fn, ++nextId), nextId);
const keyOf = (type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
  `${type} ${listener && typeof listener === 'object' || typeof listener === 'function' ? idOf(listener) : 0} ${
    typeof options === 'boolean' ? options : !!options?.capture
  }`;

const {addEventListener, removeEventListener} = EventTarget.prototype;
EventTarget.prototype.addEventListener = function (type, listener, options) {
  if (listener && outlivesWidgets(this) && !(typeof options === 'object' && options?.once) && byLibrary()) {
    let set = listeners.get(this);
    if (!set) listeners.set(this, (set = new Set()));
    const key = keyOf(type, listener, options);
    if (!set.has(key)) {
      set.add(key);
      live.listeners++;
    }
  }
  return addEventListener.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (type, listener, options) {
  const set = listeners.get(this);
  if (set?.delete(keyOf(type, listener, options))) live.listeners--;
  return removeEventListener.call(this, type, listener, options);
};

function countObservers<T extends {observe(target: Node, options?: unknown): void; disconnect(): void}>(
  proto: T,
  unobserve?: 'unobserve'
): void {
  const targets = new WeakMap<object, Set<Node>>();
  const {observe, disconnect} = proto;
  proto.observe = function (this: T, target: Node, options?: unknown) {
    if (!byLibrary()) return observe.call(this, target, options);
    let set = targets.get(this);
    if (!set) targets.set(this, (set = new Set()));
    if (set.size === 0) live.observers++;
    set.add(target);
    return observe.call(this, target, options);
  };
  proto.disconnect = function (this: T) {
    const set = targets.get(this);
    if (set?.size) live.observers--;
    set?.clear();
    return disconnect.call(this);
  };
  if (unobserve) {
    const original = (proto as unknown as ResizeObserver).unobserve;
    (proto as unknown as ResizeObserver).unobserve = function (this: ResizeObserver, target: Element) {
      const set = targets.get(this);
      if (set?.delete(target) && set.size === 0) live.observers--;
      return original.call(this, target);
    };
  }
}
countObservers(ResizeObserver.prototype, 'unobserve');
countObservers(MutationObserver.prototype);

const pending = {timeouts: new Set<number>(), intervals: new Set<number>(), frames: new Set<number>()};
const {setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, requestAnimationFrame: raf, cancelAnimationFrame: caf, fetch: originalFetch} = window;
window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  if (!byLibrary()) return st(handler, ms, ...args);
  const id: number = st(
    (...a: unknown[]) => {
      if (pending.timeouts.delete(id)) live.timeouts--;
      if (typeof handler === 'function') handler(...a);
    },
    ms,
    ...args
  );
  pending.timeouts.add(id);
  live.timeouts++;
  return id;
}) as typeof setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined && pending.timeouts.delete(id)) live.timeouts--;
  ct(id);
}) as typeof clearTimeout;
window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  if (!byLibrary()) return si(handler, ms, ...args);
  const id = si(handler, ms, ...args);
  pending.intervals.add(id);
  live.intervals++;
  return id;
}) as typeof setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined && pending.intervals.delete(id)) live.intervals--;
  ci(id);
}) as typeof clearInterval;
window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  if (!byLibrary()) return raf(callback);
  const id = raf((time) => {
    if (pending.frames.delete(id)) live.frames--;
    callback(time);
  });
  pending.frames.add(id);
  live.frames++;
  return id;
};
window.cancelAnimationFrame = (id: number) => {
  if (pending.frames.delete(id)) live.frames--;
  caf(id);
};
// Only the widgets' requests (to the fault server): the test runner talks to its server too.
window.fetch = async (...args: Parameters<typeof fetch>) => {
  const counted = String(args[0] instanceof Request ? args[0].url : args[0]).includes('/faults/');
  if (counted) live.fetches++;
  try {
    return await originalFetch(...args);
  } finally {
    if (counted) live.fetches--;
  }
};

// -- measuring ------------------------------------------------------------------------------
/** The page's heap in bytes after a full garbage collection (scripts/test-middleware.mjs, heapPlugin). */
const heap = () => executeServerCommand<number, undefined>('heap-after-gc');

/** Every count once pending work (aborted requests, the last frames) has run out. */
async function counts(): Promise<typeof live> {
  await sleep(50);
  await nextFrame();
  await nextFrame();
  return {...live};
}

const container = document.createElement('section');
container.style.width = '800px';
document.body.append(container);

/**
 * One cycle: create, attach, let it render, detach. Every 10th waits two frames before detaching
 * (its ResizeObserver fires and may schedule a frame); every 25th has a `src` whose request is
 * still under way when it goes (the request and its timeout must go with it).
 */
async function cycle(tag: string, n: number): Promise<void> {
  const el = document.createElement(tag) as HTMLElement & {updateComplete: Promise<boolean>};
  el.setAttribute('lang', ['en', 'ja', 'ru'][n % 3]);
  if (n % 25 === 0) el.setAttribute('src', `/faults/hang?ms=5000&n=${n}`);
  container.append(el);
  await el.updateComplete;
  if (n % 10 === 0) {
    await nextFrame();
    await nextFrame();
  }
  for (const key of Object.keys(peak) as (keyof typeof live)[]) peak[key] = Math.max(peak[key], live[key]);
  el.remove();
}

/** The most of each the widgets held at once while attached: proof the counters saw their resources. */
const peak = {...live};

describe(`lifecycle: ${CYCLES} create / attach / detach cycles of each widget`, function () {
  // A limit that catches a hang, not a busy machine (6,000 cycles took over 120 s in Chromium at a load of 20 on 2 cores).
  this.timeout(timeLimit(300000));

  it('the counters see a leak (control)', async () => {
    const before = await counts();
    const listener = () => {};
    const observer = new ResizeObserver(() => {});
    let timer = 0;
    let frame = 0;
    (function leakyWidgetCode() {
      window.addEventListener('resize', listener);
      observer.observe(container);
      timer = window.setTimeout(() => {}, 100000);
      frame = requestAnimationFrame(() => {});
    })();
    const after = await counts();
    expect(after.listeners - before.listeners).to.equal(1);
    expect(after.observers - before.observers).to.equal(1);
    expect(after.timeouts - before.timeouts).to.equal(1);
    window.removeEventListener('resize', listener);
    observer.disconnect();
    clearTimeout(timer);
    expect(after.frames - before.frames).to.be.at.most(1); // it may have run
    cancelAnimationFrame(frame);
    expect(await counts()).to.deep.equal(before);
  });

  it(`the heap measure sees a leak (control): ${CONTROL_LEAK} detached widgets kept alive grow it by more than the tolerance`, async function () {
    onlyInChromium(this, 'heap');
    const kept: Element[] = [];
    for (let n = 1; n <= 5; n++) await cycle('summit-timeline', n);
    const before = await heap();
    for (let n = 1; n <= CONTROL_LEAK; n++) {
      const el = document.createElement('summit-timeline') as HTMLElement & {updateComplete: Promise<boolean>};
      container.append(el);
      await el.updateComplete;
      el.remove();
      kept.push(el);
    }
    const growth = (await heap()) - before;
    console.log(`lifecycle control: ${CONTROL_LEAK} leaked <summit-timeline> = +${(growth / 1024).toFixed(0)} KB`);
    expect(growth).to.be.above(HEAP_TOLERANCE);
    kept.length = 0;
  });

  it(`leaves no listener, observer, timer, frame or request behind, and the heap within ${HEAP_TOLERANCE / 1024 / 1024} MB`, async () => {
    DatasetController.timeoutMs = 15000;
    // Warm up: templates, Intl formatters and styles are built once per page, not per widget.
    for (const {tag} of WIDGETS) for (let n = 1; n <= 30; n++) await cycle(tag, n);
    const baseline = await counts();
    // The listeners, observers, timers, frames and requests are counted in every engine; the heap in Chromium alone.
    const measureHeap = ENGINE === 'chromium';
    const heapBefore = measureHeap ? await heap() : 0;
    const report: string[] = [];

    for (const {tag} of WIDGETS) {
      for (let n = 1; n <= CYCLES; n++) await cycle(tag, n);
      const after = await counts();
      report.push(`<${tag}>: ${JSON.stringify(after)}`);
      expect(after, `<${tag}>: what ${CYCLES} cycles left behind`).to.deep.equal(baseline);
    }
    // The counters did see what the widgets hold while attached: the shared `lang` MutationObserver
    // (no widget measures itself any more: no ResizeObserver), a `src` request and its timeout.
    expect(peak.observers, 'observers seen').to.be.at.least(1);
    expect(peak.timeouts, 'timeouts seen').to.be.at.least(1);
    expect(peak.fetches, 'requests seen').to.be.at.least(1);
    const heapAfter = measureHeap ? await heap() : 0;
    const growth = heapAfter - heapBefore;
    console.log(
      `lifecycle: ${CYCLES * WIDGETS.length} cycles; most held at once ${JSON.stringify(peak)}; baseline ${JSON.stringify(baseline)}; ${report.join('; ')}; ` +
        (measureHeap
          ? `heap ${(heapBefore / 1048576).toFixed(2)} MB -> ${(heapAfter / 1048576).toFixed(2)} MB ` +
            `(${growth >= 0 ? '+' : ''}${(growth / 1024).toFixed(0)} KB, tolerance ${HEAP_TOLERANCE / 1024} KB)`
          : `heap not measured in ${ENGINE}: ${CHROMIUM_ONLY.heap}`)
    );
    if (measureHeap) expect(growth, 'heap growth (bytes)').to.be.below(HEAP_TOLERANCE);
  });
});
