import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import {bundledDataset} from '../src/dataset/bundled.js';
import type {Dataset} from '../src/dataset/types.js';
import type {InitiativePillars, InitiativePillarsToggleDetail} from '../src/initiative-pillars/initiative-pillars.js';
import '../src/define/initiative-pillars.js';
import {capturePageErrors, captureWarnings, until} from './helpers/console.js';
import {describeModes, markup, renderFixture, type RenderMode} from './helpers/fixture.js';
import {STRINGS} from './helpers/strings.js';

const LANGS = ['en', 'ja', 'ru'] as const;
const PILLAR_IDS = ['green-resilience', 'connectivity', 'human-resources'];
const {initiative} = bundledDataset;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(selector),
];
const buttons = (el: Element) => $$<HTMLButtonElement>(el, '.pillar-heading button');
/** The disclosure buttons a reader sees (the list layout has them; CSS hides them in columns and in print). */
const visibleButtons = (el: Element) => buttons(el).filter((b) => b.checkVisibility());
/** The plain pillar headings a reader sees (columns). */
const visibleNames = (el: Element) => $$(el, '.pillar-name').filter((name) => name.checkVisibility());
const button = (el: Element, id: string) => $<HTMLButtonElement>(el, `.pillar[data-pillar="${id}"] button`)!;
const body = (el: Element, id: string) => $(el, `.pillar[data-pillar="${id}"] .pillar-body`)!;
const shown = (element: HTMLElement) => element.checkVisibility();
const openIds = (el: Element) => PILLAR_IDS.filter((id) => shown(body(el, id)));
const errorBox = (el: Element) => $(el, '[role="alert"]');
/** The arrangement CSS chose: columns show plain headings, the list shows disclosure buttons. */
const layoutOf = (el: Element) =>
  getComputedStyle($(el, '.pillar-toggle')!).display === 'none' ? 'columns' : ('list' as 'columns' | 'list');

type Attributes = Parameters<typeof markup>[1];

/** `<initiative-pillars>` with `attributes`, rendered `mode`'s way in the page's width. */
const pillarsFixture = (mode: RenderMode, attributes: Attributes = {}) =>
  renderFixture<InitiativePillars>(markup('initiative-pillars', attributes), {mode});

/** Renders the widget inside a wrapper of the given width (the widget's own width decides `auto`). */
const inWrapper = (mode: RenderMode, width: number, attributes: Attributes = {}) =>
  renderFixture<InitiativePillars>(markup('initiative-pillars', attributes), {mode, width: `${width}px`});

/** Waits until CSS shows `layout`. */
async function untilLayout(el: InitiativePillars, layout: 'columns' | 'list'): Promise<void> {
  await until(() => layoutOf(el) === layout, `${layout} layout`);
}

/** Lets a frame or two, and any update they cause, run. */
async function settle(el: InitiativePillars): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
}

describeModes('<initiative-pillars>', (mode) => {
  before(() => setViewport({width: 1280, height: 900}));
  afterEach(async () => {
    await setViewport({width: 1280, height: 900});
    await emulateMedia({media: 'screen'});
  });

  describe('content', () => {
    it('shows the Initiative name as the heading at heading-level, and its aim', async () => {
      const el = await pillarsFixture(mode, {'heading-level': '2'});
      const h = $(el, 'h2.heading')!;
      expect(h.textContent!.trim()).to.equal(initiative.name.en);
      expect($(el, '.aim')!.textContent!.trim()).to.equal(initiative.aim.en);
      expect(errorBox(el)).to.be.null;
    });

    it('shows the three pillars with headings one level deeper, each with its description', async () => {
      const el = await pillarsFixture(mode, {'heading-level': '4', layout: 'columns'});
      const pillars = $$(el, '.pillar');
      expect(pillars.map((p) => p.dataset.pillar)).to.deep.equal(PILLAR_IDS);
      pillars.forEach((pillar, i) => {
        const h = pillar.querySelector<HTMLElement>('.pillar-heading')!;
        expect(h.localName).to.equal('h5');
        // The visible heading text (the list's button, also in the markup, is hidden in columns).
        expect(h.innerText.trim()).to.equal(initiative.pillars[i].name.en);
        expect(pillar.querySelector('.pillar-description')!.textContent!.trim()).to.equal(
          initiative.pillars[i].description.en
        );
      });
    });

    it('clamps deeper headings at h6', async () => {
      const el = await pillarsFixture(mode, {'heading-level': '6'});
      expect($(el, '.heading')!.localName).to.equal('h6');
      expect($$(el, '.pillar-heading').every((h) => h.localName === 'h6')).to.be.true;
    });

    it('puts in each pillar the items and interests grouped under it, and no ungrouped ones', async () => {
      const el = await pillarsFixture(mode, {layout: 'columns'});
      const labels = (id: string) =>
        [...body(el, id).querySelectorAll('.grouped li')].map((li) => li.querySelector('.label')!.textContent!.trim());
      const expected = (id: string) =>
        [...initiative.items, ...initiative.interests]
          .filter((item) => item.grouping?.pillar === id)
          .map((item) => item.label.en);
      for (const id of PILLAR_IDS) {
        expect(labels(id), id).to.have.members(expected(id));
        expect(labels(id).length, id).to.be.greaterThan(0);
      }
      expect(labels('connectivity')).to.include('Smoother global supply chains, including the Caspian route');
      expect(labels('connectivity')).to.include('Japan–Central Asia AI Cooperation Partnership');
      expect(labels('green-resilience')).to.include('Diversified supply of critical minerals');
      expect(labels('green-resilience')).to.include('Climate change mitigation');
      const inPillars = PILLAR_IDS.flatMap(labels);
      expect(inPillars).to.not.include('Health and medical services');
      expect(inPillars).to.not.include('Energy and resource development, especially critical minerals');
    });

    it('says for each grouped item whether it is an Initiative item or a Central Asian interest', async () => {
      const el = await pillarsFixture(mode, {layout: 'columns'});
      const items = [...body(el, 'connectivity').querySelectorAll('.grouped li')];
      const supply = items.find((li) => li.textContent!.includes('Caspian'))!;
      const logistics = items.find((li) => li.textContent!.includes('Logistics'))!;
      expect(supply.querySelector('.kind')!.textContent).to.contain(STRINGS.en.pillars.kindItem);
      expect(logistics.querySelector('.kind')!.textContent).to.contain(STRINGS.en.pillars.kindInterest);
    });

    it('lists the items named under the Initiative under their own heading', async () => {
      const el = await pillarsFixture(mode);
      const headings = $$(el, '.section-heading').map((h) => h.textContent!.trim());
      expect(headings).to.include(STRINGS.en.pillars.namedItems);
      const items = $$(el, '.items li');
      expect(items).to.have.length(3);
      initiative.items.forEach((item, i) => expect(items[i].textContent).to.contain(item.label.en));
      expect(items[0].querySelector('.description')!.textContent).to.equal(initiative.items[0].description!.en);
    });

    it('lists the areas of interest voiced by the Central Asian side', async () => {
      const el = await pillarsFixture(mode);
      expect($$(el, '.section-heading').map((h) => h.textContent!.trim())).to.include(STRINGS.en.pillars.interests);
      const items = $$(el, '.interests li').map((li) => li.textContent!.trim());
      expect(items).to.deep.equal(initiative.interests.map((item) => item.label.en));
    });

    it('shows the business target note', async () => {
      const el = await pillarsFixture(mode);
      expect($(el, '.target-note')!.textContent!.trim()).to.equal(initiative.target.note.en);
      expect($(el, '.target-label')!.textContent!.trim()).to.equal(STRINGS.en.pillars.targetLabel);
    });
  });

  describe('business target formatting', () => {
    const EXPECTED_WORD = {en: 'trillion', ja: '兆', ru: 'трлн'};
    for (const lang of LANGS) {
      it(`formats JPY 3 trillion with Intl.NumberFormat in ${lang}`, async () => {
        const el = await pillarsFixture(mode, {lang});
        const amount = $(el, '.target-amount')!.textContent!.trim();
        expect(amount).to.equal(
          new Intl.NumberFormat(lang, {style: 'currency', currency: 'JPY', currencyDisplay: 'name', notation: 'compact', compactDisplay: 'long'}).format(3e12)
        );
        expect(amount).to.contain('3');
        expect(amount).to.not.contain('30');
        expect(amount.startsWith('3')).to.be.true;
        expect(amount.replace('трлн', 'триллион')).to.contain(lang === 'ru' ? 'триллион' : EXPECTED_WORD[lang]);
      });
    }

    it('gives the years through the localized message', async () => {
      const years = async (lang: string) => {
        const el = await pillarsFixture(mode, {lang});
        return $(el, '.target-years')!.textContent!.trim();
      };
      expect(await years('en')).to.equal('over 5 years');
      expect(await years('ja')).to.equal('5年間で');
      expect(await years('ru')).to.equal('за 5 лет');
    });
  });

  describe('editorial groupings', () => {
    it('labels groupings the sources do not make, visibly and in text', async () => {
      const el = await pillarsFixture(mode, {layout: 'columns'});
      const box = body(el, 'green-resilience').querySelector<HTMLElement>('.editorial')!;
      expect(box).to.exist;
      expect(box.checkVisibility()).to.be.true;
      expect(box.querySelector('.editorial-label')!.textContent!.trim()).to.equal(STRINGS.en.pillars.editorialLabel);
      expect(box.textContent).to.contain(STRINGS.en.pillars.editorialNote);
      expect(box.textContent).to.contain('Climate change mitigation');
      // The items a source places under the pillar sit outside the editorial box, unlabelled.
      expect(box.textContent).to.not.contain('critical minerals');
      expect(body(el, 'green-resilience').querySelector(':scope > .grouped')!.textContent).to.contain(
        'Diversified supply of critical minerals'
      );
    });

    it('is localized', async () => {
      for (const lang of ['ja', 'ru'] as const) {
        const el = await pillarsFixture(mode, {lang, layout: 'columns'});
        expect($(el, '.editorial')!.textContent).to.contain(STRINGS[lang].pillars.editorialNote);
      }
    });
  });

  describe('layout', () => {
    it('is a list at 300 px and columns at 1200 px of the widget\'s own width', async () => {
      const narrow = await inWrapper(mode, 300);
      await settle(narrow);
      expect(layoutOf(narrow)).to.equal('list');
      const wide = await inWrapper(mode, 1200);
      // Already on first render: no frame in the wrong layout, no layout shift.
      expect(layoutOf(wide)).to.equal('columns');
      await settle(wide);
      expect(layoutOf(wide)).to.equal('columns');
    });

    it('follows the wrapper\'s width, not the window\'s', async () => {
      await setViewport({width: 320, height: 800});
      const wide = await inWrapper(mode, 1200);
      await untilLayout(wide, 'columns');
      await setViewport({width: 1280, height: 900});
      const narrow = await inWrapper(mode, 300);
      await settle(narrow);
      expect(layoutOf(narrow)).to.equal('list');
    });

    it('changes when the widget is resized, with no page error', async () => {
      const errors = await capturePageErrors(async () => {
        const el = await inWrapper(mode, 1200);
        await untilLayout(el, 'columns');
        el.parentElement!.style.width = '300px';
        await untilLayout(el, 'list');
        el.parentElement!.style.width = '800px';
        await untilLayout(el, 'columns');
        await settle(el);
      });
      expect(errors).to.deep.equal([]);
    });

    it('list: each pillar is a heading holding a disclosure button that controls its content', async () => {
      const el = await inWrapper(mode, 300, {'heading-level': '2'});
      const all = visibleButtons(el);
      expect(all).to.have.length(3);
      for (const b of all) {
        expect(b.parentElement!.localName).to.equal('h3');
        expect(b.type).to.equal('button');
        expect(b.getAttribute('aria-expanded')).to.equal('false');
        const controlled = el.shadowRoot!.getElementById(b.getAttribute('aria-controls')!)!;
        expect(controlled.classList.contains('pillar-body')).to.be.true;
        expect(shown(controlled)).to.be.false;
      }
      expect(openIds(el)).to.deep.equal([]);
    });

    it('list: a click opens and closes a pillar', async () => {
      const el = await inWrapper(mode, 300);
      button(el, 'connectivity').click();
      await el.updateComplete;
      expect(button(el, 'connectivity').getAttribute('aria-expanded')).to.equal('true');
      expect(openIds(el)).to.deep.equal(['connectivity']);
      button(el, 'green-resilience').click();
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['green-resilience', 'connectivity']);
      button(el, 'connectivity').click();
      await el.updateComplete;
      expect(button(el, 'connectivity').getAttribute('aria-expanded')).to.equal('false');
      expect(openIds(el)).to.deep.equal(['green-resilience']);
    });

    it('columns: every pillar is shown, with plain headings (nothing to open or close)', async () => {
      const el = await inWrapper(mode, 1200);
      await untilLayout(el, 'columns');
      expect(visibleButtons(el)).to.have.length(0);
      expect(visibleNames(el).map((name) => name.innerText.trim())).to.deep.equal(
        initiative.pillars.map((pillar) => pillar.name.en)
      );
      expect(openIds(el)).to.deep.equal(PILLAR_IDS);
      const tops = $$(el, '.pillar').map((p) => p.getBoundingClientRect().top);
      expect(new Set(tops).size, 'side by side').to.equal(1);
    });

    it('layout="list" forces the list on a wide widget', async () => {
      const el = await inWrapper(mode, 1200, {layout: 'list'});
      await settle(el);
      expect(layoutOf(el)).to.equal('list');
      expect(visibleButtons(el)).to.have.length(3);
      expect(visibleNames(el)).to.have.length(0);
    });

    it('layout="columns" forces columns on a narrow widget, stacked without overflow', async () => {
      const el = await inWrapper(mode, 300, {layout: 'columns'});
      await settle(el);
      expect(layoutOf(el)).to.equal('columns');
      expect(openIds(el)).to.deep.equal(PILLAR_IDS);
      const root = $(el, '.sw')!;
      expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    });

    it('changing or removing layout re-renders', async () => {
      const el = await inWrapper(mode, 1200, {layout: 'list'});
      expect(layoutOf(el)).to.equal('list');
      el.layout = 'columns';
      await el.updateComplete;
      expect(layoutOf(el)).to.equal('columns');
      el.setAttribute('layout', 'list');
      await el.updateComplete;
      expect(layoutOf(el)).to.equal('list');
      el.removeAttribute('layout');
      await untilLayout(el, 'columns');
    });

    it('keeps the pillars a reader opened when the layout changes', async () => {
      const el = await inWrapper(mode, 1200, {layout: 'list'});
      button(el, 'human-resources').click();
      await el.updateComplete;
      el.layout = 'columns';
      await el.updateComplete;
      el.layout = 'list';
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['human-resources']);
    });

    it('has no horizontal overflow at 320 px', async () => {
      await setViewport({width: 320, height: 800});
      for (const layout of ['auto', 'list', 'columns']) {
        for (const lang of LANGS) {
          const el = await inWrapper(mode, 288, {layout, lang, pillar: 'connectivity'});
          await settle(el);
          const root = $(el, '.sw')!;
          expect(root.scrollWidth, `${layout} ${lang}`).to.be.at.most(root.clientWidth);
          expect(document.documentElement.scrollWidth, `${layout} ${lang} page`).to.be.at.most(320);
        }
      }
    });
  });

  describe('pillar', () => {
    for (const id of PILLAR_IDS) {
      it(`pillar="${id}" opens that pillar first (list)`, async () => {
        const el = await inWrapper(mode, 300, {pillar: id});
        expect(openIds(el)).to.deep.equal([id]);
        expect(button(el, id).getAttribute('aria-expanded')).to.equal('true');
      });
    }

    it('none is open by default in the list', async () => {
      const el = await inWrapper(mode, 300, {layout: 'list'});
      expect(openIds(el)).to.deep.equal([]);
      expect(buttons(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.be.true;
    });

    it('changing pillar opens the new one; removing it closes all', async () => {
      const el = await inWrapper(mode, 300, {pillar: 'connectivity'});
      el.setAttribute('pillar', 'human-resources');
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['human-resources']);
      el.removeAttribute('pillar');
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal([]);
    });

    it('a change made while the error box shows applies once the data is back', async () => {
      const el = await inWrapper(mode, 300);
      await captureWarnings(async () => {
        el.src = 'missing-dataset.json';
        await until(() => errorBox(el) !== null, 'the error box');
      });
      el.pillar = 'connectivity';
      await el.updateComplete;
      el.src = null;
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['connectivity']);
    });

    it('is matched regardless of case and surrounding spaces', async () => {
      const el = await inWrapper(mode, 300, {pillar: ' Connectivity '});
      expect(openIds(el)).to.deep.equal(['connectivity']);
    });

    it('applies once a dataset from src has loaded', async () => {
      const el = await inWrapper(mode, 300, {src: '/data/ca-jad-2025.json', pillar: 'human-resources'});
      await until(() => $(el, '.pillar') !== null, 'the fetched dataset');
      expect(openIds(el)).to.deep.equal(['human-resources']);
    });
  });

  describe('initiative-pillars-toggle', () => {
    async function setup(pillar?: string) {
      const events: CustomEvent<InitiativePillarsToggleDetail>[] = [];
      const el = await inWrapper(mode, 300, {pillar});
      // On the wrapper: the events must bubble out of the widget.
      el.parentElement!.addEventListener('initiative-pillars-toggle', (event) => events.push(event));
      return {el, events};
    }

    it('fires on click with { pillar, open }, bubbling and composed', async () => {
      const {el, events} = await setup();
      button(el, 'connectivity').click();
      await el.updateComplete;
      button(el, 'connectivity').click();
      await el.updateComplete;
      expect(events.map((e) => e.detail)).to.deep.equal([
        {pillar: 'connectivity', open: true},
        {pillar: 'connectivity', open: false},
      ]);
      expect(events[0].bubbles).to.be.true;
      expect(events[0].composed).to.be.true;
    });

    it('is not fired for the initial pillar', async () => {
      const {el, events} = await setup('green-resilience');
      expect(openIds(el)).to.deep.equal(['green-resilience']);
      expect(events).to.have.length(0);
    });

    it('fires on Enter and on Space from the keyboard', async () => {
      const {el, events} = await setup();
      button(el, 'human-resources').focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['human-resources']);
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal([]);
      expect(events.map((e) => e.detail)).to.deep.equal([
        {pillar: 'human-resources', open: true},
        {pillar: 'human-resources', open: false},
      ]);
    });

    it('Tab reaches every pillar button in order', async () => {
      const {el} = await setup();
      buttons(el)[0].focus();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[1]);
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[2]);
    });
  });

  describe('bad input', () => {
    it('an unknown pillar gives one warning and the default (none open)', async () => {
      let el!: InitiativePillars;
      const warnings = await captureWarnings(async () => {
        el = await inWrapper(mode, 300, {pillar: 'economy'});
        el.requestUpdate();
        await el.updateComplete;
        el.lang = 'ja';
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('pillar "economy"');
      expect(openIds(el)).to.deep.equal([]);
      expect(errorBox(el)).to.be.null;
    });

    it('a bad layout gives one warning and auto', async () => {
      let el!: InitiativePillars;
      const warnings = await captureWarnings(async () => {
        el = await inWrapper(mode, 1200, {layout: 'grid'});
        await untilLayout(el, 'columns');
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(el.resolvedLayout).to.equal('auto');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('layout "grid"');
      expect(errorBox(el)).to.be.null;
    });

    it('a failed src shows the error box, with one warning', async () => {
      let el!: InitiativePillars;
      const warnings = await captureWarnings(async () => {
        el = await pillarsFixture(mode, {src: 'missing-dataset.json'});
        await until(() => errorBox(el) !== null, 'the error box');
      });
      expect(errorBox(el)!.textContent).to.contain(STRINGS.en.shared.errorTitle).and.contain('404');
      expect($(el, '.pillar')).to.be.null;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('src');
    });
  });

  describe('sources and print', () => {
    it('lists the sources of the initiative, pillars, items, target and interests', async () => {
      const el = await pillarsFixture(mode);
      const details = $<HTMLDetailsElement>(el, 'details.sources')!;
      expect(details.open).to.be.false;
      const cited = new Set(
        [
          initiative,
          ...initiative.pillars,
          initiative.target,
          ...initiative.items,
          ...initiative.interests,
        ].flatMap((part) => part.sources)
      );
      expect(details.querySelectorAll('.source-list > li')).to.have.length(cited.size);
      const urls = [...details.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      for (const id of ['jiji-summit-2025-12-20', 'aa-summit-2025', 'seed-newsaz', 'seed-alojapan', 'kantei-summit-2025']) {
        const source = bundledDataset.sources.find((s) => s.id === id)!;
        expect(urls, id).to.include(new URL(source.url).href);
      }
    });

    it('prints every pillar expanded', async () => {
      const el = await inWrapper(mode, 300, {layout: 'list'});
      expect(openIds(el)).to.deep.equal([]);
      await emulateMedia({media: 'print'});
      expect(openIds(el)).to.deep.equal(PILLAR_IDS);
      // The disclosure arrow (with its button) is not printed; the plain headings are.
      expect(shown($(el, '.chevron')!)).to.be.false;
      expect(visibleButtons(el)).to.have.length(0);
      expect(visibleNames(el)).to.have.length(3);
    });
  });

  describe('languages', () => {
    for (const lang of LANGS) {
      it(`renders data and UI text in ${lang}`, async () => {
        const el = await inWrapper(mode, 300, {lang});
        expect($(el, '.heading')!.textContent!.trim()).to.equal(initiative.name[lang]);
        expect(button(el, 'connectivity').innerText.trim()).to.equal(initiative.pillars[1].name[lang]);
        expect($(el, '.pillars-label')!.textContent).to.equal(STRINGS[lang].pillars.pillarsLabel);
        expect($$(el, '.section-heading').map((h) => h.textContent!.trim())).to.deep.equal([
          STRINGS[lang].pillars.namedItems,
          STRINGS[lang].pillars.interests,
        ]);
        expect($(el, 'summary')!.textContent).to.contain(STRINGS[lang].shared.sources);
      });
    }

    it('follows the language of an ancestor and its changes', async () => {
      const el = await renderFixture<InitiativePillars>(markup('div', {lang: 'ja'}, markup('initiative-pillars')), {mode});
      const wrapper = el.parentElement!;
      expect(wrapper.getAttribute('lang')).to.equal('ja');
      expect($(el, '.heading')!.textContent!.trim()).to.equal(initiative.name.ja);
      wrapper.setAttribute('lang', 'ru');
      await until(() => $(el, '.heading')!.textContent!.trim() === initiative.name.ru, 'Russian');
    });
  });

  describe('accessibility (axe)', () => {
    for (const [viewport, width] of [
      [320, 288],
      [1280, 1200],
    ] as const) {
      for (const theme of ['light', 'dark']) {
        for (const lang of LANGS) {
          it(`has no violation at ${viewport} px, ${theme}, ${lang}`, async () => {
            await setViewport({width: viewport, height: 900});
            const el = await inWrapper(mode, width, {theme, lang, pillar: 'green-resilience'});
            await untilLayout(el, viewport === 320 ? 'list' : 'columns');
            $<HTMLDetailsElement>(el, 'details.sources')!.open = true;
            await expect(el).to.be.accessible();
          });
        }
      }
    }

    it('has no violation in the list layout with every pillar open, in dark', async () => {
      const el = await inWrapper(mode, 1200, {theme: 'dark', layout: 'list'});
      buttons(el).forEach((b) => b.click());
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(PILLAR_IDS);
      await expect(el).to.be.accessible();
    });
  });
});

// `.data` is a property, which a server cannot render (it sees attributes only): these run in the
// browser alone.
describe('<initiative-pillars> data property [client-rendered only]', () => {
  before(() => setViewport({width: 1280, height: 900}));
  afterEach(async () => {
    await setViewport({width: 1280, height: 900});
    await emulateMedia({media: 'screen'});
  });

  describe('content', () => {
    it('renders data text as text, never as HTML', async () => {
      const data = structuredClone(bundledDataset);
      // The validator refuses tags; entities and angle brackets must still come out literally.
      data.initiative.pillars[0].name.en = 'Green &amp; <3 Resilience';
      const wrapper = await fixture(html`<div style="width: 300px"><initiative-pillars .data=${data}></initiative-pillars></div>`);
      const el = wrapper.querySelector('initiative-pillars')!;
      await el.updateComplete;
      expect(errorBox(el)).to.be.null;
      expect(button(el, 'green-resilience').innerText.trim()).to.equal('Green &amp; <3 Resilience');
    });
  });

  describe('business target formatting', () => {
    it('uses the plural form the language needs for other year counts', async () => {
      const data = structuredClone(bundledDataset);
      data.initiative.target.years = 1;
      const en = await fixture(html`<initiative-pillars lang="en" .data=${data}></initiative-pillars>`);
      expect($(en, '.target-years')!.textContent!.trim()).to.equal('over 1 year');
      data.initiative.target.years = 3;
      const ru = await fixture(html`<initiative-pillars lang="ru" .data=${data}></initiative-pillars>`);
      expect($(ru, '.target-years')!.textContent!.trim()).to.equal('за 3 года');
    });
  });

  describe('editorial groupings', () => {
    it('is absent when every grouping is the sources\' own', async () => {
      const data = structuredClone(bundledDataset) as Dataset;
      for (const item of [...data.initiative.items, ...data.initiative.interests]) {
        if (item.grouping) item.grouping.editorial = false;
      }
      const el = await fixture(html`<initiative-pillars layout="columns" .data=${data}></initiative-pillars>`);
      expect(errorBox(el)).to.be.null;
      expect($(el, '.editorial')).to.be.null;
      expect(el.shadowRoot!.textContent).to.not.contain(STRINGS.en.pillars.editorialNote);
      expect(el.shadowRoot!.textContent).to.not.contain(STRINGS.en.pillars.editorialLabel);
      // The items are still in their pillars, now without the label.
      expect(body(el, 'green-resilience').querySelector('.grouped')!.textContent).to.contain('Climate change mitigation');
    });

    it('labels only the editorial items when a pillar mixes both', async () => {
      const data = structuredClone(bundledDataset) as Dataset;
      data.initiative.items.find((item) => item.id === 'supply-chains-caspian')!.grouping!.editorial = false;
      const el = await fixture(html`<initiative-pillars layout="columns" .data=${data}></initiative-pillars>`);
      const connectivity = body(el, 'connectivity');
      const editorial = connectivity.querySelector('.editorial')!;
      expect(editorial.textContent).to.contain('Logistics');
      expect(editorial.textContent).to.not.contain('Caspian');
      expect(connectivity.querySelector(':scope > .grouped')!.textContent).to.contain('Caspian');
    });
  });

  describe('bad input', () => {
    it('an invalid dataset shows the localized error box naming the field, one warning, no exception', async () => {
      const data = structuredClone(bundledDataset) as unknown as {initiative: Record<string, unknown>};
      delete data.initiative.target;
      let el!: InitiativePillars;
      const warnings = await captureWarnings(async () => {
        const errors = await capturePageErrors(async () => {
          el = await fixture<InitiativePillars>(html`<initiative-pillars lang="ru" .data=${data}></initiative-pillars>`);
        });
        expect(errors).to.deep.equal([]);
      });
      expect(errorBox(el)!.textContent).to.contain(STRINGS.ru.shared.errorTitle).and.contain('initiative.target');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('initiative.target');
    });

    it('a grouping naming an unknown pillar is refused by the validator', async () => {
      const data = structuredClone(bundledDataset);
      data.initiative.interests[1].grouping!.pillar = 'economy';
      const warnings = await captureWarnings(async () => {
        const el = await fixture(html`<initiative-pillars .data=${data}></initiative-pillars>`);
        expect(errorBox(el)).to.exist;
      });
      expect(warnings).to.have.length(1);
    });
  });
});
