// The eight languages the widgets speak, each by its own name, for the toolbar (.storybook/preview.ts) and the
// stories' `lang` control. The names are read from the translations, never typed here: a translation's
// `locale.languageName` ("Қазақ тілі", "Oʻzbekcha") where it has locale tables, else its own entry in its
// `languages` list ("日本語", "русский"), capitalized in its language. (The Embed builder offers the same
// names: stories/builder/widgets.ts re-exports `languageName` as `ownLanguageName`.)
import {LANGS, type Lang} from '../src/internal/lang.js';
import en from '../src/translations/en.js';
import ja from '../src/translations/ja.js';
import kk from '../src/translations/kk.js';
import ky from '../src/translations/ky.js';
import ru from '../src/translations/ru.js';
import tg from '../src/translations/tg.js';
import tk from '../src/translations/tk.js';
import type {Translation} from '../src/translations/types.js';
import uz from '../src/translations/uz.js';

const TRANSLATIONS: Record<Lang, Translation> = {en, ja, ru, kk, ky, tg, tk, uz};

/** A language's name in that language: "English", "日本語", "Русский", "Қазақ тілі", ... */
export function languageName(lang: Lang): string {
  const translation = TRANSLATIONS[lang];
  const name = translation.locale?.languageName ?? translation.languages[lang];
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** Every language, in the widgets' order (en, ja, ru, kk, ky, tg, tk, uz). */
export const LANGUAGES: readonly {lang: Lang; name: string}[] = LANGS.map((lang) => ({lang, name: languageName(lang)}));

export {LANGS, type Lang};
