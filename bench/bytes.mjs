// Bytes a page needs: raw, gzip (level 9) and brotli (quality 11) of JS and CSS files,
// and rollup builds of one bundle per widget (and of all three when the CDN build is absent).
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

export function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, {level: 9}).length,
    brotli: brotliCompressSync(buffer, {
      params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length},
    }).length,
  };
}

export const sum = (list) =>
  list.reduce((a, b) => ({raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli}), {raw: 0, gzip: 0, brotli: 0});

/** Sizes of each file and their total. `files`: absolute paths. */
export function filesSizes(root, files) {
  const each = files.map((file) => ({file: relative(root, file), ...sizes(readFileSync(file))}));
  return {files: each, total: sum(each)};
}

/** All .js files under `dir` (the entry and any lazy chunks), not source maps. */
export function jsFilesIn(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, {withFileTypes: true})) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.m?js$/.test(entry.name)) out.push(path);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/**
 * Builds `entry` (a .ts file, or code given as `code`) into `outDir` the way rollup.config.mjs builds
 * dist/cdn/: node-resolve, json (compact), typescript, terser. Returns the .js files written.
 */
export async function buildBundle(root, {name, entry, code, outDir}) {
  // (source maps are written beside the bundle so that profiles can name the original functions)
  const [{rollup}, texts, {default: json}, {default: resolve}, {default: terser}, {default: typescript}] = await Promise.all([
    import('rollup'),
    import('../scripts/texts-plugin.mjs'),
    import('@rollup/plugin-json'),
    import('@rollup/plugin-node-resolve'),
    import('@rollup/plugin-terser'),
    import('@rollup/plugin-typescript'),
  ]);
  rmSync(outDir, {recursive: true, force: true});
  mkdirSync(outDir, {recursive: true});
  let input = entry;
  if (code) {
    // A throw-away entry inside src/ would touch others' folders: keep it in the output folder.
    input = join(outDir, `${name}.entry.ts`);
    writeFileSync(input, code);
  }
  const warnings = [];
  const bundle = await rollup({
    input,
    onwarn: (w) => warnings.push(w.message),
    plugins: [
      texts.rollup(),
      resolve(),
      json({preferConst: true, compact: true}),
      typescript({
        tsconfig: join(root, 'tsconfig.build.json'),
        declaration: false,
        declarationMap: false,
        sourceMap: true,
        inlineSources: false,
        outDir,
        rootDir: root,
        include: ['src/**/*.ts', 'data/*.json', relative(root, input)],
        noEmitOnError: false,
      }),
      terser({format: {comments: false}}),
    ],
  });
  const {output} = await bundle.write({dir: outDir, format: 'es', entryFileNames: `${name}.js`, chunkFileNames: `${name}-[name]-[hash].js`, sourcemap: true});
  await bundle.close();
  if (code) rmSync(input);
  // What the bundle is made of: each module's length as rendered into the chunk (before terser).
  const modules = output
    .filter((o) => o.type === 'chunk')
    .flatMap((chunk) => Object.entries(chunk.modules).map(([id, m]) => ({id: id.startsWith('\0') ? id.slice(1) : relative(root, id), length: m.renderedLength, code: m.code ?? ''})));
  return {files: jsFilesIn(outDir), warnings, modules};
}

/**
 * Groups a bundle's modules (Lit, the dataset, shared widget code, each widget) and sizes each group:
 * its modules' code as rendered into the bundle, minified with terser, then gzip of the group alone
 * (a group compresses a little better inside the whole bundle, so the parts add up to more than it).
 */
export async function composition(modules) {
  const {minify} = await import('terser');
  const group = (id) =>
    /node_modules\/@lit-labs\//.test(id)
      ? 'hydration (@lit-labs/ssr-client, loaded only by pre-rendered pages)'
      : /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id)
      ? 'Lit'
      : /node_modules\/tslib\//.test(id)
        ? 'tslib helpers'
        : /^data\/.*\.json$/.test(id)
          ? 'dataset (data/*.json)'
          : /^summit-widgets:texts\//.test(id)
            ? 'dataset texts, English (summit-widgets:texts/en/*, scripts/texts-plugin.mjs)'
            : /^summit-widgets:ui\//.test(id)
              ? 'UI strings, English (summit-widgets:ui/en/*)'
              : /^summit-widgets:(skeleton|parts|sources|corrections)\//.test(id)
                ? 'dataset skeleton, sources, corrections (summit-widgets:*, language-neutral)'
                : /^summit-widgets:|^src\/translations\//.test(id)
                  ? 'language loading (summit-widgets:loaders, src/translations/)'
          : /^src\/(internal|dataset|define|index)/.test(id)
            ? 'shared code (src/internal, src/dataset, src/define)'
            : /^src\/([^/]+)\//.test(id)
              ? `src/${id.split('/')[1]}/ (widget, styles, UI strings)`
              : 'other';
  const groups = new Map();
  for (const m of modules) {
    const g = groups.get(group(m.id)) ?? {modules: [], code: []};
    g.modules.push(m.id);
    g.code.push(m.code);
    groups.set(group(m.id), g);
  }
  const out = [];
  for (const [what, g] of groups) {
    const code = g.code.join('\n');
    const minified = (await minify(code, {module: true, compress: false, mangle: false, format: {comments: false}})).code ?? code;
    out.push({what, modules: g.modules.length, ...sizes(Buffer.from(minified))});
  }
  const all = out.reduce((a, b) => a + b.gzip, 0);
  for (const o of out) o.share = o.gzip / all;
  return out.sort((a, b) => b.gzip - a.gzip);
}
