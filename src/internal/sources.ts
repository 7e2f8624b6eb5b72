import {html, nothing, type TemplateResult} from 'lit';
import type {Dataset, SourceId} from '../dataset/types.js';
import {formatIsoDate, safeHttpUrl, text} from './format.js';
import type {Translation} from '../translations/types.js';
import {format} from './messages.js';

/** The ids of everything `items` cite, in first-cited order. */
export function citedSources(items: Iterable<{sources: SourceId[]}>): Set<SourceId> {
  const ids = new Set<SourceId>();
  for (const item of items) item.sources.forEach((id) => ids.add(id));
  return ids;
}

/**
 * The Sources section: a collapsed `<details>` listing the sources of what the
 * widget shows (publisher, linked title, date), the dataset's as-of date and, when anything it shows
 * was corrected or updated since, the "Updated" date (the newest of those entries), `note` (a
 * paragraph of the widget's own after the list) when given and the dated Corrections, each labelled
 * a correction or an update (what changed, and why), as news sites publish theirs.
 */
export function sourcesSection(
  dataset: Dataset,
  ids: Iterable<SourceId>,
  texts: Translation,
  {shows, note}: {shows: readonly string[]; note?: unknown}
): TemplateResult {
  const {lang, shared: t} = texts;
  const byId = new Map(dataset.sources.map((source) => [source.id, source]));
  const sources = [...new Set(ids)].map((id) => byId.get(id)).filter((source) => source !== undefined);
  // The corrections about what the widget shows (`shows`: the parts of the dataset it shows), and those about everything.
  const corrections = (dataset.corrections ?? []).filter(
    (correction) => !correction.concerns?.length || correction.concerns.some((part) => shows.includes(part))
  );
  // The newest of them: when what the widget shows last changed, as a news site dates an updated article.
  const updated = corrections.reduce<string | undefined>((newest, {date}) => (newest && newest > date ? newest : date), undefined);
  return html`<details class="sources" part="sources">
    <summary>
      ${t.sources} (${sources.length})${corrections.length ? ` · ${t.corrections} (${corrections.length})` : nothing}
    </summary>
    <p>${format(t.asOf, {date: formatIsoDate(dataset.asOf, texts)})}</p>
    ${updated
      ? html`<p class="updated"><time datetime=${updated}>${format(t.updated, {date: formatIsoDate(updated, texts)})}</time></p>`
      : nothing}
    <ol class="source-list">
      ${sources.map((source) => {
        const href = safeHttpUrl(source.url);
        return html`<li>
          ${source.publisher},
          ${href
            ? html`<a href=${href} target="_blank" rel="noopener noreferrer" hreflang=${source.language}
                >${source.title}<span class="visually-hidden"> ${t.newTab}</span></a
              >`
            : html`<cite>${source.title}</cite>`}${source.date
            ? html`, <time datetime=${source.date}>${formatIsoDate(source.date, texts)}</time>`
            : nothing}
        </li>`;
      })}
    </ol>
    ${note ? html`<p class="sources-note">${note}</p>` : nothing}
    ${corrections.length
      ? html`<p class="corrections-title" id="corrections-title">${t.corrections}</p>
          <ol class="corrections" part="corrections" aria-labelledby="corrections-title">
            ${corrections.map(
              (correction) =>
                html`<li>
                  <span class="correction-kind">${correction.kind === 'update' ? t.kindUpdate : t.kindCorrection}</span>,
                  <time datetime=${correction.date}>${formatIsoDate(correction.date, texts)}</time>:
                  ${text(correction.what, lang)}
                  <span class="correction-why">${format(t.correctionWhy, {why: text(correction.why, lang)})}</span>
                </li>`
            )}
          </ol>`
      : nothing}
  </details>`;
}
