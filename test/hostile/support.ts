// Shared by the hostile-page suite: the widgets and their attributes, waiting for a
// widget to settle, what it shows, and a watch on everything that must never reach the page.
import '../../src/define/all.js';
import {until} from '../kit/console.js';
import {timeLimit} from '../kit/engines.js';
import {harness} from '../kit/harness.js';

export type Widget = HTMLElement & {updateComplete: Promise<boolean>; isUpdatePending: boolean; data?: unknown};

export interface WidgetSpec {
  tag: 'summit-timeline' | 'country-agreements' | 'initiative-pillars' | 'summit-map' | 'key-figures' | 'agreements-matrix';
  /** Every attribute the widget takes, with values that are valid for it. */
  attributes: Record<string, readonly string[]>;
}

const COMMON = {
  lang: ['en', 'ja', 'ru', 'ja-JP', 'RU'],
  theme: ['light', 'dark', 'auto'],
  'heading-level': ['2', '3', '4', '5', '6'],
  src: ['/test/fixtures/small-dataset.json', '/data/ca-jad-2025.json', '/faults/ok'],
} as const;

export const WIDGETS: readonly WidgetSpec[] = [
  {
    tag: 'summit-timeline',
    attributes: {
      ...COMMON,
      from: ['2004', '2015-10', '2017-05-11'],
      to: ['2025', '2019-12', '2024-06-30'],
      kinds: ['summit', 'ministerial,visit', 'senior-officials, other', 'SUMMIT'],
      highlight: ['tokyo-summit-2025', 'fmm-1-astana-2004'],
      layout: ['auto', 'horizontal', 'vertical'],
    },
  },
  {
    tag: 'country-agreements',
    attributes: {...COMMON, country: ['KZ', 'kgz', 'TJ', 'tkm', 'Uz']},
  },
  {
    tag: 'initiative-pillars',
    attributes: {...COMMON, pillar: ['green-resilience', 'connectivity', 'human-resources'], layout: ['auto', 'columns', 'list']},
  },
  {
    tag: 'summit-map',
    attributes: {...COMMON, highlight: ['KZ', 'jpn', 'astana', 'tokyo'], show: ['capitals', 'venues,neighbours', 'capitals, venues, neighbours']},
  },
  {
    tag: 'key-figures',
    attributes: {
      ...COMMON,
      figures: ['summit-documents', 'business-target, summit-presidents', 'years-to-first-summit,foreign-ministers-meetings', 'SUMMIT-PRESIDENTS'],
    },
  },
  {
    tag: 'agreements-matrix',
    // Every `countries` value has Kazakhstan, so any valid `highlight` is among the columns.
    attributes: {...COMMON, countries: ['KZ,KG,UZ', 'uzb, kaz', 'kaz, tjk, KGZ, tkm, UZB'], highlight: ['KZ', 'kaz'], fields: ['energy', 'health,transport', 'POLITICAL, energy']},
  },
];

export const isLoading = (el: Element): boolean => el.shadowRoot!.querySelector('.loading') !== null;

/** What the widget shows: its content, the error box, the loading line, or nothing at all (a bug). */
export function stateOf(el: Element): 'content' | 'error' | 'loading' | 'blank' {
  if (!el.shadowRoot?.querySelector('.sw')) return 'blank';
  const h = harness(el);
  if (h.errorBox) return 'error';
  if (isLoading(el)) return 'loading';
  const heading = h.$('h2, h3, h4, h5, h6');
  return heading?.textContent?.trim() && h.text.length > 40 ? 'content' : 'blank';
}

/** Waits until the widget has rendered and is no longer loading (a `src` request settled). */
export async function settle(el: Widget, timeout = timeLimit(5000)): Promise<void> {
  await el.updateComplete;
  await until(() => !el.isUpdatePending && !isLoading(el), `<${el.localName}> to settle`, timeout);
  await el.updateComplete;
}

/** A widget inside `container`, with the given attributes, rendered. */
export async function mount(
  tag: string,
  container: HTMLElement,
  attributes: Record<string, string> = {}
): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  await settle(el);
  return el;
}

export interface Watch {
  /** Errors and unhandled rejections that reached the page. */
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
  stop(): void;
}

/**
 * Records what reaches the page's `error` / `unhandledrejection` listeners, and console
 * warnings and errors (kept out of the runner's log: a fuzz run makes thousands).
 */
export function watchPage(): Watch {
  const watch: Watch = {errors: [], warnings: [], consoleErrors: [], stop};
  const onError = (event: ErrorEvent) => watch.errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => watch.errors.push(`unhandled rejection: ${String(event.reason)}`);
  const {warn, error} = console;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.warn = (...args: unknown[]) => watch.warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => watch.consoleErrors.push(args.map(String).join(' '));
  function stop() {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
    console.error = error;
  }
  return watch;
}

/** A render that failed (caught by the base class): never expected, whatever the input. */
export const renderFailures = (watch: Watch): string[] => watch.warnings.filter((w) => w.includes('could not render'));

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

declare global {
  interface Window {
    /** The canary: set by a payload if it ever runs. */
    __xss?: unknown;
  }
}

/** Script and HTML payloads: each sets the canary `window.__xss` if it ever runs. */
export const PAYLOADS = [
  '<script>window.__xss="script"</script>',
  '<img src=x onerror="window.__xss=\'img\'">',
  '"><svg onload="window.__xss=\'svg\'">',
  "'><iframe src=\"javascript:window.__xss='iframe'\"></iframe>",
  '<a href="javascript:window.__xss=\'a\'">x</a>',
  'javascript:window.__xss="url"',
  'data:text/html,<script>window.__xss="data"</script>',
  '{{constructor.constructor("window.__xss=\'tpl\'")()}}',
  '${window.__xss="tpl"}',
  '<!--',
  '<style>*{display:none}</style>',
];
