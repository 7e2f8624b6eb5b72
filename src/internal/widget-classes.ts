import {WIDGETS} from '../registry.js';
import * as exported from '../widgets.js';
import type {VersionedElement} from './define.js';

/**
 * Each widget of the registry (src/registry.json) by tag, with its class: src/widgets.ts exports it under
 * the registry's `className`. Read by src/define/all.ts and by the server renderer (src/ssr/widgets.ts).
 */
export const WIDGET_CLASSES: ReadonlyMap<string, VersionedElement> = new Map(
  WIDGETS.map(({tag, className}) => [tag, exported[className as keyof typeof exported] as unknown as VersionedElement])
);
