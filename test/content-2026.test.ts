// Issue #23, the corrections desk's second round, the dataset side: what the fact-check and the
// translation review found in the data, fixed in every language, and the year after the summit added
// as a news desk updates an explainer. Each test reads what the widgets render, in all eight languages.
import {expect} from '@open-wc/testing';
import {bundledDataset} from '../src/dataset/bundled.js';
import type {Correction, DataLang, Person} from '../src/dataset/types.js';
import {DATA_LANGS} from '../src/dataset/types.js';
import {formatIsoDate} from '../src/internal/format.js';
import {STRINGS} from './kit/strings.js';
import '../src/define/all.js';

const d = bundledDataset;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
const textOf = (node: Element | null | undefined) => squash(node?.textContent ?? '');
const event = (id: string) => d.events.find((e) => e.id === id)!;
const country = (code: string) => d.countries.find((c) => c.alpha2 === code)!;
const fact = (code: string, id: string) => country(code).facts.find((f) => f.id === id)!;

/** A widget in the page, as test/corrections.test.ts renders them; removed with the others by `clear()`. */
const placed: HTMLElement[] = [];
async function widget(tag: string, lang: string, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  const el = document.createElement(tag);
  el.setAttribute('lang', lang);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const wrapper = document.createElement('div');
  wrapper.style.width = '800px';
  document.body.append(wrapper);
  placed.push(wrapper);
  wrapper.append(el);
  await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
  return el;
}
const clear = () => placed.splice(0).forEach((wrapper) => wrapper.remove());

/** The treaty's name in each language: an Agreement (協定, соглашение ...), never a convention. */
const AGREEMENT: Record<DataLang, RegExp> = {
  en: /\bAgreement\b/,
  ja: /租税協定/,
  ru: /соглашени/,
  kk: /келісім/,
  ky: /келишим/,
  tg: /созишнома/i,
  tk: /ylalaşy/i,
  uz: /bitim/,
};
const CONVENTION = /convention|条約|конвенц|конвенси|konwensi|konvensi/i;

/** What the year after the summit added to the timeline, in date order. */
const EVENTS_2026 = [
  ['aktau-cargo-inspection-grant-2026', '2026-01-30'],
  ['naryn-bridge-grant-parliament-2026', '2026-02-24'],
  ['kg-tax-agreement-in-force-2026', '2026-07-26'],
] as const;

describe('issue #23: the year after the summit on the timeline and in the country cards', () => {
  it('the dataset is as of this update, and the 2026 events follow the summit in date order', () => {
    expect(d.asOf).to.equal('2026-12-04');
    const ids = d.events.map((e) => e.id);
    expect(ids.slice(-3)).to.deep.equal(EVENTS_2026.map(([id]) => id));
    for (const [id, start] of EVENTS_2026) expect(event(id).date).to.deep.equal({precision: 'day', start});
    // Announced, not done: the next summit still has no year.
    expect(event('next-summit-kazakhstan').date.precision).to.equal('unannounced');
    expect(event('next-summit-kazakhstan').summary.en).to.contain('No year has been announced');
  });

  it('the 2026 texts keep their hedges in every language: a reported amount stays reported', () => {
    // "reported at USD 20.5 million": each language says it is reported (as the review's hedge words do).
    const REPORTED: Record<DataLang, RegExp> = {
      en: /reported/, ja: /報道/, ru: /по сообщениям/, kk: /хабарланғандай/i, ky: /кабарланганга караганда/i,
      tg: /тибқи хабарҳо/i, tk: /habar berlişine görä/i, uz: /xabar qilinishicha/i,
    };
    for (const lang of DATA_LANGS) {
      expect(fact('KG', 'kg-naryn-bridge-grant-2026').text[lang], lang).to.match(REPORTED[lang]);
      expect(event('naryn-bridge-grant-parliament-2026').summary[lang], lang).to.match(REPORTED[lang]);
    }
  });
});

describe('issue #23: the Bishkek card of <summit-map> (the review\'s finding 1)', () => {
  const fifth = event('fmm-5-kyrgyzstan-2014');
  const bishkek = d.cities!.find((city) => city.id === 'bishkek')!;

  it('the 2014 foreign ministers\' meeting is placed in Bishkek, citing the report from its venue', () => {
    expect(fifth.city).to.equal('bishkek');
    expect(fifth.place).to.deep.equal(bishkek.name);
    expect(fifth.sources).to.include('knews-fmm5-2014');
  });

});

/**
 * What the widgets render, in each language: each widget is rendered once per language (the timeline,
 * the Kazakhstan and Kyrgyzstan cards, the map with Bishkek open) and every test reads it.
 */
for (const lang of DATA_LANGS) {
  describe(`issue #23: what the widgets show (${lang})`, () => {
    let timeline: HTMLElement;
    let kz: HTMLElement;
    let kg: HTMLElement;
    let map: HTMLElement;
    before(async () => {
      timeline = await widget('summit-timeline', lang, {layout: 'vertical'});
      kz = await widget('country-agreements', lang, {country: 'KZ'});
      kg = await widget('country-agreements', lang, {country: 'KG'});
      map = await widget('summit-map', lang, {highlight: 'bishkek'});
    });
    after(clear);

    const factsOf = (card: HTMLElement) => $$(card, 'ul.facts > li').map(textOf);
    const listed = (card: HTMLElement, code: string, id: string) =>
      factsOf(card).find((item) => item.startsWith(squash(fact(code, id).text[lang]!)));

    it('the tax treaty is an Agreement in the Kyrgyzstan card (signed, and in force) and on the timeline', () => {
      for (const id of ['kg-tax-convention-2025', 'kg-tax-agreement-in-force-2026']) {
        const item = listed(kg, 'KG', id);
        expect(item, id).to.exist;
        expect(item).to.match(AGREEMENT[lang]).and.not.match(CONVENTION);
      }
      for (const id of ['summit-eve-2025', 'kg-tax-agreement-in-force-2026']) {
        const item = $(timeline, `li.event[data-id="${id}"]`)!;
        expect(item, id).to.exist;
        expect(textOf(item.querySelector('.title')), id).to.match(AGREEMENT[lang]).and.not.match(CONVENTION);
        expect(textOf(item.querySelector('.summary')), id).to.match(AGREEMENT[lang]).and.not.match(CONVENTION);
      }
    });

    it('the timeline shows the three 2026 events, dated, with their titles and summaries', () => {
      for (const [id, start] of EVENTS_2026) {
        const item = $(timeline, `li.event[data-id="${id}"]`)!;
        expect(item, id).to.exist;
        const time = item.querySelector('time.date')!;
        expect(time.getAttribute('datetime')).to.equal(start);
        expect(textOf(time)).to.equal(formatIsoDate(start, STRINGS[lang]));
        expect(textOf(item.querySelector('.title'))).to.equal(squash(event(id).title[lang]!));
        expect(textOf(item.querySelector('.summary'))).to.equal(squash(event(id).summary[lang]!));
      }
    });

    it('the Kazakhstan and Kyrgyzstan cards list the 2026 facts', () => {
      expect(factsOf(kz)).to.have.length(country('KZ').facts.length);
      expect(factsOf(kg)).to.have.length(country('KG').facts.length);
      expect(listed(kz, 'KZ', 'kz-aktau-grant-2026')).to.exist;
      expect(listed(kg, 'KG', 'kg-naryn-bridge-grant-2026')).to.exist;
      expect(listed(kg, 'KG', 'kg-tax-agreement-in-force-2026')).to.exist;
    });

    it('the Bishkek card lists the Dialogue\'s meeting held there and never says flatly that none was', () => {
      const fifth = event('fmm-5-kyrgyzstan-2014');
      const panel = $(map, '#panel')!;
      expect(textOf(panel.querySelector('.place-heading'))).to.equal(d.cities!.find((city) => city.id === 'bishkek')!.name[lang]);
      // A boolean, not the element: chai's message for a failing element assertion can stall the page.
      expect(!!panel.querySelector('p.none'), 'no "no meeting here" line').to.be.false;
      expect(textOf(panel)).to.not.contain(squash(STRINGS[lang].map.noMeetings));
      expect(textOf(panel.querySelector('.facts-label'))).to.equal(squash(STRINGS[lang].map.meetings));
      const items = [...panel.querySelectorAll('ul.meetings > li')];
      expect(items).to.have.length(1);
      expect(items[0].querySelector('time')!.getAttribute('datetime')).to.equal('2014-07-16');
      expect(textOf(items[0])).to.equal(`${formatIsoDate('2014-07-16', STRINGS[lang])}: ${squash(fifth.title[lang]!)}`);
    });

    it('every source in the Kyrgyzstan card\'s Sources section shows its date', () => {
      const items = $$(kg, 'ol.source-list > li');
      expect(items.length).to.be.greaterThan(0);
      for (const item of items) expect(item.querySelector('time'), textOf(item)).to.exist;
    });
  });
}

/** The sources the fact-check found linking a home page, each now the page that states the fact. */
const PRECISE: Record<string, string> = {
  'mofa-koizumi-2006': 'https://www.mofa.go.jp/announce/event/2006/8/0817.html',
  'mofa-fmm7-2019': 'https://www.mofa.go.jp/mofaj/press/release/press4_007417.html',
  'mofa-fmm8-2022': 'https://www.gov-base.info/2022/04/16/153550',
  'afp-summit-2025': 'https://www.hurriyetdailynews.com/japan-sets-19-billion-business-target-in-central-asia-217015',
  'president-uz-2025': 'https://www.qalampir.uz/en/news/uzbekiston-yaponiya-bilan-12-mlrd-dollarlik-kelishuvlar-imzoladi-129098',
  'qazinform-kg-grants-2025': 'https://qazinform.com/news/japan-provides-44-million-grant-aid-to-kyrgyzstan-d65a5b',
};

describe('issue #23: sources', () => {
  it('no source links a home page: the six the fact-check named link the page with the fact', () => {
    for (const s of d.sources) {
      const url = new URL(s.url);
      // GeoNames' dump directory is the data set itself, not a home page.
      expect(url.pathname.length > 1 || url.search !== '', `${s.id}: ${s.url}`).to.be.true;
      expect(s.title, s.id).to.not.match(/publisher's site/);
    }
    for (const [id, url] of Object.entries(PRECISE)) expect(d.sources.find((s) => s.id === id)?.url, id).to.equal(url);
    for (const home of ['https://eurodialogue.eu/', 'https://www.mofa.go.jp/', 'https://www.afp.com/', 'https://president.uz/', 'https://www.lnews.jp/']) {
      expect(d.sources.map((s) => s.url), home).to.not.include(home);
    }
  });

  it('every source has a date, and the ones the fact-check corrected carry their real title, language and page', () => {
    for (const s of d.sources) expect(s.date, s.id).to.match(/^\d{4}-\d{2}(-\d{2})?$/);
    const byId = (id: string) => d.sources.find((s) => s.id === id)!;
    expect(byId('kantei-postponement-2024').title).to.equal('Japan-Kazakhstan Summit Telephone Talk (Summary)');
    expect(byId('embjp-kz-joint-statement-2025')).to.include({language: 'fr', date: '2025-12-18'});
    expect(byId('mofa-video-2020').url).to.not.equal('https://www.mofa.go.jp/erp/ca_c/page4e_001144.html');
    expect(byId('mofa-video-2020').date).to.equal('2020-08-06');
  });
});

type WithKind = Correction & {kind?: string};
type WithAsOf = Person & {asOf?: string};

describe('issue #23: dated corrections and updates; leaders as of', () => {
  it('every correction says whether it corrects or updates; the earlier thirteen are corrections', () => {
    const list = d.corrections! as WithKind[];
    for (const c of list) expect(c.kind, c.id).to.be.oneOf(['correction', 'update']);
    expect(list.slice(0, 13).every((c) => c.kind === 'correction' && c.date === '2026-12-01')).to.be.true;
    const today = list.filter((c) => c.date === '2026-12-04');
    expect(today.filter((c) => c.kind === 'update').map((c) => c.id)).to.deep.equal([
      'update-aktau-grant-2026',
      'update-naryn-bridge-2026',
      'update-tax-agreement-2026',
      'update-leaders-2026',
    ]);
    expect(today.filter((c) => c.kind === 'correction').map((c) => c.id)).to.include.members([
      'tax-agreement-name',
      'fmm5-bishkek',
      'launch-first-claim',
      'source-pages',
    ]);
  });

  // The presidents themselves (the same five) are test/dataset.test.ts's.
  it('each country\'s leader line says the date it is true for', () => {
    for (const c of d.countries) expect((c.leader as WithAsOf).asOf, c.alpha2).to.equal('2026-12-04');
  });
});
