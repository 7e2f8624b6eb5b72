#!/usr/bin/env node
// The HTML the "Pre-rendered" stories show (stories/prerendered.ts): each widget as the server renders it, by
// `render()` of `summit-widgets/ssr` (src/ssr/index.ts, bundled for Node by scripts/lib/load-ts.mjs with the texts
// plugin, as scripts/ssr-plugin.mjs does). Storybook runs in the browser, where the Node renderer is not
// available, so this runs before it: `npm start`, `npm run build-storybook` and `npm test` (scripts/test.mjs).
//
// Writes stories/generated/prerendered/<tag>/<lang>-<theme>.html (not committed): every widget in each of the
// eight languages and the three themes the toolbar offers, so the story shows the toolbar's language and
// theme as the server writes them (a theme or a language changed after hydration would be the browser's
// rendering, not the server's). About 9 MB in all; a story loads only the one file it shows.
// Also the Embed builder's renderer, stories/generated/render-worker.js (below).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';
import {loadTs} from './lib/load-ts.mjs';
import {LANGS, WIDGETS, exampleMarkup} from './registry.mjs';
import * as texts from './texts-plugin.mjs';

const OUT = 'stories/generated/prerendered';
const THEMES = ['auto', 'light', 'dark'];

/**
 * The element as a producer writes it (its example embed, `example` in src/registry.json, as docs/embedding.md
 * shows it: the timeline with the Tokyo summit highlighted): `lang` only when it is not English, `theme` only when it is not `auto`.
 */
const elementMarkup = (widget, lang, theme) => exampleMarkup(widget, {...(lang === 'en' ? {} : {lang}), ...(theme === 'auto' ? {} : {theme})});

const {render} = await loadTs('src/ssr/index.ts', {external: true, plugins: [texts.esbuild()]});

rmSync(OUT, {recursive: true, force: true});
const warnings = [];
let files = 0;
let bytes = 0;
for (const widget of WIDGETS) {
  const {tag} = widget;
  mkdirSync(`${OUT}/${tag}`, {recursive: true});
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      // In the story's page, as in any page Storybook shows, an <h1> precedes the widget (Storybook's own, hidden),
      // so the widget's outline puts its heading at <h2>: the renderer is told so, as it is when it renders a
      // whole page, and the element alone is kept.
      const context = '<h1>Storybook</h1>';
      const page = await render(`${context}${elementMarkup(widget, lang, theme)}`, {warn: (line) => warnings.push(`${tag} ${lang} ${theme}: ${line}`)});
      if (!page.startsWith(context)) throw new Error(`${tag}: the renderer changed what precedes the widget`);
      const html = page.slice(context.length);
      if (!/<template [^>]*shadowrootmode="open"/.test(html)) throw new Error(`${tag} (${lang}, ${theme}) was not pre-rendered`);
      writeFileSync(`${OUT}/${tag}/${lang}-${theme}.html`, html);
      files++;
      bytes += Buffer.byteLength(html);
    }
  }
}
if (warnings.length) {
  console.error(`prerender-stories: the renderer warned:\n${warnings.join('\n')}`);
  process.exit(1);
}
console.log(`prerender-stories: ${files} files in ${OUT}/ (${(bytes / 1024 / 1024).toFixed(1)} MB)`);

// The Embed builder's renderer (stories/builder/render-worker.ts, "HTML with its content"): the BUILT server
// renderer, dist/ssr/index.js, the very code `npx summit-widgets render` runs, so its markup carries the same
// template digests as the CDN build that hydrates it (the build minifies the templates; src/ does not).
// Bundled for a Web Worker with the packages' Node builds (Lit's SSR and its DOM shim, installed on the
// worker's own global object); Node's `buffer`, used by Lit's digest, is a two-line stand-in on btoa.
const SSR = 'dist/ssr/index.js';
const newest = (dir) => Math.max(...readdirSync(dir, {recursive: true}).map((path) => statSync(join(dir, path)).mtimeMs));
if (!existsSync(SSR) || Math.max(newest('src'), newest('data')) > statSync(SSR).mtimeMs) {
  console.log(`prerender-stories: ${SSR} is missing or older than src/: npm run build`);
  if (spawnSync('npm', ['run', 'build', '--silent'], {stdio: 'inherit'}).status !== 0) process.exit(1);
}
const builtRenderer = {
  name: 'built-renderer',
  setup(esbuild) {
    esbuild.onResolve({filter: /[\\/]src[\\/]ssr[\\/]render\.js$/}, () => ({path: join(process.cwd(), SSR)}));
    esbuild.onResolve({filter: /^buffer$/}, () => ({path: 'buffer', namespace: 'btoa-buffer'}));
    esbuild.onLoad({filter: /.*/, namespace: 'btoa-buffer'}, () => ({contents: 'export const Buffer = {from: (binary) => ({toString: () => btoa(binary)})};', loader: 'js'}));
  },
};
const worker = await build({
  entryPoints: ['stories/builder/render-worker.ts'],
  outfile: 'stories/generated/render-worker.js',
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  conditions: ['node'],
  mainFields: ['module', 'main'],
  external: ['node:*'],
  minify: true,
  // package.json's sideEffects names the define entries only: the built renderer's chunks register its widgets.
  ignoreAnnotations: true,
  metafile: true,
  logLevel: 'warning',
  plugins: [builtRenderer],
});
console.log(`prerender-stories: the Embed builder's renderer, stories/generated/render-worker.js (${(Object.values(worker.metafile.outputs)[0].bytes / 1024 / 1024).toFixed(1)} MB)`);
