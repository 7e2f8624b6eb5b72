// Each widget's tag is typed in at most 3 code files outside its own (its folder src/<tag>/ and its define
// module src/define/<tag>.ts) and the registry: the rest of the code reads the registry (src/registry.json).
// Code: src/, scripts/, bench/ (not its results), the root configs (*.config.*) and package.json; tests and
// stories may name tags in their HTML. Today the three are package.json (exports and sideEffects),
// src/widgets.ts (the class exports) and src/cdn/reserve.css (its heights).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {TAGS} from '../../scripts/registry.mjs';

const LIMIT = 3;
const root = new URL('../../', import.meta.url);
const IGNORED = /^bench\/results\/|(^|\/)\.DS_Store$/;
const files = [
  ...['src', 'scripts', 'bench'].flatMap((dir) =>
    readdirSync(new URL(dir, root), {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath.slice(new URL(root).pathname.length)}/${entry.name}`)
  ),
  ...readdirSync(root).filter((name) => /\.config\./.test(name) || name === 'package.json'),
].filter((path) => !IGNORED.test(path) && path !== 'src/registry.json');
const text = new Map(files.map((path) => [path, readFileSync(new URL(path, root), 'utf8')]));

test('the count reads the code', () => {
  // package.json's exports name every define module: a count that missed them would prove nothing.
  for (const tag of TAGS) assert.ok(text.get('package.json')?.includes(`./dist/${tag}.js`), tag);
  assert.ok(text.has('src/widgets.ts') && text.has('scripts/test.mjs') && text.has('bench/run.mjs') && text.has('rollup.config.mjs'));
});

for (const tag of TAGS) {
  test(`${tag} is typed in at most ${LIMIT} code files outside its own and the registry`, () => {
    const own = (path) => path.startsWith(`src/${tag}/`) || path === `src/define/${tag}.ts`;
    const naming = files.filter((path) => !own(path) && text.get(path).includes(tag));
    assert.ok(naming.length <= LIMIT, `${tag} is in ${naming.length} files: ${naming.join(', ')}`);
  });
}
