// A pre-rendered page that loads the widgets' define modules alone (no summit-widgets/hydrate.js, no loader):
// the widgets are defined as the module runs, leave `defer-hydration` behind, and render anew (Lit's hydrate
// support did not run before Lit), with one console warning for the page naming summit-widgets/hydrate.js.
// Their content stays on screen and works.
import {expect} from '@open-wc/testing';
import {until} from '../kit/console.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>; hasUpdated?: boolean};

describe('pre-rendered widgets with their define module alone', function () {
  this.timeout(60000);

  it('render anew with one warning pointing at summit-widgets/hydrate.js, and work', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
    frame.src = '/ssr-pages/no-hydrate-support.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis & {warnings: string[]};
      const doc = frame.contentDocument!;
      const widgets = [...doc.querySelectorAll<Widget>('initiative-pillars, country-agreements')];
      await until(() => widgets.every((el) => win.customElements.get(el.localName) !== undefined), 'the widgets to be defined');
      expect(widgets.some((el) => el.hasAttribute('defer-hydration')), 'defer-hydration left behind').to.be.false;
      await until(() => widgets.every((el) => el.hasUpdated === true), 'the widgets to render');
      await Promise.all(widgets.map((el) => el.updateComplete));
      const hydrateWarnings = win.warnings.filter((line) => line.includes('summit-widgets/hydrate.js'));
      expect(hydrateWarnings, win.warnings.join('\n')).to.have.length(1);
      for (const el of widgets) {
        expect(el.shadowRoot!.querySelectorAll('[part="base"]').length, `<${el.localName}>: one frame, not the server's plus a new one`).to.equal(1);
      }
      const pillars = widgets[0];
      const toggle = pillars.shadowRoot!.querySelector<HTMLButtonElement>('.pillar-toggle')!;
      const wasOpen = toggle.getAttribute('aria-expanded');
      toggle.click();
      await pillars.updateComplete;
      expect(toggle.getAttribute('aria-expanded'), 'interactive').to.not.equal(wasOpen);
    } finally {
      frame.remove();
    }
  });
});
