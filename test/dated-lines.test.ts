// What a dataset says with a date: the "Updated" line next to "as of", each entry under Corrections
// labelled a correction or an update, the leader "as of" a date, and the map's hedged "no meeting".
import {expect} from '@open-wc/testing';
import '../src/define/country-agreements.js';
import '../src/define/summit-map.js';
import '../src/define/summit-timeline.js';
import {formatProblem, validateDataset} from '../src/dataset/index.js';
import {formatIsoDate} from '../src/internal/format.js';
import type {Lang} from '../src/internal/lang.js';
import {format} from '../src/internal/messages.js';
import {until} from './kit/console.js';
import {markup, renderFixture} from './kit/fixture.js';
import precisionDataset from './fixtures/precision-dataset.json';
import {STRINGS} from './kit/strings.js';

/** Corrections: `launch-summary` (a correction of the events, 2 Nov 2026), `leader-as-of` (an update of the countries, 4 Dec 2026). */
const FIXTURE = '/test/fixtures/precision-dataset.json';
const LANGS: Lang[] = ['en', 'ja', 'ru', 'kk', 'ky', 'tg', 'tk', 'uz'];

const textOf = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** A widget given the fixture by `src`, once it shows what `ready` finds. */
async function widget(tag: string, attributes: Record<string, string>, ready: string): Promise<HTMLElement> {
  const el = await renderFixture<HTMLElement & {updateComplete: Promise<unknown>}>(markup(tag, {src: FIXTURE, ...attributes}), {mode: 'client'});
  await until(() => !!$(el, ready), `${tag}: ${ready}`);
  await el.updateComplete;
  return el;
}

describe('"Updated" next to "as of", and each correction labelled a correction or an update', () => {
  it('en: the country card lists the update and is updated on its date', async () => {
    const el = await widget('country-agreements', {country: 'KZ', lang: 'en'}, '.sources');
    expect(textOf($(el, '.sources .updated'))).to.equal('Updated December 4, 2026.');
    expect($(el, '.sources .updated time')!.getAttribute('datetime')).to.equal('2026-12-04');
    const entries = $$(el, '.corrections > li');
    expect(entries).to.have.length(1);
    expect(textOf(entries[0])).to.match(/^Update, December 4, 2026: The leader is shown as of 4 December 2026\./);
  });

  it('en: the timeline lists the correction, updated on its own date', async () => {
    const el = await widget('summit-timeline', {lang: 'en'}, '.sources');
    expect(textOf($(el, '.sources .updated'))).to.equal('Updated November 2, 2026.');
    const entries = $$(el, '.corrections > li');
    expect(entries.map((entry) => textOf(entry.querySelector('.correction-kind')))).to.deep.equal(['Correction']);
  });

  for (const lang of ['ru', 'kk'] as Lang[]) {
    it(`${lang}: the same lines in the reader's language`, async () => {
      const t = STRINGS[lang].shared;
      const card = await widget('country-agreements', {country: 'KZ', lang}, '.sources');
      expect(textOf($(card, '.sources .updated'))).to.equal(format(t.updated, {date: formatIsoDate('2026-12-04', STRINGS[lang])}));
      expect(textOf($(card, '.corrections .correction-kind'))).to.equal(t.kindUpdate);
      const timeline = await widget('summit-timeline', {lang}, '.sources');
      expect(textOf($(timeline, '.corrections .correction-kind'))).to.equal(t.kindCorrection);
      expect(t.kindUpdate).to.not.equal(STRINGS.en.shared.kindUpdate);
    });
  }
  it('ru reads as Russian', () => {
    expect(format(STRINGS.ru.shared.updated, {date: formatIsoDate('2026-12-04', STRINGS.ru)})).to.equal('Обновлено 4 декабря 2026 г.');
  });

  it('a dataset without corrections has no "Updated" line', async () => {
    const el = await renderFixture<HTMLElement>(markup('country-agreements', {src: '/test/fixtures/small-dataset.json', country: 'KZ'}), {mode: 'client'});
    await until(() => !!$(el, '.sources'), 'the sources');
    expect($(el, '.sources .updated')).to.be.null;
    expect($(el, '.corrections')).to.be.null;
  });
});

describe('the leader as of a date', () => {
  const TITLE: Partial<Record<Lang, string>> = {en: 'President', ja: '大統領', ru: 'Президент'};
  const NAME: Partial<Record<Lang, string>> = {en: 'Kassym-Jomart Tokayev', ja: 'カシムジョマルト・トカエフ', ru: 'Касым-Жомарт Токаев'};
  it('the card says the date its leader line is true for, in en and ru', async () => {
    const en = await widget('country-agreements', {country: 'KZ', lang: 'en'}, '.meta dd');
    expect(textOf($(en, '.meta dd'))).to.equal('President Kassym-Jomart Tokayev (as of December 4, 2026)');
    const ru = await widget('country-agreements', {country: 'KZ', lang: 'ru'}, '.meta dd');
    expect(textOf($(ru, '.meta dd'))).to.equal('Президент Касым-Жомарт Токаев (по состоянию на 4 декабря 2026 г.)');
  });

  it('in every language, with the language\'s date', async () => {
    for (const lang of LANGS) {
      const t = STRINGS[lang].country;
      const el = await widget('country-agreements', {country: 'KZ', lang}, '.meta dd');
      // The fixture's texts are in en, ja and ru; the other languages show its English.
      const leader = format(t.leaderWithTitle, {title: TITLE[lang] ?? TITLE.en!, name: NAME[lang] ?? NAME.en!});
      expect(textOf($(el, '.meta dd')), lang).to.equal(format(t.leaderAsOf, {leader, date: formatIsoDate('2026-12-04', STRINGS[lang])}));
    }
  });

  it('a leader without a date says none', async () => {
    const el = await renderFixture<HTMLElement>(markup('country-agreements', {src: '/test/fixtures/small-dataset.json', country: 'KZ'}), {mode: 'client'});
    await until(() => !!$(el, '.meta dd'), 'the card');
    expect(textOf($(el, '.meta dd'))).to.equal('President Kassym-Jomart Tokayev');
  });
});

describe('<summit-map>: a city without a meeting in these data says so, hedged, in all eight languages', () => {
  const HEDGE: Record<Lang, RegExp> = {
    en: /in these data/,
    ja: /このデータ/,
    ru: /По этим данным/,
    kk: /^Бұл деректерде/,
    ky: /^Бул маалыматтарда/,
    tg: /^Дар ин маълумот/,
    tk: /^Bu maglumatlarda/,
    uz: /^Bu maʼlumotlarda/,
  };
  for (const lang of LANGS) {
    it(`${lang}: Astana, where no event of the fixture has a city`, async () => {
      const el = await widget('summit-map', {lang, highlight: 'astana'}, '.none');
      const none = textOf($(el, '.none'));
      expect(none).to.equal(STRINGS[lang].map.noMeetings);
      expect(none).to.match(HEDGE[lang]);
    });
  }
});

describe('the validator: kind and a leader\'s asOf', () => {
  const problems = (change: (d: typeof precisionDataset & Record<string, unknown>) => void) => {
    const data = JSON.parse(JSON.stringify(precisionDataset));
    change(data);
    const result = validateDataset(data);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it('accepts the fixture: a correction, an update, a leader with a date', () => {
    expect(problems(() => {})).to.deep.equal([]);
  });

  it('requires a kind on every correction, one of correction and update', () => {
    expect(problems((d) => delete (d.corrections[0] as Record<string, unknown>).kind)).to.deep.equal(['corrections[0].kind: missing']);
    expect(problems((d) => ((d.corrections[1] as Record<string, unknown>).kind = 'erratum'))).to.deep.equal([
      'corrections[1].kind: must be one of correction, update',
    ]);
  });

  it('takes a leader\'s asOf only as a real date', () => {
    expect(problems((d) => ((d.countries[0].leader as Record<string, unknown>).asOf = '2026-02-30'))).to.deep.equal([
      'countries[0].leader.asOf: must be a real date YYYY-MM-DD',
    ]);
    expect(problems((d) => delete (d.countries[0].leader as Record<string, unknown>).asOf)).to.deep.equal([]);
  });
});
