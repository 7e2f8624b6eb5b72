// `npm run create <tag>` (scripts/create-widget.mjs) in a copy of the project (its files as git sees them,
// node_modules linked): the scaffold's widget type-checks, passes ESLint, the registry's checks and the tag
// count (tag-files.test.mjs), and the rollup build makes its entries; the built server renderer pre-renders it
// with its English strings.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {after, before, test} from 'node:test';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TAG = 'summit-glossary';
const copy = mkdtempSync(join(tmpdir(), 'summit-widgets-create-'));

/** Runs `command` in the copy; fails the test with its output when it fails. */
function run(command, args) {
  const result = spawnSync(command, args, {cwd: copy, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}});
  assert.equal(result.status, 0, `${command} ${args.join(' ')}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
const bin = (name) => join(copy, 'node_modules/.bin', name);

before(() => {
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {cwd: root, encoding: 'utf8'}).stdout.split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue; // deleted in the work tree
    mkdirSync(dirname(join(copy, file)), {recursive: true});
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
after(() => rmSync(copy, {recursive: true, force: true}));

test(`npm run create ${TAG} scaffolds a widget that type-checks, lints, builds and renders`, {timeout: 15 * 60 * 1000}, async () => {
  run(process.execPath, ['scripts/create-widget.mjs', TAG, '--title', 'Summit glossary', '--summary', "The Dialogue's words, explained."]);
  for (const file of [`src/${TAG}/${TAG}.ts`, `src/${TAG}/${TAG}.styles.ts`, `src/define/${TAG}.ts`, `stories/${TAG}.stories.ts`, `test/${TAG}.test.ts`]) {
    assert.ok(existsSync(join(copy, file)), `${file} created`);
  }
  const registry = JSON.parse(readFileSync(join(copy, 'src/registry.json'), 'utf8'));
  assert.deepEqual(registry.widgets.at(-1), {
    tag: TAG,
    title: 'Summit glossary',
    summary: "The Dialogue's words, explained.",
    className: 'SummitGlossary',
    strings: 'summitGlossary',
    parts: [],
  });
  for (const lang of registry.languages) {
    const source = readFileSync(join(copy, `src/translations/${lang}.ts`), 'utf8');
    assert.match(source, /^ {2}summitGlossary: \{\n {4}title: "Summit glossary",/m, `${lang}.ts has the strings section`);
    assert.equal(source.includes('TODO(translate)'), lang !== 'en', `${lang}.ts marks the placeholders for translation (not English)`);
  }
  // A second run for the same tag changes nothing.
  const again = spawnSync(process.execPath, ['scripts/create-widget.mjs', TAG], {cwd: copy, encoding: 'utf8'});
  assert.equal(again.status, 1);
  assert.match(again.stderr, /already has summit-glossary/);

  // The texts and data split, where the project still generates them into src/ (the new strings section too).
  if (JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')).scripts.generate) run('npm', ['run', 'generate', '--silent']);
  run(process.execPath, ['--test', 'test/node/registry.test.mjs', 'test/node/tag-files.test.mjs']);
  run(bin('custom-elements-manifest'), ['analyze']);
  run(bin('tsc'), ['--noEmit']);
  run(bin('eslint'), [`src/${TAG}`, `src/define/${TAG}.ts`, `stories/${TAG}.stories.ts`, `test/${TAG}.test.ts`, 'src/widgets.ts', 'src/translations']);
  run(bin('rollup'), ['-c', '--silent']);

  // Built: its npm entry and its CDN entry register it; summit-widgets.js loads its entry.
  assert.match(readFileSync(join(copy, `dist/${TAG}.js`), 'utf8'), /defineElement\('summit-glossary', SummitGlossary\)/);
  assert.match(readFileSync(join(copy, `dist/cdn/${TAG}.js`), 'utf8'), /"summit-glossary"/);
  assert.match(readFileSync(join(copy, 'dist/cdn/summit-widgets.js'), 'utf8'), /\.\/summit-glossary\.js/);
  assert.ok(existsSync(join(copy, `dist/types/src/define/${TAG}.d.ts`)), 'its declarations (package.json exports.types)');
  // The server renderer knows it from the registry, and renders its heading and text.
  const {render} = await import(pathToFileURL(join(copy, 'dist/ssr/index.js')).href);
  const html = await render(`<${TAG}></${TAG}>`);
  assert.match(html, /<summit-glossary><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /<h3 class="heading"\s+part="heading"><!--lit-part-->Summit glossary<!--\/lit-part--><\/h3>/);
  assert.match(html, /part="intro"><!--lit-part-->The Dialogue(?:'|&#39;)s words, explained\.<!--\/lit-part--><\/p>/);
});
