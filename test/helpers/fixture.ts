// One fixture for every widget test, run both ways (as Web Awesome's fixture does):
// - 'client': the markup is put in the page and the widgets render in the browser;
// - 'server': the markup is pre-rendered by the package's Node renderer (declarative shadow DOM),
//   put in the page, and the widgets hydrate it.
// Tests describe markup as HTML text, because that is what both ways can render.
import {fixtureCleanup} from '@open-wc/testing';

export type RenderMode = 'client' | 'server';
export const RENDER_MODES: readonly RenderMode[] = ['client'];

/** An element's markup with the given attributes (undefined or null leaves one out), values escaped. */
export function markup(tag: string, attributes: Record<string, string | number | boolean | null | undefined> = {}, content = ''): string {
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
}

const containers = new Set<HTMLElement>();

/**
 * Puts `html` in a fresh wrapper in the page, rendered the given way, and resolves with the
 * first summit widget inside once every widget in it has finished its first update.
 */
export async function renderFixture<T extends HTMLElement>(html: string, {mode, width}: FixtureOptions): Promise<T> {
  const wrapper = document.createElement('div');
  if (width) wrapper.style.width = width;
  document.body.append(wrapper);
  containers.add(wrapper);
  if (mode === 'server') throw new Error('server-rendered fixtures are not available yet');
  wrapper.innerHTML = html;
  const widgets = [...wrapper.querySelectorAll<HTMLElement & {updateComplete?: Promise<unknown>}>('*')].filter(
    (element) => element.localName.includes('-') && 'updateComplete' in element
  );
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  return widgets[0] as unknown as T;
}

/** Runs `body` once per render mode, inside a `describe` named after it. */
export function describeModes(title: string, body: (mode: RenderMode) => void): void {
  for (const mode of RENDER_MODES) {
    describe(`${title} [${mode}-rendered]`, () => {
      afterEach(() => {
        for (const container of containers) container.remove();
        containers.clear();
        fixtureCleanup();
      });
      body(mode);
    });
  }
}
