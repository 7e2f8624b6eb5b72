#!/usr/bin/env node
// `npm run create <tag>`: a new widget, from the templates in scripts/create-widget/:
//   src/<tag>/<tag>.ts          its class (extends SummitElement: a heading and a paragraph from its strings)
//   src/<tag>/<tag>.styles.ts   its styles, on top of the shared base
//   src/define/<tag>.ts         registers the tag (the package's `summit-widgets/<tag>.js`)
//   stories/<tag>.stories.ts    its story, and its pre-rendered story
//   test/<tag>.test.ts          a browser test: registered, renders its strings, accessible, follows `lang`
// and adds it where the widgets are declared: its entry in src/registry.json, its class in src/widgets.ts,
// its strings section in the eight src/translations/<lang>.ts (English placeholders, marked for translation
// in the seven others), its `exports` and `sideEffects` entries in package.json.
//
// Options: --title "Summit glossary" (its name in words; default from the tag), --summary "…" (one sentence),
// --strings glossary (its section of the UI strings; default the tag in camelCase).
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {DEFINE_MODULES, LANGS, WIDGETS, defineExport, defineSideEffect} from './registry.mjs';

const {values: options, positionals} = parseArgs({
  allowPositionals: true,
  options: {title: {type: 'string'}, summary: {type: 'string'}, strings: {type: 'string'}},
});
const [tag] = positionals;
const fail = (message) => {
  console.error(`npm run create: ${message}`);
  process.exit(1);
};
if (!tag || positionals.length > 1) fail('give one tag: npm run create <tag> [-- --title "…" --summary "…" --strings name]');
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(tag)) fail(`"${tag}" is not a custom element name of lower-case words joined by hyphens (at least one hyphen)`);

const words = tag.split('-');
const className = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
const strings = options.strings ?? words[0] + className.slice(words[0].length);
const title = options.title ?? `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words.slice(1).join(' ')}`;
const summary = options.summary ?? `${title}: what it shows, in one sentence.`;
if (!/^[a-z][A-Za-z0-9]*$/.test(strings)) fail(`the strings section "${strings}" is not a camelCase name`);
if (WIDGETS.some((widget) => widget.tag === tag || widget.className === className || widget.strings === strings)) {
  fail(`the registry (src/registry.json) already has ${tag}, ${className} or a strings section "${strings}"`);
}
if (DEFINE_MODULES.includes(tag) || existsSync(`src/${tag}`) || existsSync(`src/define/${tag}.ts`)) fail(`src/${tag}/ or src/define/${tag}.ts exists`);
const english = readFileSync('src/translations/en.ts', 'utf8');
if (new RegExp(`^  ${strings}: \\{`, 'm').test(english)) fail(`src/translations/en.ts already has a "${strings}" section`);

// -- the new files ----------------------------------------------------------------------------------------------
const fill = (template) =>
  readFileSync(new URL(`create-widget/${template}`, import.meta.url), 'utf8')
    .replaceAll('__TAG__', tag)
    .replaceAll('__CLASS__', className)
    .replaceAll('__STRINGS__', strings)
    .replaceAll('__STORY_TITLE_JSON__', JSON.stringify(`Widgets/${title}`))
    .replaceAll('__SUMMARY_JSON__', JSON.stringify(summary))
    .replaceAll('__SUMMARY__', summary);
const created = {
  [`src/${tag}/${tag}.ts`]: fill('widget.ts.tmpl'),
  [`src/${tag}/${tag}.styles.ts`]: fill('styles.ts.tmpl'),
  [`src/define/${tag}.ts`]: fill('define.ts.tmpl'),
  [`stories/${tag}.stories.ts`]: fill('story.ts.tmpl'),
  [`test/${tag}.test.ts`]: fill('test.ts.tmpl'),
};
for (const path of Object.keys(created)) if (existsSync(path)) fail(`${path} exists`);

// -- the files that declare the widgets ---------------------------------------------------------------------------
const changed = {};

// src/registry.json: the entry at the end of `widgets`, in the file's one-entry-per-widget layout.
const registry = readFileSync('src/registry.json', 'utf8');
const entry = `    {"tag": ${JSON.stringify(tag)}, "title": ${JSON.stringify(title)}, "summary": ${JSON.stringify(summary)},\n      "className": "${className}", "strings": "${strings}", "parts": []}`;
const end = registry.lastIndexOf('\n  ]');
if (end < 0) fail('src/registry.json: no end of "widgets" found');
changed['src/registry.json'] = `${registry.slice(0, end)},\n${entry}${registry.slice(end)}`;
JSON.parse(changed['src/registry.json']);

// src/widgets.ts: its class.
changed['src/widgets.ts'] = `${readFileSync('src/widgets.ts', 'utf8').trimEnd()}\nexport {${className}} from './${tag}/${tag}.js';\n`;

// package.json: its define module in `exports` and `sideEffects`, after the other widgets' and before all.js's.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [allKey] = defineExport('all');
const [key, value] = defineExport(tag);
pkg.exports = Object.fromEntries(Object.entries(pkg.exports).flatMap((pair) => (pair[0] === allKey ? [[key, value], pair] : [pair])));
pkg.sideEffects = pkg.sideEffects.flatMap((path) => (path === defineSideEffect('all') ? [defineSideEffect(tag), path] : [path]));
if (!(key in pkg.exports) || !pkg.sideEffects.includes(defineSideEffect(tag))) fail(`package.json has no ${allKey} export or sideEffects entry to put ${tag}'s before`);
changed['package.json'] = `${JSON.stringify(pkg, null, 2)}\n`;

// src/translations/<lang>.ts: its strings section, after the other widgets' (before `locale`, which is no widget's).
for (const lang of LANGS) {
  const path = `src/translations/${lang}.ts`;
  const source = readFileSync(path, 'utf8');
  const mark = lang === 'en' ? '' : ' // TODO(translate): English placeholder';
  const section = [
    `  ${strings}: {`,
    `    title: ${JSON.stringify(title)},${mark}`,
    `    intro: ${JSON.stringify(summary)},${mark}`,
    '  },',
    '',
  ].join('\n');
  const at = /^ {2}locale: \{$/m.exec(source)?.index ?? /^}( satisfies Translation)?;$/m.exec(source)?.index;
  if (at === undefined) fail(`${path}: no place found for the "${strings}" section`);
  changed[path] = source.slice(0, at) + section + source.slice(at);
}

// -- written only once every change is known --------------------------------------------------------------------
mkdirSync(`src/${tag}`, {recursive: true});
for (const [path, text] of Object.entries({...created, ...changed})) writeFileSync(path, text);
console.log(`npm run create: <${tag}> (${className}, strings "${strings}")
  created  ${Object.keys(created).join('\n           ')}
  changed  ${Object.keys(changed).join('\n           ')}
Next:
  - its render, attributes and JSDoc in src/${tag}/${tag}.ts; its strings in src/translations/en.ts, then
    translated in the seven others (look for "TODO(translate)"); the dataset parts it shows in its class
    (static dataParts) and in its registry entry ("parts", the first one groups its language chunk);
  - its controls in the Embed builder (stories/builder/widgets.ts), its size budget ("size" in its registry
    entry, after \`npm run build && npm run size\`), its reserved height (\`npm run measure-reserve -- --write\`);
  - its behaviour tests in test/${tag}.test.ts.`);
