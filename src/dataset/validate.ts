import {CORRECTION_KINDS, DATA_LANGS, DATASET_PARTS, EVENT_KINDS, FIGURE_QUALIFIERS, FIGURE_RULES, type DataLang} from './types.js';
import type {Dataset, DatasetProblem, ValidationResult} from './types.js';

/**
 * The one runtime check of a dataset (bundled, `src` or `data`). Hand-written and
 * table-driven: each shape below is a table of `field: check`, a `?` suffix marks an
 * optional field. It collects up to MAX_PROBLEMS problems, each naming a path.
 */

/** Longest string accepted anywhere; checked before any pattern so a huge text fails fast. */
const MAX_TEXT = 2000;
const MAX_PROBLEMS = 20;

type Check = (value: unknown, path: string) => void;
type Obj = Record<string, unknown>;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;
/** A tag, comment or doctype opener: `<script`, `<img ...>`, `</p>`, `<!--`. */
const HTML = /<[a-z!/?]/i;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `toJSON()` gives null, not a throw, for an invalid date; a date that rolls over (02-30) fails the prefix. */
const isDay = (s: string) => DAY.test(s) && !!new Date(s + 'T00:00:00Z').toJSON()?.startsWith(s);
const ids = (list: unknown, key = 'id') =>
  new Set(Array.isArray(list) ? list.map((x) => (isObj(x) ? x[key] : undefined)) : []);

export interface ValidateOptions {
  /**
   * Languages every text must have. Default: English alone (a newsroom's dataset may be in fewer
   * languages than the widgets speak); the bundled dataset is checked with all eight.
   */
  languages?: readonly DataLang[];
}

export function validateDataset(value: unknown, {languages = ['en']}: ValidateOptions = {}): ValidationResult {
  const problems: DatasetProblem[] = [];
  const stop = {};
  const add = (path: string, problem: string) => {
    problems.push({path, problem});
    if (problems.length >= MAX_PROBLEMS) throw stop;
  };
  const root = isObj(value) ? value : {};
  const sourceIds = ids(root.sources);
  const pillarIds = ids(isObj(root.initiative) ? root.initiative.pillars : undefined);

  // -- leaf checks -------------------------------------------------------------
  /** A non-empty string without HTML, passing `test` (which returns a problem or ''). */
  const str =
    (test?: (s: string) => string | false): Check =>
    (v, p) => {
      if (typeof v !== 'string') return add(p, 'must be a string');
      if (v.length > MAX_TEXT) return add(p, `too long (${v.length} characters, at most ${MAX_TEXT})`);
      if (!v.trim()) return add(p, 'must not be empty');
      if (HTML.test(v)) return add(p, 'must not contain HTML');
      const problem = test && test(v);
      if (problem) add(p, problem);
    };
  const when = (ok: (s: string) => boolean, problem: string) => str((s) => !ok(s) && problem);
  const match = (re: RegExp, problem: string) => when((s) => re.test(s), problem);
  const oneOf = (list: readonly unknown[]) => when((s) => list.includes(s), `must be one of ${list.join(', ')}`);
  const ref = (known: Set<unknown>, what: string) => str((s) => !known.has(s) && `unknown ${what} "${s}"`);
  const num =
    (min: number, integer = false): Check =>
    (v, p) => {
      if (typeof v !== 'number' || !isFinite(v) || v < min || (integer && v % 1))
        add(p, `must be ${integer ? 'an integer' : 'a number'} of at least ${min}`);
    };
  const degrees =
    (max: number): Check =>
    (v, p) => {
      if (typeof v !== 'number' || !isFinite(v) || v < -max || v > max) add(p, `must be a number from -${max} to ${max}`);
    };
  const bool: Check = (v, p) => {
    if (typeof v !== 'boolean') add(p, 'must be true or false');
  };
  const text = str();
  const id = match(KEBAB, 'must be a kebab-case id (a-z, 0-9, -)');
  const day = when(isDay, 'must be a real date YYYY-MM-DD');
  const upper = (n: number) => match(RegExp(`^[A-Z]{${n}}$`), `must be ${n} upper-case letters`);
  const url = str((s) => {
    try {
      if (/^https?:$/.test(new URL(s).protocol)) return false;
    } catch {
      /* malformed or relative */
    }
    return 'must be an http(s) URL';
  });

  // -- structure -----------------------------------------------------------------
  const obj =
    (shape: Record<string, Check>, extra?: (o: Obj, p: string) => void): Check =>
    (v, p) => {
      if (!isObj(v)) return add(p || '(root)', 'must be an object');
      for (const k in shape) {
        const key = k.replace('?', '');
        const at = p ? `${p}.${key}` : key;
        if (v[key] !== undefined) shape[k](v[key], at);
        else if (key === k) add(at, 'missing');
      }
      if (extra) extra(v, p);
    };
  /** An array of `item`; `min` items at least; `unique` names a key that must not repeat. */
  const arr =
    (item: Check, min = 1, unique?: string): Check =>
    (v, p) => {
      if (!Array.isArray(v)) return add(p, 'must be an array');
      if (v.length < min) return add(p, 'must not be empty');
      const seen = new Set();
      v.forEach((x, i) => {
        const at = `${p}[${i}]`;
        item(x, at);
        const key = unique && isObj(x) && x[unique];
        if (typeof key === 'string' && seen.has(key)) add(`${at}.${unique}`, `duplicate ${unique} "${key}"`);
        seen.add(key);
      });
    };

  const localized = obj(
    Object.fromEntries(DATA_LANGS.map((lang) => [languages.includes(lang) ? lang : `${lang}?`, text])),
    (o, p) => {
      for (const key of Object.keys(o)) if (!(DATA_LANGS as readonly string[]).includes(key)) add(`${p}.${key}`, `not a language (${DATA_LANGS.join(', ')})`);
    }
  );
  const sourced = {sources: arr(ref(sourceIds, 'source id'))};
  const labelled = obj({id, label: localized});
  const person = obj({name: localized, title: localized, 'asOf?': day, ...sourced});
  const item = obj({
    id,
    label: localized,
    'description?': localized,
    'grouping?': obj({pillar: ref(pillarIds, 'pillar id'), editorial: bool}),
    ...sourced,
  });

  const month = match(MONTH, 'must be a month YYYY-MM');
  const present: Check = () => {};
  const year = match(YEAR, 'must be a year YYYY');
  const eventDate = obj({precision: oneOf(['day', 'month', 'year', 'range', 'unannounced']), start: present}, (d, p) => {
    // `unannounced`: start is the day it was announced.
    if (d.start !== undefined) (d.precision === 'month' ? month : d.precision === 'year' ? year : day)(d.start, `${p}.start`);
    if (d.precision !== 'range') return;
    if (d.end === undefined) return add(`${p}.end`, 'missing');
    day(d.end, `${p}.end`);
    if (typeof d.end === 'string' && typeof d.start === 'string' && d.end < d.start)
      add(`${p}.end`, 'must not be before start');
  });
  let lastStart = '';
  const event = obj(
    {
      id,
      date: eventDate,
      kind: oneOf(EVENT_KINDS),
      place: localized,
      title: localized,
      summary: localized,
      'milestone?': bool,
      'city?': ref(ids(root.cities), 'city id'),
      ...sourced,
    },
    (e, p) => {
      const start = isObj(e.date) && typeof e.date.start === 'string' ? e.date.start : '';
      if (start < lastStart) add(`${p}.date`, 'out of date order');
      lastStart = start;
    },
  );

  let lastCorrection = '';
  const correction = obj(
    {
      id,
      kind: oneOf(CORRECTION_KINDS),
      date: day,
      what: localized,
      why: localized,
      'sources?': arr(ref(sourceIds, 'source id')),
      'concerns?': arr(oneOf(DATASET_PARTS)),
    },
    (c, p) => {
      const date = typeof c.date === 'string' ? c.date : '';
      if (date < lastCorrection) add(`${p}.date`, 'out of date order');
      lastCorrection = date;
    },
  );

  // Field groups (the agreements matrix): each names countries' own fields and stood-out items by id;
  // every field and stood-out item of every country is in exactly one group.
  const countryList = Array.isArray(root.countries) ? root.countries.filter(isObj) : [];
  const agreementIds = (key: 'fields' | 'standOut') =>
    new Map(countryList.map((c) => [c.alpha2, ids(isObj(c.agreements) ? c.agreements[key] : undefined)]));
  const owned = {field: agreementIds('fields'), item: agreementIds('standOut')};
  const placed = {field: new Map<string, unknown>(), item: new Map<string, unknown>()};
  let groupId: unknown;
  // An unknown country is named once, not at each of its fields.
  const countryCodes = ids(root.countries, 'alpha2');
  const unknownMembers = new Set<string>();
  const memberCountry = str((s) => {
    if (countryCodes.has(s) || unknownMembers.has(s)) return false;
    unknownMembers.add(s);
    return `unknown country "${s}"`;
  });
  const member = (kind: 'field' | 'item') =>
    obj({country: memberCountry, [kind]: id}, (m, p) => {
      const known = owned[kind].get(m.country);
      if (!known || typeof m[kind] !== 'string') return; // the country or the id is reported already
      const what = kind === 'field' ? 'field' : 'stood-out item';
      if (!known.has(m[kind])) return add(`${p}.${kind}`, `unknown ${what} "${m[kind]}" of ${m.country}`);
      const key = `${m.country} ${m[kind]}`;
      if (placed[kind].has(key)) return add(p, `${what} "${m[kind]}" of ${m.country} is already in group "${placed[kind].get(key)}"`);
      placed[kind].set(key, groupId);
    });
  const groupShape = obj({id, label: localized, fields: arr(member('field')), 'standOut?': arr(member('item'), 0)}, (g, p) => {
    if (!Array.isArray(g.standOut) || !Array.isArray(g.fields)) return;
    const countries = new Set(g.fields.map((f) => (isObj(f) ? f.country : undefined)));
    g.standOut.forEach((item, i) => {
      if (isObj(item) && typeof item.country === 'string' && !countries.has(item.country))
        add(`${p}.standOut[${i}]`, `${item.country} has no field in this group`);
    });
  });
  const fieldGroup: Check = (v, p) => {
    groupId = isObj(v) ? v.id : undefined;
    groupShape(v, p);
  };
  /** After the groups: every country's field and stood-out item found a group. */
  const everyFieldGrouped = (d: Obj) => {
    if (!Array.isArray(d.fieldGroups) || !Array.isArray(d.countries)) return;
    d.countries.forEach((c, i) => {
      // A country without a valid code has that problem reported already.
      if (!isObj(c) || !isObj(c.agreements) || typeof c.alpha2 !== 'string' || !/^[A-Z]{2}$/.test(c.alpha2)) return;
      for (const [key, kind] of [['fields', 'field'], ['standOut', 'item']] as const) {
        const list = c.agreements[key];
        if (!Array.isArray(list)) continue;
        list.forEach((entry, j) => {
          if (isObj(entry) && typeof entry.id === 'string' && !placed[kind].has(`${c.alpha2} ${entry.id}`))
            add(`countries[${i}].agreements.${key}[${j}]`, `"${entry.id}" is in no field group (fieldGroups)`);
        });
      }
    });
  };

  const dataset = obj({
    id,
    title: localized,
    asOf: day,
    sources: arr(
      obj({
        id,
        publisher: text,
        title: text,
        url,
        'date?': when((s) => isDay(s) || MONTH.test(s), 'must be a real date YYYY-MM-DD or a month YYYY-MM'),
        language: match(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, 'must be a language tag such as en'),
        confidence: oneOf(['A', 'B', 'C']),
      }),
      1,
      'id',
    ),
    'corrections?': arr(correction, 0, 'id'),
    'cities?': arr(
      obj({id, name: localized, country: upper(2), lon: degrees(180), lat: degrees(90), capital: bool, ...sourced}),
      0,
      'id',
    ),
    countries: arr(
      obj({
        alpha2: upper(2),
        alpha3: upper(3),
        name: localized,
        capital: localized,
        leader: person,
        agreements: obj({
          fields: arr(labelled),
          standOut: arr(labelled, 0),
          'reportedBy?': obj({source: ref(sourceIds, 'source id'), description: localized}),
          ...sourced,
        }),
        facts: arr(obj({id, text: localized, 'reportedBy?': text, ...sourced}), 0),
        ...sourced,
      }),
      1,
      'alpha2',
    ),
    events: arr(event, 1, 'id'),
    summit: obj({
      eventId: ref(ids(root.events), 'event id'),
      date: day,
      place: localized,
      host: person,
      participants: arr(ref(countryCodes, 'country')),
      outcomeDocuments: arr(obj({id, name: localized, summary: localized, 'url?': url, ...sourced}), 0, 'id'),
      documentsSigned: obj({moreThan: num(0, true), note: localized, ...sourced}),
      ...sourced,
    }),
    initiative: obj({
      name: localized,
      aim: localized,
      pillars: arr(obj({id, name: localized, description: localized, ...sourced}), 1, 'id'),
      items: arr(item, 0, 'id'),
      target: obj({
        amount: num(0),
        currency: upper(3), // ISO 4217
        years: num(1, true),
        note: localized,
        ...sourced,
      }),
      interests: arr(item, 0, 'id'),
      ...sourced,
    }),
    'figures?': arr(
      obj({
        id,
        value: num(0),
        qualifier: oneOf(FIGURE_QUALIFIERS),
        'currency?': upper(3), // ISO 4217
        label: localized,
        definition: localized,
        asOf: day,
        'computed?': oneOf(FIGURE_RULES),
        ...sourced,
      }),
      0,
      'id',
    ),
    'fieldGroups?': arr(fieldGroup, 1, 'id'),
  }, everyFieldGrouped);

  try {
    dataset(value, '');
  } catch (e) {
    if (e !== stop) throw e;
  }
  return problems.length ? {ok: false, problems} : {ok: true, dataset: value as Dataset};
}

/** `countries[2].leader.name.ja: missing` */
export function formatProblem({path, problem}: DatasetProblem): string {
  return `${path}: ${problem}`;
}
