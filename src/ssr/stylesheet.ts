import type {LitElement} from 'lit';
import {baseStyles} from '../internal/base.styles.js';
import {WIDGET_TAGS} from './widgets.js';

/**
 * Every widget's styles in one stylesheet, for shadow roots that link it instead of carrying a
 * `<style>` (pages under a strict Content-Security-Policy): the shared styles once, then each
 * widget's own nested under `:host(<tag>)` so one widget's rules never reach another's.
 */
export function stylesheet(): string {
  const base = baseStyles.cssText;
  const widgets = [...WIDGET_TAGS].map((tag) => {
    const styles = (customElements.get(tag) as unknown as typeof LitElement).elementStyles.filter(
      (style) => 'cssText' in style && style.cssText !== base
    );
    const own = styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
    if (/:host\b/.test(own)) throw new Error(`<${tag}>'s own styles use :host; only the shared styles may`);
    return `:host(${tag}) {\n${own}\n}`;
  });
  return [`/* summit-widgets: shared styles */`, base, ...widgets].join('\n');
}
