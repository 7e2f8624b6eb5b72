import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import {bundledDataset} from '../src/dataset/bundled.js';
import type {Dataset} from '../src/dataset/types.js';
import {CountryAgreements} from '../src/define/country-agreements.js';
import '../src/define/country-agreements.js';
import {capturePageErrors, captureWarnings} from './helpers/console.js';
import {describeModes, markup, renderFixture, type RenderMode} from './helpers/fixture.js';
import {STRINGS} from './helpers/strings.js';

const CODES = 'KZ, KG, TJ, TM, UZ';
const ALPHA3 = 'KAZ, KGZ, TJK, TKM, UZB';
const LANGS = ['en', 'ja', 'ru'] as const;
const intlName = (code: string, lang: string) => new Intl.DisplayNames(lang, {type: 'region'}).of(code)!;
const datasetName = (code: string, lang: (typeof LANGS)[number]) =>
  bundledDataset.countries.find((country) => country.alpha2 === code)!.name[lang];

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(selector),
];
/** Text a reader hears: without `aria-hidden` decorations. */
const spokenText = (node: Element) => {
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return textOf(clone);
};
const textOf = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const widgetHeading = (el: Element) => $(el, '.heading')!;
const tabs = (el: Element) => $$<HTMLButtonElement>(el, '[role="tab"]');
const selectedTab = (el: Element) => $<HTMLButtonElement>(el, '[role="tab"][aria-selected="true"]')!;
const visiblePanels = (el: Element) => $$(el, '[role="tabpanel"]').filter((panel) => getComputedStyle(panel).display !== 'none');
const focusedTab = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const errorBox = (el: Element) => $(el, '[role="alert"]');

type Attributes = Parameters<typeof markup>[1];

/** `<country-agreements>` with `attributes`, rendered `mode`'s way (in a wrapper of `width`, if given). */
const widget = (mode: RenderMode, attributes: Attributes, width?: string) =>
  renderFixture<CountryAgreements>(markup('country-agreements', attributes), {mode, width});

/** One country's card. */
const card = (mode: RenderMode, country: string, lang = 'en') => widget(mode, {country, lang});

/** The five countries behind a tab list (no `country`). */
const tabList = (mode: RenderMode, lang = 'en') => widget(mode, {lang});

/** Records `country-agreements-change` events reaching the document (so they bubble out of the shadow root too). */
function recordChanges() {
  const events: CustomEvent<{country: string}>[] = [];
  const listener = (event: CustomEvent<{country: string}>) => events.push(event);
  document.addEventListener('country-agreements-change', listener);
  return {events, stop: () => document.removeEventListener('country-agreements-change', listener)};
}

describe('<country-agreements> registration', () => {
  it('registers the tag and exports the class', () => {
    expect(customElements.get('country-agreements')).to.equal(CountryAgreements);
  });
});

describeModes('<country-agreements> one card', (mode) => {
  it('shows the country name as the widget heading, its leader with title, capital, fields, stand-out and facts', async () => {
    const el = await card(mode, 'KZ');
    const kz = bundledDataset.countries.find((country) => country.alpha2 === 'KZ')!;
    expect(widgetHeading(el).localName).to.equal('h3');
    expect(textOf(widgetHeading(el))).to.equal('Kazakhstan');
    const meta = $$(el, '.meta dd').map(textOf);
    expect(meta).to.deep.equal(['President Kassym-Jomart Tokayev', 'Astana']);
    expect($$(el, '.meta dt').map(textOf)).to.deep.equal([STRINGS.en.country.leader, STRINGS.en.country.capital]);
    expect($$(el, '.fields li').map(textOf)).to.deep.equal(kz.agreements.fields.map((field) => field.label.en));
    expect($$(el, '.stand-out li').map(textOf)).to.deep.equal(kz.agreements.standOut.map((item) => item.label.en));
    expect($$(el, '.facts > li')).to.have.length(kz.facts.length);
    expect(textOf($(el, '.facts'))).to.contain(kz.facts[0].text.en);
    expect(errorBox(el)).to.be.null;
  });

  it('sub-headings sit one level below heading-level', async () => {
    const el = await widget(mode, {country: 'KG', 'heading-level': 2});
    expect(widgetHeading(el).localName).to.equal('h2');
    const subheadings = $$(el, '.subheading').map((heading) => heading.localName);
    expect(subheadings).to.deep.equal(['h3', 'h3', 'h3']);
  });

  it('fields are a real <ul> list of <li>', async () => {
    const el = await card(mode, 'UZ');
    const list = $(el, '.fields')!;
    expect(list.localName).to.equal('ul');
    expect(list.getAttribute('role')).to.equal('list');
    expect([...list.children].every((child) => child.localName === 'li')).to.be.true;
    expect(list.children).to.have.length(8);
  });

  for (const [value, expected] of [
    ['KZ', 'Kazakhstan'],
    ['KAZ', 'Kazakhstan'],
    ['kz', 'Kazakhstan'],
    ['kaz', 'Kazakhstan'],
    [' Kaz ', 'Kazakhstan'],
    ['kgz', 'Kyrgyzstan'],
    ['TJK', 'Tajikistan'],
    ['tm', 'Turkmenistan'],
    ['Uzb', 'Uzbekistan'],
  ]) {
    it(`country="${value}" (alpha-2 / alpha-3, any case) shows ${expected}`, async () => {
      const el = await card(mode, value);
      expect(errorBox(el)).to.be.null;
      expect(textOf(widgetHeading(el))).to.equal(expected);
    });
  }

  it('names countries by the dataset\'s names in every language, not by Intl.DisplayNames', async () => {
    const ja = await card(mode, 'KZ', 'ja');
    expect(textOf(widgetHeading(ja))).to.equal('カザフスタン');
    const ru = await card(mode, 'UZ', 'ru');
    expect(textOf(widgetHeading(ru))).to.equal('Узбекистан');
    for (const country of bundledDataset.countries) {
      for (const lang of LANGS) {
        const el = await card(mode, country.alpha3.toLowerCase(), lang);
        expect(textOf(widgetHeading(el))).to.equal(country.name[lang]);
      }
    }
    // Where the two differ, the region's own usage in the texts wins: one name per country per language.
    expect(intlName('KG', 'ru')).to.not.equal('Кыргызстан');
    const kg = await card(mode, 'KG', 'ru');
    expect(textOf(widgetHeading(kg))).to.equal('Кыргызстан');
    expect(kg.shadowRoot!.textContent).to.not.contain(intlName('KG', 'ru'));
  });

  it('a dataset\'s own country names are used as given', async () => {
    const data = structuredClone(bundledDataset) as Dataset;
    data.countries[0].name = {en: 'Republic of Kazakhstan', ja: 'カザフスタン共和国', ru: 'Республика Казахстан'};
    const one = await fixture<CountryAgreements>(html`<country-agreements country="KZ" lang="ru" .data=${data}></country-agreements>`);
    expect(textOf(widgetHeading(one))).to.equal('Республика Казахстан');
    const all = await fixture<CountryAgreements>(html`<country-agreements lang="ja" .data=${data}></country-agreements>`);
    expect(textOf(tabs(all)[0])).to.equal('カザフスタン共和国');
    expect(textOf($(all, '.panel-heading'))).to.equal('カザフスタン共和国');
  });

  it('says under the fields, in every language, that they are as reported in the News.Az opinion column, linked', async () => {
    const newsAz = bundledDataset.sources.find((source) => source.id === 'seed-newsaz')!;
    for (const lang of LANGS) {
      const el = await card(mode, 'TJ', lang);
      const line = $(el, '.reported-in')!;
      const description = bundledDataset.countries[2].agreements.reportedBy!.description[lang];
      const [before, after] = STRINGS[lang].shared.fieldsReportedIn.split('{report}');
      expect(spokenText(line).replace(` ${STRINGS[lang].shared.newTab}`, '').replace(/\s+/g, ' ').trim()).to.equal(
        `${before}${description}${after}`.replace(/\s+/g, ' ').trim()
      );
      const link = line.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(new URL(newsAz.url).href);
      expect(textOf(link)).to.contain(description);
      // It sits with the fields and what stood out, before the further facts.
      expect(line.previousElementSibling!.classList.contains('agreements')).to.be.true;
    }
    const en = await card(mode, 'KZ');
    expect(textOf($(en, '.reported-in'))).to.contain('as reported in an opinion column on News.Az');
  });

  it('shows no "reported in" line for fields without reportedBy', async () => {
    const data = structuredClone(bundledDataset) as Dataset;
    delete data.countries[0].agreements.reportedBy;
    const el = await fixture<CountryAgreements>(html`<country-agreements country="KZ" .data=${data}></country-agreements>`);
    expect($(el, '.reported-in')).to.be.null;
    expect($$(el, '.fields li')).to.have.length(8);
  });

  it('localizes labels and the leader title in ja and ru', async () => {
    const ja = await card(mode, 'KZ', 'ja');
    expect($$(ja, '.meta dd').map(textOf)).to.deep.equal(['カシムジョマルト・トカエフ大統領', 'アスタナ']);
    expect(spokenText($(ja, '.stand-out .subheading')!)).to.equal(STRINGS.ja.country.standOut);
    expect(textOf($(ja, '.fields li'))).to.equal('貿易・経済');
    const ru = await card(mode, 'KZ', 'ru');
    expect($$(ru, '.meta dd').map(textOf)).to.deep.equal(['Президент Касым-Жомарт Токаев', 'Астана']);
    expect(textOf($(ru, '.sources summary'))).to.contain(STRINGS.ru.shared.sources);
  });

  it('what stood out is set apart by a labelled list with a marker, not by colour alone', async () => {
    const el = await card(mode, 'KZ');
    const box = $(el, '.stand-out')!;
    const label = box.querySelector('.subheading')!;
    expect(/^h[2-6]$/.test(label.localName)).to.be.true;
    expect(spokenText(label)).to.equal(STRINGS.en.country.standOut);
    expect(textOf(label)).to.equal(`★ ${STRINGS.en.country.standOut}`);
    expect(box.querySelector('ul')).to.exist;
    expect(box.querySelector('ul')!.previousElementSibling).to.equal(label);
    // Not inside the fields list, and each item carries a visible marker besides the background.
    expect(box.closest('.fields')).to.be.null;
    expect(getComputedStyle(box.querySelector('li')!, '::before').content).to.contain('★');
    expect(box.querySelector('.marker')!.getAttribute('aria-hidden')).to.equal('true');
    expect(parseFloat(getComputedStyle(box).borderInlineStartWidth)).to.be.greaterThan(1);
  });

  it('the Sources section lists the sources of the leader, agreements and facts of the shown country only', async () => {
    const el = await card(mode, 'KZ');
    const sources = textOf($(el, '.sources'));
    for (const publisher of ['News.Az', 'Asia-Plus', 'Prime Minister\'s Office of Japan', 'Kazinform', 'Embassy of Japan in France']) {
      expect(sources).to.contain(publisher);
    }
    expect(textOf($(el, '.source-list'))).to.contain('カザフスタン基礎データ');
    expect(sources).not.to.contain('Tashkent Times');
    // Issue #23 added two: the Aktau grant's release and the report of 2026 the leader line is checked against.
    expect(sources).to.contain('The Times of Central Asia');
    expect($$(el, '.source-list > li')).to.have.length(8);
    const corrections = bundledDataset.corrections!.filter((c) => !c.concerns || c.concerns.includes('countries'));
    expect(textOf($(el, '.sources summary'))).to.equal(`Sources (8) · Corrections (${corrections.length})`);
  });
});

describeModes('<country-agreements> tab list', (mode) => {
  it('without country: a localized title, a tablist of the five countries named by Intl, the first selected', async () => {
    const el = await tabList(mode);
    expect(textOf(widgetHeading(el))).to.equal(STRINGS.en.country.title);
    expect(widgetHeading(el).localName).to.equal('h3');
    const list = $(el, '[role="tablist"]')!;
    expect(list.getAttribute('aria-labelledby')).to.equal(widgetHeading(el).id);
    expect(tabs(el).map(textOf)).to.deep.equal(['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']);
    expect(tabs(el).map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false', 'false']);
    expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    expect(visiblePanels(el)).to.have.length(1);
  });

  it('each panel is labelled by its tab and carries the country name as a sub-heading one level deeper', async () => {
    const el = await widget(mode, {'heading-level': 4});
    expect(widgetHeading(el).localName).to.equal('h4');
    const panels = $$(el, '[role="tabpanel"]');
    expect(panels).to.have.length(5);
    for (const [i, tab] of tabs(el).entries()) {
      expect(panels[i].getAttribute('aria-labelledby')).to.equal(tab.id);
      expect(tab.getAttribute('aria-controls')).to.equal(panels[i].id);
      const sub = panels[i].querySelector('.panel-heading')!;
      expect(sub.localName).to.equal('h5');
      expect(textOf(sub)).to.equal(textOf(tab));
      expect(panels[i].querySelector('.fields-section .subheading')!.localName).to.equal('h6');
    }
  });

  it('tab labels and title follow the language (the dataset\'s names in ja and ru)', async () => {
    for (const lang of ['ja', 'ru'] as const) {
      const el = await tabList(mode, lang);
      expect(textOf(widgetHeading(el))).to.equal(STRINGS[lang].country.title);
      expect(tabs(el).map(textOf)).to.deep.equal(bundledDataset.countries.map((c) => datasetName(c.alpha2, lang)));
    }
    const ja = await tabList(mode, 'ja');
    expect(textOf(tabs(ja)[1])).to.equal('キルギス');
    const ru = await tabList(mode, 'ru');
    expect(textOf(tabs(ru)[1])).to.equal('Кыргызстан');
    expect(textOf($(ru, '#panel-KG .panel-heading'))).to.equal('Кыргызстан');
  });

  it('ArrowRight / ArrowLeft move focus and selection (wrapping), Home / End jump; each switch fires one event', async () => {
    const el = await tabList(mode);
    const {events, stop} = recordChanges();
    try {
      tabs(el)[0].focus();
      const step = async (key: string, code: string, name: string) => {
        await sendKeys({press: key});
        await el.updateComplete;
        expect(focusedTab(el)?.id, `focus after ${key}`).to.equal(`tab-${code}`);
        expect(selectedTab(el).id).to.equal(`tab-${code}`);
        expect(tabs(el).filter((tab) => tab.tabIndex === 0)).to.deep.equal([selectedTab(el)]);
        expect(visiblePanels(el).map((panel) => panel.id)).to.deep.equal([`panel-${code}`]);
        expect(textOf(visiblePanels(el)[0].querySelector('.panel-heading'))).to.equal(name);
        expect(events.at(-1)?.detail).to.deep.equal({country: code});
      };
      await step('ArrowRight', 'KG', 'Kyrgyzstan');
      await step('ArrowRight', 'TJ', 'Tajikistan');
      await step('ArrowLeft', 'KG', 'Kyrgyzstan');
      await step('ArrowLeft', 'KZ', 'Kazakhstan');
      await step('ArrowLeft', 'UZ', 'Uzbekistan'); // wraps to the last
      await step('ArrowRight', 'KZ', 'Kazakhstan'); // wraps to the first
      await step('End', 'UZ', 'Uzbekistan');
      await step('Home', 'KZ', 'Kazakhstan');
      expect(events).to.have.length(8);
      expect(events.every((event) => event.bubbles && event.composed)).to.be.true;
      // Home on the first tab changes nothing: no event.
      await sendKeys({press: 'Home'});
      await el.updateComplete;
      expect(events).to.have.length(8);
    } finally {
      stop();
    }
  });

  it('ArrowUp / ArrowDown, and arrows with Alt, Ctrl or Meta held, leave the tab list alone', async () => {
    const el = await tabList(mode);
    const {events, stop} = recordChanges();
    try {
      tabs(el)[0].focus();
      for (const key of ['ArrowDown', 'ArrowUp', 'Alt+ArrowRight', 'Control+ArrowRight', 'Meta+ArrowRight']) {
        const [modifier, arrow] = key.includes('+') ? key.split('+') : [undefined, key];
        if (modifier) await sendKeys({down: modifier});
        await sendKeys({press: arrow});
        if (modifier) await sendKeys({up: modifier});
        await el.updateComplete;
        expect(focusedTab(el)?.id, key).to.equal('tab-KZ');
        expect(selectedTab(el).id, key).to.equal('tab-KZ');
      }
      expect(events).to.have.length(0);
    } finally {
      stop();
    }
  });

  it('Tab moves from the selected tab into its panel (roving tabindex)', async () => {
    const el = await tabList(mode);
    tabs(el)[0].focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    await sendKeys({press: 'Tab'});
    expect(focusedTab(el)?.id).to.equal('panel-KG');
  });

  it('a click selects a tab and fires the event with its alpha-2 code; no event on first render or on the selected tab', async () => {
    const {events, stop} = recordChanges();
    try {
      const el = await tabList(mode);
      expect(events).to.have.length(0);
      tabs(el)[3].click();
      await el.updateComplete;
      expect(events.map((event) => event.detail)).to.deep.equal([{country: 'TM'}]);
      expect(selectedTab(el).id).to.equal('tab-TM');
      expect(visiblePanels(el)[0].id).to.equal('panel-TM');
      tabs(el)[3].click();
      await el.updateComplete;
      expect(events).to.have.length(1);
    } finally {
      stop();
    }
  });

  it('a new dataset without the selected country falls back to its first country', async () => {
    const el = await tabList(mode);
    tabs(el)[4].click();
    await el.updateComplete;
    const data = structuredClone(bundledDataset) as Dataset;
    data.countries = data.countries.slice(1, 3);
    data.summit.participants = ['KG', 'TJ'];
    delete data.fieldGroups; // the matrix's rows name every country's fields
    el.data = data;
    await el.updateComplete;
    expect(tabs(el).map((tab) => tab.id)).to.deep.equal(['tab-KG', 'tab-TJ']);
    expect(selectedTab(el).id).to.equal('tab-KG');
    expect(visiblePanels(el).map((panel) => panel.id)).to.deep.equal(['panel-KG']);
  });

  it('the Sources section covers every country', async () => {
    const el = await tabList(mode);
    const sources = textOf($(el, '.sources'));
    for (const publisher of ['Kazinform', 'Tashkent Times', 'LNEWS', 'Turkmen state television (tmt.tm)', 'Ministry of Finance, Japan']) {
      expect(sources).to.contain(publisher);
    }
  });

  it('print shows every panel and hides the tab list', async () => {
    const el = await tabList(mode);
    try {
      await emulateMedia({media: 'print'});
      expect(getComputedStyle($(el, '[role="tablist"]')!).display).to.equal('none');
      expect(visiblePanels(el)).to.have.length(5);
    } finally {
      await emulateMedia({media: 'screen'});
    }
    expect(visiblePanels(el)).to.have.length(1);
  });
});

describeModes('<country-agreements> attribute changes', (mode) => {
  it('changing country or lang after render updates the card', async () => {
    const el = await card(mode, 'KZ');
    el.setAttribute('country', 'uzb');
    await el.updateComplete;
    expect(textOf(widgetHeading(el))).to.equal('Uzbekistan');
    expect(textOf($(el, '.meta dd'))).to.equal('President Shavkat Mirziyoyev');
    el.setAttribute('lang', 'ru');
    await el.updateComplete;
    expect(textOf(widgetHeading(el))).to.equal('Узбекистан');
    expect(textOf($(el, '.meta dd'))).to.equal('Президент Шавкат Мирзиёев');
  });

  it('removing country returns to the tab list; setting it again shows one card', async () => {
    const el = await card(mode, 'TJ');
    expect($(el, '[role="tablist"]')).to.be.null;
    el.removeAttribute('country');
    await el.updateComplete;
    expect(tabs(el)).to.have.length(5);
    expect(textOf(widgetHeading(el))).to.equal(STRINGS.en.country.title);
    (el as CountryAgreements).country = 'tkm';
    await el.updateComplete;
    expect($(el, '[role="tablist"]')).to.be.null;
    expect(textOf(widgetHeading(el))).to.equal('Turkmenistan');
  });

  it('a bad country fixed afterwards shows the card', async () => {
    let el!: Element;
    await captureWarnings(async () => {
      el = await card(mode, 'XX');
    });
    expect(errorBox(el)).to.exist;
    el.setAttribute('country', 'KG');
    await (el as CountryAgreements).updateComplete;
    expect(errorBox(el)).to.be.null;
    expect(textOf(widgetHeading(el))).to.equal('Kyrgyzstan');
  });
});

describeModes('<country-agreements> bad country', (mode) => {
  for (const [value, shown] of [
    ['XX', '“XX”'],
    ['JP', '“JP”'],
    ['JPN', '“JPN”'],
    [' jpn ', '“jpn”'],
  ]) {
    it(`country="${value}": error box naming the value and the accepted codes, one warning, no exception`, async () => {
      let el!: CountryAgreements;
      const warnings = await captureWarnings(async () => {
        const errors = await capturePageErrors(async () => {
          el = await widget(mode, {country: value});
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
      });
      const box = textOf(errorBox(el));
      expect(box).to.contain(STRINGS.en.shared.errorTitle);
      expect(box).to.contain(shown);
      expect(box).to.contain(CODES);
      expect(box).to.contain(ALPHA3);
      expect($(el, '.card')).to.be.null;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`country "${value}"`);
    });
  }

  it('country="" (empty): error box saying so with the accepted codes, one warning', async () => {
    let el!: CountryAgreements;
    const warnings = await captureWarnings(async () => {
      el = await widget(mode, {country: ''});
      el.requestUpdate();
      await el.updateComplete;
    });
    const box = textOf(errorBox(el));
    expect(box).to.contain(STRINGS.en.country.emptyCountry.split('.')[0]);
    expect(box).to.contain(CODES);
    expect($(el, '[role="tablist"]')).to.be.null;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('country ""');
  });

  it('the error is localized in ja and ru', async () => {
    await captureWarnings(async () => {
      const ja = await card(mode, 'XX', 'ja');
      expect(textOf(errorBox(ja))).to.contain('国コード「XX」のカードはありません').and.contain(CODES);
      expect(textOf(errorBox(ja))).to.contain(STRINGS.ja.shared.errorTitle);
      const ru = await card(mode, 'JPN', 'ru');
      expect(textOf(errorBox(ru))).to.contain('«JPN»').and.contain(CODES);
      expect(textOf(errorBox(ru))).to.contain(STRINGS.ru.shared.errorTitle);
      const empty = await card(mode, '', 'ja');
      expect(textOf(errorBox(empty))).to.contain('country 属性が空です').and.contain(CODES);
    });
  });

  it('a value with markup in it is shown as text in the error box, never as HTML', async () => {
    let el!: CountryAgreements;
    await captureWarnings(async () => {
      el = await widget(mode, {country: '<b>KZ</b> &amp;'});
    });
    expect(textOf(errorBox(el))).to.contain('“<b>KZ</b> &amp;”');
    expect(errorBox(el)!.querySelector('b')).to.be.null;
  });
});

describeModes('<country-agreements> layout', (mode) => {
  // The body's default margin would push a 320 px wrapper past a 320 px window.
  before(() => (document.body.style.margin = '0'));
  after(() => (document.body.style.margin = ''));
  afterEach(() => setViewport({width: 800, height: 600}));

  async function at(width: number, country?: string) {
    await setViewport({width, height: 900});
    // The fixture's wrapper has neither margin nor padding.
    return widget(mode, {country, lang: 'ru'}, `${width}px`);
  }

  const columns = (element: Element) => getComputedStyle(element).gridTemplateColumns.split(' ').length;

  /** Nothing inside the widget reaches past its right edge. */
  function expectNoOverflow(el: Element) {
    const right = el.getBoundingClientRect().right;
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      const rect = node.getBoundingClientRect();
      if (rect.width > 0) expect(rect.right, `${node.localName}.${node.className}`).to.be.at.most(right + 0.5);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  }

  it('at 320 px: no horizontal overflow, tabs wrap, fields in one column', async () => {
    const el = await at(320);
    expectNoOverflow(el);
    const rows = new Set(tabs(el).map((tab) => Math.round(tab.getBoundingClientRect().top)));
    expect(rows.size).to.be.greaterThan(1);
    expect(columns(visiblePanels(el)[0].querySelector('.fields')!)).to.equal(1);
    const single = await at(320, 'KZ');
    expectNoOverflow(single);
  });

  it('at 1280 px: fields in three columns beside the stand-out box, tabs on one row', async () => {
    const el = await at(1280);
    expectNoOverflow(el);
    const rows = new Set(tabs(el).map((tab) => Math.round(tab.getBoundingClientRect().top)));
    expect(rows.size).to.equal(1);
    const panel = visiblePanels(el)[0];
    expect(columns(panel.querySelector('.fields')!)).to.equal(3);
    expect(columns(panel.querySelector('.agreements')!)).to.equal(2);
  });

  it('at 600 px: fields in two columns', async () => {
    const el = await at(600, 'KZ');
    expect(columns($(el, '.fields')!)).to.equal(2);
  });
});

describeModes('<country-agreements> accessibility (axe)', (mode) => {
  afterEach(() => setViewport({width: 800, height: 600}));

  for (const width of [320, 1280]) {
    for (const theme of ['light', 'dark']) {
      for (const lang of LANGS) {
        it(`no violations at ${width} px, ${theme}, ${lang}: tab list and one card`, async () => {
          await setViewport({width, height: 900});
          const first = await renderFixture(
            markup('country-agreements', {theme, lang}) + markup('country-agreements', {theme, lang, country: 'KG'}),
            {mode, width: `${width}px`}
          );
          const [tabbed, single] = first.parentElement!.querySelectorAll('country-agreements');
          expect(single).to.exist;
          await expect(tabbed).to.be.accessible();
          await expect(single).to.be.accessible();
        });
      }
    }
  }

  it('no violations in the error state', async () => {
    await captureWarnings(async () => {
      const el = await widget(mode, {country: 'XX', theme: 'dark'});
      await expect(el).to.be.accessible();
    });
  });
});

// `.data` is a property, which a server cannot render (it sees attributes only): these run in the
// browser alone. A new dataset given to a hydrated widget: "a new dataset without the selected
// country falls back to its first country" above.
describe('<country-agreements> data property [client-rendered only]', () => {
  it('shows each fact\'s source and, when set, "as reported by" its outlet, localized', async () => {
    const data = structuredClone(bundledDataset) as Dataset;
    data.countries[0].facts[2].reportedBy = 'Outlet X';
    const el = await fixture<CountryAgreements>(html`<country-agreements country="KZ" .data=${data}></country-agreements>`);
    const facts = $$(el, '.facts > li');
    expect(textOf(facts[2])).to.contain('(as reported by Outlet X)');
    expect(facts[0].querySelector('.reported-by')).to.be.null;
    expect(textOf(facts[0].querySelector('.fact-source'))).to.equal('Source: Kazinform');
    el.lang = 'ja';
    await el.updateComplete;
    expect(textOf($$(el, '.facts > li')[2])).to.contain('（Outlet Xの報道による）');
    el.lang = 'ru';
    await el.updateComplete;
    expect(textOf($$(el, '.facts > li')[2])).to.contain('(по сообщению Outlet X)');
  });

  it('renders dataset text as text, never HTML', async () => {
    const data = structuredClone(bundledDataset) as Dataset;
    // The validator already refuses tags; entities and stray brackets must still come out verbatim.
    data.countries[0].agreements.fields[0].label.en = 'R&amp;D < b> &lt;i&gt;';
    const el = await fixture(html`<country-agreements country="KZ" .data=${data}></country-agreements>`);
    expect($(el, '.fields li')!.textContent!.trim()).to.equal('R&amp;D < b> &lt;i&gt;');
    expect($(el, '.fields li')!.children).to.have.length(0);
  });

  it('the accepted codes come from the dataset', async () => {
    const data = structuredClone(bundledDataset) as Dataset;
    data.countries = data.countries.slice(0, 2);
    data.summit.participants = ['KZ', 'KG'];
    delete data.fieldGroups; // the matrix's rows name every country's fields
    let el!: Element;
    await captureWarnings(async () => {
      el = await fixture(html`<country-agreements country="UZ" .data=${data}></country-agreements>`);
    });
    expect(textOf(errorBox(el))).to.contain('KZ, KG (or KAZ, KGZ)');
  });
});
