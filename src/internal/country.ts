import type {Country} from '../dataset/types.js';
import {text} from './format.js';
import type {Lang} from './lang.js';

/**
 * The country's name in `lang`: the dataset's own (`Country.name`), the one source of
 * country names in every widget. Not `Intl.DisplayNames`: it can differ from the texts
 * (ru "Киргизия" where the texts and the region say "Кыргызстан"), and the reader must
 * meet one name per country per language.
 */
export function countryName(country: Country, lang: Lang): string {
  return text(country.name, lang);
}
