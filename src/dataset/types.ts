/**
 * The dataset schema: what every widget renders. The bundled dataset lives in
 * `data/ca-jad-2025.json`; a newsroom can supply its own in the same shape via
 * the `src` attribute or the `data` property. `validateDataset()` in
 * `./validate.ts` is the one runtime check of this shape.
 */

/**
 * Languages a dataset's texts may be written in: the widgets' languages. Every text has English;
 * the bundled dataset has all eight (checked at build time), a newsroom's may have fewer (a text
 * missing in the reader's language is shown in English).
 */
export const DATA_LANGS = ['en', 'ja', 'ru', 'kk', 'ky', 'tg', 'tk', 'uz'] as const;
export type DataLang = (typeof DATA_LANGS)[number];

/** One text in English and any of the other languages. */
export type LocalizedText = {en: string} & Partial<Record<DataLang, string>>;

/** An id from `Dataset.sources`. */
export type SourceId = string;

/** Anything shown to a reader names where it came from. */
export interface Sourced {
  /** At least one id from `Dataset.sources`. */
  sources: SourceId[];
}

/** Confidence grade from the research notes: A primary, B reliable secondary, C single weaker outlet. */
export type Confidence = 'A' | 'B' | 'C';

export interface Source {
  id: SourceId;
  /** Publisher as it names itself, e.g. "Ministry of Foreign Affairs of Japan". */
  publisher: string;
  /** The document's own title, in its own language. */
  title: string;
  /** http(s) only. */
  url: string;
  /** Publication date, `YYYY-MM-DD` or `YYYY-MM`. Optional when the source gives none. */
  date?: string;
  /** BCP 47 language of the document, e.g. `en`, `ja`, `ru`. */
  language: string;
  confidence: Confidence;
}

/** A date as precise as the sources allow. */
export type EventDate =
  | { precision: 'day'; start: string } // YYYY-MM-DD
  | { precision: 'month'; start: string } // YYYY-MM
  | { precision: 'year'; start: string } // YYYY
  | { precision: 'range'; start: string; end: string } // YYYY-MM-DD .. YYYY-MM-DD
  /** Decided but not dated yet: `start` is the day it was announced (YYYY-MM-DD), used to sort; shown as "date not announced". */
  | { precision: 'unannounced'; start: string };

/** An EventDate that names a date (every precision but `unannounced`). */
export type DatedEventDate = Exclude<EventDate, { precision: 'unannounced' }>;

export const EVENT_KINDS = ['summit', 'ministerial', 'visit', 'senior-officials', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface TimelineEvent extends Sourced {
  /** Stable, URL-safe id, e.g. `tokyo-summit-2025`; used by `highlight`. */
  id: string;
  date: EventDate;
  kind: EventKind;
  /** Where it happened; "Online" for video meetings. */
  place: LocalizedText;
  title: LocalizedText;
  summary: LocalizedText;
  /** Marks the event the timeline sets apart (the 2025 Tokyo summit). */
  milestone?: boolean;
  /** Id from `Dataset.cities` when the place is a city (the map marks it there); none for online meetings or a whole country. */
  city?: string;
}

/** A city the map marks: a capital, or where a meeting of the Dialogue took place. */
export interface City extends Sourced {
  /** Stable, URL-safe id, e.g. `astana`; used by `events[].city` and the map's `highlight`. */
  id: string;
  name: LocalizedText;
  /** ISO 3166-1 alpha-2 of its country, upper case (any country, not only those in `countries`). */
  country: string;
  /** Longitude in degrees east, -180 to 180 (WGS 84, as in GeoNames). */
  lon: number;
  /** Latitude in degrees north, -90 to 90. */
  lat: number;
  /** The country's capital. */
  capital: boolean;
}

/** A short labelled item such as a field of cooperation. */
export interface LabelledItem {
  id: string;
  label: LocalizedText;
}

/** A further fact. `reportedBy` names the outlet when the fact rests on a single weaker source (confidence C). */
export interface Fact extends Sourced {
  id: string;
  text: LocalizedText;
  reportedBy?: string;
}

export interface Person extends Sourced {
  name: LocalizedText;
  /** Office held, e.g. "President", "Prime Minister". */
  title: LocalizedText;
  /**
   * `YYYY-MM-DD`: the date the sources show this person in this office. The country cards say it
   * with the leader ("President: … (as of 4 December 2026)"); not given, they say none.
   */
  asOf?: string;
}

/**
 * The one report a block of data rests on, named wherever the block is shown ("Fields as
 * reported in an opinion column on News.Az"): for data taken from a single report, such as
 * an opinion column, whose standing a reader should see next to the data itself.
 */
export interface ReportedBy {
  /** The report: an id from `Dataset.sources`, linked where the line is shown. */
  source: SourceId;
  /**
   * What the report is, as a phrase that completes the widget's sentence: "as reported in …"
   * (en, e.g. "an opinion column on News.Az"), "…による" (ja, e.g. "News.Azの論説コラム"),
   * "по данным …" (ru, in the genitive, e.g. "авторской колонки на News.Az").
   */
  description: LocalizedText;
}

export interface Country extends Sourced {
  /** ISO 3166-1 alpha-2, upper case, e.g. `KZ`. */
  alpha2: string;
  /** ISO 3166-1 alpha-3, upper case, e.g. `KAZ`. */
  alpha3: string;
  /**
   * The country's short name, as the dataset's texts write it (ru "Кыргызстан", where
   * `Intl.DisplayNames` says "Киргизия"). Every widget names the country by it, never by `Intl`.
   * `sources` of the country cover its name and capital.
   */
  name: LocalizedText;
  capital: LocalizedText;
  leader: Person;
  /** What the country signed with Japan at the summit (seed 000). */
  agreements: Sourced & {
    /** Fields the signed documents covered. */
    fields: LabelledItem[];
    /** What stood out most. */
    standOut: LabelledItem[];
    /** The report the fields and highlights are taken from, shown with them. */
    reportedBy?: ReportedBy;
  };
  /** Further facts; per-country counts use different definitions and are never added up. */
  facts: Fact[];
}

export interface OutcomeDocument extends Sourced {
  id: string;
  name: LocalizedText;
  summary: LocalizedText;
  /** Full text, http(s) only. */
  url?: string;
}

export interface Summit extends Sourced {
  /** Event id in `events` of the summit itself. */
  eventId: string;
  date: string; // YYYY-MM-DD
  place: LocalizedText;
  host: Person;
  /** Alpha-2 codes of the participating countries, with their leaders in `countries`. */
  participants: string[];
  outcomeDocuments: OutcomeDocument[];
  /** "More than N documents signed or presented by public and private stakeholders." */
  documentsSigned: Sourced & { moreThan: number; note: LocalizedText };
}

/** Where an item sits among the pillars, and whether that placement is the sources' or ours. */
export interface PillarGrouping {
  pillar: string;
  /** true when the sources do not make this grouping themselves: the widget labels it. */
  editorial: boolean;
}

export interface InitiativeItem extends Sourced {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
  grouping?: PillarGrouping;
}

export interface Pillar extends Sourced {
  /** `green-resilience`, `connectivity`, `human-resources`. */
  id: string;
  name: LocalizedText;
  description: LocalizedText;
}

export interface Initiative extends Sourced {
  name: LocalizedText;
  aim: LocalizedText;
  pillars: Pillar[];
  /** Items named under the Initiative (supply chains via the Caspian route, AI partnership, critical minerals). */
  items: InitiativeItem[];
  /** The business target, e.g. JPY 3 trillion over 5 years. */
  target: Sourced & {
    amount: number;
    /** ISO 4217. */
    currency: string;
    years: number;
    note: LocalizedText;
  };
  /** Areas of interest voiced by the Central Asian side (seed 004). */
  interests: InitiativeItem[];
}

/**
 * A published correction: what was changed in the dataset after it was first published, and
 * why, as news sites publish theirs. Shown, dated, in the Sources section of every widget that
 * shows what it concerns (all of them when `concerns` is not given).
 */
export interface Correction {
  /** Stable, kebab-case id, e.g. `next-summit-year`. */
  id: string;
  /**
   * `correction`: something shown was wrong and was put right. `update`: something that happened
   * since, added (as a news site marks an updated article). The widgets label each entry.
   */
  kind: CorrectionKind;
  /** `YYYY-MM-DD`: when the correction was made. */
  date: string;
  /** What changed, in a sentence or two. */
  what: LocalizedText;
  /** Why: what was wrong, or what the sources say. */
  why: LocalizedText;
  /** Ids from `Dataset.sources` the corrected text now rests on. */
  sources?: SourceId[];
  /**
   * The parts of the dataset the correction is about (`events`, `countries`, `initiative`, ...):
   * the widgets that show them list it. Not given: every widget lists it.
   */
  concerns?: DatasetPart[];
}

export const CORRECTION_KINDS = ['correction', 'update'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** The parts of a dataset a widget shows; a correction names those it concerns. */
export const DATASET_PARTS = ['events', 'countries', 'summit', 'initiative', 'cities', 'figures', 'fieldGroups'] as const;
export type DatasetPart = (typeof DATASET_PARTS)[number];

/** How a figure's number relates to the fact: exactly it, more than it, or about it (as the sources say). */
export const FIGURE_QUALIFIERS = ['exact', 'more-than', 'about'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/**
 * Rules that count a figure from the dataset itself (`Figure.computed`):
 * - `foreign-ministers-meetings`: the events of kind `ministerial` dated on or before the figure's `asOf`;
 * - `years-to-first-summit`: full years from the first event of the timeline (the Dialogue's launch) to `summit.date`;
 * - `summit-presidents`: the summit's participating countries (`summit.participants`, each counted once).
 */
export const FIGURE_RULES = ['foreign-ministers-meetings', 'years-to-first-summit', 'summit-presidents'] as const;
export type FigureRule = (typeof FIGURE_RULES)[number];

/**
 * A key figure, as the key figures widget shows it: a number with what exactly it counts, its sources and the date
 * it holds for. The sourced `value` is the fact; a figure that can be counted from the dataset names its
 * rule in `computed`, and the widget checks that the count agrees (it shows `value` either way).
 * Figures of different definitions are never added up.
 */
export interface Figure extends Sourced {
  /** Stable, kebab-case id, e.g. `summit-documents`; used by the `figures` attribute. */
  id: string;
  /** The number the sources give (`150` for "more than 150", `3000000000000` for "about JPY 3 trillion"). */
  value: number;
  /** `more-than` and `about` exactly where the sources say "more than" and "about". */
  qualifier: FigureQualifier;
  /** ISO 4217 code when `value` is an amount of money, e.g. `JPY`. */
  currency?: string;
  /** What the number is, short: "Documents signed or presented at the summit". */
  label: LocalizedText;
  /** What exactly it counts, and by whose count. */
  definition: LocalizedText;
  /** `YYYY-MM-DD`: the date the figure holds for. */
  asOf: string;
  /** A rule that counts the figure from the dataset, checked against `value`. */
  computed?: FigureRule;
}

export interface Dataset {
  /** e.g. `ca-jad-2025`. */
  id: string;
  title: LocalizedText;
  /** `YYYY-MM-DD`: the date the facts were last checked. */
  asOf: string;
  sources: Source[];
  /**
   * Corrections and updates made since the dataset was first published, oldest first. Optional; the
   * bundled dataset has them. The newest date is the "Updated" date the widgets show next to `asOf`.
   */
  corrections?: Correction[];
  /** Cities the map marks, with their coordinates. Optional: a dataset without them gets a map without cities. */
  cities?: City[];
  countries: Country[];
  /** In date order. */
  events: TimelineEvent[];
  summit: Summit;
  initiative: Initiative;
  /** Key figures (the key figures widget), in the order they are shown. Optional: a dataset without them gets no tiles. */
  figures?: Figure[];
  /**
   * The editors' grouping of the countries' fields into rows (the agreements matrix): every field of
   * every country in exactly one group. Optional: without it the matrix has one row per field id.
   */
  fieldGroups?: FieldGroup[];
}

/** A country's field in a field group: the country's own entry keeps its wording. */
export interface FieldGroupField {
  /** ISO alpha-2 of a country in `Dataset.countries`. */
  country: string;
  /** Id of an entry of that country's `agreements.fields`. */
  field: string;
}

/** A country's stood-out item placed in a field group (one where the country has a field). */
export interface FieldGroupStandOut {
  /** ISO alpha-2 of a country in `Dataset.countries`. */
  country: string;
  /** Id of an entry of that country's `agreements.standOut`. */
  item: string;
}

/**
 * One row of the agreements matrix: fields of cooperation the editors put together (the sources
 * do not group them, so the widget labels the grouping as editorial). The validator checks that
 * every field of every country is in exactly one group and, when a dataset has groups, every
 * stood-out item too.
 */
export interface FieldGroup {
  /** Stable, kebab-case id, e.g. `energy`; what the matrix's `fields` attribute takes. */
  id: string;
  label: LocalizedText;
  fields: FieldGroupField[];
  /** The countries' stood-out items that belong to this row. Optional when none does. */
  standOut?: FieldGroupStandOut[];
}

/** A problem found by the validator: where, and what. */
export interface DatasetProblem {
  /** e.g. `countries[2].leader.name.ja`. */
  path: string;
  /** e.g. `missing`, `must be an http(s) URL`. */
  problem: string;
}

export type ValidationResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: DatasetProblem[] };
