import type {EventDate, LocalizedText} from '../dataset/types.js';
import type {Lang} from './lang.js';

/** The text in the widget's language. */
export const text = (value: LocalizedText, lang: Lang): string => value[lang];

// Intl formatters are costly to build and a timeline formats many dates: build each once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, {...options, timeZone: 'UTC'})));
  return format;
}

const DAY: Intl.DateTimeFormatOptions = {year: 'numeric', month: 'long', day: 'numeric'};
const MONTH: Intl.DateTimeFormatOptions = {year: 'numeric', month: 'long'};

/** `YYYY-MM-DD` or `YYYY-MM` as a UTC date (dates here have no time of day). */
export function parseIsoDate(iso: string): Date {
  const [year, month, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** A dataset date (`YYYY-MM-DD` or `YYYY-MM`) in the widget's language, as precise as it is given. */
export function formatIsoDate(iso: string, lang: Lang): string {
  return dateFormat(lang, iso.length > 7 ? DAY : MONTH).format(parseIsoDate(iso));
}

/** An event's date, honouring its precision: "28 August 2004", "August 2006", "22–28 October 2015". */
export function formatEventDate(date: EventDate, lang: Lang): string {
  if (date.precision === 'range') {
    return dateFormat(lang, DAY).formatRange(parseIsoDate(date.start), parseIsoDate(date.end));
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
