import type {Country} from '../dataset/types.js';
import {cachedIntl, text, type Locale} from './format.js';
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

/**
 * Any country's name by its alpha-2 code (a neighbour on the map, Japan): the dataset's name when the
 * dataset has the country, else the shipped table of a language browsers lack, else Intl.DisplayNames.
 */
export function regionName(alpha2: string, {lang, locale: tables}: Locale, countries: readonly Country[] = []): string {
  const country = countries.find((candidate) => candidate.alpha2 === alpha2);
  if (country) return countryName(country, lang);
  if (tables) return tables.countries[alpha2] ?? alpha2;
  try {
    return cachedIntl(`region ${lang}`, () => new Intl.DisplayNames(lang, {type: 'region'})).of(alpha2) ?? alpha2;
  } catch {
    return alpha2;
  }
}
