// Bytes a page needs: raw, gzip (level 9) and brotli (quality 11) of JS and CSS files, and what the built
// files are made of (their source maps).
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {SourceMap} from 'node:module';
import {dirname, join, relative} from 'node:path';
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

/** Where a built file's code came from, as a path from the project (src/…, data/…, node_modules/…). */
const sourceId = (source) => {
  const path = source.replace(/^file:\/\//, '');
  const packageAt = path.lastIndexOf('node_modules/');
  if (packageAt >= 0) return path.slice(packageAt);
  const virtualAt = path.indexOf('summit-widgets:'); // scripts/texts-plugin.mjs's modules
  if (virtualAt >= 0) return path.slice(virtualAt);
  return /(?:^|\/)((?:src|data)\/.*)$/.exec(path)?.[1] ?? path;
};

/** The part of the library a module belongs to (Lit, the dataset, shared widget code, each widget). */
const group = (id) =>
  id.startsWith('unmapped ')
    ? `no source map entry (JSON texts and strings), in ${id.slice('unmapped '.length)}/`
    : /node_modules\/@lit-labs\//.test(id)
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
                  : /^src\/(internal|dataset|define|index|widgets|registry)/.test(id)
                    ? 'shared code (src/internal, src/dataset, src/define)'
                    : /^src\/([^/]+)\//.test(id)
                      ? `src/${id.split('/')[1]}/ (widget, styles, UI strings)`
                      : 'other';

/**
 * What built files are made of, by part of the library: every character of each file attributed to its
 * original module through the file's source map, then gzip of each part alone (a part compresses a little
 * better inside its files, so the parts add up to more than they).
 */
export function composition(root, files) {
  const groups = new Map();
  const add = (what, source, code) => {
    const g = groups.get(what) ?? {modules: new Set(), code: []};
    g.modules.add(source);
    g.code.push(code);
    groups.set(what, g);
  };
  for (const file of files) {
    let map;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      continue; // no map: not counted
    }
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, row) => {
        let current;
        let start = 0;
        for (let column = 0; column <= line.length; column++) {
          const source = column < line.length ? map.findEntry(row, column)?.originalSource : undefined;
          const id = source ? sourceId(source) : `unmapped ${relative(root, dirname(file))}`;
          if (column === line.length || id !== current) {
            if (current && column > start) add(group(current), current, line.slice(start, column));
            current = id;
            start = column;
          }
        }
      });
  }
  const out = [...groups].map(([what, g]) => ({what, modules: g.modules.size, ...sizes(Buffer.from(g.code.join('\n')))}));
  const all = out.reduce((a, b) => a + b.gzip, 0);
  for (const o of out) o.share = o.gzip / all;
  return out.sort((a, b) => b.gzip - a.gzip);
}
