// The Embed builder's side of its renderer: the package's server renderer running in a Web Worker
// (stories/builder/render-worker.ts, bundled from the built renderer by scripts/prerender-stories.mjs into
// stories/generated/render-worker.js). Made on first use: the worker (about 1 MB: every language's texts)
// is fetched only when the builder first shows "HTML with its content".
import type {RenderAnswer, RenderRequest} from './render-worker.js';
import {LOADER_URL, STYLESHEET_URL} from './snippets.js';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, {resolve: (html: string) => void; reject: (error: Error) => void}>();

function start(): Worker {
  // The URL in a variable: Vite copies the file as it is (an asset) instead of bundling it as a worker of its own.
  const url = new URL('../generated/render-worker.js', import.meta.url);
  const made = new Worker(url, {type: 'module'});
  made.addEventListener('message', (event: MessageEvent<RenderAnswer>) => {
    const {id, html, error, warnings} = event.data; // warnings: a bad attribute, which the builder shows already
    const waiting = pending.get(id);
    pending.delete(id);
    if (html !== undefined) waiting?.resolve(html);
    else waiting?.reject(new Error(error ?? warnings.join('; ')));
  });
  made.addEventListener('error', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('the renderer could not be loaded'));
    pending.clear();
    worker = undefined;
  });
  return made;
}

/** `markup` (one element) pre-rendered as `summit-widgets render --stylesheet … --loader …` writes it. */
export function renderWithContent(markup: string): Promise<string> {
  worker ??= start();
  const id = nextId++;
  const request: RenderRequest = {id, html: markup, options: {stylesheet: STYLESHEET_URL, loader: LOADER_URL}};
  return new Promise((resolve, reject) => {
    pending.set(id, {resolve, reject});
    worker!.postMessage(request);
  });
}
