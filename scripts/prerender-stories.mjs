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
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
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
