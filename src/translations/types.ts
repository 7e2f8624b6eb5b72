import type {DataLang} from '../dataset/types.js';
import type en from './en.js';

/** Every string of `T` as `string`: the shape each language fills in, taken from the English module. */
type Strings<T> = {[K in keyof T]: T[K] extends string ? string : Strings<T[K]>};

/**
 * What the widgets need to write dates, numbers and names in a language whose data the
 * browser lacks (Chromium has none for ky, tg, tk and only "2025 M12 20" for kk and uz).
 * Languages with a `locale` never use `Intl` for these, in Node or in the browser alike,
 * so a pre-rendered page and its hydration say the same thing.
 */
export interface LocaleTables {
  /** The language's own name, for a language picker. */
  languageName: string;
  /** Month names inside a full date (day month year), January first. */
  months: readonly string[];
  /** Month names for a month and year alone, where they are not `months` (in none of the five). */
  monthsStandalone?: readonly string[];
  patterns: {
    /** `{day}`, `{month}`, `{year}` */
    day: string;
    /** `{month}`, `{year}` */
    month: string;
    /** `{year}` */
    year: string;
    /** `{day1}`, `{day2}`, `{month}`, `{year}` */
    rangeSameMonth: string;
    /** `{day1}`, `{month1}`, `{day2}`, `{month2}`, `{year}` */
    rangeSameYear: string;
    /** `{day1}`, `{month1}`, `{year1}`, `{day2}`, `{month2}`, `{year2}` */
    rangeOther: string;
  };
  decimalSeparator: string;
  groupSeparator: string;
  /** Short scale words: "3 трлн". */
  compact: {thousand: string; million: string; billion: string; trillion: string};
  /** `{number}`, `{scale}` */
  compactPattern: string;
  /** The currency's name after a number, by ISO 4217 code (only JPY is used). */
  currencies: Record<string, string>;
  /** `{amount}`, `{currency}` */
  currencyPattern: string;
  /** Between list items, and before the last one. */
  listSeparator: string;
  listAnd: string;
  /** Names of countries by ISO alpha-2 code, where the dataset does not name them. */
  countries: Record<string, string>;
}

/** One language: its UI strings, a section per widget, and locale tables where Intl has none. */
export type Translation = Omit<Strings<typeof en>, 'lang'> & {
  lang: DataLang;
  locale?: LocaleTables;
};
