#!/usr/bin/env node
// Splits the bundled dataset for the widgets (see src/dataset/texts.ts): src/generated/skeleton.json
// holds everything but the texts, src/generated/texts/<lang>.json each language's texts in document
// order. Run before anything that builds, type-checks or serves the widgets (npm test, npm start,
// the builds; `prepare` after npm ci). The output is not committed: data/ca-jad-2025.json is the source.
import {build} from 'esbuild';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const bundle = await build({
  entryPoints: [join(root, 'src/dataset/texts.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'silent',
});
const {forEachText, isTextSlot} = await import(
  'data:text/javascript;base64,' + Buffer.from(bundle.outputFiles[0].text).toString('base64')
);
const {DATA_LANGS} = await import(
  'data:text/javascript;base64,' +
    Buffer.from(
      (await build({entryPoints: [join(root, 'src/dataset/types.ts')], bundle: true, write: false, format: 'esm', logLevel: 'silent'}))
        .outputFiles[0].text
    ).toString('base64')
);

const data = JSON.parse(readFileSync(join(root, 'data/ca-jad-2025.json'), 'utf8'));
const texts = Object.fromEntries(DATA_LANGS.map((lang) => [lang, []]));
forEachText(data, (slot) => {
  for (const lang of DATA_LANGS) {
    // A language the data does not have yet travels as English (the validator reports it).
    texts[lang].push(slot[lang] ?? slot.en);
  }
});
const strip = (value) =>
  Array.isArray(value)
    ? value.map(strip)
    : isTextSlot(value)
      ? {}
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, strip(item)]))
        : value;

const out = join(root, 'src/generated');
mkdirSync(join(out, 'texts'), {recursive: true});
const write = (file, value) => {
  const path = join(out, file);
  const json = JSON.stringify(value);
  let old;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    /* first run */
  }
  // Unchanged files keep their time stamp: watchers (Storybook, tsc) see no change.
  if (old !== json) writeFileSync(path, json);
};
write('skeleton.json', strip(data));
for (const lang of DATA_LANGS) write(`texts/${lang}.json`, texts[lang]);
