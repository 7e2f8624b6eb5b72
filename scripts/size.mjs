#!/usr/bin/env node
// `npm run size`: gzip (and brotli) sizes of what a page downloads, checked against size-budget.json.
// Run by `npm test` after the build. `--write` puts the table into README.md (between the size
// markers); without it, a README table that no longer matches the build fails the check.
//
// - CDN: every file in dist/cdn/ (the bundle and any chunk beside it): Lit, the four widgets
//   and the dataset in en/ja/ru.
// - One widget: its npm entry (`summit-widgets/<tag>.js`) bundled and minified with Lit and the
//   bundled dataset, as a site's bundler would (esbuild, minify), so nothing it imports is left out.
// - The map's own bytes (issue #17: at most 12 KB gzip on top of Lit and the shared code): its
//   sources minified with Lit, the dataset and the shared src/internal/ modules left out, except
//   roving-focus.ts, which only the map uses so far.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {build} from 'esbuild';

const WIDGETS = ['summit-timeline', 'country-agreements', 'initiative-pillars', 'summit-map', 'agreements-matrix'];
const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const gzip = (bytes) => gzipSync(bytes, {level: 9}).length;
const brotli = (bytes) => brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

async function widgetBundle(tag) {
  const result = await build({
    entryPoints: [`dist/${tag}.js`],
    bundle: true,
    minify: true,
    format: 'esm',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].contents;
}

/** `src/define/<tag>.ts` minified alone: Lit, the dataset and the shared code (but `own`) external. */
async function ownBundle(tag, own) {
  const result = await build({
    entryPoints: [`src/define/${tag}.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'error',
    tsconfig: 'tsconfig.build.json',
    plugins: [
      {
        name: 'shared-external',
        setup(b) {
          b.onResolve({filter: /^lit(\/|$)|^@lit\//}, (args) => ({path: args.path, external: true}));
          b.onResolve({filter: /\/(internal|dataset)\/[\w.-]+\.js$/}, (args) =>
            own.some((name) => args.path.endsWith(`/${name}`)) ? undefined : {path: args.path, external: true}
          );
        },
      },
    ],
  });
  return result.outputFiles[0].contents;
}

const cdnFiles = readdirSync('dist/cdn').filter((name) => name.endsWith('.js'));
const cdnBytes = cdnFiles.map((name) => readFileSync(`dist/cdn/${name}`));
const rows = [
  {
    name: `CDN build, all four widgets (${cdnFiles.join(', ')})`,
    gzip: cdnBytes.reduce((sum, bytes) => sum + gzip(bytes), 0),
    brotli: cdnBytes.reduce((sum, bytes) => sum + brotli(bytes), 0),
    limit: budget.cdn,
  },
];
for (const tag of WIDGETS) {
  const bytes = await widgetBundle(tag);
  rows.push({name: `\`summit-widgets/${tag}.js\` with Lit and the dataset`, gzip: gzip(bytes), brotli: brotli(bytes), limit: budget[tag === 'summit-map' ? 'map' : 'widget']});
}
const mapOwn = await ownBundle('summit-map', ['roving-focus.js']);
rows.push({
  name: '`<summit-map>` alone: its code and shapes, on top of Lit, the dataset and the shared code',
  gzip: gzip(mapOwn),
  brotli: brotli(mapOwn),
  limit: budget.mapOwn,
});

const table = [
  '| what a page loads | gzip | brotli | checked limit (gzip) | goal (gzip) |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(
    (row) =>
      `| ${row.name} | ${kb(row.gzip)} KB | ${kb(row.brotli)} KB | ${kb(row.limit.max)} KB | ${kb(row.limit.goal)} KB |`
  ),
].join('\n');
console.log(table);

const failures = rows
  .filter((row) => row.gzip > row.limit.max)
  .map((row) => `${row.name}: ${kb(row.gzip)} KB gzip is over its limit of ${kb(row.limit.max)} KB`);
for (const row of rows.filter((r) => r.gzip > r.limit.goal)) {
  console.log(`note: ${row.name} is ${kb(row.gzip - row.limit.goal)} KB over the goal of ${kb(row.limit.goal)} KB`);
}

const START = '<!-- size-table:start -->';
const END = '<!-- size-table:end -->';
const readme = readFileSync('README.md', 'utf8');
const [before, rest] = readme.split(START);
const after = rest?.split(END)[1];
if (after === undefined) failures.push(`README.md has no ${START} … ${END} block`);
else if (process.argv.includes('--write')) writeFileSync('README.md', `${before}${START}\n${table}\n${END}${after}`);
else if (rest.split(END)[0].trim() !== table)
  failures.push('README.md shows other sizes than this build: run `npm run size -- --write` and commit README.md');

if (failures.length) {
  for (const failure of failures) console.error(`✖ ${failure}`);
  process.exit(1);
}
