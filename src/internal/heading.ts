import type {TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
// Imported under another name: eslint-plugin-lit cannot read static tag bindings.
import {html as staticHtml, literal, type StaticValue} from 'lit/static-html.js';

export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 3;

const TAGS: Record<HeadingLevel, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** `heading-level` as a level, or undefined when the value is not 2 to 6. */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  const level = Number(value);
  return (HEADING_LEVELS as readonly number[]).includes(level) && String(value).trim() === String(level)
    ? (level as HeadingLevel)
    : undefined;
}

/** A real `<hN>` at the given level (clamped to 6 for sub-headings one level deeper). */
export function heading(level: number, content: unknown, className = 'heading', id?: string): TemplateResult {
  const tag = TAGS[Math.min(Math.max(level, 2), 6) as HeadingLevel];
  return staticHtml`<${tag} class=${className} id=${ifDefined(id)} part="heading">${content}</${tag}>`;
}
