import {html, type TemplateResult} from 'lit';
import type {Translation} from '../translations/types.js';

/**
 * The one way a widget says it cannot show its content: a localized title and
 * a line naming what was wrong, in a box that screen readers announce.
 */
export function errorBox(t: Translation, detail: string): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p class="error-title">${t.shared.errorTitle}</p>
    <p class="error-detail">${detail}</p>
  </div>`;
}
