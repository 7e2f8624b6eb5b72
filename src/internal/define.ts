import {nextTask} from './next-task.js';
import {VERSION} from './version.js';

/** Classes registered by this library carry the version that registered them. */
export interface VersionedElement extends CustomElementConstructor {
  readonly summitWidgetsVersion?: string;
}

/** Registrations waiting for the first paint, in the order they were asked for. */
const waiting: (() => void)[] = [];

/**
 * Resolves once the browser has painted: a frame's `requestAnimationFrame` callbacks run just before it
 * paints, the task they queue runs after. A hidden page paints nothing (and runs no frame callbacks):
 * there is nothing to wait for.
 */
function afterPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const hidden = new AbortController();
    const done = () => {
      hidden.abort();
      resolve();
    };
    requestAnimationFrame(() => void nextTask().then(done));
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && done(), {signal: hidden.signal});
  });
}

/** Has the page server-rendered instances of `tag` (a declarative shadow root the class has not seen yet)? */
const prerendered = (tag: string) =>
  typeof document !== 'undefined' && [...document.getElementsByTagName(tag)].some((el) => el.shadowRoot);

/**
 * Registers `tag` unless it is already registered: a page may load two embeds,
 * or two versions, of this library. The same version again is silent; another
 * version (or another library) gets one console warning and keeps its definition.
 *
 * When the page already shows server-rendered instances, registration (and with it the upgrade and
 * hydration of every instance) waits until the browser has painted them: the reader sees the content
 * as soon as the same HTML without a script would show it, and a script in the page's head does not
 * hold that first paint back. Later registrations queue behind, so the order stays the page's order.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  if (waiting.length === 0 && !prerendered(tag)) {
    register(tag, ctor);
    return;
  }
  waiting.push(() => register(tag, ctor));
  if (waiting.length === 1) {
    void afterPaint().then(() => waiting.splice(0).forEach((registration) => registration()));
  }
}

function register(tag: string, ctor: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  const version = existing.summitWidgetsVersion;
  if (existing === ctor || version === VERSION) return;
  console.warn(
    `summit-widgets: <${tag}> is already registered by ${
      version ? `summit-widgets ${version}` : 'another script'
    }; keeping that registration, not ${VERSION}.`
  );
}
