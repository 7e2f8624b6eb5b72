import type {DataPart} from '../dataset/texts.js';
import type {Correction, Dataset, Source} from '../dataset/types.js';
import core from 'summit-widgets:skeleton/core';

/**
 * The bundled dataset as the widgets use it: one object, its parts filled in as the widgets that
 * show them are loaded (`usePart`, from each widget's own chunk), each language's texts put in when
 * they arrive (`loadLanguage`). Validated at build time (`scripts/validate-data.mjs`), so never in
 * the browser. A part no loaded widget shows is not there.
 */
export const bundledInParts = {...core, sources: [], corrections: []} as unknown as Dataset;

/** What each text unit's texts go into, by unit name: `core`, a part's name, `corrections-<parts>`. */
export const textTargets = new Map<string, unknown>([['core', {title: bundledInParts.title}]]);

const used = new Set<string>();
const usedGroups = new Set<string>();

/** In document order, as `order` says (a part's groups arrive interleaved with other parts'). */
const byOrder = (a: {order: number}, b: {order: number}) => a.order - b.order;

/** Puts `part` (and the sources and corrections that come with it) into the bundled dataset, once. */
export function usePart(part: DataPart): void {
  if (used.has(part.name)) return;
  used.add(part.name);
  const dataset = bundledInParts as unknown as Record<string, unknown>;
  dataset[part.name] = part.skeleton;
  textTargets.set(part.name, part.skeleton);
  for (const [group, sources] of Object.entries(part.sources)) {
    if (usedGroups.has(`sources ${group}`)) continue;
    usedGroups.add(`sources ${group}`);
    (bundledInParts.sources as Source[]).push(...sources);
  }
  for (const [group, corrections] of Object.entries(part.corrections)) {
    if (usedGroups.has(`corrections ${group}`)) continue;
    usedGroups.add(`corrections ${group}`);
    (bundledInParts.corrections as Correction[]).push(...corrections);
    textTargets.set(`corrections-${group}`, corrections);
  }
  (bundledInParts.sources as (Source & {order: number})[]).sort(byOrder);
  (bundledInParts.corrections as (Correction & {order: number})[]).sort(byOrder);
}
