// One fixture for every widget test, run both ways (as Web Awesome's fixture does):
// - 'client': the markup is put in the page and the widgets render in the browser;
// - 'server': the markup is pre-rendered by the package's Node renderer (src/ssr/, through the
//   test runner's `ssr-render` command) into declarative shadow DOM, put in the page, and the
//   widgets hydrate it. The fixture checks hydration kept the server's nodes.
// Markup is HTML text, because that is what both ways can render; properties (`data`, ...) are set
// on the widgets by the `properties` option in both modes.
// `MODE=client` or `MODE=server` in the runner's environment runs one mode only (Web Awesome's
// CSR_ONLY / SSR_ONLY). Every fixture is removed after each test, wherever it was made.
import {fixtureCleanup} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

export type RenderMode = 'client' | 'server';
const ALL_MODES: readonly RenderMode[] = ['client', 'server'];

/** The render modes this run tests: both, or the one the runner's MODE environment variable names. */
export const RENDER_MODES: readonly RenderMode[] = await (async () => {
  const {mode} = await executeServerCommand<{mode: string}, undefined>('test-mode');
  if (!mode) return ALL_MODES;
  if (!(ALL_MODES as readonly string[]).includes(mode)) throw new Error(`MODE="${mode}": expected client or server`);
  return [mode as RenderMode];
})();

export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** An element's markup with the given attributes (undefined, null or false leaves one out), values escaped. */
export function markup(tag: string, attributes: Attributes = {}, content = ''): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
  return `<${tag}${attrs}>${content}</${tag}>`;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface FixtureOptions {
  mode: RenderMode;
  /** CSS width of the wrapper the markup is put in (default: the page's). */
  width?: string;
  /** Server mode: the stylesheet URL shadow roots link instead of inline styles. */
  stylesheet?: string;
  /** Called with the widgets as soon as they are in the page, before any of them has updated. */
  onConnected?: (widgets: Widget[]) => void;
  /**
   * Properties set on every widget of the markup. Client-rendered: before the first update, as a
   * template's `.data=${...}` would. Server-rendered: the server sees attributes only, so they are set
   * on the hydrated widgets (after the check that hydration kept the server's nodes), as a page's
   * script would on a pre-rendered page; the fixture resolves once that update is done.
   */
  properties?: Record<string, unknown>;
}

export type Widget = HTMLElement & {updateComplete: Promise<unknown>; requestUpdate(): void};

const containers = new Set<HTMLElement>();

/** What the server renderer returns for `html`: the pre-rendered HTML and the warnings it wrote to stderr. */
export async function serverRender(html: string, stylesheet?: string): Promise<{html: string; warnings: string[]}> {
  return executeServerCommand('ssr-render', {html, base: location.href, stylesheet});
}

/**
 * The summit widgets in `root`, in document order: elements whose tag is defined as a Lit element,
 * upgraded or not yet (Firefox does not upgrade what setHTMLUnsafe parses into a detached element
 * until it is connected; Chromium and WebKit do).
 */
export const widgetsIn = (root: ParentNode): Widget[] =>
  [...root.querySelectorAll<HTMLElement>('*')].filter(
    (element): element is Widget =>
      element.localName.includes('-') && 'updateComplete' in (customElements.get(element.localName)?.prototype ?? {})
  );

/**
 * Puts `html` in a fresh wrapper in the page, rendered the given way, and resolves with the first
 * summit widget inside once every widget in it has finished updating. In 'server' mode the
 * server's nodes must still be there after hydration (same elements, nothing re-created).
 */
export async function renderFixture<T extends HTMLElement>(
  html: string,
  {mode, width, stylesheet, onConnected, properties}: FixtureOptions
): Promise<T> {
  const wrapper = document.createElement('div');
  if (width) wrapper.style.width = width;
  containers.add(wrapper);
  const setProperties = (widgets: Widget[]) => {
    for (const widget of widgets) Object.assign(widget, properties);
  };
  if (mode === 'client') {
    document.body.append(wrapper);
    wrapper.innerHTML = html;
    onConnected?.(widgetsIn(wrapper));
    if (properties) setProperties(widgetsIn(wrapper));
  } else {
    const rendered = await serverRender(html, stylesheet);
    // Parsed outside the page first: the widgets are defined, so they would upgrade while being parsed in it.
    const staging = document.createElement('div');
    staging.setHTMLUnsafe(rendered.html);
    const serverNodes = widgetsIn(staging).map((widget) => {
      if (!widget.shadowRoot) throw new Error(`<${widget.localName}> was not pre-rendered`);
      return [widget, [...widget.shadowRoot.querySelectorAll('*')]] as const;
    });
    wrapper.append(...staging.childNodes);
    document.body.append(wrapper);
    const connected = widgetsIn(wrapper);
    // Every widget in the page is one whose server nodes are checked below: the check never checks nothing.
    if (connected.length !== serverNodes.length || connected.some((widget, i) => widget !== serverNodes[i][0])) {
      throw new Error(`${connected.length} widgets in the page, ${serverNodes.length} seen as parsed: the server-nodes check would miss some`);
    }
    onConnected?.(connected);
    await Promise.all(serverNodes.map(([widget]) => widget.updateComplete));
    for (const [widget, nodes] of serverNodes) {
      const lost = nodes.filter((node) => !node.isConnected);
      if (lost.length) {
        throw new Error(`hydrating <${widget.localName}> replaced ${lost.length} server-rendered nodes`);
      }
    }
    if (properties) setProperties(widgetsIn(wrapper));
  }
  const widgets = widgetsIn(wrapper);
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  return widgets[0] as unknown as T;
}

/** `<tag>` with `attributes` (and `properties`), rendered `mode`'s way: the one-widget form of renderFixture. */
export const widgetFixture = <T extends HTMLElement>(
  tag: string,
  mode: RenderMode,
  attributes: Attributes = {},
  options: Omit<FixtureOptions, 'mode'> = {}
): Promise<T> => renderFixture<T>(markup(tag, attributes), {...options, mode});

/** Runs `body` once per render mode of this run, inside a `describe` named after it. */
export function describeModes(title: string, body: (mode: RenderMode) => void): void {
  for (const mode of RENDER_MODES) describe(`${title} [${mode}-rendered]`, () => body(mode));
}

/** Removes every fixture of the test that just ran (this kit's and @open-wc's): registered once, for every file. */
export function cleanupFixtures(): void {
  for (const container of containers) container.remove();
  containers.clear();
  fixtureCleanup();
}
afterEach(cleanupFixtures);
