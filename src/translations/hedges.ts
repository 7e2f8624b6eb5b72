/**
 * Hedges are facts: "more than 150" is not "150", and "no meeting in these data" is not "no meeting".
 * One table: for each hedge of the English, the words that carry it in each other language. A text
 * that carries a hedge in English must carry that hedge in every language it is written in; the
 * check runs over the dataset's texts and the UI strings (scripts/validate-data.mjs, test/hedges.test.ts).
 * Not shipped to readers: the widgets never import this module.
 *
 * A word matches at the start of a word (so a stem covers its endings: kk "хабарла" covers
 * хабарлады, хабарлағандай); Japanese, written without spaces, matches anywhere.
 */
import {isTextSlot} from '../dataset/texts.js';
import type {DataLang} from '../dataset/types.js';

export type HedgeId = 'in-these-data' | 'more-than' | 'about' | 'reported';
type OtherLang = Exclude<DataLang, 'en'>;

export interface Hedge {
  id: HedgeId;
  /** The English hedge, as the table's docs name it. */
  name: string;
  /** Where the English carries it. */
  en: RegExp;
  /** The words (or stems) that carry it, per language. */
  words: Record<OtherLang, readonly string[]>;
}

export const HEDGES: readonly Hedge[] = [
  {
    id: 'in-these-data',
    name: 'in these data',
    en: /\bin these data\b/i,
    words: {
      ja: ['このデータ'],
      ru: ['этих данных', 'этим данным'],
      kk: ['деректерде'],
      ky: ['маалыматтарда'],
      tg: ['ин маълумот'],
      tk: ['maglumatlarda'],
      uz: ['maʼlumotlarda'],
    },
  },
  {
    id: 'more-than',
    name: 'more than',
    en: /\bmore than\b/i,
    words: {
      ja: ['超', '以上'],
      ru: ['более', 'больше', 'свыше'],
      kk: ['астам', 'асады', 'асты', 'асқан', 'артық'],
      ky: ['ашык', 'ашкан', 'ашты', 'ашуун', 'ашат'],
      tg: ['беш аз', 'зиёда аз', 'зиёда'],
      tk: ['gowrak', 'artyk'],
      uz: ['ortiq', 'koʻproq'],
    },
  },
  {
    id: 'about',
    name: 'about (before a number)',
    en: /\babout (?:(?:USD|JPY|US\$|\$|¥) ?)?(?:\d|\{)/i,
    words: {
      // 規模 ("on the scale of"): the Prime Minister's Office's own wording of the target, 3兆円規模.
      ja: ['約', '規模', 'およそ', '程度'],
      ru: ['примерно', 'около', 'порядка', 'приблизительно'],
      kk: ['шамамен', 'шамасында', 'шақты'],
      ky: ['болжол менен', 'болжолу', 'жакын'],
      tg: ['тақрибан', 'қариб'],
      tk: ['takmynan', 'töweregi', 'golaý'],
      uz: ['taxminan', 'qariyb', 'atrofida'],
    },
  },
  {
    id: 'reported',
    name: 'reported (as reported, reportedly, according to)',
    en: /\breported(?:ly)?\b|\baccording to\b/i,
    words: {
      ja: ['による', 'によると', 'によれば', '報道', '報じ', '伝え'],
      ru: ['по данным', 'по сообщени', 'сообща', 'по информации', 'пишет', 'по словам', 'согласно', 'приводятся по', 'приводится по'],
      kk: ['хабарла', 'мәліметінше', 'мәліметі бойынша', 'бойынша', 'деректерінше', 'жаз'],
      ky: ['билдир', 'кабарла', 'маалыматы боюнча', 'маалыматына', 'боюнча', 'жаз'],
      tg: ['хабар', 'тибқи', 'ба гуфтаи', 'бино ба', 'мувофиқи', 'менавис'],
      tk: ['habar', 'görä', 'esasynda', 'maglumatyna'],
      uz: ['xabar', 'koʻra', 'asosida', 'maʼlumotiga', 'keltirilgan'],
    },
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A letter, a combining mark or the Uzbek ʻ ʼ: what a word is made of. */
const LETTER = '\\p{L}\\p{M}\\u02bb\\u02bc';
const patterns = new Map<string, RegExp>();
/** The words of `hedge` in `lang`, as one pattern. */
function wordsOf(hedge: Hedge, lang: OtherLang): RegExp {
  const key = `${hedge.id} ${lang}`;
  let re = patterns.get(key);
  if (!re) {
    const words = hedge.words[lang].map(escape).join('|');
    re = new RegExp(lang === 'ja' ? `(?:${words})` : `(?<![${LETTER}])(?:${words})`, 'iu');
    patterns.set(key, re);
  }
  return re;
}

/** A text's language that lacks a hedge its English carries. */
export interface MissingHedge {
  lang: OtherLang;
  hedge: Hedge;
}

/** The hedges the English of `text` carries and a language of it lacks (none: every hedge kept). */
export function missingHedges(text: Partial<Record<DataLang, string>>): MissingHedge[] {
  const missing: MissingHedge[] = [];
  if (typeof text.en !== 'string') return missing;
  for (const hedge of HEDGES) {
    if (!hedge.en.test(text.en)) continue;
    for (const lang of Object.keys(hedge.words) as OtherLang[]) {
      const translated = text[lang];
      if (typeof translated === 'string' && !wordsOf(hedge, lang).test(translated)) missing.push({lang, hedge});
    }
  }
  return missing;
}

const describe = (where: string, {lang, hedge}: MissingHedge, en: string) =>
  `${where}.${lang}: drops the hedge "${hedge.name}" of the English ("${en}"); expected one of: ${hedge.words[lang].join(', ')}`;

/** Every dropped hedge in a dataset's texts, as `<path of the text>.<lang>: …` lines (`countries[4].facts[1].text.kk: …`). */
export function datasetHedgeProblems(value: unknown, path = ''): string[] {
  if (isTextSlot(value)) return missingHedges(value).map((missing) => describe(path, missing, value.en ?? ''));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    datasetHedgeProblems(item, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key)
  );
}

/**
 * Every dropped hedge in the UI strings: `strings` holds each language's translation module; each
 * English string (outside `languages` and the locale tables) is checked with the same key in the others.
 */
export function uiHedgeProblems(strings: Record<DataLang, unknown>): string[] {
  const problems: string[] = [];
  const visit = (en: unknown, path: string[]) => {
    if (typeof en === 'string') {
      const at = (lang: DataLang) => path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), strings[lang]);
      const text = Object.fromEntries((Object.keys(strings) as DataLang[]).map((lang) => [lang, at(lang)]).filter(([, v]) => typeof v === 'string'));
      for (const missing of missingHedges(text)) problems.push(describe(path.join('.'), missing, en));
    } else if (en && typeof en === 'object') {
      for (const [key, value] of Object.entries(en)) if (!(path.length === 0 && (key === 'languages' || key === 'locale'))) visit(value, [...path, key]);
    }
  };
  visit(strings.en, []);
  return problems;
}
