// A web-test-runner command that pre-renders HTML with the package's server renderer
// (src/ssr/, bundled for Node with esbuild when the test server starts), so a test can put
// server-rendered widgets in its page and hydrate them: `executeServerCommand('ssr-render', {html})`.
// test/helpers/fixture.ts uses it for every 'server' mode test.
import {build} from 'esbuild';
import {pathToFileURL} from 'node:url';

const OUT = '.cache/ssr-test/index.mjs';

export function ssrPlugin() {
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
  return {
    name: 'ssr-render',
    async executeCommand({command, payload}) {
      if (command !== 'ssr-render') return undefined;
      renderer ??= load();
      const {render} = await renderer;
      const warnings = [];
      const html = await render(payload.html, {base: payload.base, stylesheet: payload.stylesheet, warn: (line) => warnings.push(line)});
      return {html, warnings};
    },
  };
}
