import {applyTexts} from '../dataset/texts.js';
import {LANGUAGE_INDEX, type LanguageIndex} from 'summit-widgets:loaders';
import type {Translation} from '../translations/types.js';
import {textTargets} from './bundled.js';
import type {Lang} from './lang.js';

/** What a widget needs of a language: sections of the UI strings and units of the bundled dataset's texts. */
export interface LanguageNeeds {
  sections: readonly string[];
  units: readonly string[];
}

/**
 * Each language's texts arrive in pieces (scripts/texts-plugin.mjs): its index first (where its pieces
 * are), then a section of UI strings per widget, the locale tables, and the dataset's texts per part,
 * each a chunk downloaded once, on first need. `translations[lang]` gathers the sections that have arrived.
 */
const translations = new Map<Lang, Translation>();
const indexes = new Map<Lang, LanguageIndex>();
const arrived = new Set<string>();
const pending = new Map<string, Promise<void>>();

/** The language's UI strings that have arrived (a widget reads only the sections it asked for), or undefined. */
export const loadedTranslation = (lang: Lang): Translation | undefined => translations.get(lang);

/** The pieces of `lang` that `needs` names, the locale tables included where the language has them. */
const piecesOf = (index: LanguageIndex, {sections, units}: LanguageNeeds): string[] => [
  ...[...sections, 'locale'].filter((section) => section in index.ui).map((section) => `ui ${section}`),
  ...units.map((unit) => `text ${unit}`),
];

/** Whether everything `needs` names in `lang` has arrived. */
export function hasLanguage(lang: Lang, needs: LanguageNeeds): boolean {
  const index = indexes.get(lang);
  return !!index && translations.has(lang) && piecesOf(index, needs).every((piece) => arrived.has(`${lang} ${piece}`));
}

/**
 * The URL to import instead for a piece whose `import()` failed: Firefox keeps a failed `import()`
 * in its module map and never fetches that URL again (Chromium and WebKit do), so the next attempt
 * asks for the same chunk under a new query. Its error message names the URL (WebKit's does not,
 * and WebKit fetches again anyway).
 */
const retryUrls = new Map<string, string>();
let retries = 0;

/** `load()` (a chunk's literal `import()`), or after a failure the same chunk under a fresh query. */
function importPiece<T>(key: string, load: () => Promise<T>): Promise<T> {
  const retry = retryUrls.get(key);
  const attempt: Promise<T> = retry ? import(/* @vite-ignore */ retry) : load();
  return attempt.catch((error: unknown) => {
    const url = /\bhttps?:\/\/[^\s'"]+/.exec(String((error as Error)?.message ?? ''))?.[0];
    if (url) {
      const fresh = new URL(url);
      fresh.searchParams.set('sw-retry', String(++retries));
      retryUrls.set(key, fresh.href);
    }
    throw error;
  });
}

/** Runs `load` once for `key` at a time; a failure is forgotten, so the next call tries again. */
function once(key: string, load: () => Promise<void>): Promise<void> {
  if (arrived.has(key)) return Promise.resolve();
  let request = pending.get(key);
  if (!request) {
    request = load()
      .then(() => void arrived.add(key))
      .finally(() => pending.delete(key));
    pending.set(key, request);
  }
  return request;
}

function fetchPiece(lang: Lang, index: LanguageIndex, piece: string): Promise<void> {
  return once(`${lang} ${piece}`, async () => {
    const [kind, name] = piece.split(' ');
    const {default: value} = await importPiece(`${lang} ${piece}`, (kind === 'ui' ? index.ui : index.texts)[name]);
    // A new object for each piece that arrives: a widget's derived values (memo, keyed on the translation it
    // rendered with) are rebuilt with the texts that came, also those put into the bundled dataset.
    const translation = {...(translations.get(lang) ?? {lang})} as Translation;
    if (kind === 'ui') (translation as unknown as Record<string, unknown>)[name] = value;
    else applyTexts(textTargets.get(name), lang, value as string[]);
    translations.set(lang, translation);
  });
}

async function indexOf(lang: Lang): Promise<LanguageIndex> {
  await once(`${lang} index`, async () => void indexes.set(lang, await importPiece(`${lang} index`, LANGUAGE_INDEX[lang])));
  return indexes.get(lang)!;
}

/** Downloads what `needs` names in `lang` (each piece once); rejects if any piece fails. */
export async function loadLanguage(lang: Lang, needs: LanguageNeeds): Promise<Translation> {
  const index = await indexOf(lang);
  await Promise.all(piecesOf(index, needs).map((piece) => fetchPiece(lang, index, piece)));
  if (!translations.has(lang)) translations.set(lang, {lang} as Translation);
  return translations.get(lang)!;
}

/** Every UI section of `lang` and the texts of every part in use (the server renderer uses them all). */
export async function loadEverything(lang: Lang): Promise<Translation> {
  const index = await indexOf(lang);
  return loadLanguage(lang, {sections: Object.keys(index.ui), units: [...textTargets.keys()]});
}
