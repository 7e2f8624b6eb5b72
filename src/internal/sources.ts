import {html, nothing, type TemplateResult} from 'lit';
import type {Dataset, SourceId} from '../dataset/types.js';
import {formatIsoDate, safeHttpUrl} from './format.js';
import type {Lang} from './lang.js';
import {format, SHARED_MESSAGES} from './messages.js';

/** The ids of everything `items` cite, in first-cited order. */
export function citedSources(items: Iterable<{sources: SourceId[]}>): Set<SourceId> {
  const ids = new Set<SourceId>();
  for (const item of items) item.sources.forEach((id) => ids.add(id));
  return ids;
}

/**
 * The Sources section: a collapsed `<details>` listing the sources of what the
 * widget shows (publisher, linked title, date) and the dataset's as-of date;
 * `note`, when given, is a paragraph of the widget's own after the list.
 */
export function sourcesSection(dataset: Dataset, ids: Iterable<SourceId>, lang: Lang, note?: unknown): TemplateResult {
  const t = SHARED_MESSAGES[lang];
  const byId = new Map(dataset.sources.map((source) => [source.id, source]));
  const sources = [...new Set(ids)].map((id) => byId.get(id)).filter((source) => source !== undefined);
  return html`<details class="sources" part="sources">
    <summary>${t.sources} (${sources.length})</summary>
    <p>${format(t.asOf, {date: formatIsoDate(dataset.asOf, lang)})}</p>
    <ol>
      ${sources.map((source) => {
        const href = safeHttpUrl(source.url);
        return html`<li>
          ${source.publisher},
          ${href
            ? html`<a href=${href} target="_blank" rel="noopener noreferrer" hreflang=${source.language}
                >${source.title}<span class="visually-hidden"> ${t.newTab}</span></a
              >`
            : html`<cite>${source.title}</cite>`}${source.date
            ? html`, <time datetime=${source.date}>${formatIsoDate(source.date, lang)}</time>`
            : nothing}
        </li>`;
      })}
    </ol>
    ${note ? html`<p class="sources-note">${note}</p>` : nothing}
  </details>`;
}
