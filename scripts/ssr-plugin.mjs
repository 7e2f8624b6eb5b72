// The package's server renderer (src/ssr/, bundled for Node with esbuild on first use, scripts/lib/load-ts.mjs) in
// the test runner:
// - the command `ssr-render`: a test pre-renders HTML and puts it in its own page to hydrate it
//   (`executeServerCommand('ssr-render', {html})`; test/kit/fixture.ts, every 'server' mode test);
// - the command `test-mode`: the runner's MODE environment variable (client, server or unset), so the test kit
//   (test/kit/fixture.ts) runs one render mode only: `MODE=client npm run test:file -- test/x.test.ts`;
// - `/ssr-pages/<name>.html`: test/ssr/pages/<name>.html pre-rendered, as a page of its own;
//   `?stylesheet=URL` links that stylesheet instead of inline styles, `?csp=1` serves it with
//   `Content-Security-Policy: default-src 'self'`; `/ssr-pages/summit-widgets.css` is the stylesheet.
import {readdirSync, statSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {loadTs} from './lib/load-ts.mjs';
import {CSP} from './test-middleware.mjs';
import * as texts from './texts-plugin.mjs';

/** The newest change under src/ and data/: in watch mode, an edit makes the renderer anew, as it does the browser's code. */
const stamp = () =>
  Math.max(...['src', 'data'].flatMap((dir) => readdirSync(dir, {recursive: true}).map((path) => statSync(join(dir, path)).mtimeMs)));
let renderer;
const renderModule = () => {
  const now = stamp();
  if (renderer?.stamp !== now) renderer = {stamp: now, module: loadTs('src/ssr/index.ts', {external: true, plugins: [texts.esbuild()]})};
  return renderer.module;
};

/** The `ssr-render` command. */
export function ssrPlugin() {
  return {
    name: 'ssr-render',
    // Bundled while the browser starts, not when the first test asks (a failure is reported then).
    serverStart() {
      renderModule().catch(() => {});
    },
    async executeCommand({command, payload}) {
      if (command === 'test-mode') return {mode: process.env.MODE ?? ''};
      if (command !== 'ssr-render') return undefined;
      const {render} = await renderModule();
      const warnings = [];
      const {base, stylesheet, hydrate, loader} = payload;
      const html = await render(payload.html, {base, stylesheet, hydrate, loader, warn: (line) => warnings.push(line)});
      return {html, warnings};
    },
  };
}

/** Koa middleware for `/ssr-pages/...` (`middleware: [ssrPagesMiddleware()]`). */
export function ssrPagesMiddleware() {
  return async function ssrPages(ctx, next) {
    if (!ctx.path.startsWith('/ssr-pages/')) return next();
    const {render, stylesheet} = await renderModule();
    const name = ctx.path.slice('/ssr-pages/'.length);
    ctx.set('Cache-Control', 'no-store');
    if (name === 'summit-widgets.css') {
      ctx.type = 'text/css';
      ctx.body = stylesheet();
      return;
    }
    if (!/^[a-z0-9-]+\.html$/.test(name)) return next();
    const page = await readFile(`test/ssr/pages/${name}`, 'utf8');
    const stylesheetUrl = typeof ctx.query.stylesheet === 'string' ? ctx.query.stylesheet : undefined;
    ctx.type = 'text/html';
    ctx.body = await render(page, {stylesheet: stylesheetUrl, base: `http://${ctx.host}/`, warn: () => {}});
    if (ctx.query.csp) ctx.set('Content-Security-Policy', CSP);
  };
}
