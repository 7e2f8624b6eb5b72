/**
 * How the bundled dataset travels: its language-neutral parts (ids, dates, codes, numbers, source
 * links) with the widgets that show them, and each language's texts of each part in a chunk of its
 * own, so a page downloads only the parts and the language it shows. All of it comes from
 * `data/ca-jad-2025.json` at build time (`scripts/texts-plugin.mjs`); at run time texts are put back in place.
 *
 * A text is a `LocalizedText`: an object whose keys are all language codes. Texts are visited in
 * the order the JSON lists them, the same order when the data is split and when it is put back.
 */
import {DATA_LANGS, type Correction, type DataLang, type Source} from './types.js';

/**
 * One part of the bundled dataset as a widget imports it (served by scripts/texts-plugin.mjs): its
 * language-neutral skeleton, the sources it cites and the corrections concerning it (each by the
 * group of parts it belongs to, with its position in the dataset), and the text units it needs.
 */
export interface DataPart {
  name: string;
  skeleton: unknown;
  sources: Record<string, (Source & {order: number})[]>;
  corrections: Record<string, (Correction & {order: number})[]>;
  units: string[];
}

type Slot = Partial<Record<DataLang, string>>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A localized text (or its empty place in the skeleton): an object with language codes for keys only. */
export const isTextSlot = (value: unknown): value is Slot =>
  isPlainObject(value) && Object.keys(value).every((key) => (DATA_LANGS as readonly string[]).includes(key));

/** Calls `visit` on every localized text in `value`, in document order. */
export function forEachText(value: unknown, visit: (slot: Slot) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) forEachText(item, visit);
  } else if (isTextSlot(value)) {
    visit(value);
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) forEachText(value[key], visit);
  }
}

/** Fills in one language's texts, given in document order, into the skeleton (in place). */
export function applyTexts(skeleton: unknown, lang: DataLang, texts: readonly string[]): void {
  let index = 0;
  forEachText(skeleton, (slot) => {
    slot[lang] = texts[index++];
  });
  if (index !== texts.length) throw new Error(`${lang} texts do not fit the dataset (${texts.length} for ${index} places)`);
}
