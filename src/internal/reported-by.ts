import {html, nothing, type TemplateResult} from 'lit';
import type {Dataset, ReportedBy} from '../dataset/types.js';
import {safeHttpUrl, text} from './format.js';
import type {Translation} from '../translations/types.js';

/**
 * The line that names the one report a block of data rests on, wherever the block is
 * shown: `template` is a localized sentence with `{report}` (e.g. `fieldsReportedIn`:
 * "The fields and what stood out are as reported in {report}."), filled with the
 * report's description, linked to its source. Nothing when `reportedBy` is unset.
 * Shared so every widget that shows the per-country fields says the same.
 */
export function reportedByLine(
  dataset: Dataset,
  reportedBy: ReportedBy | undefined,
  template: string,
  t: Translation
): TemplateResult | typeof nothing {
  if (!reportedBy) return nothing;
  const {lang} = t;
  const source = dataset.sources.find((candidate) => candidate.id === reportedBy.source);
  const href = source ? safeHttpUrl(source.url) : undefined;
  const description = text(reportedBy.description, lang);
  const [before, ...after] = template.split('{report}');
  return html`<p class="reported-in" part="reported-in">
    ${before}${source && href
      ? html`<a href=${href} target="_blank" rel="noopener noreferrer" hreflang=${source.language}
          >${description}<span class="visually-hidden"> ${t.shared.newTab}</span></a
        >`
      : description}${after.join(description)}
  </p>`;
}

/** The line under a country's fields: "The fields and what stood out are as reported in …". */
export function fieldsReportedIn(dataset: Dataset, reportedBy: ReportedBy | undefined, t: Translation): TemplateResult | typeof nothing {
  return reportedByLine(dataset, reportedBy, t.shared.fieldsReportedIn, t);
}
