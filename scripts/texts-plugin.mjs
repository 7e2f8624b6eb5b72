// The bundled dataset and the UI strings in pieces, so that a page downloads only what it shows: served
// as virtual modules `summit-widgets:<name>` to every tool that reads src/ (nothing is written into the
// source tree). data/ca-jad-2025.json and src/translations/<lang>.ts stay the one source of every text;
// src/virtual-modules.d.ts types the modules for tsc and editors.
//
// The dataset is cut into parts (src/dataset/types.ts DATASET_PARTS: events, countries, ...), each a
// language-neutral skeleton (every text an empty {} slot, see src/dataset/texts.ts) and, per language,
// its texts in document order. Sources go with the parts that cite them, corrections with the parts
// they concern, so a widget's chunk holds what it shows. The modules:
//   skeleton/core                 id, title, asOf
//   skeleton/<part>               one part
//   sources/<parts>               the sources cited by exactly these parts (e.g. countries+events)
//   corrections/<parts>           the corrections concerning exactly these parts ("all": every part)
//   texts/<lang>/<unit>           a unit's texts: core, a part, corrections-<parts>
//   ui/<lang>/<section>           one section of src/translations/<lang>.ts (shared, timeline, ...);
//                                 locale: the language's date and number tables, if it has any
//   parts/<part>                  what a widget imports for a part: its skeleton, its sources and
//                                 corrections, and the text units it needs
//   parts                         every part (the server renderer's)
//   loaders/<lang>                a language's index: one literal import() per text unit and UI section
//   loaders                       one literal import() per language's index
//   define-modules                one literal import() per widget's define module (the loader's), as
//                                 `summit-widgets:define/<tag>`, which each tool resolves to src/define/<tag>.ts
//
// One plugin for each tool: `rollup()` (also Vite's, so Storybook's), `wtr()` (@web/test-runner's dev
// server: `/@summit-widgets/<name>.js`), `esbuild()` (the server renderer run from src/ in Node). For
// Rollup's outputs, `languageChunk` and `chunkFileNames` group each language's pieces into a few chunks.
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {loadTs, root} from './lib/load-ts.mjs';

export const PREFIX = 'summit-widgets:';
/** Where the test runner's dev server serves the modules. */
export const URL_PREFIX = '/@summit-widgets/';
/** `summit-widgets:define/<tag>`: src/define/<tag>.ts, a real file (the `define-modules` module imports them). */
const DEFINE_PREFIX = `${PREFIX}define/`;
const defineFile = (source) => join(root, 'src/define', `${source.slice(DEFINE_PREFIX.length)}.ts`);

const DATA = join(root, 'data/ca-jad-2025.json');
const TRANSLATIONS = join(root, 'src/translations');
const REGISTRY = join(root, 'src/registry.json');
/** Every file the modules are made from: a change to one of them makes them anew. */
const inputs = () => [
  DATA,
  REGISTRY,
  join(root, 'src/dataset/texts.ts'),
  join(root, 'src/dataset/types.ts'),
  ...readdirSync(TRANSLATIONS).map((name) => join(TRANSLATIONS, name)),
];

const json = (value) => JSON.stringify(value);
const quote = (s) => `'${s}'`;
const ident = (s) => s.replace(/[^a-zA-Z0-9]+(.)?/g, (_, c) => (c ?? '').toUpperCase());

/** Every module's code by name (`texts/kk/events`, `parts/events`, ...), made from the inputs. */
async function makeModules() {
  const {forEachText, isTextSlot} = await loadTs('src/dataset/texts.ts');
  const {DATA_LANGS, DATASET_PARTS} = await loadTs('src/dataset/types.ts');
  const modules = new Map();
  // (a `const`, as TypeScript writes what the widgets' chunks carry: a few bytes fewer than Rollup's `var`)
  const value = (name, content) => modules.set(name, `const value = ${json(content)};\nexport default value;\n`);

  // -- the dataset --------------------------------------------------------------------------------
  const data = JSON.parse(readFileSync(DATA, 'utf8'));
  const strip = (item) =>
    Array.isArray(item)
      ? item.map(strip)
      : isTextSlot(item)
        ? {}
        : item !== null && typeof item === 'object'
          ? Object.fromEntries(Object.entries(item).map(([key, child]) => [key, strip(child)]))
          : item;
  /** Each language's texts of `item`, in document order (a language the data lacks travels as English). */
  const textsOf = (item) => {
    const texts = Object.fromEntries(DATA_LANGS.map((lang) => [lang, []]));
    forEachText(item, (slot) => DATA_LANGS.forEach((lang) => texts[lang].push(slot[lang] ?? slot.en)));
    return texts;
  };
  /** Every source id `item` cites (`sources` arrays and `source` references). */
  const cited = (item, ids = new Set()) => {
    if (Array.isArray(item)) item.forEach((child) => cited(child, ids));
    else if (item && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (key === 'sources' && Array.isArray(child)) child.forEach((id) => ids.add(id));
        else if (key === 'source' && typeof child === 'string') ids.add(child);
        else cited(child, ids);
      }
    }
    return ids;
  };

  const parts = DATASET_PARTS.filter((part) => data[part] !== undefined);
  const units = {}; // unit name -> the value whose texts it carries
  const group = (names) => (names.length === parts.length || !names.length ? 'all' : [...names].sort().join('+'));

  units.core = {title: data.title};
  value('skeleton/core', {id: data.id, title: {}, asOf: data.asOf});
  for (const part of parts) {
    units[part] = data[part];
    value(`skeleton/${part}`, strip(data[part]));
  }

  // Corrections by the parts they concern; each keeps its position, so merged groups list in order.
  const corrections = (data.corrections ?? []).map((correction, index) => ({correction, index, group: group(correction.concerns ?? [])}));
  const correctionGroups = [...new Set(corrections.map((c) => c.group))];
  for (const name of correctionGroups) {
    const members = corrections.filter((c) => c.group === name);
    units[`corrections-${name}`] = members.map((c) => c.correction);
    value(`corrections/${name}`, members.map((c) => ({...strip(c.correction), order: c.index})));
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
  for (const [name, sources] of sourceGroups) value(`sources/${name}`, sources);

  for (const [unit, item] of Object.entries(units)) {
    const texts = textsOf(item);
    for (const lang of DATA_LANGS) value(`texts/${lang}/${unit}`, texts[lang]);
  }

  // -- the UI strings -----------------------------------------------------------------------------
  const sectionsOf = {};
  for (const lang of DATA_LANGS) {
    const {default: translation} = await loadTs(`src/translations/${lang}.ts`);
    sectionsOf[lang] = Object.keys(translation).filter((section) => section !== 'lang').sort();
    for (const section of sectionsOf[lang]) value(`ui/${lang}/${section}`, translation[section]);
  }

  // -- modules that import the pieces ---------------------------------------------------------------
  for (const part of parts) {
    const sources = [...sourceGroups.keys()].filter((name) => concerned(name).includes(part));
    const fixes = correctionGroups.filter((name) => concerned(name).includes(part));
    modules.set(
      `parts/${part}`,
      [
        `import skeleton from '${PREFIX}skeleton/${part}';`,
        ...sources.map((name) => `import ${ident(`sources ${name}`)} from '${PREFIX}sources/${name}';`),
        ...fixes.map((name) => `import ${ident(`corrections ${name}`)} from '${PREFIX}corrections/${name}';`),
        `const part = {`,
        `  name: ${quote(part)},`,
        `  skeleton,`,
        `  sources: {${sources.map((name) => `${quote(name)}: ${ident(`sources ${name}`)}`).join(', ')}},`,
        `  corrections: {${fixes.map((name) => `${quote(name)}: ${ident(`corrections ${name}`)}`).join(', ')}},`,
        `  units: [${[part, ...fixes.map((name) => `corrections-${name}`)].map(quote).join(', ')}],`,
        `};`,
        `export default part;`,
        '',
      ].join('\n')
    );
  }
  modules.set(
    'parts',
    [...parts.map((part) => `import ${ident(part)} from '${PREFIX}parts/${part}';`), `export const PARTS = {${parts.map(ident).join(', ')}};`, ''].join('\n')
  );
  // One index per language with a literal import() per piece (every bundler makes each a chunk), and one
  // literal import() per language for its index: what every page carries grows by one line per language,
  // not by one per language and piece.
  for (const lang of DATA_LANGS) {
    modules.set(
      `loaders/${lang}`,
      [
        `export const ui = {${sectionsOf[lang].map((section) => `${quote(section)}: () => import('${PREFIX}ui/${lang}/${section}')`).join(', ')}};`,
        `export const texts = {${Object.keys(units).map((unit) => `${quote(unit)}: () => import('${PREFIX}texts/${lang}/${unit}')`).join(', ')}};`,
        '',
      ].join('\n')
    );
  }
  modules.set('loaders', [`export const LANGUAGE_INDEX = {`, ...DATA_LANGS.map((lang) => `  ${lang}: () => import('${PREFIX}loaders/${lang}'),`), `};`, ''].join('\n'));
  // The loader's lazy define modules (src/define/<tag>.ts), one literal import() per widget of the registry.
  const tags = JSON.parse(readFileSync(REGISTRY, 'utf8')).widgets.map((widget) => widget.tag);
  modules.set('define-modules', [`export const DEFINE = {`, ...tags.map((tag) => `  ${quote(tag)}: () => import('${DEFINE_PREFIX}${tag}'),`), `};`, ''].join('\n'));
  return modules;
}

let made; // {stamp, modules: Promise<Map>}
/** The modules, made anew when an input has changed since (a watching server sees edits). */
function current() {
  const files = inputs();
  const stamp = files.map((file) => `${file}@${statSync(file).mtimeMs}`).join('\n');
  if (made?.stamp !== stamp) {
    made = {stamp, modules: makeModules()};
    made.modules.catch(() => (made = undefined)); // a broken input: try again on the next request
  }
  return made.modules;
}

/** The code of the module `name` (without the prefix), or undefined when there is no such module. */
export async function moduleCode(name) {
  return (await current()).get(name);
}

/** Rollup's (and Vite's) plugin: resolves `summit-widgets:<name>` to a module of its own. */
export function rollup() {
  return {
    name: 'summit-widgets:texts',
    resolveId: (source) => (source.startsWith(DEFINE_PREFIX) ? defineFile(source) : source.startsWith(PREFIX) ? `\0${source}` : null),
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      for (const file of inputs()) this.addWatchFile(file);
      const code = await moduleCode(id.slice(PREFIX.length + 1));
      if (code === undefined) this.error(`no module ${id.slice(1)} (scripts/texts-plugin.mjs)`);
      return {code, map: {mappings: ''}};
    },
  };
}

/** @web/test-runner's (and @web/dev-server's) plugin: `summit-widgets:<name>` is served at `/@summit-widgets/<name>.js`. */
export function wtr() {
  return {
    name: 'summit-widgets:texts',
    // Made while the browser starts, not when the first test asks (a failure is reported then).
    serverStart() {
      current().catch(() => {});
    },
    resolveImport: ({source}) =>
      source.startsWith(DEFINE_PREFIX)
        ? `/src/define/${source.slice(DEFINE_PREFIX.length)}.ts`
        : source.startsWith(PREFIX)
          ? `${URL_PREFIX}${source.slice(PREFIX.length)}.js`
          : undefined,
    async serve(context) {
      if (!context.path.startsWith(URL_PREFIX) || !context.path.endsWith('.js')) return undefined;
      const code = await moduleCode(decodeURIComponent(context.path.slice(URL_PREFIX.length, -'.js'.length)));
      // Asked again after every change (the runner's watch mode), never kept for long.
      return code === undefined ? undefined : {body: code, type: 'js', headers: {'cache-control': 'no-cache'}};
    },
  };
}

/** esbuild's plugin (the server renderer bundled from src/ for Node: the test runner's, the stories'). */
export function esbuild() {
  return {
    name: 'summit-widgets:texts',
    setup(build) {
      build.onResolve({filter: /^summit-widgets:define\//}, (args) => ({path: defineFile(args.path)}));
      build.onResolve({filter: /^summit-widgets:/}, (args) => ({path: args.path.slice(PREFIX.length), namespace: 'summit-widgets'}));
      build.onLoad({filter: /.*/, namespace: 'summit-widgets'}, async (args) => {
        const contents = await moduleCode(args.path);
        return contents === undefined ? {errors: [{text: `no module ${PREFIX}${args.path} (scripts/texts-plugin.mjs)`}]} : {contents, loader: 'js', watchFiles: inputs()};
      });
    },
  };
}

// -- Rollup's chunks ----------------------------------------------------------------------------------
const LANG_PIECE = new RegExp(`^\\0${PREFIX}(?:(ui|texts)/(\\w\\w)/([\\w+-]+)|loaders/(\\w\\w))$`);
/** What every page of a language needs: its index of pieces, the shared UI strings, language names, locale tables, the dataset's title, the corrections about everything. */
const COMMON = new Set(['ui/shared', 'ui/languages', 'ui/locale', 'texts/core', 'texts/corrections-all']);
/** Each widget's UI strings go with the texts of the first part it shows (src/registry.json): the timeline's with the events'. */
let sectionParts;
const partOfSection = () =>
  (sectionParts ??= Object.fromEntries(JSON.parse(readFileSync(REGISTRY, 'utf8')).widgets.map((widget) => [widget.strings, widget.parts[0]])));

/**
 * Rollup's `manualChunks`: a language's pieces grouped into a few chunks rather than one each (many small
 * files compress worse), named `<lang>-<group>` (`kk-common`, `kk-events`): what every page of that language
 * needs in one; each widget's UI strings with the texts of the part it is about; the rest by part.
 */
export function languageChunk(id) {
  const piece = LANG_PIECE.exec(id);
  if (!piece) return undefined;
  const [, kind, lang, name, indexOf] = piece;
  if (indexOf || COMMON.has(`${kind}/${name}`)) return `${indexOf ?? lang}-common`;
  if (kind === 'ui') return `${lang}-${partOfSection()[name] ?? name}`;
  return `${lang}-${name.replace(/^corrections-/, '')}`;
}

/**
 * Rollup's `chunkFileNames`: a language's chunks (its texts and UI strings) in a folder named after it;
 * `languageHash`, if given, is their hash instead of each one's own.
 */
export const chunkFileNames = (base, languageHash) => (chunk) => {
  const piece = LANG_PIECE.exec(chunk.facadeModuleId ?? chunk.moduleIds?.[0] ?? '');
  const lang = piece?.[2] ?? piece?.[4];
  return lang ? `${base}${lang}/[name]-${languageHash ?? '[hash]'}.js` : `${base}[name]-[hash].js`;
};
