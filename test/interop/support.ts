// Shared by the interop tests: the pages under /.interop/ are made by scripts/interop-setup.mjs (run by
// `npm test` after the build) from test/interop/apps/, each in a temporary project with the packed
// tarball installed. A test opens one in an iframe, where the page's probe (probe.js) has recorded
// errors, warnings and customElements.define() calls since its first script.
import {expect} from '@open-wc/testing';
import {until} from '../kit/console.js';

export interface Report {
  tarball: {filename: string; size: number; unpackedSize: number; files: string[]};
  projects: Record<string, {deps: string[]}>;
  bundles: Record<string, {errors: string[]; packageFiles?: string[]; litFiles?: number}>;
  types: Record<string, {status: number; errors: string[]; outside: string[]; packageFiles: number}>;
  sites: Record<string, {status: number; output: string}>;
  timings: Record<string, number>;
}

interface Probe {
  errors: string[];
  warnings: string[];
  defines: string[];
}

export type PageWindow = Window & typeof globalThis & {interop: Probe; app?: Record<string, unknown>};

export const TAGS = ['summit-timeline', 'country-agreements', 'initiative-pillars', 'summit-map', 'key-figures', 'agreements-matrix'] as const;

/** The setup script's report, or a failure saying how to make it. */
export async function report(): Promise<Report> {
  const response = await fetch('/.interop/report.json', {cache: 'no-store'});
  if (!response.ok) {
    throw new Error('/.interop/report.json is missing: run `node scripts/interop-setup.mjs` after the build (npm test does)');
  }
  return response.json();
}

export interface Page {
  win: PageWindow;
  doc: Document;
  probe: Probe;
  remove(): void;
}

/** Opens `/.interop/<project>/<page>` in an iframe and waits for its widgets to render. */
export async function openPage(project: string, file = 'index.html'): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  frame.src = `/.interop/${project}/${file}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  expect(win.interop, 'the page ran its probe').to.exist;
  const page = {win, doc, probe: win.interop, remove: () => frame.remove()};
  try {
    await until(() => TAGS.every((tag) => rendered(doc.querySelector(tag))), `the rendered widgets on ${project}`, 10000);
  } catch (error) {
    throw new Error(`${(error as Error).message}; page errors: ${JSON.stringify(win.interop.errors)}`);
  }
  return page;
}

/** Has the widget an upgraded class and rendered its content (not loading, not an error box)? */
function rendered(el: Element | null): boolean {
  const root = el?.shadowRoot;
  return Boolean(root?.querySelector('.sw') && !root.querySelector('.loading') && root.textContent!.trim().length > 20);
}

/** A widget's shadow root (the widget must be on the page). */
export function shadow(doc: Document, tag: string): ShadowRoot {
  const root = doc.querySelector(tag)?.shadowRoot;
  expect(root, `<${tag}> has a shadow root`).to.exist;
  return root!;
}

/** A widget's visible text, whitespace collapsed. */
export const textOf = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();

/** The page's own log of the widgets' events (`#log`: one `<li>` per event the page's code received). */
export const logOf = (doc: Document) => [...doc.querySelectorAll('#log li')].map((li) => li.textContent!.trim());

/** Waits until the page's log holds exactly `lines` (its code got each event, once). */
export async function expectLog(doc: Document, lines: string[]): Promise<void> {
  try {
    await until(() => logOf(doc).length >= lines.length, `${lines.length} line(s) in the page's event log`, 3000);
  } catch {
    // The assertion below says what the log holds.
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // a duplicate would arrive by now
  expect(logOf(doc)).to.deep.equal(lines);
}

/** Clicks a button in a widget's shadow root. */
export function press(doc: Document, tag: string, selector: string): void {
  const button = shadow(doc, tag).querySelector<HTMLElement>(selector);
  expect(button, `<${tag}> ${selector}`).to.exist;
  button!.click();
}

/** Operates each widget once and checks that the page's code received each event once. */
export async function operateEveryWidget(doc: Document): Promise<void> {
  press(doc, 'summit-timeline', '#b-koizumi-visit-2006');
  await expectLog(doc, ['summit-timeline-select {"id":"koizumi-visit-2006"}']);
  press(doc, 'country-agreements', '[role="tab"][data-country="UZ"]');
  await expectLog(doc, ['summit-timeline-select {"id":"koizumi-visit-2006"}', 'country-agreements-change {"country":"UZ"}']);
  press(doc, 'initiative-pillars', '.pillar[data-pillar="connectivity"] button');
  await expectLog(doc, [
    'summit-timeline-select {"id":"koizumi-visit-2006"}',
    'country-agreements-change {"country":"UZ"}',
    'initiative-pillars-toggle {"pillar":"connectivity","open":true}',
  ]);
}

/** No error and no warning on the page since its first script. */
export function expectQuietPage(page: Page): void {
  expect(page.probe.errors, 'errors on the page').to.deep.equal([]);
  expect(page.probe.warnings, 'console warnings on the page').to.deep.equal([]);
}
