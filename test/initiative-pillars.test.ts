import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import {bundledDataset} from '../src/dataset/bundled.js';
import type {Dataset} from '../src/dataset/types.js';
import {InitiativePillars} from '../src/define/initiative-pillars.js';
import type {InitiativePillarsToggleDetail} from '../src/initiative-pillars/initiative-pillars.js';
import {initiativePillars, PillarsHarness} from './kit/harness/initiative-pillars.js';
import {
  capturePageErrors,
  captureWarnings,
  describeModes,
  markup,
  renderFixture,
  runWidgetConformance,
  shown,
  STRINGS,
  until,
  type Widget,
} from './kit/index.js';

const LANGS = ['en', 'ja', 'ru'] as const;
const PILLAR_IDS = ['green-resilience', 'connectivity', 'human-resources'];
const {initiative} = bundledDataset;

runWidgetConformance({
  tag: 'initiative-pillars',
  ctor: InitiativePillars,
  title: (lang) => initiative.name[lang]!,
  // A pillar open, in the list at 320 px and in columns at 1280 px.
  attributes: {pillar: 'green-resilience'},
  wrapperWidth: (viewport) => (viewport === 320 ? 288 : 1200),
  prepare: (el: Widget, viewport) => new PillarsHarness(el as InitiativePillars).untilLayout(viewport === 320 ? 'list' : 'columns'),
  badAttributes: [['src', 'missing-dataset.json']],
  fallbackAttributes: [
    ['pillar', 'economy'],
    ['layout', 'grid'],
  ],
  validAttributes: {src: '/data/ca-jad-2025.json'},
  editText: (data, value) => (data.initiative.pillars[0].name.en = value),
});

describeModes('<initiative-pillars>', (mode) => {
  before(() => setViewport({width: 1280, height: 900}));
  afterEach(async () => {
    await setViewport({width: 1280, height: 900});
    await emulateMedia({media: 'screen'});
  });

  describe('content', () => {
    it('shows the Initiative name as the heading at heading-level, and its aim', async () => {
      const w = await initiativePillars(mode, {'heading-level': '2'});
      const h = w.heading;
      expect(h.textContent!.trim()).to.equal(initiative.name.en);
      expect(w.part('aim')!.textContent!.trim()).to.equal(initiative.aim.en);
      expect(w.errorBox).to.be.null;
    });

    it('shows the three pillars with headings one level deeper, each with its description', async () => {
      const w = await initiativePillars(mode, {'heading-level': '4', layout: 'columns'});
      const pillars = w.pillars;
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
      const w = await initiativePillars(mode, {'heading-level': '6'});
      expect(w.heading.localName).to.equal('h6');
      expect(w.$$('.pillar-heading').every((h) => h.localName === 'h6')).to.be.true;
    });

    it('puts in each pillar the items and interests grouped under it, and no ungrouped ones', async () => {
      const w = await initiativePillars(mode, {layout: 'columns'});
      const labels = (id: string) =>
        [...w.body(id).querySelectorAll('.grouped li')].map((li) => li.querySelector('.label')!.textContent!.trim());
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
      const w = await initiativePillars(mode, {layout: 'columns'});
      const items = [...w.body('connectivity').querySelectorAll('.grouped li')];
      const supply = items.find((li) => li.textContent!.includes('Caspian'))!;
      const logistics = items.find((li) => li.textContent!.includes('Logistics'))!;
      expect(supply.querySelector('.kind')!.textContent).to.contain(STRINGS.en.pillars.kindItem);
      expect(logistics.querySelector('.kind')!.textContent).to.contain(STRINGS.en.pillars.kindInterest);
    });

    it('lists the items named under the Initiative under their own heading', async () => {
      const w = await initiativePillars(mode);
      const headings = w.$$('.section-heading').map((h) => h.textContent!.trim());
      expect(headings).to.include(STRINGS.en.pillars.namedItems);
      const items = w.parts('items')[0].querySelectorAll('li');
      expect(items).to.have.length(3);
      initiative.items.forEach((item, i) => expect(items[i].textContent).to.contain(item.label.en));
      expect(items[0].querySelector('.description')!.textContent).to.equal(initiative.items[0].description!.en);
    });

    it('lists the areas of interest voiced by the Central Asian side', async () => {
      const w = await initiativePillars(mode);
      expect(w.$$('.section-heading').map((h) => h.textContent!.trim())).to.include(STRINGS.en.pillars.interests);
      const items = [...w.part('interests')!.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(items).to.deep.equal(initiative.interests.map((item) => item.label.en));
    });

    it('shows the business target note', async () => {
      const w = await initiativePillars(mode);
      expect(w.$('.target-note')!.textContent!.trim()).to.equal(initiative.target.note.en);
      expect(w.$('.target-label')!.textContent!.trim()).to.equal(STRINGS.en.pillars.targetLabel);
    });
  });

  describe('business target formatting', () => {
    const EXPECTED_WORD = {en: 'trillion', ja: '兆', ru: 'трлн'};
    for (const lang of LANGS) {
      it(`formats JPY 3 trillion with Intl.NumberFormat in ${lang}`, async () => {
        const w = await initiativePillars(mode, {lang});
        const amount = w.$('.target-amount')!.textContent!.trim();
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
        const w = await initiativePillars(mode, {lang});
        return w.$('.target-years')!.textContent!.trim();
      };
      expect(await years('en')).to.equal('over 5 years');
      expect(await years('ja')).to.equal('5年間で');
      expect(await years('ru')).to.equal('за 5 лет');
    });
  });

  describe('editorial groupings', () => {
    it('labels groupings the sources do not make, visibly and in text', async () => {
      const w = await initiativePillars(mode, {layout: 'columns'});
      const box = w.body('green-resilience').querySelector<HTMLElement>('.editorial')!;
      expect(box).to.exist;
      expect(box.checkVisibility()).to.be.true;
      expect(box.querySelector('.editorial-label')!.textContent!.trim()).to.equal(STRINGS.en.pillars.editorialLabel);
      expect(box.textContent).to.contain(STRINGS.en.pillars.editorialNote);
      expect(box.textContent).to.contain('Climate change mitigation');
      // The items a source places under the pillar sit outside the editorial box, unlabelled.
      expect(box.textContent).to.not.contain('critical minerals');
      expect(w.body('green-resilience').querySelector(':scope > .grouped')!.textContent).to.contain(
        'Diversified supply of critical minerals'
      );
    });

    it('is localized', async () => {
      for (const lang of ['ja', 'ru'] as const) {
        const w = await initiativePillars(mode, {lang, layout: 'columns'});
        expect(w.part('editorial')!.textContent).to.contain(STRINGS[lang].pillars.editorialNote);
      }
    });
  });

  describe('layout', () => {
    it('is a list at 300 px and columns at 1200 px of the widget\'s own width', async () => {
      const narrow = await initiativePillars(mode, {}, {width: '300px'});
      await narrow.settle();
      expect(narrow.arrangement).to.equal('list');
      const wide = await initiativePillars(mode, {}, {width: '1200px'});
      // Already on first render: no frame in the wrong layout, no layout shift.
      expect(wide.arrangement).to.equal('columns');
      await wide.settle();
      expect(wide.arrangement).to.equal('columns');
    });

    it('follows the wrapper\'s width, not the window\'s', async () => {
      await setViewport({width: 320, height: 800});
      const wide = await initiativePillars(mode, {}, {width: '1200px'});
      await wide.untilLayout('columns');
      await setViewport({width: 1280, height: 900});
      const narrow = await initiativePillars(mode, {}, {width: '300px'});
      await narrow.settle();
      expect(narrow.arrangement).to.equal('list');
    });

    it('changes when the widget is resized, with no page error', async () => {
      const errors = await capturePageErrors(async () => {
        const w = await initiativePillars(mode, {}, {width: '1200px'});
        await w.untilLayout('columns');
        w.el.parentElement!.style.width = '300px';
        await w.untilLayout('list');
        w.el.parentElement!.style.width = '800px';
        await w.untilLayout('columns');
        await w.settle();
      });
      expect(errors).to.deep.equal([]);
    });

    it('list: each pillar is a heading holding a disclosure button that controls its content', async () => {
      const w = await initiativePillars(mode, {'heading-level': '2'}, {width: '300px'});
      const all = w.visibleButtons;
      expect(all).to.have.length(3);
      for (const b of all) {
        expect(b.parentElement!.localName).to.equal('h3');
        expect(b.type).to.equal('button');
        expect(b.getAttribute('aria-expanded')).to.equal('false');
        const controlled = w.el.shadowRoot!.getElementById(b.getAttribute('aria-controls')!)!;
        expect(controlled.classList.contains('pillar-body')).to.be.true;
        expect(shown(controlled)).to.be.false;
      }
      expect(w.openIds).to.deep.equal([]);
    });

    it('list: a click opens and closes a pillar', async () => {
      const w = await initiativePillars(mode, {}, {width: '300px'});
      w.button('connectivity').click();
      await w.el.updateComplete;
      expect(w.button('connectivity').getAttribute('aria-expanded')).to.equal('true');
      expect(w.openIds).to.deep.equal(['connectivity']);
      w.button('green-resilience').click();
      await w.el.updateComplete;
      expect(w.openIds).to.deep.equal(['green-resilience', 'connectivity']);
      w.button('connectivity').click();
      await w.el.updateComplete;
      expect(w.button('connectivity').getAttribute('aria-expanded')).to.equal('false');
      expect(w.openIds).to.deep.equal(['green-resilience']);
    });

    it('columns: every pillar is shown, with plain headings (nothing to open or close)', async () => {
      const w = await initiativePillars(mode, {}, {width: '1200px'});
      await w.untilLayout('columns');
      expect(w.visibleButtons).to.have.length(0);
      expect(w.visibleNames.map((name) => name.innerText.trim())).to.deep.equal(
        initiative.pillars.map((pillar) => pillar.name.en)
      );
      expect(w.openIds).to.deep.equal(PILLAR_IDS);
      const tops = w.pillars.map((p) => p.getBoundingClientRect().top);
      expect(new Set(tops).size, 'side by side').to.equal(1);
    });

    it('layout="list" forces the list on a wide widget', async () => {
      const w = await initiativePillars(mode, {layout: 'list'}, {width: '1200px'});
      await w.settle();
      expect(w.arrangement).to.equal('list');
      expect(w.visibleButtons).to.have.length(3);
      expect(w.visibleNames).to.have.length(0);
    });

    it('layout="columns" forces columns on a narrow widget, stacked without overflow', async () => {
      const w = await initiativePillars(mode, {layout: 'columns'}, {width: '300px'});
      await w.settle();
      expect(w.arrangement).to.equal('columns');
      expect(w.openIds).to.deep.equal(PILLAR_IDS);
      const root = w.base;
      expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    });

    it('changing or removing layout re-renders', async () => {
      const w = await initiativePillars(mode, {layout: 'list'}, {width: '1200px'});
      expect(w.arrangement).to.equal('list');
      w.el.layout = 'columns';
      await w.el.updateComplete;
      expect(w.arrangement).to.equal('columns');
      w.el.setAttribute('layout', 'list');
      await w.el.updateComplete;
      expect(w.arrangement).to.equal('list');
      w.el.removeAttribute('layout');
      await w.untilLayout('columns');
    });

    it('keeps the pillars a reader opened when the layout changes', async () => {
      const w = await initiativePillars(mode, {layout: 'list'}, {width: '1200px'});
      w.button('human-resources').click();
      await w.el.updateComplete;
      w.el.layout = 'columns';
      await w.el.updateComplete;
      w.el.layout = 'list';
      await w.el.updateComplete;
      expect(w.openIds).to.deep.equal(['human-resources']);
    });

    it('has no horizontal overflow at 320 px', async () => {
      await setViewport({width: 320, height: 800});
      for (const layout of ['auto', 'list', 'columns']) {
        for (const lang of LANGS) {
          const w = await initiativePillars(mode, {layout, lang, pillar: 'connectivity'}, {width: '288px'});
          await w.settle();
          const root = w.base;
          expect(root.scrollWidth, `${layout} ${lang}`).to.be.at.most(root.clientWidth);
          expect(document.documentElement.scrollWidth, `${layout} ${lang} page`).to.be.at.most(320);
        }
      }
    });
  });

  describe('pillar', () => {
    for (const id of PILLAR_IDS) {
      it(`pillar="${id}" opens that pillar first (list)`, async () => {
        const w = await initiativePillars(mode, {pillar: id}, {width: '300px'});
        expect(w.openIds).to.deep.equal([id]);
        expect(w.button(id).getAttribute('aria-expanded')).to.equal('true');
      });
    }

    it('none is open by default in the list', async () => {
      const w = await initiativePillars(mode, {layout: 'list'}, {width: '300px'});
      expect(w.openIds).to.deep.equal([]);
      expect(w.buttons.every((b) => b.getAttribute('aria-expanded') === 'false')).to.be.true;
    });

    it('changing pillar opens the new one; removing it closes all', async () => {
      const w = await initiativePillars(mode, {pillar: 'connectivity'}, {width: '300px'});
      w.el.setAttribute('pillar', 'human-resources');
      await w.el.updateComplete;
      expect(w.openIds).to.deep.equal(['human-resources']);
      w.el.removeAttribute('pillar');
      await w.el.updateComplete;
      expect(w.openIds).to.deep.equal([]);
    });

    it('a change made while the error box shows applies once the data is back', async () => {
      const w = await initiativePillars(mode, {}, {width: '300px'});
      await captureWarnings(async () => {
        w.el.src = 'missing-dataset.json';
        await until(() => w.errorBox !== null, 'the error box');
      });
      w.el.pillar = 'connectivity';
      await w.el.updateComplete;
      w.el.src = null;
      await w.el.updateComplete;
      expect(w.openIds).to.deep.equal(['connectivity']);
    });

    it('is matched regardless of case and surrounding spaces', async () => {
      const w = await initiativePillars(mode, {pillar: ' Connectivity '}, {width: '300px'});
      expect(w.openIds).to.deep.equal(['connectivity']);
    });

    it('applies once a dataset from src has loaded', async () => {
      const w = await initiativePillars(mode, {src: '/data/ca-jad-2025.json', pillar: 'human-resources'}, {width: '300px'});
      await until(() => w.pillars.length > 0, 'the fetched dataset');
      expect(w.openIds).to.deep.equal(['human-resources']);
    });
  });

  describe('initiative-pillars-toggle', () => {
    async function setup(pillar?: string) {
      const events: CustomEvent<InitiativePillarsToggleDetail>[] = [];
      const w = await initiativePillars(mode, {pillar}, {width: '300px'});
      // On the wrapper: the events must bubble out of the widget.
      w.el.parentElement!.addEventListener('initiative-pillars-toggle', (event) => events.push(event));
      return {w, events};
    }

    it('fires on click with { pillar, open }, bubbling and composed', async () => {
      const {w, events} = await setup();
      w.button('connectivity').click();
      await w.el.updateComplete;
      w.button('connectivity').click();
      await w.el.updateComplete;
      expect(events.map((e) => e.detail)).to.deep.equal([
        {pillar: 'connectivity', open: true},
        {pillar: 'connectivity', open: false},
      ]);
      expect(events[0].bubbles).to.be.true;
      expect(events[0].composed).to.be.true;
    });

    it('is not fired for the initial pillar', async () => {
      const {w, events} = await setup('green-resilience');
      expect(w.openIds).to.deep.equal(['green-resilience']);
      expect(events).to.have.length(0);
    });

    it('fires on Enter and on Space from the keyboard', async () => {
      const {w, events} = await setup();
      w.button('human-resources').focus();
      await sendKeys({press: 'Enter'});
      await w.el.updateComplete;
      expect(w.openIds).to.deep.equal(['human-resources']);
      await sendKeys({press: 'Space'});
      await w.el.updateComplete;
      expect(w.openIds).to.deep.equal([]);
      expect(events.map((e) => e.detail)).to.deep.equal([
        {pillar: 'human-resources', open: true},
        {pillar: 'human-resources', open: false},
      ]);
    });

    it('Tab reaches every pillar button in order', async () => {
      const {w} = await setup();
      w.buttons[0].focus();
      await sendKeys({press: 'Tab'});
      expect(w.focused).to.equal(w.buttons[1]);
      await sendKeys({press: 'Tab'});
      expect(w.focused).to.equal(w.buttons[2]);
    });
  });

  describe('bad input', () => {
    it('an unknown pillar gives one warning and the default (none open)', async () => {
      let w!: PillarsHarness;
      const warnings = await captureWarnings(async () => {
        w = await initiativePillars(mode, {pillar: 'economy'}, {width: '300px'});
        w.el.requestUpdate();
        await w.el.updateComplete;
        w.el.lang = 'ja';
        await w.el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('pillar "economy"');
      expect(w.openIds).to.deep.equal([]);
      expect(w.errorBox).to.be.null;
    });

    it('a bad layout gives one warning and auto', async () => {
      let w!: PillarsHarness;
      const warnings = await captureWarnings(async () => {
        w = await initiativePillars(mode, {layout: 'grid'}, {width: '1200px'});
        await w.untilLayout('columns');
        w.el.requestUpdate();
        await w.el.updateComplete;
      });
      expect(w.el.resolvedLayout).to.equal('auto');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('layout "grid"');
      expect(w.errorBox).to.be.null;
    });

    it('a failed src shows the error box, with one warning', async () => {
      let w!: PillarsHarness;
      const warnings = await captureWarnings(async () => {
        w = await initiativePillars(mode, {src: 'missing-dataset.json'});
        await until(() => w.errorBox !== null, 'the error box');
      });
      expect(w.errorBox!.textContent).to.contain(STRINGS.en.shared.errorTitle).and.contain('404');
      expect(w.pillars).to.have.length(0);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('src');
    });
  });

  describe('sources and print', () => {
    it('lists the sources of the initiative, pillars, items, target and interests', async () => {
      const w = await initiativePillars(mode);
      const details = w.sources!;
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
      const w = await initiativePillars(mode, {layout: 'list'}, {width: '300px'});
      expect(w.openIds).to.deep.equal([]);
      await emulateMedia({media: 'print'});
      expect(w.openIds).to.deep.equal(PILLAR_IDS);
      // The disclosure arrow (with its button) is not printed; the plain headings are.
      expect(shown(w.$('.chevron')!)).to.be.false;
      expect(w.visibleButtons).to.have.length(0);
      expect(w.visibleNames).to.have.length(3);
    });
  });

  describe('languages', () => {
    for (const lang of LANGS) {
      it(`renders data and UI text in ${lang}`, async () => {
        const w = await initiativePillars(mode, {lang}, {width: '300px'});
        expect(w.heading.textContent!.trim()).to.equal(initiative.name[lang]);
        expect(w.button('connectivity').innerText.trim()).to.equal(initiative.pillars[1].name[lang]);
        expect(w.$('.pillars-label')!.textContent).to.equal(STRINGS[lang].pillars.pillarsLabel);
        expect(w.$$('.section-heading').map((h) => h.textContent!.trim())).to.deep.equal([
          STRINGS[lang].pillars.namedItems,
          STRINGS[lang].pillars.interests,
        ]);
        expect(w.sources!.querySelector('summary')!.textContent).to.contain(STRINGS[lang].shared.sources);
      });
    }

    it('follows the language of an ancestor and its changes', async () => {
      const w = new PillarsHarness(await renderFixture<InitiativePillars>(markup('div', {lang: 'ja'}, markup('initiative-pillars')), {mode}));
      const wrapper = w.el.parentElement!;
      expect(wrapper.getAttribute('lang')).to.equal('ja');
      expect(w.heading.textContent!.trim()).to.equal(initiative.name.ja);
      wrapper.setAttribute('lang', 'ru');
      await until(() => w.heading.textContent!.trim() === initiative.name.ru, 'Russian');
    });
  });

  describe('accessibility (axe)', () => {
    it('has no violation in the list layout with every pillar open, in dark', async () => {
      const w = await initiativePillars(mode, {theme: 'dark', layout: 'list'}, {width: '1200px'});
      w.buttons.forEach((b) => b.click());
      await w.el.updateComplete;
      expect(w.openIds).to.deep.equal(PILLAR_IDS);
      await expect(w.el).to.be.accessible();
    });
  });
});

describeModes('<initiative-pillars> a dataset of its own (data)', (mode) => {
  before(() => setViewport({width: 1280, height: 900}));

  it('renders data text as text, never as HTML', async () => {
    const data = structuredClone(bundledDataset);
    // The validator refuses tags; entities and angle brackets must still come out literally.
    data.initiative.pillars[0].name.en = 'Green &amp; <3 Resilience';
    const w = await initiativePillars(mode, {}, {width: '300px', properties: {data}});
    expect(w.errorBox).to.be.null;
    expect(w.button('green-resilience').innerText.trim()).to.equal('Green &amp; <3 Resilience');
  });

  it('uses the plural form the language needs for other year counts', async () => {
    const data = structuredClone(bundledDataset);
    data.initiative.target.years = 1;
    const en = await initiativePillars(mode, {lang: 'en'}, {properties: {data}});
    expect(en.$('.target-years')!.textContent!.trim()).to.equal('over 1 year');
    data.initiative.target.years = 3;
    const ru = await initiativePillars(mode, {lang: 'ru'}, {properties: {data: structuredClone(data)}});
    expect(ru.$('.target-years')!.textContent!.trim()).to.equal('за 3 года');
  });

  it('editorial groupings: absent when every grouping is the sources\' own', async () => {
    const data = structuredClone(bundledDataset) as Dataset;
    for (const item of [...data.initiative.items, ...data.initiative.interests]) {
      if (item.grouping) item.grouping.editorial = false;
    }
    const w = await initiativePillars(mode, {layout: 'columns'}, {properties: {data}});
    expect(w.errorBox).to.be.null;
    expect(w.parts('editorial')).to.have.length(0);
    expect(w.root.textContent).to.not.contain(STRINGS.en.pillars.editorialNote);
    expect(w.root.textContent).to.not.contain(STRINGS.en.pillars.editorialLabel);
    // The items are still in their pillars, now without the label.
    expect(w.body('green-resilience').querySelector('.grouped')!.textContent).to.contain('Climate change mitigation');
  });

  it('editorial groupings: only the editorial items labelled when a pillar mixes both', async () => {
    const data = structuredClone(bundledDataset) as Dataset;
    data.initiative.items.find((item) => item.id === 'supply-chains-caspian')!.grouping!.editorial = false;
    const w = await initiativePillars(mode, {layout: 'columns'}, {properties: {data}});
    const connectivity = w.body('connectivity');
    const editorial = w.part('editorial', connectivity)!;
    expect(editorial.textContent).to.contain('Logistics');
    expect(editorial.textContent).to.not.contain('Caspian');
    expect(connectivity.querySelector(':scope > .grouped')!.textContent).to.contain('Caspian');
  });

  it('an invalid dataset shows the localized error box naming the field, one warning, no exception', async () => {
    const data = structuredClone(bundledDataset) as unknown as {initiative: Record<string, unknown>};
    delete data.initiative.target;
    let w!: PillarsHarness;
    const warnings = await captureWarnings(async () => {
      const errors = await capturePageErrors(async () => {
        w = await initiativePillars(mode, {lang: 'ru'}, {properties: {data}});
      });
      expect(errors).to.deep.equal([]);
    });
    expect(w.errorBox!.textContent).to.contain(STRINGS.ru.shared.errorTitle).and.contain('initiative.target');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('initiative.target');
  });

  it('a grouping naming an unknown pillar is refused by the validator', async () => {
    const data = structuredClone(bundledDataset);
    data.initiative.interests[1].grouping!.pillar = 'economy';
    const warnings = await captureWarnings(async () => {
      const w = await initiativePillars(mode, {}, {properties: {data}});
      expect(w.errorBox).to.exist;
    });
    expect(warnings).to.have.length(1);
  });
});
