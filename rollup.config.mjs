// Two outputs from one source (as Shoelace does):
// - dist/: ES modules for bundlers, `lit` left as a bare import, with types and source maps;
// - dist/cdn/: minified files with Lit inside, for pages without a build step: summit-widgets.js registers every
//   widget, <tag>.js registers one; they share chunks (Lit, the base, each widget), and each language's texts and
//   each part of the dataset's texts are chunks beside them, so a page downloads only what it shows.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve as resolvePath} from 'node:path';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {defaultMinifyOptions} from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import registry from './src/registry.json' with {type: 'json'};
import * as texts from './scripts/texts-plugin.mjs';
import {modulesWithSideEffects} from './scripts/side-effects-plugin.mjs';

// One entry per widget of the registry (src/define/<tag>.ts), and `all`, which registers them all.
const defineEntries = Object.fromEntries([...registry.widgets.map(({tag}) => tag), 'all'].map((name) => [name, `src/define/${name}.ts`]));

/**
 * The CDN's summit-widgets.js: each widget's own entry re-exported, in the registry's order. (src/define/all.ts
 * registers the same classes from the registry; made from the entries instead, summit-widgets.js loads each
 * widget's entry file, which holds the widget's code, rather than a chunk that the entry would also load.)
 */
const CDN_ALL = '\0summit-widgets:cdn-all';
const cdnAllEntry = {
  name: 'summit-widgets:cdn-all',
  resolveId: (id) => (id === CDN_ALL ? id : null),
  load: (id) => (id === CDN_ALL ? registry.widgets.map(({tag}) => `export * from ${JSON.stringify(resolvePath(defineEntries[tag]))};`).join('\n') : null),
};

// From an empty dist/: rollup leaves the hashed chunks of earlier builds there, and `npm pack` would ship them.
rmSync('dist', {recursive: true, force: true});

const ts = (options = {}) =>
  typescript({tsconfig: './tsconfig.build.json', ...options});

// Comments and runs of whitespace out of the html`` and css`` templates. Whitespace is collapsed to one
// space, never removed, so text between inline parts keeps its spaces. In both builds: the server renderer
// (dist/ssr, on the npm build's chunks) and the browser must see the very same templates, or hydration
// finds parts that do not match and renders anew.
const minifyTemplates = () =>
  minifyLiterals({failOnError: true, options: {minifyOptions: {...defaultMinifyOptions, conservativeCollapse: true}}});

/**
 * The CDN language chunks' hash: one for the whole build, of every file the build is made from (src/, data/,
 * scripts/, this file, the lockfile with the tools' versions). The loader carries the name of every language
 * chunk it may preload, about 100: with a hash each, those hashes were a third of its size, and a hash does not
 * compress. With one, any change renames every language chunk: a reader of a copy updated in place downloads
 * their language again (a CDN's versioned URLs change anyway); an old chunk is never taken for a new one.
 */
const LANGUAGE_HASH = (() => {
  const hash = createHash('sha256');
  const files = ['src', 'data', 'scripts'].flatMap((dir) => readdirSync(dir, {recursive: true}).map((file) => join(dir, file)));
  for (const file of [...files.sort(), 'rollup.config.mjs', 'package-lock.json']) {
    if (statSync(file).isFile()) hash.update(`${file}\0`).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 8);
})();

/**
 * Writes into the CDN's loader.js (src/loader.ts's `MANIFEST`) the files each widget needs: its code (the static
 * imports of its entry, hydrate support included) and, per language, its texts: the language's index chunk and
 * the chunks of the UI sections and text units the widget reads (from its `parts/*` and `corrections/*`
 * modules and the registry's `strings`). All from the bundle's import graph, with the hashed names.
 */
function loaderManifest() {
  const PLACEHOLDER = '{"c":[],"w":{},"l":[],"n":{},"g":[],"h":""}';
  return {
    name: 'summit-widgets:loader-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      /** A chunk and every chunk it imports statically. */
      const closure = (fileName, into = new Set()) => {
        if (into.has(fileName)) return into;
        into.add(fileName);
        for (const imported of byName.get(fileName)?.imports ?? []) closure(imported, into);
        return into;
      };
      /** `list`'s index of `item`, added if new. */
      const indexIn = (list, item) => (list.includes(item) ? list.indexOf(item) : list.push(item) - 1);
      const hydrate = chunks.find((chunk) => chunk.isEntry && chunk.name === 'hydrate').fileName;
      // A language's chunks are chunks/<lang>/<lang>-<name>-<LANGUAGE_HASH>.js, with the same names in every
      // language: `l` lists the names once, `n[tag]` a widget's (indexes), `g` the languages.
      const manifest = {c: [], w: {}, l: [], n: {}, g: registry.languages, h: LANGUAGE_HASH};
      /** Each language's names found. */
      const found = {};
      const langChunk = new RegExp(`^chunks/([a-z]+)/\\1-(.+)-${LANGUAGE_HASH}\\.js$`);
      for (const widget of registry.widgets) {
        const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === widget.tag);
        const own = new Set([...closure(hydrate), ...closure(entry.fileName)]);
        const moduleIds = [...own].flatMap((file) => Object.keys(byName.get(file).modules));
        const units = ['core', ...moduleIds.flatMap((id) => {
          const match = /summit-widgets:(parts|corrections)\/([^/]+)$/.exec(id);
          return !match ? [] : match[1] === 'parts' ? [match[2]] : [`corrections-${match[2]}`];
        })];
        const sections = ['shared', 'languages', 'locale', widget.strings];
        const names = new Set();
        for (const lang of registry.languages) {
          const pieces = [`loaders/${lang}`, ...units.map((unit) => `texts/${lang}/${unit}`), ...sections.map((section) => `ui/${lang}/${section}`)];
          for (const piece of pieces) {
            const chunk = chunks.find((c) => Object.keys(c.modules).some((id) => id.endsWith(`summit-widgets:${piece}`)));
            for (const file of chunk ? closure(chunk.fileName) : []) {
              const match = langChunk.exec(file);
              if (!match) own.add(file);
              else {
                names.add(indexIn(manifest.l, match[2]));
                (found[lang] ??= new Set()).add(match[2]);
              }
            }
          }
        }
        manifest.w[widget.tag] = [...own].map((file) => indexIn(manifest.c, file.slice(0, -'.js'.length)));
        manifest.n[widget.tag] = [...names];
      }
      for (const lang of registry.languages) {
        const missing = manifest.l.filter((name) => !found[lang]?.has(name));
        if (missing.length) this.error(`loader.js: no ${lang} chunk named ${missing.join(', ')} (the loader expects every name in every language)`);
      }
      const loader = chunks.find((chunk) => chunk.isEntry && chunk.name === 'loader');
      // JSON.parse('...') (as src/loader.ts writes it, or as terser rewrites the quotes) becomes the manifest's literal.
      const call = [`JSON.parse(${JSON.stringify(PLACEHOLDER)})`, `JSON.parse('${PLACEHOLDER}')`].find((literal) => loader.code.includes(literal));
      if (!call) this.error('loader.js: the manifest placeholder is not in the code');
      loader.code = loader.code.replace(call, () => JSON.stringify(manifest));
    },
  };
}

/**
 * The modules every widget's entry imports (statically): Lit and the widgets' base, one chunk on every page.
 * Rollup would split them by who imports them, and hydrate.js imports Lit (it applies Lit's hydrate support
 * after LitElement's module ran) but not the base: Lit would be a chunk of its own, one more file on every page.
 */
let everyWidget;
function sharedByEveryWidget({getModuleInfo}) {
  if (everyWidget) return everyWidget;
  const closure = (id, into = new Set()) => {
    if (!into.has(id)) {
      into.add(id);
      for (const imported of getModuleInfo(id)?.importedIds ?? []) closure(imported, into);
    }
    return into;
  };
  const [first, ...rest] = registry.widgets.map(({tag}) => closure(resolvePath(defineEntries[tag])));
  everyWidget = new Set([...first].filter((id) => rest.every((set) => set.has(id)) && !/[\\/]src[\\/]define[\\/]/.test(id)));
  return everyWidget;
}

export default [
  {
    // ssr/*: the server renderer and its command line, for Node.
    input: {index: 'src/index.ts', ...defineEntries, loader: 'src/loader.ts', hydrate: 'src/hydrate.ts', 'ssr/index': 'src/ssr/index.ts', 'ssr/cli': 'src/ssr/cli.ts'},
    external: (id) => /^(lit|@lit|@lit-labs|parse5)(\/|$)/.test(id) || id.startsWith('node:'),
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      // The TypeScript plugin writes source paths as seen from dist/, also in dist/chunks/ maps.
      sourcemapPathTransform: (source, mapPath) => {
        const at = source.lastIndexOf('src/');
        return at < 0 ? source : relative(dirname(mapPath), resolvePath(source.slice(at)));
      },
      entryFileNames: '[name].js',
      banner: (chunk) => (chunk.name === 'ssr/cli' ? '#!/usr/bin/env node' : ''),
      chunkFileNames: texts.chunkFileNames('chunks/'),
      manualChunks: texts.languageChunk,
    },
    // Source maps carry their sources: src/ is not in the package.
    plugins: [texts.rollup(), json({preferConst: true}), ts({declaration: true, declarationDir: 'dist/types', inlineSources: true}), minifyTemplates()],
  },
  {
    input: {
      'summit-widgets': CDN_ALL,
      ...Object.fromEntries(registry.widgets.map(({tag}) => [tag, defineEntries[tag]])),
      loader: 'src/loader.ts',
      hydrate: 'src/hydrate.ts',
    },
    // Entries keep their code rather than sitting behind facade chunks; the text chunks import from them.
    preserveEntrySignatures: 'allow-extension',
    output: {dir: 'dist/cdn', format: 'es', sourcemap: true, entryFileNames: '[name].js',
      chunkFileNames: texts.chunkFileNames('chunks/', LANGUAGE_HASH),
      manualChunks: (id, meta) => texts.languageChunk(id) ?? (sharedByEveryWidget(meta).has(id) ? 'summit-element' : undefined),
    },
    plugins: [
      loaderManifest(),
      cdnAllEntry,
      modulesWithSideEffects(),
      texts.rollup(),
      resolve(),
      json({preferConst: true, compact: true}),
      ts({declaration: false, outDir: 'dist/cdn', tslib: resolvePath('scripts/decorate.mjs')}),
      minifyTemplates(),
      terser({format: {comments: false}, compress: {passes: 3}}),
    ],
  },
];
