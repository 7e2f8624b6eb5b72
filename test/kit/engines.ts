// Which engine runs the tests (the runner's ENGINES: chromium, firefox, webkit), and the one place that
// says what only one engine can check here, and why. Such a check is skipped elsewhere: counted as
// skipped, its reason in the browser log, never silently.

export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;
export const ENGINE: Engine = ua.includes('Firefox/') ? 'firefox' : ua.includes('Chrome/') ? 'chromium' : 'webkit';

/** Checks that mean something in Chromium alone on this machine, with the reason. */
export const CHROMIUM_ONLY = {
  heap:
    "the heap after a full garbage collection comes from Chromium's DevTools protocol (HeapProfiler.collectGarbage); " +
    "Firefox's WebDriver BiDi and WebKit's WebDriver have no heap measure",
} as const;

/** Skips the running test outside Chromium, saying why (CHROMIUM_ONLY). */
export function onlyInChromium(test: Mocha.Context, what: keyof typeof CHROMIUM_ONLY): void {
  if (ENGINE === 'chromium') return;
  // console.log: the runner's browser log leaves console.info out.
  console.log(`"${test.test?.title}" skipped in ${ENGINE}: ${CHROMIUM_ONLY[what]}`);
  test.skip();
}

/**
 * An element's generated content (`content` of `pseudo`), with each `attr(name)` as painted: Chromium
 * substitutes attr() in the computed value, Firefox keeps `attr(href)` there (and paints the attribute).
 */
export function generatedContent(element: Element, pseudo: '::before' | '::after'): string {
  return getComputedStyle(element, pseudo).content.replace(/attr\(\s*([\w-]+)\s*\)/g, (_, name: string) =>
    JSON.stringify(element.getAttribute(name) ?? '')
  );
}

/**
 * An SVG element's fill box in the page (its getBBox() through its screen matrix): what Chromium's
 * getBoundingClientRect() gives for SVG text; Firefox's includes the stroke (a label's halo).
 */
export function svgFillBox(element: SVGGraphicsElement): DOMRect {
  const box = element.getBBox();
  const matrix = element.getScreenCTM()!;
  const corners = [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x, box.y + box.height],
    [box.x + box.width, box.y + box.height],
  ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return DOMRect.fromRect({x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys)});
}

/**
 * A time limit for a long loop, set for Chromium, in this engine: Firefox runs the widgets'
 * create/attach/detach cycles 4-7 times slower here (the lifecycle test: 444 s on a busy 2-core machine).
 * The fuzz suite's request and settle limits too: its page grows to 1.3 GB in Firefox (60 MB after GC in
 * Chromium), whose main thread then stalls up to ~4 s at a time on a busy machine (blob fetches wait as long).
 */
export const timeLimit = (chromiumMs: number): number => chromiumMs * (ENGINE === 'firefox' ? 5 : 1);
