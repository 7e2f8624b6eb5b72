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

const WIDGETS = ['summit-timeline', 'country-agreements', 'initiative-pillars', 'summit-map'];

// The tag entries that exist (each widget lands with its own issue).
const defineEntries = Object.fromEntries(
  [...WIDGETS, 'all'].map((name) => [name, `src/define/${name}.ts`]).filter(([, path]) => existsSync(path))
);

// From an empty dist/: rollup leaves the hashed chunks of earlier builds there, and `npm pack` would ship them.
rmSync('dist', {recursive: true, force: true});

const ts = (options = {}) =>
  typescript({tsconfig: './tsconfig.build.json', ...options});

export default [
  {
    input: {index: 'src/index.ts', ...defineEntries},
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
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
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    // Source maps carry their sources: src/ is not in the package.
    plugins: [json({preferConst: true}), ts({declaration: true, declarationDir: 'dist/types', inlineSources: true})],
  },
  ...(defineEntries.all
    ? [
        {
          input: defineEntries.all,
          output: {file: 'dist/cdn/summit-widgets.js', format: 'es', sourcemap: true},
          plugins: [
            resolve(),
            json({preferConst: true, compact: true}),
            ts({declaration: false}),
            // Comments and runs of whitespace out of the html`` and css`` templates. Whitespace is
            // collapsed to one space, never removed, so text between inline parts keeps its spaces.
            minifyLiterals({
              failOnError: true,
              options: {minifyOptions: {...defaultMinifyOptions, conservativeCollapse: true}},
            }),
            terser({format: {comments: false}}),
          ],
        },
      ]
    : []),
];
