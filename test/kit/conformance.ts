// What every widget does alike, tested once for all of them (as Web Awesome's runFormControlBaseTests):
// registration, the axe matrix (2 widths × 2 themes × 8 languages × the render modes), bad attributes
// (a localized error box and one warning, or a fallback and one warning), the `data` property, the live
// language switch and the theme. A widget's test file calls runWidgetConformance once and keeps only its
// own behaviour.
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {bundledDataset} from '../../src/dataset/bundled.js';
import type {Dataset} from '../../src/dataset/types.js';
import type {Lang} from '../../src/internal/lang.js';
import {LANGUAGES} from '../../src/registry.js';
import {capturePageErrors, captureWarnings, until} from './console.js';
import {describeModes, renderFixture, markup, widgetFixture, type Attributes, type RenderMode, type Widget} from './fixture.js';
import {Harness, textOf} from './harness.js';
import {STRINGS} from './strings.js';

const LANGS = LANGUAGES as readonly Lang[];
const VIEWPORTS = [320, 1280] as const;
const THEMES = ['light', 'dark'] as const;

export interface ConformanceOptions {
  tag: string;
  /** The class its define module registers. */
  ctor: CustomElementConstructor;
  /** The widget's heading in `lang`, with `attributes` and no others. */
  title: (lang: Lang) => string;
  /** Attributes every render here has (a highlight, a pillar open): the axe matrix checks that state. */
  attributes?: Attributes;
  /** More of the widget beside the first in the axe matrix, each with its own attributes (a second variant). */
  axeVariants?: Attributes[];
  /** The wrapper's width at each viewport width of the axe matrix (default: the viewport's). */
  wrapperWidth?: (viewport: number) => number;
  /** Brings a rendered widget to the state the axe matrix checks, after its Sources are opened. */
  prepare?: (el: Widget, viewport: number) => Promise<void>;
  /** Bad values of the widget's own attributes, each shown in the localized error box: `[name, value]`. */
  badAttributes: readonly (readonly [string, string])[];
  /** Bad values of the widget's own attributes that fall back to the default with one warning: `[name, value]`. */
  fallbackAttributes?: readonly (readonly [string, string])[];
  /** A valid value for each attribute named in badAttributes: setting it brings the content back. */
  validAttributes: Record<string, string>;
  /** Writes `value` into a text of `data` that this widget shows (with `attributes`). */
  editText: (data: Dataset, value: string) => void;
}

/** The widget's frame, heading and error box. */
const harness = (el: Widget) => new Harness(el);

/** Runs every conformance test for one widget, in each render mode of this run. */
export function runWidgetConformance(options: ConformanceOptions): void {
  const {tag, ctor, title, attributes = {}, badAttributes, fallbackAttributes = [], validAttributes, editText} = options;
  const render = (mode: RenderMode, extra: Attributes = {}, properties?: Record<string, unknown>) =>
    widgetFixture<Widget>(tag, mode, {...attributes, ...extra}, {properties});

  describe(`<${tag}> conformance: registration`, () => {
    it(`registers <${tag}> with the class its define module exports`, () => {
      expect(customElements.get(tag)).to.equal(ctor);
      expect(document.createElement(tag)).to.be.instanceOf(ctor);
    });
  });

  describeModes(`<${tag}> conformance`, (mode) => {
    describe('accessibility (axe)', () => {
      after(() => setViewport({width: 800, height: 600}));
      for (const viewport of VIEWPORTS) {
        for (const theme of THEMES) {
          for (const lang of LANGS) {
            it(`no violations at ${viewport} px, ${theme}, ${lang}`, async () => {
              await setViewport({width: viewport, height: 900});
              const html = [attributes, ...(options.axeVariants ?? [])].map((variant) => markup(tag, {...attributes, ...variant, theme, lang})).join('');
              const first = await renderFixture<Widget>(html, {mode, width: `${options.wrapperWidth?.(viewport) ?? viewport}px`});
              const widgets = [...first.parentElement!.querySelectorAll<Widget>(tag)];
              expect(widgets).to.have.length(1 + (options.axeVariants?.length ?? 0));
              for (const el of widgets) {
                expect(harness(el).errorBox, 'error box').to.be.null;
                const sources = harness(el).sources;
                if (sources) sources.open = true;
                await options.prepare?.(el, viewport);
                await expect(el).to.be.accessible();
              }
            });
          }
        }
      }

      it('no violations in the error state, dark', async () => {
        await captureWarnings(async () => {
          const el = await render(mode, {[badAttributes[0][0]]: badAttributes[0][1], theme: 'dark'});
          await until(() => !!harness(el).errorBox, 'the error box');
          await expect(el).to.be.accessible();
        });
      });
    });

    describe('bad attributes', () => {
      badAttributes.forEach(([name, value], i) => {
        // Each in another language, so the localized box is checked in several.
        const lang = LANGS[(i + 1) % LANGS.length];
        it(`${name}="${value}" (${lang}): the localized error box names the value, one warning, no exception; a valid value brings the content back`, async () => {
          let el!: Widget;
          const warnings = await captureWarnings(async () => {
            const errors = await capturePageErrors(async () => {
              el = await render(mode, {[name]: value, lang});
              // A `src` that fails does so after the first render.
              await until(() => !!harness(el).errorBox, 'the error box');
              el.requestUpdate();
              await el.updateComplete;
            });
            expect(errors).to.deep.equal([]);
          });
          const h = harness(el);
          expect(h.errorBox!.getAttribute('role')).to.equal('alert');
          expect(textOf(h.errorBox)).to.contain(STRINGS[lang].shared.errorTitle).and.contain(value.trim());
          expect(warnings, warnings.join('\n')).to.have.length(1);
          expect(warnings[0]).to.contain(value.trim());
          await h.set(name, validAttributes[name]);
          await until(() => !h.errorBox && !!h.part('heading'), 'the content');
          expect(textOf(h.heading)).to.not.equal('');
        });
      });

      it('a value with markup in it is shown as text in the error box, never as HTML', async () => {
        const [name] = badAttributes[0];
        let el!: Widget;
        await captureWarnings(async () => {
          el = await render(mode, {[name]: '<b>bad</b> &amp;'});
          await until(() => !!harness(el).errorBox, 'the error box');
        });
        const box = harness(el).errorBox!;
        expect(textOf(box)).to.contain('<b>bad</b> &amp;');
        expect(box.querySelector('b')).to.be.null;
      });

      const none = () => undefined;
      for (const [name, value, check] of [
        ['lang', 'xx', (h: Harness) => expect(h.base.lang).to.equal('en')],
        ['theme', 'sepia', (h: Harness) => expect(h.base.classList.contains('theme-auto')).to.be.true],
        ['heading-level', '9', (h: Harness) => expect(h.heading.localName).to.equal('h3')],
        ...fallbackAttributes.map(([name, value]) => [name, value, none] as const),
      ] as const) {
        it(`${name}="${value}" falls back with one warning naming it, and the content still shows`, async () => {
          let el!: Widget;
          const warnings = await captureWarnings(async () => {
            el = await render(mode, {[name]: value});
            el.requestUpdate();
            await el.updateComplete;
          });
          expect(warnings.filter((warning) => warning.includes(`"${value}"`)), warnings.join('\n')).to.have.length(1);
          const h = harness(el);
          expect(h.errorBox).to.be.null;
          expect(textOf(h.heading)).to.equal(title('en'));
          check(h);
        });
      }
    });

    describe('data property', () => {
      const EDITED = 'Edited: R&amp;D < b> &lt;i&gt;';

      it('a dataset given as `data` is shown, its text as text (never HTML), in the widget\'s language', async () => {
        const data = structuredClone(bundledDataset) as Dataset;
        editText(data, EDITED);
        const warnings = await captureWarnings(async () => {
          const el = await render(mode, {}, {data});
          const h = harness(el);
          expect(h.errorBox).to.be.null;
          expect(h.root.textContent).to.contain(EDITED);
          expect(h.$$('*').filter((node) => node.localName === 'b' || node.localName === 'i')).to.have.length(0);
        });
        expect(warnings).to.deep.equal([]);
      });

      it('a new dataset set later replaces the shown one; the bundled one comes back when `data` is cleared', async () => {
        const el = await render(mode) as Widget & {data?: unknown};
        const h = harness(el);
        expect(h.root.textContent).to.not.contain(EDITED);
        const data = structuredClone(bundledDataset) as Dataset;
        editText(data, EDITED);
        el.data = data;
        await el.updateComplete;
        expect(h.root.textContent).to.contain(EDITED);
        el.data = undefined;
        await el.updateComplete;
        expect(h.root.textContent).to.not.contain(EDITED);
        expect(h.errorBox).to.be.null;
      });

      it('a dataset that does not fit the schema: the localized error box naming the problem, one warning, no exception', async () => {
        const data = structuredClone(bundledDataset) as unknown as Record<string, unknown>;
        delete data.sources;
        let el!: Widget;
        const warnings = await captureWarnings(async () => {
          const errors = await capturePageErrors(async () => {
            el = await render(mode, {lang: 'ru'}, {data});
          });
          expect(errors).to.deep.equal([]);
        });
        expect(textOf(harness(el).errorBox)).to.contain(STRINGS.ru.shared.errorTitle).and.contain('sources');
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain('sources');
      });
    });

    describe('language and theme', () => {
      it('lang switches live through every language (the frame\'s lang and the heading), and back to English when removed', async () => {
        const el = await render(mode, {lang: 'en'});
        const h = harness(el);
        for (const lang of LANGS) {
          await h.set('lang', lang);
          expect(h.base.lang, lang).to.equal(lang);
          expect(textOf(h.heading), lang).to.equal(title(lang));
        }
        await h.set('lang', null);
        expect(h.base.lang).to.equal('en');
        expect(textOf(h.heading)).to.equal(title('en'));
      });

      it('theme: light and dark paint differently, auto follows the page; each a class on the frame, changed live', async () => {
        const el = await render(mode, {theme: 'light'});
        const h = harness(el);
        const paint = () => [getComputedStyle(h.base).color, getComputedStyle(h.base).backgroundColor].join(' ');
        expect(h.base.classList.contains('theme-light')).to.be.true;
        const light = paint();
        await h.set('theme', 'dark');
        expect(h.base.classList.contains('theme-dark')).to.be.true;
        expect(paint()).to.not.equal(light);
        await h.set('theme', null);
        expect(h.base.classList.contains('theme-auto')).to.be.true;
        expect(paint()).to.equal(light); // the test page prefers light
      });
    });
  });
}
