import type {DatedEventDate, EventDate, LocalizedText} from '../dataset/types.js';
import type {LocaleTables, Translation} from '../translations/types.js';
import type {Lang} from './lang.js';
import {format} from './messages.js';

/**
 * What a formatter needs of a language: its code and, for a language whose data browsers lack (kk, ky,
 * tg, tk, uz), its shipped tables. A widget passes its texts (`t`), which are both. Decided by the
 * language, never by the runtime: Node has data Chromium lacks, and a pre-rendered page must read the
 * same after hydration.
 */
export type Locale = Pick<Translation, 'lang' | 'locale'>;

/** The text in the widget's language; English where a newsroom's dataset lacks that language. */
export const text = (value: LocalizedText, lang: Lang): string => value[lang] ?? value.en;

const intlObjects = new Map<string, unknown>();

/**
 * One Intl object per key, built on first use: building one costs far more than
 * using it, and a page may hold many widgets and a timeline many dates.
 */
export function cachedIntl<T>(key: string, build: () => T): T {
  let value = intlObjects.get(key) as T | undefined;
  if (value === undefined) intlObjects.set(key, (value = build()));
  return value;
}

const DATE_OPTIONS = {
  day: {year: 'numeric', month: 'long', day: 'numeric'},
  month: {year: 'numeric', month: 'long'},
  year: {year: 'numeric'},
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const dateFormat = (lang: Lang, precision: keyof typeof DATE_OPTIONS): Intl.DateTimeFormat =>
  cachedIntl(`date ${lang} ${precision}`, () => new Intl.DateTimeFormat(lang, {...DATE_OPTIONS[precision], timeZone: 'UTC'}));

/**
 * Intl's text with thin and narrow no-break spaces as plain ones. ICU versions differ here (Node's
 * writes "October 22 – 28" with U+2009 and "2015 г." with U+202F where Chromium's writes spaces),
 * and a pre-rendered page must read the same after hydration.
 */
const sameSpaces = (text: string): string => text.replace(/[\u2009\u202f]/g, ' ');

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as a UTC date (dates here have no time of day). */
export function parseIsoDate(iso: string): Date {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The parts of `YYYY-MM-DD` the tables need: day and year as digits, the month's index. */
const partsOf = (iso: string) => {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return {year: String(year), month: month - 1, day: String(day)};
};

/** A dataset date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) in the widget's language, as precise as it is given. */
export function formatIsoDate(iso: string, {lang, locale: tables}: Locale): string {
  const precision = iso.length > 7 ? 'day' : iso.length > 4 ? 'month' : 'year';
  if (!tables) return sameSpaces(dateFormat(lang, precision).format(parseIsoDate(iso)));
  const {year, month, day} = partsOf(iso);
  const months = (precision !== 'day' && tables.monthsStandalone) || tables.months;
  return format(tables.patterns[precision], {year, month: months[month], day});
}

/**
 * Two years as one span, in the plural where the language marks it: "2007–2009", "2007年～2009年",
 * "2007–2009 гг.", "2007–2009 жылдар", "солҳои 2007–2009". Every language's own pattern, the timeline's
 * string `yearRange`, not Intl's: ICU writes the Russian span without "гг." and the English one with
 * spaces around the dash.
 */
export const formatYearRange = (from: number, to: number, t: Pick<Translation, 'timeline'>): string =>
  format(t.timeline.yearRange, {from: String(from), to: String(to)});

/** An event's date as a widget shows it: formatted, or the language's "date not announced" (`shared.dateUnannounced`). */
export const eventDateText = (date: EventDate, t: Translation): string =>
  date.precision === 'unannounced' ? t.shared.dateUnannounced : formatEventDate(date, t);

/**
 * An event's date, honouring its precision: "28 August 2004", "August 2006", "2026",
 * "22–28 October 2015". A date not announced yet has no date to format: the widget words it.
 */
export function formatEventDate(date: DatedEventDate, locale: Locale): string {
  if (date.precision !== 'range') return formatIsoDate(date.start, locale);
  const {lang, locale: tables} = locale;
  if (lang === 'ja') return japaneseRange(partsOf(date.start), partsOf(date.end));
  if (!tables) return sameSpaces(dateFormat(lang, 'day').formatRange(parseIsoDate(date.start), parseIsoDate(date.end)));
  const start = partsOf(date.start);
  const end = partsOf(date.end);
  const {patterns, months} = tables;
  const values = {
    day1: start.day,
    day2: end.day,
    month: months[end.month],
    month1: months[start.month],
    month2: months[end.month],
    year: end.year,
    year1: start.year,
    year2: end.year,
  };
  const pattern =
    start.year !== end.year ? patterns.rangeOther : start.month !== end.month ? patterns.rangeSameYear : patterns.rangeSameMonth;
  return format(pattern, values);
}

/**
 * A Japanese range as the press writes it, "2015年10月22日～28日": ICU writes a long-month Japanese
 * range in digits and slashes ("2015/10/22～2015/10/28").
 */
function japaneseRange(start: ReturnType<typeof partsOf>, end: ReturnType<typeof partsOf>): string {
  const day = ({year, month, day}: ReturnType<typeof partsOf>) => `${year}年${month + 1}月${day}日`;
  if (start.year !== end.year) return `${day(start)}～${day(end)}`;
  return `${day(start)}～${start.month !== end.month ? `${end.month + 1}月` : ''}${end.day}日`;
}

/** Digits with the language's separators: "1 500", "2,5". */
function formatPlain(value: number, tables: LocaleTables): string {
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, tables.groupSeparator);
  return (value < 0 ? '-' : '') + grouped + (fraction ? tables.decimalSeparator + fraction : '');
}

/** A number in the widget's language ("150", "1 500"). */
export function formatNumber(value: number, {lang, locale: tables}: Locale): string {
  if (!tables) return sameSpaces(cachedIntl(`number ${lang}`, () => new Intl.NumberFormat(lang)).format(value));
  return formatPlain(value, tables);
}

const SCALES = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
] as const;

/**
 * An amount of money written the way a news text does: "3 trillion Japanese yen", "3兆円",
 * "3 триллиона японских иен", "3 трлн иена".
 */
export function formatCompactCurrency(amount: number, currency: string, {lang, locale: tables}: Locale): string {
  if (!tables) {
    return sameSpaces(
      cachedIntl(
        `currency ${lang} ${currency}`,
        () =>
          new Intl.NumberFormat(lang, {style: 'currency', currency, currencyDisplay: 'name', notation: 'compact', compactDisplay: 'long'})
      ).format(amount)
    );
  }
  const [size, scale] = SCALES.find(([size]) => Math.abs(amount) >= size) ?? [1, undefined];
  const number = formatPlain(Math.round((amount / size) * 10) / 10, tables);
  const figure = scale ? format(tables.compactPattern, {number, scale: tables.compact[scale]}) : number;
  return format(tables.currencyPattern, {amount: figure, currency: tables.currencies[currency] ?? currency});
}

/** The plural category of `count` (for the strings that have one form per category). */
export const pluralOf = (count: number, {lang, locale: tables}: Locale): Intl.LDMLPluralRule =>
  // The languages with tables put nouns after numerals in one form, and Chromium lacks their rules.
  tables ? 'other' : cachedIntl(`plural ${lang}`, () => new Intl.PluralRules(lang)).select(count);

/** A list joined the language's way: "A, B and C". */
export function formatList(items: readonly string[], {lang, locale: tables}: Locale): string {
  if (!tables) return sameSpaces(cachedIntl(`list ${lang}`, () => new Intl.ListFormat(lang, {type: 'conjunction'})).format(items));
  if (items.length < 2) return items.join('');
  return items.slice(0, -1).join(tables.listSeparator) + tables.listAnd + items[items.length - 1];
}

/** The URL if it is absolute http(s), else undefined: data never puts `javascript:` in an href. */
export function safeHttpUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
