// Validates every data/*.json with the same validator the widgets ship (src/dataset/validate.ts), every
// text required in all eight languages,
// and prints the gzip size of each dataset, whole and per language.
// Usage: node scripts/validate-data.mjs [files...]   (default: data/*.json). Exits 1 on any problem.
import {readFileSync, readdirSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadTs} from './lib/load-ts.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const {DATA_LANGS: LANGS} = await loadTs('src/dataset/types.ts');
const {validateDataset, formatProblem} = await loadTs('src/dataset/validate.ts');

const isText = (v) =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && LANGS.every((l) => typeof v[l] === 'string');
/** The dataset with every localized text reduced to one language: that language's share. */
const only = (value, lang) =>
  isText(value)
    ? {[lang]: value[lang]}
    : Array.isArray(value)
      ? value.map((v) => only(v, lang))
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, only(v, lang)]))
        : value;
const gz = (value) => gzipSync(JSON.stringify(value)).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => resolve(f))
  : readdirSync(join(root, 'data'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(root, 'data', f));

let failed = false;
for (const file of files) {
  const name = relative(process.cwd(), file);
  let value;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${name}: not valid JSON (${error.message})`);
    failed = true;
    continue;
  }
  // The bundled dataset travels in every language the widgets speak: each text in all of them.
  const result = validateDataset(value, {languages: LANGS});
  if (!result.ok) {
    failed = true;
    console.error(`${name}: ${result.problems.length} problem(s)`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
    continue;
  }
  const d = result.dataset;
  console.log(`${name}: valid (${d.events.length} events, ${d.countries.length} countries, ${d.sources.length} sources)`);
  const raw = readFileSync(file);
  const perLang = LANGS.map((lang) => `${lang} ${kb(gz(only(value, lang)))}`).join(', ');
  console.log(`  gzip: file ${kb(gzipSync(raw).length)} (${kb(raw.length)} raw), minified ${kb(gz(value))}; one language only: ${perLang}`);
}
if (!files.length) console.error('no data/*.json found');
process.exit(failed || !files.length ? 1 : 0);
