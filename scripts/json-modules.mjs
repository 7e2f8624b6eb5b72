// Serves `import data from './x.json'` as a JS module to the test browser while
// `fetch('./x.json')` still gets the JSON itself (widgets load `src` datasets that way).
export function jsonModules() {
  const isImport = (context) => context.path.endsWith('.json') && context.request.get('sec-fetch-dest') === 'script';
  return {
    name: 'json-modules',
    // The dev server caches transforms by path: keep the module and the JSON apart.
    transformCacheKey(context) {
      if (isImport(context)) return 'json-module';
    },
    resolveMimeType(context) {
      if (isImport(context)) return 'js';
    },
    transform(context) {
      if (isImport(context)) return {body: `export default ${context.body};`, headers: {vary: 'sec-fetch-dest'}};
    },
  };
}
