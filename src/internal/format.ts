import type {DatedEventDate, LocalizedText} from '../dataset/types.js';
import type {Lang} from './lang.js';

/** The text in the widget's language. */
export const text = (value: LocalizedText, lang: Lang): string => value[lang];

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

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as a UTC date (dates here have no time of day). */
export function parseIsoDate(iso: string): Date {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** A dataset date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) in the widget's language, as precise as it is given. */
export function formatIsoDate(iso: string, lang: Lang): string {
  return dateFormat(lang, iso.length > 7 ? 'day' : iso.length > 4 ? 'month' : 'year').format(parseIsoDate(iso));
}

/** Two years as one span: "2007 – 2009", "2007年～2009年", "2007–2009 гг.". */
export function formatYearRange(from: number, to: number, lang: Lang): string {
  return dateFormat(lang, 'year').formatRange(new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to, 0, 1)));
}

/**
 * An event's date, honouring its precision: "28 August 2004", "August 2006", "2026",
 * "22–28 October 2015". A date not announced yet has no date to format: the widget words it.
 */
export function formatEventDate(date: DatedEventDate, lang: Lang): string {
  if (date.precision === 'range') {
    return dateFormat(lang, 'day').formatRange(parseIsoDate(date.start), parseIsoDate(date.end));
  }
  return formatIsoDate(date.start, lang);
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
