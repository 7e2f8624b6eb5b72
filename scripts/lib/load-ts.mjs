// Loads a TypeScript module of the project into Node: esbuild bundles it (and what it imports) into
// .cache/load-ts/, and Node imports the result. The one way the scripts, the test runner's server
// renderer and the bench run project code outside a browser.
import {build} from 'esbuild';
import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {basename, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const root = resolve(fileURLToPath(import.meta.url), '../../..');
const OUT = join(root, '.cache/load-ts');
const STALE = 10 * 60000;

/**
 * The module `entry` (a path from the project's root) exports, bundled for Node.
 * `external: true` leaves the packages (lit, @lit-labs/ssr, ...) to Node, as the published server
 * renderer does; `plugins` are esbuild's (the texts plugin's `esbuild()` for code that reaches the
 * bundled texts). Each build is a file of its own: a later call sees code changed since.
 */
export async function loadTs(entry, {external = false, plugins = []} = {}) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    ...(external ? {packages: 'external'} : {}),
    plugins,
  });
  const code = result.outputFiles[0].text;
  const name = basename(entry).replace(/\.\w+$/, '');
  const file = join(OUT, `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.mjs`);
  mkdirSync(OUT, {recursive: true});
  // Written whole, then renamed: another process loading the same module never reads half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, file);
  // Earlier builds of the same module (a watching runner makes one per edit), once nobody can be loading them.
  for (const old of readdirSync(OUT)) {
    const path = join(OUT, old);
    if (old.startsWith(`${name}-`) && path !== file && Date.now() - statSync(path).mtimeMs > STALE) rmSync(path, {force: true});
  }
  return import(pathToFileURL(file).href);
}
