import {applyTexts} from '../dataset/texts.js';
import {TEXT_UNITS, UI_SECTIONS} from '../generated/loaders.js';
import type {Translation} from '../translations/types.js';
import {textTargets} from './bundled.js';
import type {Lang} from './lang.js';

/** What a widget needs of a language: sections of the UI strings and units of the bundled dataset's texts. */
export interface LanguageNeeds {
  sections: readonly string[];
  units: readonly string[];
}

/**
 * Each language's texts arrive in pieces (scripts/split-data.mjs): a section of UI strings per widget,
 * the locale tables, and the dataset's texts per part, each a chunk downloaded once, on first need.
 * `translations[lang]` gathers the sections that have arrived.
 */
const translations = new Map<Lang, Translation>();
const arrived = new Set<string>();
const pending = new Map<string, Promise<void>>();

/** The language's UI strings that have arrived (a widget reads only the sections it asked for), or undefined. */
export const loadedTranslation = (lang: Lang): Translation | undefined => translations.get(lang);

/** The pieces of `lang` that `needs` names, the locale tables included where the language has them. */
const piecesOf = (lang: Lang, {sections, units}: LanguageNeeds): string[] => [
  ...[...sections, 'locale'].filter((section) => section in UI_SECTIONS[lang]).map((section) => `ui ${section}`),
  ...units.map((unit) => `text ${unit}`),
];

/** Whether everything `needs` names in `lang` has arrived. */
export const hasLanguage = (lang: Lang, needs: LanguageNeeds): boolean =>
  translations.has(lang) && piecesOf(lang, needs).every((piece) => arrived.has(`${lang} ${piece}`));

function fetchPiece(lang: Lang, piece: string): Promise<void> {
  const key = `${lang} ${piece}`;
  if (arrived.has(key)) return Promise.resolve();
  let request = pending.get(key);
  if (!request) {
    const [kind, name] = piece.split(' ');
    const loader = (kind === 'ui' ? UI_SECTIONS : TEXT_UNITS)[lang][name];
    request = loader()
      .then(({default: value}) => {
        if (arrived.has(key)) return;
        const translation = translations.get(lang) ?? ({lang} as Translation);
        if (kind === 'ui') (translation as unknown as Record<string, unknown>)[name] = value;
        else applyTexts(textTargets.get(name), lang, value as string[]);
        translations.set(lang, translation);
        arrived.add(key);
      })
      // A failed download is forgotten, so the next call tries again.
      .finally(() => pending.delete(key));
    pending.set(key, request);
  }
  return request;
}

/** Downloads what `needs` names in `lang` (each piece once); rejects if any piece fails. */
export async function loadLanguage(lang: Lang, needs: LanguageNeeds): Promise<Translation> {
  await Promise.all(piecesOf(lang, needs).map((piece) => fetchPiece(lang, piece)));
  return translations.get(lang)!;
}

/** Every UI section of `lang` and the texts of every part in use (the server renderer uses them all). */
export const loadEverything = (lang: Lang): Promise<Translation> =>
  loadLanguage(lang, {sections: Object.keys(UI_SECTIONS[lang]), units: [...textTargets.keys()]});
