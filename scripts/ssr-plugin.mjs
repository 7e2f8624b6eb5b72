// The package's server renderer (src/ssr/, bundled for Node with esbuild on first use) in the test runner:
// - the command `ssr-render`: a test pre-renders HTML and puts it in its own page to hydrate it
//   (`executeServerCommand('ssr-render', {html})`; test/kit/fixture.ts, every 'server' mode test);
// - the command `test-mode`: the runner's MODE environment variable (client, server or unset), so the test kit
//   (test/kit/fixture.ts) runs one render mode only: `MODE=client npm run test:quick -- --files ...`;
// - `/ssr-pages/<name>.html`: test/ssr/pages/<name>.html pre-rendered, as a page of its own;
//   `?stylesheet=URL` links that stylesheet instead of inline styles, `?csp=1` serves it with
//   `Content-Security-Policy: default-src 'self'`; `/ssr-pages/summit-widgets.css` is the stylesheet.
import {build} from 'esbuild';
import {readFile} from 'node:fs/promises';
import {pathToFileURL} from 'node:url';
import {CSP} from './test-middleware.mjs';

const OUT = '.cache/ssr-test/index.mjs';

let renderer;
const load = async () => {
  await build({
    entryPoints: ['src/ssr/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: OUT,
    logLevel: 'error',
  });
  // A new URL per build: a re-run in watch mode gets the new code.
  return import(`${pathToFileURL(OUT).href}?${Date.now()}`);
};
const renderModule = () => (renderer ??= load());

/** The `ssr-render` command. */
export function ssrPlugin() {
  return {
    name: 'ssr-render',
    async executeCommand({command, payload}) {
      if (command === 'test-mode') return {mode: process.env.MODE ?? ''};
      if (command !== 'ssr-render') return undefined;
      const {render} = await renderModule();
      const warnings = [];
      const html = await render(payload.html, {base: payload.base, stylesheet: payload.stylesheet, warn: (line) => warnings.push(line)});
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
