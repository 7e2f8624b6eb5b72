// `summit-widgets/loader.js` (CDN: dist/cdn/loader.js): hydration on demand. A pre-rendered widget
// (`defer-hydration`, written by summit-widgets/ssr) costs the page nothing until the reader comes near it:
// then its code, data and language chunks are fetched in idle periods (modulepreload: not run); on the first
// interaction Lit's hydrate support and the widget's define module run and the widget hydrates, and the
// clicks and key presses made meanwhile are replayed. Its `hydrate` attribute chooses when, as Astro's
// client:* directives do: `interaction` (default), `visible`, `idle`, `eager`. A widget without a shadow
// root (script-only) is loaded at once; for those, every chunk the page needs is preloaded in parallel.
// No static import of widget code: the loader is all a page runs before the reader reaches for a widget.
// DEFINE: each widget's define module of src/registry.json, fetched only when needed.
import {DEFINE} from 'summit-widgets:define-modules';

const loadHydrateSupport = () => import('./hydrate.js');

/**
 * The files each widget needs, written into the CDN build by rollup.config.mjs (from the bundle's import
 * graph): `c` code files (relative to this one, `.js` left off), `w[tag]` the widget's code (indexes into `c`),
 * `l` the names of the language chunks (the same in every language), `n[tag]` the widget's (indexes into `l`),
 * `g` the languages, `h` the language chunks' hash (one for the build): a language's chunk is
 * chunks/<lang>/<lang>-<name>-<hash>.js. Empty from src/ and in the npm build, where a bundler decides.
 */
interface Manifest {
  c: string[];
  w: Record<string, number[]>;
  l: string[];
  n: Record<string, number[]>;
  g: string[];
  h: string;
}
const MANIFEST = JSON.parse('{"c":[],"w":{},"l":[],"n":{},"g":[],"h":""}') as Manifest;

/** `Symbol.for('summit-widgets.loader')`: src/internal/hydration.ts leaves `defer-hydration` to the loader. */
const CLAIM = Symbol.for('summit-widgets.loader');
const INTERACTIONS = ['pointerdown', 'pointerover', 'touchstart', 'focusin', 'keydown', 'click'];
/** A click whose default action the browser already took (a link followed, a details toggled, a box checked): not replayed. */
const NATIVE = 'a[href],summary,label,input,select,textarea';

type Widget = HTMLElement & {updateComplete?: Promise<unknown>; hasUpdated?: boolean};
const SELECTOR = Object.keys(DEFINE).join(',');
/** Widgets waiting for their code, with the clicks and key presses made on them meanwhile. */
const pending = new WeakMap<Widget, [Event, EventTarget][]>();
const started = new WeakMap<Widget, Promise<void>>();
const preloaded = new Set<string>();
let support: Promise<unknown> | undefined;

/** The language chunks of `el` (its `lang`, an ancestor's, `<html lang>`, else English): their files. */
function languageFiles(el: Element): string[] {
  let lang = el.closest('[lang]')?.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!MANIFEST.g.includes(lang)) lang = 'en';
  return (MANIFEST.n[el.localName] ?? []).map((i) => `chunks/${lang}/${lang}-${MANIFEST.l[i]}-${MANIFEST.h}`);
}

/** In the browser's next idle period (Safari has no requestIdleCallback: a task `orAfter` ms later). */
const idle = (callback: (deadline?: IdleDeadline) => void, orAfter = 200) =>
  'requestIdleCallback' in window ? requestIdleCallback(callback) : setTimeout(callback, orAfter);

/** Files waiting for their modulepreload link (a widget near the viewport): added in idle time. */
const queued: string[] = [];

/** One modulepreload link: the file is fetched (and compiled), not run. */
function addLink(file: string): void {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(file + '.js', import.meta.url).href;
  document.head.append(link);
}

/**
 * The queued links, a few per idle period: each request costs the main thread a few milliseconds on a
 * slow phone, and a widget's dozen or more in one task would be a long task while the reader scrolls.
 */
function addQueued(deadline?: IdleDeadline): void {
  for (let first = true; queued.length && (first || (deadline?.timeRemaining() ?? 0) > 5); first = false) addLink(queued.shift()!);
  if (queued.length) idle(addQueued, 0);
}

/** Fetches a widget's code and its language's chunks in parallel, not run: at once (`now`, it is about to run) or when idle. */
function preload(el: Element, now = false): void {
  const was = queued.length;
  for (const file of [...(MANIFEST.w[el.localName] ?? []).map((index) => MANIFEST.c[index]), ...languageFiles(el)]) {
    if (preloaded.has(file)) continue;
    preloaded.add(file);
    queued.push(file);
  }
  if (now) queued.splice(0).forEach(addLink);
  else if (queued.length && !was) idle(addQueued, 0);
}

/** Loads `el`'s code (Lit's hydrate support first), lets it hydrate, then replays what the reader did meanwhile. */
function hydrate(el: Widget): Promise<void> {
  let done = started.get(el);
  if (!done) {
    preload(el, true);
    done = (support ??= loadHydrateSupport())
      .then(() => DEFINE[el.localName]())
      .then(async () => {
        el.removeAttribute('defer-hydration');
        await el.updateComplete;
        const events = pending.get(el) ?? [];
        pending.delete(el);
        replay(el, events);
      })
      .catch((error: unknown) => console.warn(`summit-widgets: <${el.localName}> could not be loaded: ${String(error)}`));
    started.set(el, done);
  }
  return done;
}

/**
 * The recorded events again, on the same (kept) nodes and in order; focus first told to the widget. Each is
 * made anew from itself (an event is its own init dictionary: keys, buttons, coordinates, bubbles, composed).
 */
function replay(el: Widget, events: [Event, EventTarget][]): void {
  el.shadowRoot?.activeElement?.dispatchEvent(new FocusEvent('focusin', {bubbles: true, composed: true}));
  for (const [event, node] of events) {
    const target = node as Element;
    if (target.isConnected && (event.type === 'keydown' || !target.closest(NATIVE))) {
      target.dispatchEvent(new (event.constructor as typeof Event)(event.type, event));
    }
  }
}

/** Every interaction anywhere, seen first (capture): the widget it reached hydrates; a click or key press is kept. */
function onInteraction(event: Event): void {
  const path = event.composedPath();
  const el = path.find((node) => pending.has(node as Widget)) as Widget | undefined;
  if (!el || el.hasUpdated) return;
  // The target now: composedPath() is empty once the event has been dispatched.
  if (event.type === 'click' || event.type === 'keydown') pending.get(el)!.push([event, path[0]]);
  void hydrate(el);
}

const near = new IntersectionObserver(
  (entries) => {
    for (const {isIntersecting, target} of entries) {
      if (!isIntersecting) continue;
      near.unobserve(target);
      if (target.getAttribute('hydrate') === 'visible') void hydrate(target as Widget);
      else preload(target);
    }
  },
  {rootMargin: '50% 0px'}
);

/** Takes charge of one widget, as its `hydrate` attribute says. */
function manage(el: Widget): void {
  // Already waiting for an interaction, or loading or loaded: taken charge of once.
  if (pending.has(el) || started.has(el)) return;
  if (!el.shadowRoot || !el.hasAttribute('defer-hydration')) {
    // Script-only (or already live): nothing to wait for.
    void hydrate(el);
    return;
  }
  pending.set(el, []);
  const when = el.getAttribute('hydrate');
  if (when === 'eager') void hydrate(el);
  else if (when === 'idle') idle(() => void hydrate(el));
  else near.observe(el);
}

function scan(root: ParentNode): void {
  if (root instanceof HTMLElement && root.matches(SELECTOR)) manage(root);
  root.querySelectorAll(SELECTOR).forEach((el) => manage(el as Widget));
}

const page = globalThis as Record<symbol, unknown>;
if (!page[CLAIM]) {
  page[CLAIM] = true;
  for (const type of INTERACTIONS) document.addEventListener(type, onInteraction, {capture: true, passive: true});
  scan(document);
  // Widgets added later: only added elements are looked at.
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document, {childList: true, subtree: true});
}
