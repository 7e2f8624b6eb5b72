// Types for scripts/side-effects-plugin.mjs, imported by .storybook/main.ts.
/** The plugin (rollup and Vite alike) that marks the modules registering a tag, and src/hydrate.ts, as having side effects. */
export function modulesWithSideEffects(): {
  name: string;
  transform: (code: string, id: string) => {code: string; map: null; moduleSideEffects: true} | null;
};
