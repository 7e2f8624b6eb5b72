// What the Embed builder offers for each widget of the registry (src/registry.json, which gives its name and
// summary and the picker's order): one entry per tag in WIDGETS, each attribute of the tag described once as a
// control with only valid choices. The attribute list itself comes from
// custom-elements.json (what the widget declares), the valid values from the bundled dataset and the
// widgets' own constants, the languages from LANGS with each language's own name from its translation.
//
// A new widget: add its entry to WIDGETS (its own attributes; lang, theme, src and heading-level are in
// COMMON). Until it has one, the builder lists it with plain text fields and a warning, and the builder
// test fails, naming what is missing.
import manifest from '../../custom-elements.json';
import data from '../../data/ca-jad-2025.json';
import pkg from '../../package.json';
import {EVENT_KINDS, type Dataset, type EventKind, type TimelineEvent} from '../../src/dataset/types.js';
import {regionName} from '../../src/internal/country.js';
import {LANGS} from '../../src/internal/lang.js';
import {PILLAR_LAYOUTS} from '../../src/initiative-pillars/initiative-pillars.js';
import {FRAMES} from '../../src/summit-map/geometry.js';
import {MAP_LAYERS} from '../../src/summit-map/summit-map.js';
import {filterEvents, parseBound, startKey} from '../../src/summit-timeline/filter.js';
import {TIMELINE_LAYOUTS} from '../../src/summit-timeline/summit-timeline.js';
import en from '../../src/translations/en.js';
import {listOf} from '../../src/internal/list.js';
import {WIDGETS as REGISTRY} from '../../src/registry.js';
import {languageName as ownLanguageName} from '../languages.js';

/** The bundled dataset: the builder offers its ids, codes and dates. */
export const dataset = data as Dataset;

/** The current values of one widget's controls, by attribute name ('' is "left out"). */
export type Values = Readonly<Record<string, string>>;

export interface Choice {
  /** The attribute's value; '' leaves the attribute out (the widget's default). */
  value: string;
  label: string;
  /** The language the label is written in, when it is not English. */
  lang?: string;
  /** An `<optgroup>` label (selects only). */
  group?: string;
}

interface ControlBase {
  /** The label, in words; the attribute's name is shown beside it. */
  label: string;
  /** One line under the control. */
  hint?: string;
  /** Controls with the same group share one fieldset, whose legend is the group. */
  group?: string;
}

export type Control =
  | (ControlBase & {
      kind: 'select';
      /** The choices, which may depend on the widget's other values (an event the range leaves out is no choice). */
      choices: (values: Values) => readonly Choice[];
    })
  | (ControlBase & {kind: 'radios'; choices: readonly Choice[]})
  | (ControlBase & {
      /** A comma list: every box checked, or none, leaves the attribute out (the widget shows all). */
      kind: 'checkboxes';
      choices: readonly Choice[];
      /** Said when no box is checked. */
      noneChecked: string;
    })
  | (ControlBase & {
      kind: 'date';
      min: string;
      max: string;
      /** The other end of the range: this date must not be after it (`to`) or before it (`from`). */
      after?: string;
      before?: string;
    })
  | (ControlBase & {kind: 'url'; placeholder: string})
  /** Only for an attribute no entry describes yet (a widget still missing from WIDGETS). */
  | (ControlBase & {kind: 'text'; missing: true});

/** A widget's controls; its name and summary are the registry's (src/registry.json: `title`, `summary`). */
export interface WidgetEntry {
  tag: string;
  /** Its own attributes (the shared ones are in COMMON). */
  attributes: Record<string, Control>;
}

/** A language's name in that language ("日本語", "Русский", "Oʻzbekcha"): the toolbar's, from its own translation. */
export {languageName as ownLanguageName} from '../languages.js';

/** The attribute value a control's value gives, or undefined when the attribute is left out. */
export function attributeValue(control: Control, value: string, values: Values): string | undefined {
  switch (control.kind) {
    case 'checkboxes': {
      const checked = control.choices.filter((choice) => listOf(value).includes(choice.value)).map((choice) => choice.value);
      return checked.length === 0 || checked.length === control.choices.length ? undefined : checked.join(',');
    }
    case 'date':
      return dateProblem(control, value, values) ? undefined : value || undefined;
    case 'url':
      return urlProblem(value) ? undefined : value.trim() || undefined;
    default:
      return value.trim() || undefined;
  }
}

/** What is wrong with a control's value (shown under it; the attribute is then left out), if anything. */
export function problemOf(control: Control, value: string, values: Values): string | undefined {
  if (control.kind === 'date') return dateProblem(control, value, values);
  if (control.kind === 'url') return urlProblem(value);
  if (control.kind === 'checkboxes' && !listOf(value).length) return control.noneChecked;
  return undefined;
}

/** The value a control starts with. */
export function initialValue(control: Control): string {
  return control.kind === 'checkboxes' ? control.choices.map((choice) => choice.value).join(',') : '';
}


const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dateProblem(control: Extract<Control, {kind: 'date'}>, value: string, values: Values): string | undefined {
  if (!value) return undefined;
  if (!DAY.test(value) || !parseBound(value, 'from')) return 'Not a date: write it as YYYY-MM-DD.';
  if (value < control.min || value > control.max) return `Outside the dataset's events: choose a day from ${control.min} to ${control.max}.`;
  const before = control.before && values[control.before];
  if (before && DAY.test(before) && value > before) return `After the "${control.before}" date: left out.`;
  const after = control.after && values[control.after];
  if (after && DAY.test(after) && value < after) return `Before the "${control.after}" date: left out.`;
  return undefined;
}

function urlProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, 'https://example.org/');
    if (url.protocol === 'https:' || url.protocol === 'http:') return undefined;
  } catch {
    // not a URL
  }
  return 'Not an http(s) address or a path: left out.';
}

/** Dates of the bundled events, for the range's limits. */
const starts = dataset.events.map(startKey).sort();
const FIRST_DAY = starts[0];
const LAST_DAY = starts[starts.length - 1];

const kindName = (kind: EventKind) => en.timeline[`kind.${kind}`];

/** The events the timeline shows with these values, as `highlight`'s choices (grouped by year). */
function eventChoices(values: Values): Choice[] {
  const from = values.from && !dateProblem(timeline.attributes.from as Extract<Control, {kind: 'date'}>, values.from, values) ? values.from : undefined;
  const to = values.to && !dateProblem(timeline.attributes.to as Extract<Control, {kind: 'date'}>, values.to, values) ? values.to : undefined;
  const kinds = new Set(listOf(values.kinds ?? '') as EventKind[]);
  const shown: TimelineEvent[] = filterEvents(dataset.events, {from, to, kinds: kinds.size ? kinds : undefined});
  return [
    {value: '', label: 'None'},
    ...shown.map((event) => ({value: event.id, label: `${event.title.en} (${event.id})`, group: startKey(event).slice(0, 4)})),
  ];
}

/** The map's places as `highlight`'s choices: the six countries, then the cities `show` puts on the map. */
function placeChoices(values: Values): Choice[] {
  const layers = listOf(values.show ?? '');
  const all = layers.length === 0;
  const venues = new Set(dataset.events.map((event) => event.city).filter(Boolean));
  const cities = (dataset.cities ?? []).filter(
    (city) => (city.capital && (all || layers.includes('capitals'))) || (venues.has(city.id) && (all || layers.includes('venues')))
  );
  const countries = FRAMES.flatMap((frame) => Object.keys(frame.shapes));
  return [
    {value: '', label: 'None'},
    ...countries.map((code) => ({value: code, label: `${regionName(code, {lang: 'en'}, dataset.countries)} (${code})`, group: 'Countries'})),
    ...cities.map((city) => ({value: city.id, label: `${city.name.en} (${city.id})`, group: 'Cities'})),
  ];
}

const timeline: WidgetEntry = {
  tag: 'summit-timeline',
  attributes: {
    from: {
      kind: 'date',
      group: 'Date range',
      label: 'From',
      min: FIRST_DAY,
      max: LAST_DAY,
      before: 'to',
      hint: 'Events starting on or after this day; empty: from the first.',
    },
    to: {
      kind: 'date',
      group: 'Date range',
      label: 'To',
      min: FIRST_DAY,
      max: LAST_DAY,
      after: 'from',
      hint: 'Events starting on or before this day; empty: to the last.',
    },
    kinds: {
      kind: 'checkboxes',
      label: 'Kinds of event',
      choices: EVENT_KINDS.map((kind) => ({value: kind, label: kindName(kind)})),
      noneChecked: 'No kind checked: the attribute is left out, and every kind is shown.',
    },
    highlight: {
      kind: 'select',
      label: 'Highlighted event',
      hint: 'Opened and brought into view on load. Only the events the range and kinds show.',
      choices: eventChoices,
    },
    layout: {
      kind: 'radios',
      label: 'Layout',
      choices: TIMELINE_LAYOUTS.map((layout) => ({
        value: layout === 'auto' ? '' : layout,
        label: {auto: "Automatic: the year axis from 640 px of the widget's width, else the list", horizontal: 'Year axis', vertical: 'Vertical list'}[layout],
      })),
    },
  },
};

const countryAgreements: WidgetEntry = {
  tag: 'country-agreements',
  attributes: {
    country: {
      kind: 'select',
      label: 'Country',
      choices: () => [
        {value: '', label: 'All five, behind tabs'},
        ...dataset.countries.map((country) => ({value: country.alpha2, label: `${country.name.en} (${country.alpha2})`})),
      ],
    },
  },
};

const initiativePillars: WidgetEntry = {
  tag: 'initiative-pillars',
  attributes: {
    pillar: {
      kind: 'select',
      label: 'Pillar opened first',
      hint: 'In the list layout.',
      choices: () => [
        {value: '', label: 'None open'},
        ...dataset.initiative.pillars.map((pillar) => ({value: pillar.id, label: `${pillar.name.en} (${pillar.id})`})),
      ],
    },
    layout: {
      kind: 'radios',
      label: 'Layout',
      choices: PILLAR_LAYOUTS.map((layout) => ({
        value: layout === 'auto' ? '' : layout,
        label: {auto: "Automatic: three columns from 720 px of the widget's width, else the list", columns: 'Columns', list: 'List of disclosures'}[layout],
      })),
    },
  },
};

const summitMap: WidgetEntry = {
  tag: 'summit-map',
  attributes: {
    highlight: {
      kind: 'select',
      label: 'Place opened on load',
      hint: 'Only the cities the map shows.',
      choices: placeChoices,
    },
    show: {
      kind: 'checkboxes',
      label: 'The map shows',
      choices: MAP_LAYERS.map((layer) => ({
        value: layer,
        label: {capitals: 'Capitals (dots)', venues: 'Meeting cities (rings)', neighbours: 'Neighbouring countries and the Caspian Sea'}[layer],
      })),
      noneChecked: 'Nothing checked: the attribute is left out, and the map shows all three.',
    },
  },
};

/** One entry per widget, in the picker's order. */
const keyFigures: WidgetEntry = {
  tag: 'key-figures',
  attributes: {
    figures: {
      kind: 'checkboxes',
      label: 'Figures shown',
      hint: 'In the order of the dataset.',
      choices: (dataset.figures ?? []).map((figure) => ({value: figure.id, label: figure.label.en})),
      noneChecked: 'Nothing checked: the attribute is left out, and every figure is shown.',
    },
  },
};

const agreementsMatrix: WidgetEntry = {
  tag: 'agreements-matrix',
  attributes: {
    countries: {
      kind: 'checkboxes',
      label: 'Columns',
      hint: 'In the order of the dataset.',
      choices: dataset.countries.map((country) => ({value: country.alpha2, label: `${country.name.en} (${country.alpha2})`})),
      noneChecked: 'Nothing checked: the attribute is left out, and all five countries are columns.',
    },
    highlight: {
      kind: 'select',
      label: 'Column set apart',
      hint: 'Only the countries shown.',
      choices: (values) => {
        const shown = listOf(values.countries ?? '');
        return [
          {value: '', label: 'None'},
          ...dataset.countries
            .filter((country) => !shown.length || shown.includes(country.alpha2))
            .map((country) => ({value: country.alpha2, label: `${country.name.en} (${country.alpha2})`})),
        ];
      },
    },
    fields: {
      kind: 'checkboxes',
      label: 'Rows',
      choices: (dataset.fieldGroups ?? []).map((group) => ({value: group.id, label: group.label.en})),
      noneChecked: 'Nothing checked: the attribute is left out, and every row is shown.',
    },
  },
};

/** The controls of each widget; the picker lists them in the registry's order. */
export const WIDGETS: readonly WidgetEntry[] = [timeline, countryAgreements, initiativePillars, summitMap, keyFigures, agreementsMatrix];

/** The attributes every widget takes (SummitElement's). */
export const COMMON: Record<string, Control> = {
  lang: {
    kind: 'select',
    label: 'Language',
    hint: "Automatic: the nearest lang attribute around the widget, then <html lang>, then English.",
    choices: () => [
      {value: '', label: "Automatic (the page's language)"},
      ...LANGS.map((lang) => ({value: lang, label: `${ownLanguageName(lang)} (${lang})`, lang})),
    ],
  },
  theme: {
    kind: 'radios',
    label: 'Theme',
    choices: [
      {value: '', label: "Automatic (the reader's light or dark setting)"},
      {value: 'light', label: 'Light'},
      {value: 'dark', label: 'Dark'},
    ],
  },
  src: {
    kind: 'url',
    label: 'Dataset address',
    placeholder: '/data/ca-jad-2026.json',
    hint: 'A JSON file in the bundled dataset\'s schema (docs/dataset.md). Empty: the bundled CA+JAD 2025 dataset.',
  },
  'heading-level': {
    kind: 'select',
    label: 'Heading level',
    hint: 'Automatic: one below the heading before the widget in your article.',
    choices: () => [
      {value: '', label: "Automatic (from the page's outline)"},
      ...[2, 3, 4, 5, 6].map((level) => ({value: String(level), label: `h${level}`})),
    ],
  },
};

interface ManifestAttribute {
  name: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}
const declarations = (manifest as {modules: {declarations?: ManifestDeclaration[]}[]}).modules.flatMap((module) => module.declarations ?? []);

/** Every tag custom-elements.json declares, with its attributes in the declared order. */
export const MANIFEST_TAGS: ReadonlyMap<string, readonly string[]> = new Map(
  declarations
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName!, (declaration.attributes ?? []).map((attribute) => attribute.name)])
);

export interface BuilderWidget {
  tag: string;
  name: string;
  summary: string;
  /** Every attribute the tag declares, with its control, in the manifest's order. */
  controls: readonly {attribute: string; control: Control}[];
  /** The npm entry that registers the tag, as imported ("summit-widgets/summit-timeline.js"). */
  npmImport: string;
  /** No entry in WIDGETS yet: plain text fields. */
  incomplete: boolean;
}

const exportsMap = pkg.exports as Record<string, unknown>;

/** The package entry that registers `tag`: its own file if the package exports one, else all.js. */
export const npmImportOf = (tag: string) => `${pkg.name}/${`./${tag}.js` in exportsMap ? `${tag}.js` : 'all.js'}`;

/** The builder's widgets: those of the registry the manifest declares, in its order, then any other declared tag. */
export function builderWidgets(): BuilderWidget[] {
  const entries = new Map(WIDGETS.map((entry) => [entry.tag, entry]));
  const known = new Map(REGISTRY.map((widget) => [widget.tag, widget]));
  const tags = [...known.keys()].filter((tag) => MANIFEST_TAGS.has(tag)).concat([...MANIFEST_TAGS.keys()].filter((tag) => !known.has(tag)));
  return tags.map((tag) => {
    const entry = entries.get(tag);
    const controls = MANIFEST_TAGS.get(tag)!.map((attribute) => ({
      attribute,
      control: entry?.attributes[attribute] ?? COMMON[attribute] ?? ({kind: 'text', missing: true, label: attribute} as Control),
    }));
    return {
      tag,
      name: known.get(tag)?.title ?? tag,
      summary: known.get(tag)?.summary ?? 'This widget is not in the registry (src/registry.json).',
      controls,
      npmImport: npmImportOf(tag),
      incomplete: !entry || controls.some(({control}) => control.kind === 'text'),
    };
  });
}

/** The package's name and version, from package.json at build time. */
export const PACKAGE = {name: pkg.name, version: pkg.version};
