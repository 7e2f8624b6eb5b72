import events from 'summit-widgets:parts/events';
import figures from 'summit-widgets:parts/figures';
import summit from 'summit-widgets:parts/summit';
import {html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {Dataset, Figure, Source} from '../dataset/types.js';
import {formatCompactCurrency, formatIsoDate, formatNumber, safeHttpUrl, text} from '../internal/format.js';
import {heading} from '../internal/heading.js';
import type {Lang} from '../internal/lang.js';
import {format} from '../internal/messages.js';
import {citedSources, sourcesSection} from '../internal/sources.js';
import {memo} from '../internal/memo.js';
import {SummitElement} from '../internal/summit-element.js';
import {warnOnce} from '../internal/warn.js';
import {listOf} from '../internal/list.js';
import type {Translation} from '../translations/types.js';
import {styles} from './key-figures.styles.js';
import {checkFigures} from './rules.js';

/** Derived once per dataset, not per render. */
interface Model {
  figures: readonly Figure[];
  byId: Map<string, Figure>;
  sources: Map<string, Source>;
}

/** Splits `pattern` around its one `{name}` placeholder: "more than {number}" gives ["more than ", "", ""] around the number. */
function around(pattern: string, name: string): [string, string] {
  const at = pattern.indexOf(`{${name}}`);
  return at < 0 ? [pattern, ''] : [pattern.slice(0, at), pattern.slice(at + name.length + 2)];
}

/**
 * The summit's numbers as a row of tiles: each figure with what exactly it counts (its definition),
 * its source, linked, and the date it holds for. "More than" and "about" stay as the sources say them;
 * no figure is added up from others. A figure the dataset itself can count (the foreign ministers'
 * meetings from the timeline, the years from the launch to the summit, the presidents at the summit)
 * is counted when the dataset loads and checked against its sourced value: on a disagreement the tile
 * shows the sourced value and one console warning names both.
 *
 * Layout: a grid of tiles that wraps by the widget's own width (CSS only, so pre-rendered HTML is already
 * right): one column at 300 px, the five bundled figures in one row at 1200 px. Print and pages without
 * scripts show everything (nothing is hidden behind a control; the Sources section prints open).
 *
 * **Keyboard.** Nothing to operate but links: Tab / Shift+Tab move through the tiles' source links in
 * reading order, then the Sources summary (Enter or Space opens it) and its links; Enter follows a link
 * (it opens in a new tab).
 *
 * @summary The summit's key figures as tiles, each with its definition, source and as-of date.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The widget's title.
 * @csspart figures - The list of tiles.
 * @csspart figure - One tile.
 * @csspart value - A tile's number, with "more than" / "about" where the sources say so.
 * @csspart label - What the number is.
 * @csspart details - The definition and the source of a tile.
 * @csspart as-of - The date a tile's figure holds for.
 * @csspart sources - The Sources section (with the dataset's corrections).
 * @csspart corrections - The dated list of corrections inside the Sources section.
 * @csspart error - The error box.
 *
 * @cssprop --sw-color-text - Text colour.
 * @cssprop --sw-color-background - Background colour.
 * @cssprop --sw-color-surface - Background of the tiles.
 * @cssprop --sw-color-muted - Secondary text (definitions' terms, as-of dates).
 * @cssprop --sw-color-border - Borders and dividers.
 * @cssprop --sw-color-accent - Links, the tiles' top rule and their numbers.
 * @cssprop --sw-color-error - Error text.
 * @cssprop --sw-color-error-background - Error box background.
 * @cssprop --sw-color-focus - Focus ring.
 * @cssprop --sw-radius - Corner radius.
 * @cssprop --sw-space - Base spacing (also between the tiles).
 * @cssprop --sw-font-family - Font (default: the page's).
 *
 * @tag key-figures
 */
export class KeyFigures extends SummitElement {
  static override styles = styles;

  /** The top-level dataset keys this widget reads (besides `sources`, `corrections`, `title`, `asOf`). */
  static override dataParts = [figures, events, summit];
  static override strings = 'figures';

  /** Comma list of figure ids, shown in that order (any case, spaces allowed); unset or empty: every figure of the dataset. */
  @property() figures?: string | null;

  /** The dataset's figures, each computed one checked against its sourced value (one warning per disagreement). */
  private readonly model = memo((dataset: Dataset): Model => {
    const figures = dataset.figures ?? [];
    for (const {figure, rule, computed} of checkFigures(figures, dataset).filter((check) => !check.agrees)) {
      warnOnce(
        this,
        `figure "${figure.id}": the dataset counts ${computed} by the rule "${rule}", its sources say ${figure.value}; showing ${figure.value}.`
      );
    }
    return {
      figures,
      byId: new Map(figures.map((figure) => [figure.id, figure])),
      sources: new Map(dataset.sources.map((source) => [source.id, source])),
    };
  });

  /** The figures `figures` names, in its order (each once), and the ids it names that the dataset lacks. */
  private selection({figures, byId}: Model): {shown: Figure[]; unknown: string[]} {
    const names = listOf(this.figures);
    if (!names.length) return {shown: [...figures], unknown: []};
    const shown = new Set<Figure>();
    const unknown: string[] = [];
    for (const name of names) {
      const figure = byId.get(name.toLowerCase());
      if (figure) shown.add(figure);
      else if (!unknown.includes(name)) unknown.push(name);
    }
    return {shown: [...shown], unknown};
  }

  protected override renderContent(dataset: Dataset, _lang: Lang, t: Translation): unknown {
    const model = this.model(dataset);
    const tf = t.figures;
    const {shown, unknown} = this.selection(model);
    if (unknown.length) {
      const valid = model.figures.map((figure) => figure.id).join(', ');
      return this.renderError(
        format(tf.badFigures, {value: unknown.join(', '), valid: valid || '–'}),
        `figures: "${unknown.join('", "')}" ${unknown.length > 1 ? 'are' : 'is'} not among the dataset's figures (${valid || 'none'}); showing no figures.`
      );
    }
    if (!model.figures.length) warnOnce(this, 'the dataset has no figures: showing none.');
    return html`${heading(this.resolvedHeadingLevel, tf.title, 'heading', 'title')}
      ${shown.length
        ? html`<ul class="figures" part="figures" role="list" aria-labelledby="title">
            ${shown.map((figure) => this.renderFigure(figure, model, t))}
          </ul>`
        : html`<p class="empty">${tf.noFigures}</p>`}
      ${sourcesSection(dataset, citedSources(shown), t, {shows: this.shownParts})}`;
  }

  private renderFigure(figure: Figure, model: Model, t: Translation): TemplateResult {
    const {lang, figures: tf} = t;
    const number = figure.currency ? formatCompactCurrency(figure.value, figure.currency, t) : formatNumber(figure.value, t);
    const [before, after] =
      figure.qualifier === 'more-than' ? around(tf.moreThan, 'number') : figure.qualifier === 'about' ? around(tf.about, 'number') : ['', ''];
    const sources = figure.sources.map((id) => model.sources.get(id)).filter((source) => source !== undefined);
    const [asOfBefore, asOfAfter] = around(tf.asOf, 'date');
    return html`<li class="figure" part="figure" data-figure=${figure.id}>
      <p class="value${figure.currency ? ' value-amount' : ''}" part="value">
        ${before ? html`<span class="qualifier">${before}</span>` : nothing}<span class="number">${number}</span>${after
          ? html`<span class="qualifier">${after}</span>`
          : nothing}
      </p>
      <p class="label" part="label">${text(figure.label, lang)}</p>
      <dl class="details" part="details">
        <dt>${tf.definition}</dt>
        <dd class="definition">${text(figure.definition, lang)}</dd>
        <dt>${sources.length > 1 ? t.shared.sources : tf.source}</dt>
        <dd class="figure-sources">
          ${sources.map((source, index) => {
            const href = safeHttpUrl(source.url);
            return html`${index ? '; ' : nothing}${href
              ? html`<a href=${href} target="_blank" rel="noopener noreferrer" hreflang=${source.language}
                  >${source.publisher}<span class="visually-hidden">: ${source.title} ${t.shared.newTab}</span></a
                >`
              : html`<cite>${source.publisher}</cite>`}`;
          })}
        </dd>
      </dl>
      <p class="as-of" part="as-of">${asOfBefore}<time datetime=${figure.asOf}>${formatIsoDate(figure.asOf, t)}</time>${asOfAfter}</p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'key-figures': KeyFigures;
  }
}
