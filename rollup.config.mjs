// Two outputs from one source (as Shoelace does):
// - dist/: ES modules for bundlers, `lit` left as a bare import, with types and source maps;
// - dist/cdn/: minified files with Lit inside, for pages without a build step: summit-widgets.js registers every
//   widget, <tag>.js registers one; they share chunks (Lit, the base, each widget), and each language's texts and
//   each part of the dataset's texts are chunks beside them, so a page downloads only what it shows.
import {rmSync} from 'node:fs';
import {dirname, relative, resolve as resolvePath} from 'node:path';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {defaultMinifyOptions} from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import registry from './src/registry.json' with {type: 'json'};

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

/**
 * package.json `sideEffects` names only dist/'s define files, and the CDN build's node-resolve applies it to
 * src/ too: src/define/* would count as side-effect free, and summit-widgets.js (which imports the other
 * define entries) would register nothing. They exist for their side effect: say so.
 */
const defineModulesHaveSideEffects = {
  name: 'summit-widgets:define-modules-have-side-effects',
  transform: (code, id) => (/[\\/]src[\\/]define[\\/][^\\/]+\.ts$/.test(id) ? {code, map: null, moduleSideEffects: true} : null),
};

/**
 * A language's pieces grouped into a few chunks rather than one each (many small files compress worse):
 * what every page of that language needs (its index of pieces, the shared UI strings, language names,
 * locale tables, the dataset's title, the corrections about everything) in one; each widget's UI strings
 * with the texts of the part it is about (the timeline's with the events', ...); the rest by part.
 */
const WIDGET_PART = Object.fromEntries(registry.widgets.map((widget) => [widget.strings, widget.parts[0]]));
const COMMON = new Set(['ui/shared', 'ui/languages', 'ui/locale', 'texts/core', 'texts/corrections-all']);
function languageChunks(id) {
  const index = /[\\/]generated[\\/]loaders[\\/]\w\w\.ts$/.test(id);
  const piece = /[\\/]generated[\\/](ui|texts)[\\/]\w\w[\\/]([\w+-]+)\.json$/.exec(id);
  if (index || COMMON.has(`${piece?.[1]}/${piece?.[2]}`)) return 'common';
  if (!piece) return undefined;
  const [, kind, name] = piece;
  if (kind === 'ui') return WIDGET_PART[name] ?? name;
  return name.replace(/^corrections-/, '');
}

/** Rollup's `manualChunks` for both outputs: a language's group as `<lang>-<group>` (`kk-common`, `kk-events`). */
const languageChunk = (id) => {
  const group = languageChunks(id);
  const lang = group && /[\\/](\w\w)(?:[\\/][^\\/]+\.json|\.ts)$/.exec(id)?.[1];
  return group && `${lang}-${group}`;
};

/** Chunk file names; a language's chunks (its texts and UI strings) in a folder named after it. */
const chunkName = (base) => (chunk) => {
  const lang = /[\\/]generated[\\/](?:texts|ui|loaders)[\\/](\w\w)(?:[\\/]|\.ts$)/.exec(chunk.facadeModuleId ?? chunk.moduleIds?.[0] ?? '')?.[1];
  return lang ? `${base}${lang}/[name]-[hash].js` : `${base}[name]-[hash].js`;
};

const ts = (options = {}) =>
  typescript({tsconfig: './tsconfig.build.json', ...options});

// Comments and runs of whitespace out of the html`` and css`` templates. Whitespace is collapsed to one
// space, never removed, so text between inline parts keeps its spaces. In both builds: the server renderer
// (dist/ssr, on the npm build's chunks) and the browser must see the very same templates, or hydration
// finds parts that do not match and renders anew.
const minifyTemplates = () =>
  minifyLiterals({failOnError: true, options: {minifyOptions: {...defaultMinifyOptions, conservativeCollapse: true}}});

export default [
  {
    // ssr/*: the server renderer and its command line, for Node.
    input: {index: 'src/index.ts', ...defineEntries, 'ssr/index': 'src/ssr/index.ts', 'ssr/cli': 'src/ssr/cli.ts'},
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
      chunkFileNames: chunkName('chunks/'),
      manualChunks: languageChunk,
    },
    // Source maps carry their sources: src/ is not in the package.
    plugins: [json({preferConst: true}), ts({declaration: true, declarationDir: 'dist/types', inlineSources: true}), minifyTemplates()],
  },
  {
    input: {'summit-widgets': CDN_ALL, ...Object.fromEntries(registry.widgets.map(({tag}) => [tag, defineEntries[tag]]))},
    // Entries keep their code rather than sitting behind facade chunks; the text chunks import from them.
    preserveEntrySignatures: 'allow-extension',
    output: {dir: 'dist/cdn', format: 'es', sourcemap: true, entryFileNames: '[name].js',
      chunkFileNames: chunkName('chunks/'),
      manualChunks: languageChunk,
    },
    plugins: [
      cdnAllEntry,
      defineModulesHaveSideEffects,
      resolve(),
      json({preferConst: true, compact: true}),
      ts({declaration: false, outDir: 'dist/cdn'}),
      minifyTemplates(),
      terser({format: {comments: false}}),
    ],
  },
];
