import {applyTexts} from '../dataset/texts.js';
import type {Translation} from '../translations/types.js';
import {bundledSkeleton} from './bundled.js';
import type {Lang} from './lang.js';

type Module = {default: Translation};

/**
 * One chunk per language (UI strings and the bundled dataset's texts), so a page downloads only
 * the languages it shows. Literal `import()` calls: every bundler makes each one a chunk of its own.
 */
const LOADERS: Record<Lang, () => Promise<Module>> = {
  en: () => import('../translations/en.js'),
  ja: () => import('../translations/ja.js'),
  ru: () => import('../translations/ru.js'),
  kk: () => import('../translations/kk.js'),
  ky: () => import('../translations/ky.js'),
  tg: () => import('../translations/tg.js'),
  tk: () => import('../translations/tk.js'),
  uz: () => import('../translations/uz.js'),
};

const loaded = new Map<Lang, Translation>();
const pending = new Map<Lang, Promise<Translation>>();

/** The language's translation if it has arrived, else undefined (never starts a download). */
export const loadedTranslation = (lang: Lang): Translation | undefined => loaded.get(lang);

/** Test hook: how a language's chunk is fetched (the tests point it at a failing server). */
export const translationLoaders = LOADERS;

/**
 * The language's translation, downloaded once; its texts are put into the bundled dataset on
 * arrival. A failed download is forgotten, so the next call tries again.
 */
export function loadTranslation(lang: Lang): Promise<Translation> {
  const done = loaded.get(lang);
  if (done) return Promise.resolve(done);
  let request = pending.get(lang);
  if (!request) {
    request = LOADERS[lang]()
      .then(({default: translation}) => {
        if (!loaded.has(lang)) {
          applyTexts(bundledSkeleton, lang, translation.texts);
          loaded.set(lang, translation);
        }
        return loaded.get(lang)!;
      })
      .finally(() => pending.delete(lang));
    pending.set(lang, request);
  }
  return request;
}
