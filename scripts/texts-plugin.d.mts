// Types of scripts/texts-plugin.mjs for the TypeScript that imports it (.storybook/main.ts).
import type {Plugin} from 'vite';

/** Rollup's and Vite's plugin: resolves `summit-widgets:<name>` to a module of its own. */
export function rollup(): Plugin;
