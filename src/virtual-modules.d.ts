// The modules scripts/texts-plugin.mjs serves (to Rollup, Vite, @web/test-runner and esbuild alike): the
// bundled dataset and the UI strings in pieces, made from data/ca-jad-2025.json and src/translations/.
// Nothing is generated into src/: these declarations are all tsc and editors need.

/** One part of the bundled dataset, with its sources and corrections (`summit-widgets:parts/events`, ...). */
declare module 'summit-widgets:parts/*' {
  const part: import('./dataset/texts.js').DataPart;
  export default part;
}

/** Every part (the server renderer may render any widget). */
declare module 'summit-widgets:parts' {
  export const PARTS: Record<string, import('./dataset/texts.js').DataPart>;
}

/** The dataset's id, date and an empty slot for its title (the texts arrive with a language). */
declare module 'summit-widgets:skeleton/core' {
  const core: {id: string; title: Record<string, string>; asOf: string};
  export default core;
}

/** A language's index: a loader per UI section and per text unit (`summit-widgets:loaders/kk`). */
declare module 'summit-widgets:loaders/*' {
  export const ui: Record<string, () => Promise<{default: unknown}>>;
  export const texts: Record<string, () => Promise<{default: unknown}>>;
}

/** Each language's index, loaded on first need. */
declare module 'summit-widgets:loaders' {
  type Loader = () => Promise<{default: unknown}>;
  export type LanguageIndex = {ui: Record<string, Loader>; texts: Record<string, Loader>};
  export const LANGUAGE_INDEX: Record<string, () => Promise<LanguageIndex>>;
}

/** Each widget's define module (`src/define/<tag>.ts`), imported on demand by the loader. */
declare module 'summit-widgets:define-modules' {
  export const DEFINE: Record<string, () => Promise<unknown>>;
}

/** The pieces the modules above import: skeletons, sources, corrections, texts, UI sections. */
declare module 'summit-widgets:*' {
  const value: unknown;
  export default value;
}
