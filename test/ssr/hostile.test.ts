// The hostile-page suite on the server renderer: random and adversarial attribute values, and datasets
// full of script and HTML payloads (by `src`, fetched by the server), rendered in Node and then hydrated
// here. Nothing may throw in Node (the command answers), no payload may run after hydration, every
// widget shows its content or its error box, and nothing reaches the page's error listeners.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {STRINGS} from '../kit/strings.js';
import {markup, serverRender, widgetsIn} from '../kit/fixture.js';
import {PAYLOADS, stateOf, watchPage, WIDGETS} from '../hostile/support.js';
import {harness} from '../kit/harness.js';

const SPECIAL = ['', ' ', '0', '-1', '3.0', 'NaN', 'null', '__proto__', '{value}', '$&', '\u0000', '\u202eevil', '𝕏😀', 'مرحبا', 'ja\u200b', 'xx-YY', 'KZ KZ', 'ZZZ'];
const hostile = fc.oneof(
  {weight: 3, arbitrary: fc.constantFrom(...SPECIAL, ...PAYLOADS)},
  {weight: 2, arbitrary: fc.string({unit: 'grapheme', maxLength: 20})},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 20})}
);

/** Every element under `root`, nested shadow roots included. */
const elementsOf = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? elementsOf(el.shadowRoot) : [])]);

/** Puts server-rendered `html` in the page and lets its widgets hydrate; returns them. */
async function hydrate(html: string, container: HTMLElement): Promise<HTMLElement[]> {
  const staging = document.createElement('div');
  staging.setHTMLUnsafe(html);
  container.append(...staging.childNodes);
  const widgets = widgetsIn(container);
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  return widgets;
}

function expectNoPayload(container: HTMLElement): void {
  expect(window.__xss, 'a payload ran').to.be.undefined;
  for (const el of elementsOf(container)) {
    for (const attr of el.getAttributeNames()) expect(attr, `<${el.localName}> ${attr}`).to.not.match(/^on/i);
    if (el.localName === 'a') expect((el as HTMLAnchorElement).protocol).to.match(/^https?:$/);
    expect(['script', 'img', 'iframe'], 'element from data').to.not.include(el.localName);
  }
}

describe('hostile input on the server renderer', function () {
  this.timeout(120000);
  let container: HTMLElement;
  beforeEach(() => {
    delete window.__xss;
    container = document.createElement('div');
    container.style.width = '1000px';
    document.body.append(container);
  });
  afterEach(() => container.remove());

  for (const spec of WIDGETS) {
    it(`<${spec.tag}>: 40 random sets of attribute values render in Node without throwing and hydrate to content or the error box`, async () => {
      const names = Object.keys(spec.attributes).filter((name) => name !== 'src');
      let cases = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.constantFrom(...names), fc.oneof(hostile, fc.constantFrom(...names.flatMap((n) => spec.attributes[n]))), {maxKeys: 4}),
          async (attributes) => {
            cases++;
            container.replaceChildren();
            const watch = watchPage();
            try {
              const {html} = await serverRender(markup(spec.tag, attributes));
              const [el] = await hydrate(html, container);
              expect(['content', 'error'], JSON.stringify(attributes)).to.include(stateOf(el));
              expectNoPayload(container);
              expect(watch.errors).to.deep.equal([]);
              expect(watch.warnings.filter((w) => w.includes('could not render') || w.includes('hydrated'))).to.deep.equal([]);
            } finally {
              watch.stop();
            }
          }
        ),
        {numRuns: 40}
      );
      expect(cases).to.equal(40);
    });
  }

  it('payloads in every text of a src dataset: refused by the validator on the server, the error box hydrates', async () => {
    const watch = watchPage();
    try {
      const tags = WIDGETS.map((spec) => markup(spec.tag, {src: '/faults/xss?kind=html'})).join('');
      const {html, warnings} = await serverRender(tags);
      // One src, fetched and validated once for the three widgets: one warning.
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.contain('must not contain HTML');
      const widgets = await hydrate(html, container);
      for (const el of widgets) {
        expect(stateOf(el)).to.equal('error');
        expect(harness(el).errorBox!.textContent).to.contain(STRINGS.en.shared.errorTitle);
      }
      expectNoPayload(container);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('payloads the validator lets through render as text on the server and stay text after hydration', async () => {
    const watch = watchPage();
    try {
      const tags = WIDGETS.map((spec) => markup(spec.tag, {src: '/faults/xss?kind=text'})).join('');
      const {html, warnings} = await serverRender(tags);
      expect(warnings).to.deep.equal([]);
      const widgets = await hydrate(html, container);
      for (const el of widgets) {
        expect(stateOf(el)).to.equal('content');
        // One of the text payloads (scripts/test-middleware.mjs): which of the fixture's texts a widget shows differs.
        const shownText = el.shadowRoot!.textContent!;
        expect(['" onmouseover="window.__xss=1', '{{constructor.constructor("window.__xss=1")()}}'].some((payload) => shownText.includes(payload)), el.localName).to.be.true;
        for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('button')) button.click();
      }
      await Promise.all(widgets.map((el) => (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete));
      expectNoPayload(container);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});
