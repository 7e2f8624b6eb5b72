// Lets test code `import data from './x.json'` (as rollup and Vite allow) while
// `fetch('./x.json')` still gets the JSON itself (widgets load `src` datasets that way).
// Imports are rewritten to `x.json?module`, a URL of their own, so neither answer
// can be served from the browser's cache for the other.
const MARK = 'module';

export function jsonModules() {
  const isModule = (context) => context.path.endsWith('.json') && context.URL.searchParams.has(MARK);
  return {
    name: 'json-modules',
    resolveImport({source}) {
      if (source.endsWith('.json')) return `${source}?${MARK}`;
    },
    resolveMimeType(context) {
      if (isModule(context)) return 'js';
    },
    transform(context) {
      // Revalidated on every request, not kept for a year as the test server would (watch mode sees edits).
      if (isModule(context)) return {body: `export default ${context.body};`, headers: {'cache-control': 'no-cache'}};
    },
  };
}
