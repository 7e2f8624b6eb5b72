import {expect} from '@open-wc/testing';
import {formatCompactCurrency, formatEventDate, formatIsoDate, formatList, formatNumber, formatYearRange, pluralOf, safeHttpUrl} from '../../src/internal/format.js';
import type {Lang} from '../../src/internal/lang.js';
import {format} from '../../src/internal/messages.js';
import {STRINGS} from '../kit/strings.js';

// What a formatter is given: a language, and its tables where it has them (a widget passes its texts).
const en = {lang: 'en'} as const;
const ja = {lang: 'ja'} as const;
const ru = {lang: 'ru'} as const;

/** What each language the browser lacks must read, from the shipped tables (never Intl, in Node or here). */
const TABLES: Record<string, {day: string; month: string; range: string; number: string; target: string}> = {
  kk: {day: '2025 жылғы 20 желтоқсан', month: '2006 жылғы тамыз', range: '2015 жылғы 22–28 қазан', number: '1\u00a0500', target: '3 трлн иена'},
  ky: {day: '2025-жылдын 20-декабры', month: '2006-жылдын августу', range: '2015-жылдын 22–28-октябры', number: '1\u00a0500', target: '3 трлн иена'},
  tg: {day: '20 декабри соли 2025', month: 'августи соли 2006', range: '22–28 октябри соли 2015', number: '1\u00a0500', target: '3 трлн иена'},
  tk: {day: '20 dekabr 2025 ý.', month: 'awgust 2006 ý.', range: '22–28 oktýabr 2015 ý.', number: '1\u00a0500', target: '3 trln ýen'},
  uz: {day: '2025-yil 20-dekabr', month: '2006-yil avgust', range: '2015-yil 22–28-oktabr', number: '1\u00a0500', target: '3 trln iyena'},
};

describe('formatting', () => {
  it('formats dates with Intl in each language, as precise as given', () => {
    expect(formatIsoDate('2004-08-28', en)).to.equal('August 28, 2004');
    expect(formatIsoDate('2004-08-28', ja)).to.equal('2004年8月28日');
    expect(formatIsoDate('2004-08-28', ru)).to.equal('28 августа 2004 г.');
    expect(formatIsoDate('2006-08', en)).to.equal('August 2006');
    expect(formatEventDate({precision: 'month', start: '2006-08'}, ja)).to.equal('2006年8月');
    expect(formatEventDate({precision: 'year', start: '2026'}, en)).to.equal('2026');
    expect(formatIsoDate('2026', ja)).to.equal('2026年');
  });

  it('formats a range as one range', () => {
    const range = {precision: 'range', start: '2015-10-22', end: '2015-10-28'} as const;
    expect(formatEventDate(range, en)).to.equal('October 22 – 28, 2015');
    expect(formatEventDate(range, ru)).to.match(/^22[–-]28 октября 2015/);
  });

  it('writes a Japanese range as the press does', () => {
    expect(formatEventDate({precision: 'range', start: '2015-10-22', end: '2015-10-28'}, ja)).to.equal('2015年10月22日～28日');
    expect(formatEventDate({precision: 'range', start: '2015-10-28', end: '2015-11-03'}, ja)).to.equal('2015年10月28日～11月3日');
    expect(formatEventDate({precision: 'range', start: '2015-12-28', end: '2016-01-03'}, ja)).to.equal('2015年12月28日～2016年1月3日');
  });

  for (const lang of ['kk', 'ky', 'tg', 'tk', 'uz'] as Lang[]) {
    it(`${lang}: dates, numbers and money from the shipped tables, with no "M12" and no English month`, () => {
      // The tables come with the texts, not from what the loader has downloaded.
      const t = STRINGS[lang];
      // This engine's Intl alone would write something else (Chromium has no usable data: "M12"; Firefox has
      // its own forms, e.g. kk "2025 ж. 20 желтоқсан"): the tables are what makes every engine write the same.
      const intl = new Intl.DateTimeFormat(lang, {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'});
      expect(intl.format(new Date(Date.UTC(2025, 11, 20)))).to.not.equal(TABLES[lang].day);
      const day = formatIsoDate('2025-12-20', t);
      const month = formatIsoDate('2006-08', t);
      const range = formatEventDate({precision: 'range', start: '2015-10-22', end: '2015-10-28'}, t);
      for (const out of [day, month, range]) {
        expect(out).to.not.match(/M\d|January|February|March|April|May|June|July|August|September|October|November|December/);
        expect(out).to.match(/\d/);
      }
      const expected = TABLES[lang];
      expect(day).to.equal(expected.day);
      expect(month).to.equal(expected.month);
      expect(range).to.equal(expected.range);
      expect(formatCompactCurrency(3e12, 'JPY', t)).to.equal(expected.target);
      expect(formatNumber(1500, t)).to.equal(expected.number);
      expect(formatList(['A', 'B', 'C'], t)).to.match(/^A, B .+ C$/);
      // Nouns after numerals take one form in these languages (and Chromium lacks their plural rules).
      expect([1, 2, 5].map((n) => pluralOf(n, t))).to.deep.equal(['other', 'other', 'other']);
    });
  }

  /** A span of years as each language's press writes it: the plural where the language marks it. */
  const YEAR_RANGES: Record<Lang, string> = {
    en: '2007–2009',
    ja: '2007年～2009年',
    ru: '2007–2009 гг.',
    kk: '2007–2009 жылдар',
    ky: '2007–2009-жылдар',
    tg: 'солҳои 2007–2009',
    tk: '2007–2009 ýý.',
    uz: '2007–2009-yillar',
  };
  for (const [lang, expected] of Object.entries(YEAR_RANGES) as [Lang, string][]) {
    it(`${lang}: a span of years reads "${expected}", not the singular of one year`, async () => {
      expect(formatYearRange(2007, 2009, STRINGS[lang])).to.equal(expected);
    });
  }

  it('keeps only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://www.mofa.go.jp/a')).to.equal('https://www.mofa.go.jp/a');
    expect(safeHttpUrl('http://tashkenttimes.uz/x')).to.equal('http://tashkenttimes.uz/x');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', '/relative', 'vbscript:x', '', 42, null]) {
      expect(safeHttpUrl(bad), String(bad)).to.be.undefined;
    }
  });

  it('fills placeholders as text', () => {
    expect(format('{a} and {b}, {missing}', {a: '<b>', b: 2})).to.equal('<b> and 2, {missing}');
  });
});
