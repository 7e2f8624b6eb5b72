// The package's server renderer (src/ssr/, the very code of `summit-widgets render`) in a Web Worker, for the
// Embed builder's "HTML with its content". Lit's SSR installs its DOM shim (a server's HTMLElement and
// customElements) on the global object of wherever it runs: in a worker that is the worker's own, so the
// Storybook page's real DOM and custom element registry are never touched. Bundled for the worker, with
// lit's Node builds, by scripts/prerender-stories.mjs (stories/generated/render-worker.js).
import {render, type RenderOptions} from '../../src/ssr/render.js';

/** A request: HTML and the options; the answer: the rendered HTML and the renderer's warnings, or an error. */
export interface RenderRequest {
  id: number;
  html: string;
  options: Pick<RenderOptions, 'stylesheet' | 'hydrate' | 'loader'>;
}
export interface RenderAnswer {
  id: number;
  html?: string;
  warnings: string[];
  error?: string;
}

addEventListener('message', async (event: MessageEvent<RenderRequest>) => {
  const {id, html, options} = event.data;
  const warnings: string[] = [];
  let answer: RenderAnswer;
  try {
    answer = {id, html: await render(html, {...options, base: location.href, warn: (line) => warnings.push(line)}), warnings};
  } catch (error) {
    answer = {id, warnings, error: String((error as Error)?.message ?? error)};
  }
  postMessage(answer);
});
