// A minimal widget built on the shared base, so the base's behaviour is tested once, apart from any real widget.
import {html} from 'lit';
import type {Dataset} from '../../src/dataset/types.js';
import {defineElement} from '../../src/internal/define.js';
import {text} from '../../src/internal/format.js';
import {heading} from '../../src/internal/heading.js';
import type {Lang} from '../../src/internal/lang.js';
import {citedSources, sourcesSection} from '../../src/internal/sources.js';
import {SummitElement} from '../../src/internal/summit-element.js';
import type {Translation} from '../../src/translations/types.js';
import eventsPart from 'summit-widgets:parts/events';

export class SwTestElement extends SummitElement {
  static override dataParts = [eventsPart];
  protected override renderContent(dataset: Dataset, lang: Lang, t: Translation) {
    const events = dataset.events.slice(0, 3);
    return html`${heading(this.resolvedHeadingLevel, text(dataset.title, lang))}
      <ul>
        ${events.map((event) => html`<li>${text(event.title, lang)}</li>`)}
      </ul>
      ${sourcesSection(dataset, citedSources(events), t, {shows: this.shownParts})}`;
  }
}
defineElement('sw-test-element', SwTestElement);

declare global {
  interface HTMLElementTagNameMap {
    'sw-test-element': SwTestElement;
  }
}
