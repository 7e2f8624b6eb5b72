import type {DatasetState} from '../dataset/outcome.js';

/**
 * What the server renderer (`summit-widgets/ssr`) knows about the element it is rendering and the
 * element cannot see for itself: Lit SSR builds each element with no parent, no document and no
 * network. Set around the synchronous render of one element; undefined in the browser.
 */
export interface ServerContext {
  /** The nearest `lang` among the element's ancestors in the HTML, or `<html lang>`. */
  inheritedLang?: string;
  /** The level of the nearest heading before the element in the HTML, if any. */
  precedingHeadingLevel?: number;
  /** The datasets of the `src` values on the page, already fetched and validated, by `src`. */
  datasets: ReadonlyMap<string, DatasetState>;
  /** Where the element's warnings go (stderr by default). */
  warn: (message: string) => void;
}

let current: ServerContext | undefined;

/** The context of the element being rendered on the server, if any. */
export const serverContext = (): ServerContext | undefined => current;

/** Runs `render` (synchronous) with `context` as the server context. */
export function withServerContext<T>(context: ServerContext, render: () => T): T {
  current = context;
  try {
    return render();
  } finally {
    current = undefined;
  }
}
