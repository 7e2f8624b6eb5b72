// One plugin for rollup (the builds) and Vite (Storybook): the modules that exist for their side effect.
// package.json `sideEffects` names only the built define files (dist/*.js), and a bundler applies it to this
// package's sources too: every other module counts as side-effect free, so `import '.../src/define/<widget>.js'`
// (summit-widgets.js's imports of the other define entries, a story's import) would be dropped and no tag
// registered. These modules register a tag or apply Lit's hydrate support (src/hydrate.ts); say so.
const REGISTERS = /[\\/]src[\\/](define[\\/][^\\/]+|hydrate)\.ts$|[\\/]stories[\\/]builder[\\/]embed-builder\.ts$/;

export const modulesWithSideEffects = () => ({
  name: 'summit-widgets:modules-with-side-effects',
  /** @param {string} code @param {string} id */
  transform: (code, id) => (REGISTERS.test(id) ? {code, map: null, moduleSideEffects: true} : null),
});
