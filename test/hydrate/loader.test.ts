// Hydration on demand (src/loader.ts): a pre-rendered article whose widgets are below the fold runs no widget
// code until the reader reaches for a widget; the first click or key press on one takes effect once it has
// hydrated (replayed on the kept nodes, its event fired once); `hydrate="eager"` and `"idle"` do not wait; a
// script-only page renders through the loader; under `default-src 'self'` it all works too.
import {expect} from '@open-wc/testing';
import {until} from '../kit/console.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>; hasUpdated?: boolean};
type PageWindow = Window & typeof globalThis & {cspViolations?: {directive: string}[]};

async function open(path: string): Promise<{frame: HTMLIFrameElement; win: PageWindow; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  win.console.warn = (...args: unknown[]) => console.warn('[page]', ...args);
  win.console.error = (...args: unknown[]) => console.warn('[page error]', ...args);
  win.addEventListener('error', (e) => console.warn('[page uncaught]', e.message));
  win.addEventListener('unhandledrejection', (e) => console.warn('[page rejection]', String(e.reason)));
  return {frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument!};
}

/** The widget modules the page has fetched (the dev server serves src/ as it is). */
const widgetFetches = (win: PageWindow) =>
  win.performance.getEntriesByType('resource').filter((entry) => /\/src\/(define\/)?(summit-timeline|country-agreements|summit-map)[./]/.test(entry.name)).length;

const serverNodes = (el: Element) => [...el.shadowRoot!.querySelectorAll('*')];
const lost = (nodes: Element[]) => nodes.filter((node) => !node.isConnected).length;
const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true, detail: 1}));

describe('the loader: hydration on demand', function () {
  this.timeout(60000);
  let page: Awaited<ReturnType<typeof open>>;
  afterEach(() => page?.frame.remove());

  it('runs no widget code below the fold; the first click on a country tab takes effect after hydration, nodes kept', async () => {
    page = await open('/ssr-pages/deferred.html');
    const {win, doc} = page;
    const agreements = doc.querySelector('country-agreements') as Widget;
    // The eager widget hydrates at once: once it has, the loader has surely looked at the page.
    await until(() => win.customElements.get('key-figures') !== undefined, 'the eager widget to load');
    expect(agreements.hasAttribute('defer-hydration'), 'the server defers hydration').to.be.true;
    expect(win.customElements.get('country-agreements'), 'no widget code ran for the deferred one').to.be.undefined;
    expect(widgetFetches(win), 'nothing of the deferred widgets fetched').to.equal(0);

    agreements.scrollIntoView();
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    expect(win.customElements.get('country-agreements'), 'near the viewport: still nothing runs').to.be.undefined;

    const nodes = serverNodes(agreements);
    const tabs = [...agreements.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tab"]')];
    const target = tabs.find((tab) => tab.getAttribute('aria-selected') !== 'true')!;
    const targetText = target.textContent!.trim();
    let changes = 0;
    doc.addEventListener('country-agreements-change', () => changes++);
    click(target);
    await until(() => win.customElements.get('country-agreements') !== undefined, 'the widget to load on the click');
    await until(() => !agreements.hasAttribute('defer-hydration'), 'the loader to let it hydrate');
    await agreements.updateComplete;
    await until(() => target.getAttribute('aria-selected') === 'true', 'the clicked tab to be selected (replayed)');
    expect(lost(nodes), 'server nodes replaced').to.equal(0);
    expect(changes, 'the change event fired once').to.equal(1);
    expect(agreements.shadowRoot!.querySelector('[part~="tab"][aria-selected="true"]')!.textContent!.trim()).to.equal(targetText);
  });

  it('a timeline event and a map place: the first click selects it after hydration, the select event once', async () => {
    page = await open('/ssr-pages/deferred.html');
    const {win, doc} = page;
    for (const [tag, selector, eventName] of [
      ['summit-timeline', '[part~="event-button"]', 'summit-timeline-select'],
      ['summit-map', '[data-roving^="country:"]', 'summit-map-select'],
    ] as const) {
      const el = doc.querySelector(tag) as Widget;
      expect(win.customElements.get(tag), `${tag}: not loaded before the click`).to.be.undefined;
      const nodes = serverNodes(el);
      const candidates = [...el.shadowRoot!.querySelectorAll<Element>(selector)];
      const target = candidates[1] ?? candidates[0];
      let fired = 0;
      doc.addEventListener(eventName, () => fired++);
      click(target);
      await until(() => fired > 0, `${tag}: the replayed click to select`);
      await el.updateComplete;
      expect(fired, `${tag}: select fired once`).to.equal(1);
      expect(target.isConnected, `${tag}: the clicked node kept`).to.be.true;
      expect(nodes[0].isConnected, `${tag}: the frame kept`).to.be.true;
    }
  });

  it('a key press before hydration is replayed: an arrow key moves focus to the next tab', async () => {
    page = await open('/ssr-pages/deferred.html');
    const {win, doc} = page;
    const agreements = doc.querySelector('country-agreements') as Widget;
    const tabs = [...agreements.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tab"]')];
    const first = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true')!;
    const next = tabs[tabs.indexOf(first) + 1];
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', code: 'ArrowRight', bubbles: true, composed: true, cancelable: true}));
    expect(win.customElements.get('country-agreements'), 'the key came before the code').to.be.undefined;
    await until(() => next.getAttribute('aria-selected') === 'true', 'the next tab to be selected (replayed)');
    expect(tabs.every((tab) => tab.isConnected), 'the tabs kept').to.be.true;
    await until(() => agreements.shadowRoot!.activeElement === next, 'focus to move to the next tab (replayed)');
    expect(agreements.shadowRoot!.activeElement?.textContent).to.equal(next.textContent);
  });

  it('hydrate="eager" hydrates at once and hydrate="idle" when the browser is idle, both without an interaction', async () => {
    page = await open('/ssr-pages/deferred.html');
    const {doc} = page;
    for (const tag of ['key-figures', 'initiative-pillars']) {
      const el = doc.querySelector(tag) as Widget;
      const nodes = serverNodes(el);
      await until(() => !el.hasAttribute('defer-hydration') && el.hasUpdated === true, `<${tag}> to hydrate`);
      expect(lost(nodes), `${tag}: server nodes replaced`).to.equal(0);
    }
    expect(doc.querySelector('country-agreements')!.hasAttribute('defer-hydration'), 'the default waits').to.be.true;
  });

  it('a script-only page renders through the loader', async () => {
    page = await open('/test/ssr/pages/script-only.html');
    const el = page.doc.querySelector('summit-timeline') as Widget;
    await until(() => !!el.shadowRoot?.querySelector('[part~="event-button"]'), 'the timeline to render');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('ja');
  });

  it("under default-src 'self' a deferred widget hydrates on a click and adopts its styles", async () => {
    page = await open('/ssr-pages/deferred.html?csp=1');
    const {win, doc} = page;
    const timeline = doc.querySelector('summit-timeline') as Widget;
    const nodes = serverNodes(timeline);
    let fired = 0;
    doc.addEventListener('summit-timeline-select', () => fired++);
    click(timeline.shadowRoot!.querySelector('[part~="event-button"]')!);
    await until(() => fired > 0, 'the replayed click');
    expect(nodes[0].isConnected, 'the frame kept').to.be.true;
    const base = timeline.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    await until(() => getComputedStyle(base).paddingTop !== '0px', 'the adopted styles');
    expect((win.cspViolations ?? []).every((violation) => violation.directive.startsWith('style-src')), 'only the inline styles blocked').to.be.true;
  });
});
