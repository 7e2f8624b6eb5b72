#!/usr/bin/env node
// Splits the bundled dataset and the UI strings so that a page downloads only what it shows
// (src/generated/, not committed; run before anything builds, type-checks or serves the widgets:
// npm test, npm start, the builds, and `prepare` after npm ci). data/ca-jad-2025.json and
// src/translations/<lang>.ts stay the one source of every text.
//
// The dataset is cut into parts (src/dataset/types.ts DATASET_PARTS: events, countries, ...), each a
// language-neutral skeleton (every text an empty {} slot, see src/dataset/texts.ts) and, per language,
// its texts in document order. Sources go with the parts that cite them, corrections with the parts
// they concern, so a widget's chunk holds what it shows:
//   skeleton/core.json                 id, title, asOf
//   skeleton/<part>.json               one part
//   sources/<parts>.json               the sources cited by exactly these parts (e.g. countries+events)
//   corrections/<parts>.json           the corrections concerning exactly these parts ("all": every part)
//   texts/<lang>/<unit>.json           a unit's texts: core, a part, corrections-<parts>
//   ui/<lang>/<section>.json           one section of src/translations/<lang>.ts (shared, timeline, ...);
//                                      locale.json: the language's date and number tables, if it has any
//   parts/<part>.ts                    what a widget imports for a part: its skeleton, its sources and
//                                      corrections, and the text units it needs
//   loaders/<lang>.ts                  a language's index: one literal import() per text unit and UI section
//   loaders.ts                         one literal import() per language's index
import {build} from 'esbuild';
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const out = join(root, 'src/generated');

/** A TypeScript module of the project, bundled for Node and imported. */
async function load(entry) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    // The translations import their texts from here, which is what this script writes: not needed.
    plugins: [{name: 'no-generated', setup: (b) => b.onResolve({filter: /generated\//}, (args) => ({path: args.path, namespace: 'empty'}))}, {name: 'empty', setup: (b) => b.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: '[]', loader: 'json'}))}],
  });
  return import('data:text/javascript;base64,' + Buffer.from(result.outputFiles[0].text).toString('base64'));
}
const {forEachText, isTextSlot} = await load('src/dataset/texts.ts');
const {DATA_LANGS, DATASET_PARTS} = await load('src/dataset/types.ts');

const written = new Set();
function write(file, content) {
  const path = join(out, file);
  written.add(path);
  mkdirSync(dirname(path), {recursive: true});
  let old;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    /* first run */
  }
  // Unchanged files keep their time stamp: watchers (Storybook, tsc) see no change.
  if (old !== content) writeFileSync(path, content);
}
const json = (value) => JSON.stringify(value);

// -- the dataset --------------------------------------------------------------------------------
const data = JSON.parse(readFileSync(join(root, 'data/ca-jad-2025.json'), 'utf8'));
const strip = (value) =>
  Array.isArray(value)
    ? value.map(strip)
    : isTextSlot(value)
      ? {}
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, strip(item)]))
        : value;
/** Each language's texts of `value`, in document order (a language the data lacks travels as English). */
const textsOf = (value) => {
  const texts = Object.fromEntries(DATA_LANGS.map((lang) => [lang, []]));
  forEachText(value, (slot) => DATA_LANGS.forEach((lang) => texts[lang].push(slot[lang] ?? slot.en)));
  return texts;
};
/** Every source id `value` cites (`sources` arrays and `source` references). */
const cited = (value, ids = new Set()) => {
  if (Array.isArray(value)) value.forEach((item) => cited(item, ids));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(item)) item.forEach((id) => ids.add(id));
      else if (key === 'source' && typeof item === 'string') ids.add(item);
      else cited(item, ids);
    }
  }
  return ids;
};

const parts = DATASET_PARTS.filter((part) => data[part] !== undefined);
const units = {}; // unit name -> the value whose texts it carries
const group = (names) => (names.length === parts.length || !names.length ? 'all' : [...names].sort().join('+'));

units.core = {title: data.title};
write('skeleton/core.json', json({id: data.id, title: {}, asOf: data.asOf}));
for (const part of parts) {
  units[part] = data[part];
  write(`skeleton/${part}.json`, json(strip(data[part])));
}

// Corrections by the parts they concern; each keeps its position, so merged groups list in order.
const corrections = (data.corrections ?? []).map((correction, index) => ({correction, index, group: group(correction.concerns ?? [])}));
const correctionGroups = [...new Set(corrections.map((c) => c.group))];
for (const name of correctionGroups) {
  const members = corrections.filter((c) => c.group === name);
  units[`corrections-${name}`] = members.map((c) => c.correction);
  write(`corrections/${name}.json`, json(members.map((c) => ({...strip(c.correction), order: c.index}))));
}
const concerned = (name) => (name === 'all' ? parts : name.split('+'));

// Sources by the parts that cite them (a correction's sources count for the parts it concerns).
const citingParts = new Map();
for (const part of parts) for (const id of cited(data[part])) citingParts.set(id, new Set([...(citingParts.get(id) ?? []), part]));
for (const {correction, group: name} of corrections) {
  for (const id of cited(correction)) citingParts.set(id, new Set([...(citingParts.get(id) ?? []), ...concerned(name)]));
}
const sourceGroups = new Map();
data.sources.forEach((source, index) => {
  const citing = citingParts.get(source.id);
  if (!citing) return; // cited by nothing a widget shows
  const name = group([...citing]);
  if (!sourceGroups.has(name)) sourceGroups.set(name, []);
  sourceGroups.get(name).push({...source, order: index});
});
for (const [name, sources] of sourceGroups) write(`sources/${name}.json`, json(sources));

for (const [unit, value] of Object.entries(units)) {
  const texts = textsOf(value);
  for (const lang of DATA_LANGS) write(`texts/${lang}/${unit}.json`, json(texts[lang]));
}

// -- the UI strings -----------------------------------------------------------------------------
/** Each language's UI sections as written (its loader lists these, not what an earlier run left on disk). */
const sectionsOf = {};
for (const lang of DATA_LANGS) {
  const {default: translation} = await load(`src/translations/${lang}.ts`);
  sectionsOf[lang] = [];
  for (const [section, value] of Object.entries(translation)) {
    if (section === 'lang' || section === 'texts') continue;
    sectionsOf[lang].push(section);
    write(`ui/${lang}/${section}.json`, json(value));
  }
}

// -- modules --------------------------------------------------------------------------------------
const quote = (s) => `'${s}'`;
const ident = (s) => s.replace(/[^a-zA-Z0-9]+(.)?/g, (_, c) => (c ?? '').toUpperCase());
for (const part of parts) {
  const sources = [...sourceGroups.keys()].filter((name) => concerned(name).includes(part));
  const fixes = correctionGroups.filter((name) => concerned(name).includes(part));
  const lines = [
    `// Generated by scripts/split-data.mjs from data/ca-jad-2025.json: the "${part}" part of the bundled dataset.`,
    `import type {DataPart} from '../../dataset/texts.js';`,
    `import skeleton from '../skeleton/${part}.json';`,
    ...sources.map((name) => `import ${ident(`sources ${name}`)} from '../sources/${name}.json';`),
    ...fixes.map((name) => `import ${ident(`corrections ${name}`)} from '../corrections/${name}.json';`),
    '',
    // The JSON's types are wider than the dataset's (a string where a union is meant); validated at build time.
    `const part = {`,
    `  name: ${quote(part)},`,
    `  skeleton,`,
    `  sources: {${sources.map((name) => `${quote(name)}: ${ident(`sources ${name}`)}`).join(', ')}},`,
    `  corrections: {${fixes.map((name) => `${quote(name)}: ${ident(`corrections ${name}`)}`).join(', ')}},`,
    `  units: [${[part, ...fixes.map((name) => `corrections-${name}`)].map(quote).join(', ')}],`,
    `} as unknown as DataPart;`,
    `export default part;`,
    '',
  ];
  write(`parts/${part}.ts`, lines.join('\n'));
}
write(
  'parts/index.ts',
  [
    `// Generated by scripts/split-data.mjs: every part (for the server renderer, which may render any widget).`,
    ...parts.map((part) => `import ${ident(part)} from './${part}.js';`),
    `export const PARTS = {${parts.map(ident).join(', ')}};`,
    '',
  ].join('\n')
);
// One index per language with a literal import() per piece (every bundler makes each a chunk), and one
// literal import() per language for its index: what every page carries grows by one line per language,
// not by one per language and piece.
for (const lang of DATA_LANGS) {
  const own = [...sectionsOf[lang]].sort();
  write(
    `loaders/${lang}.ts`,
    [
      `// Generated by scripts/split-data.mjs: where each piece of the ${lang} texts is.`,
      `export const ui = {${own.map((section) => `${quote(section)}: () => import('../ui/${lang}/${section}.json')`).join(', ')}};`,
      `export const texts = {${Object.keys(units).map((unit) => `${quote(unit)}: () => import('../texts/${lang}/${unit}.json')`).join(', ')}};`,
      '',
    ].join('\n')
  );
}
const loaders = [
  `// Generated by scripts/split-data.mjs: each language's index of its pieces (its UI strings by section,`,
  `// its texts by part of the dataset), one chunk per language, downloaded first when the language is.`,
  `type Loader = () => Promise<{default: unknown}>;`,
  `export type LanguageIndex = {ui: Record<string, Loader>; texts: Record<string, Loader>};`,
  `export const LANGUAGE_INDEX: Record<string, () => Promise<LanguageIndex>> = {`,
  ...DATA_LANGS.map((lang) => `  ${lang}: () => import('./loaders/${lang}.js'),`),
  `};`,
  '',
];
write('loaders.ts', loaders.join('\n'));

// Files of earlier runs that this one did not write (a part or group that is gone) would be imported by nothing: remove them.
const sweep = (dir) => {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sweep(path);
    else if (!written.has(path)) rmSync(path);
  }
};
sweep(out);
