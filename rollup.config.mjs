// Two outputs from one source (as Shoelace does):
// - dist/: ES modules for bundlers, `lit` left as a bare import, with types and source maps;
// - dist/cdn/summit-widgets.js: one minified file with Lit and the dataset inside, for pages without a build step.
import {existsSync, rmSync} from 'node:fs';
import {dirname, relative, resolve as resolvePath} from 'node:path';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {defaultMinifyOptions} from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

const WIDGETS = ['summit-timeline', 'country-agreements', 'initiative-pillars', 'summit-map', 'agreements-matrix'];

// The tag entries that exist (each widget lands with its own issue).
const defineEntries = Object.fromEntries(
  [...WIDGETS, 'all'].map((name) => [name, `src/define/${name}.ts`]).filter(([, path]) => existsSync(path))
);

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
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    // Source maps carry their sources: src/ is not in the package.
    plugins: [json({preferConst: true}), ts({declaration: true, declarationDir: 'dist/types', inlineSources: true}), minifyTemplates()],
  },
  ...(defineEntries.all
    ? [
        {
          input: defineEntries.all,
          // Its code goes in this file, not behind a facade chunk; the language chunks import from it.
          preserveEntrySignatures: 'allow-extension',
          // One file per language beside it: a page downloads the one it shows.
          output: {dir: 'dist/cdn', format: 'es', sourcemap: true, entryFileNames: 'summit-widgets.js', chunkFileNames: '[name]-[hash].js'},
          plugins: [
            resolve(),
            json({preferConst: true, compact: true}),
            ts({declaration: false, outDir: 'dist/cdn'}),
            minifyTemplates(),
            terser({format: {comments: false}}),
          ],
        },
      ]
    : []),
];
