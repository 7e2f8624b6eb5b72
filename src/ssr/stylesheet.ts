import type {LitElement} from 'lit';
import {baseStyles} from '../internal/base.styles.js';
import {WIDGET_TAGS} from './widgets.js';

/** The top-level blocks of `css` (a rule or an at-rule with its braces), in order. */
function topLevelBlocks(css: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css.startsWith('/*', i)) {
      const end = css.indexOf('*/', i + 2);
      if (depth === 0) start = end + 2;
      i = end + 1;
    } else if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      blocks.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return blocks;
}

/**
 * Every widget's styles in one stylesheet, the file every pre-rendered shadow root links
 * (`render(html, {stylesheet})`), and that a page's `<head>` links too: so every rule is scoped to a
 * shadow root (`:host` first), and linked at the page level it styles nothing of the page. The shared
 * styles once, the shared rules nested under `:host`; then each widget's own under
 * `:host(:where(<tag>))`, so one widget's rules never reach another's and every rule keeps the
 * specificity order it has in the widget (both prefixes weigh one pseudo-class).
 */
export function stylesheet(): string {
  const base = baseStyles.cssText;
  const shared = topLevelBlocks(base).map((block) => (block.startsWith(':host') ? block : `:host {\n${block}\n}`));
  if (shared.join('').replace(/\s/g, '').length < base.replace(/\/\*[^]*?\*\//g, '').replace(/\s/g, '').length) {
    throw new Error('the shared styles were not read whole');
  }
  const widgets = [...WIDGET_TAGS].map((tag) => {
    const styles = (customElements.get(tag) as unknown as typeof LitElement).elementStyles.filter(
      (style) => 'cssText' in style && style.cssText !== base
    );
    const own = styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
    if (/:host\b/.test(own)) throw new Error(`<${tag}>'s own styles use :host; only the shared styles may`);
    // `@keyframes` cannot nest in a style rule: at the top level, where the shadow root that links the file finds them.
    const blocks = topLevelBlocks(own);
    const keyframes = blocks.filter((block) => block.startsWith('@keyframes'));
    const rules = blocks.filter((block) => !block.startsWith('@keyframes'));
    return [...keyframes, `:host(:where(${tag})) {\n${rules.join('\n')}\n}`].join('\n');
  });
  return [`/* summit-widgets: shared styles */`, ...shared, ...widgets].join('\n');
}
