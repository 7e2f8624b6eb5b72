// The registry (src/registry.json) against what must agree with it and cannot read it: package.json's
// `exports` and `sideEffects` (one entry per define module, nothing stale), the define modules and widget
// folders on disk, each class's name and strings section, src/widgets.ts, the languages of the dataset
// types and of the translations.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import {DEFINE_MODULES, LANGS, RUNTIME_MODULES, TAGS, WIDGETS, defineExport, defineSideEffect, runtimeExport} from '../../scripts/registry.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json'));

test("package.json exports each define module once, as the registry lists them, the runtime modules, and no other", () => {
  for (const [key, value] of [...DEFINE_MODULES.map(defineExport), ...RUNTIME_MODULES.map(runtimeExport)]) {
    assert.deepEqual(pkg.exports[key], value, `package.json exports["${key}"]`);
  }
  const defineLike = Object.entries(pkg.exports).filter(([, value]) => /^\.\/dist\/types\/src\/define\//.test(value?.types ?? ''));
  assert.deepEqual(defineLike.map(([key]) => key), DEFINE_MODULES.map((name) => defineExport(name)[0]), 'define modules in exports, in the registry\'s order');
  const distFiles = Object.entries(pkg.exports).filter(([, value]) => /^\.\/dist\/[^/]+\.js$/.test(value?.default ?? value));
  const known = new Set([...DEFINE_MODULES.map((name) => defineExport(name)[0]), ...RUNTIME_MODULES.map((name) => runtimeExport(name)[0])]);
  const stale = distFiles.map(([key]) => key).filter((key) => key !== '.' && !known.has(key));
  assert.deepEqual(stale, [], 'exports of dist/*.js that are neither a define module of the registry nor a runtime module');
});

test('package.json sideEffects are exactly the define modules and the runtime modules', () => {
  assert.deepEqual(pkg.sideEffects, [...DEFINE_MODULES, ...RUNTIME_MODULES].map(defineSideEffect));
});

test('each widget has its folder, class, define module and strings section; no define module is left over', () => {
  const defines = readdirSync(new URL('src/define/', root)).filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -3));
  assert.deepEqual(defines.sort(), [...DEFINE_MODULES].sort(), 'src/define/*.ts');
  const barrel = read('src/widgets.ts');
  const english = read('src/translations/en.ts');
  for (const {tag, className, strings, parts} of WIDGETS) {
    assert.match(tag, /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/, `${tag} is a valid custom element name`);
    const source = read(`src/${tag}/${tag}.ts`);
    assert.match(source, new RegExp(`export class ${className} extends SummitElement\\b`), `src/${tag}/${tag}.ts declares ${className}`);
    assert.match(source, new RegExp(`static override strings = '${strings}';`), `${className}'s strings section is '${strings}'`);
    const declared = /static override dataParts = \[([^\]]*)\]/.exec(source)?.[1].split(',').map((part) => part.trim()).filter(Boolean) ?? [];
    assert.deepEqual([...declared].sort(), [...parts].sort(), `${className}'s dataParts are the registry's parts`);
    assert.match(read(`src/define/${tag}.ts`), new RegExp(`defineElement\\('${tag}', ${className}\\)`), `src/define/${tag}.ts registers ${className}`);
    assert.match(barrel, new RegExp(`export \\{${className}\\b[^}]*\\} from './${tag}/${tag}.js';`), `src/widgets.ts exports ${className}`);
    assert.match(english, new RegExp(`^  ${strings}: \\{`, 'm'), `src/translations/en.ts has a '${strings}' section`);
  }
  assert.equal(new Set(TAGS).size, TAGS.length, 'no tag twice');
  assert.equal(new Set(WIDGETS.map((widget) => widget.strings)).size, WIDGETS.length, 'no strings section twice');
});

test("the registry's languages are the dataset's (DATA_LANGS) and each has its translation", () => {
  const dataLangs = /export const DATA_LANGS = \[([^\]]*)\] as const;/.exec(read('src/dataset/types.ts'))[1].match(/'(\w+)'/g).map((quoted) => quoted.slice(1, -1));
  assert.deepEqual(LANGS, dataLangs, 'src/dataset/types.ts DATA_LANGS');
  const translations = readdirSync(new URL('src/translations/', root)).filter((file) => /^\w\w\.ts$/.test(file)).map((file) => file.slice(0, 2));
  assert.deepEqual(translations.sort(), [...LANGS].sort(), 'src/translations/<lang>.ts');
  assert.equal(LANGS[0], 'en', 'English first: every text has English');
});
