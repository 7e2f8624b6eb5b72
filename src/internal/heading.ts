import {html, nothing, type TemplateResult} from 'lit';

export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 3;

/**
 * The level a widget's own heading takes when `heading-level` is not set: one below the heading
 * before it (`precedingLevel`, 1 to 6), kept within 2 to 6; 3 when there is none.
 */
export function outlineLevel(precedingLevel: number | undefined): HeadingLevel {
  if (!precedingLevel) return DEFAULT_HEADING_LEVEL;
  return Math.min(Math.max(precedingLevel + 1, 2), 6) as HeadingLevel;
}

/**
 * The level of the nearest `<h1>`..`<h6>` before `element` in document order (in its own tree: a
 * heading inside another component's shadow root is not in the page's outline), or undefined.
 */
export function precedingHeadingLevel(element: Element): number | undefined {
  let node: Node | null = element;
  while (node) {
    if (node.previousSibling) {
      node = node.previousSibling;
      while (node.lastChild && !(node instanceof HTMLTemplateElement)) node = node.lastChild;
    } else {
      node = node.parentNode;
    }
    if (node instanceof HTMLElement && /^H[1-6]$/.test(node.tagName)) return Number(node.tagName[1]);
  }
  return undefined;
}

/** `heading-level` as a level, or undefined when the value is not 2 to 6. */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  const level = Number(value);
  return (HEADING_LEVELS as readonly number[]).includes(level) && String(value).trim() === String(level)
    ? (level as HeadingLevel)
    : undefined;
}

/**
 * A real `<hN>` at the given level (clamped to 6 for sub-headings one level deeper).
 * Five plain templates rather than `lit/static-html.js`: smaller, and the build can minify them.
 */
export function heading(level: number, content: unknown, className = 'heading', id?: string): TemplateResult {
  // `nothing` leaves the attribute out.
  const idValue = id ?? nothing;
  switch (Math.min(Math.max(level, 2), 6)) {
    case 2:
      return html`<h2 class=${className} id=${idValue} part="heading">${content}</h2>`;
    case 4:
      return html`<h4 class=${className} id=${idValue} part="heading">${content}</h4>`;
    case 5:
      return html`<h5 class=${className} id=${idValue} part="heading">${content}</h5>`;
    case 6:
      return html`<h6 class=${className} id=${idValue} part="heading">${content}</h6>`;
    default:
      return html`<h3 class=${className} id=${idValue} part="heading">${content}</h3>`;
  }
}
