// Pre-rendered widgets on a page under `Content-Security-Policy: default-src 'self'`: with
// `--stylesheet` (every shadow root links the widgets' stylesheet) they are styled before any
// script runs and there is no violation; without it the inline <style>s are blocked, and the
// hydrated widgets adopt their styles (constructable stylesheets are allowed).
import {expect} from '@open-wc/testing';
import {until} from '../kit/console.js';

type ProbedWindow = Window & typeof globalThis & {cspViolations: {directive: string}[]};
const TAGS = 'summit-timeline, country-agreements, initiative-pillars, key-figures';

async function open(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Whether every widget on the page is drawn with its own styles (the frame's padding and the base font rule). */
const styled = (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>(TAGS)].map((el) => {
    const frame = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    const style = getComputedStyle(frame);
    return `${el.localName}: ${style.paddingTop !== '0px' && style.borderTopLeftRadius !== '0px' ? 'styled' : 'unstyled'}`;
  });

describe("pre-rendered under default-src 'self'", function () {
  this.timeout(30000);

  it('--stylesheet: styled before any script, zero violations', async () => {
    const path = '/ssr-pages/csp.html?csp=1&stylesheet=/ssr-pages/summit-widgets.css';
    const response = await fetch(path);
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'");
    const html = await response.text();
    expect(html).to.contain('<link rel="stylesheet" href="/ssr-pages/summit-widgets.css">').and.not.contain('<style>');
    const frame = await open(path);
    try {
      const doc = frame.contentDocument!;
      // This page loads no widget script: what shows is the server's HTML alone.
      expect([...doc.querySelectorAll(TAGS)].every((el) => !customElements.get(el.localName) || el.shadowRoot)).to.be.true;
      await until(() => styled(doc).every((line) => line.endsWith(': styled')), 'the linked stylesheet to apply');
      expect((frame.contentWindow as ProbedWindow).cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('--stylesheet, then the widgets hydrate: still styled, interactive, zero violations', async () => {
    const frame = await open('/ssr-pages/csp-hydrated.html?csp=1&stylesheet=/ssr-pages/summit-widgets.css');
    try {
      const win = frame.contentWindow as ProbedWindow;
      const doc = frame.contentDocument!;
      const pillars = doc.querySelector('initiative-pillars') as HTMLElement & {updateComplete: Promise<unknown>};
      await until(() => win.customElements.get('initiative-pillars') !== undefined, 'the widgets to register');
      await pillars.updateComplete;
      const before = pillars.shadowRoot!.querySelector('.pillar');
      const toggle = pillars.shadowRoot!.querySelector<HTMLButtonElement>('.pillar-toggle')!;
      const wasOpen = toggle.getAttribute('aria-expanded');
      toggle.click();
      await pillars.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.not.equal(wasOpen);
      expect(pillars.shadowRoot!.querySelector('.pillar')).to.equal(before);
      expect(styled(doc).every((line) => line.endsWith(': styled')), styled(doc).join('; ')).to.be.true;
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('inline styles blocked by the policy: hydration adopts the styles', async () => {
    const frame = await open('/ssr-pages/csp-hydrated.html?csp=1');
    try {
      const win = frame.contentWindow as ProbedWindow;
      const doc = frame.contentDocument!;
      await until(() => win.cspViolations.length > 0, 'the blocked inline styles to be reported');
      expect(win.cspViolations.every((violation) => violation.directive.startsWith('style-src'))).to.be.true;
      await until(() => styled(doc).every((line) => line.endsWith(': styled')), 'the hydrated widgets to adopt their styles');
    } finally {
      frame.remove();
    }
  });
});
