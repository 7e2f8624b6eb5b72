import countries from 'summit-widgets:parts/countries';
import fieldGroups from 'summit-widgets:parts/fieldGroups';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Country, Dataset, LabelledItem, ReportedBy} from '../dataset/types.js';
import {countryName} from '../internal/country.js';
import {formatList, formatNumber, text} from '../internal/format.js';
import {heading} from '../internal/heading.js';
import type {Lang} from '../internal/lang.js';
import {format} from '../internal/messages.js';
import {fieldsReportedIn} from '../internal/reported-by.js';
import {RovingFocusController} from '../internal/roving-focus.js';
import {citedSources, sourcesSection} from '../internal/sources.js';
import {memo} from '../internal/memo.js';
import {SummitElement} from '../internal/summit-element.js';
import {warnOnce} from '../internal/warn.js';
import type {Translation} from '../translations/types.js';
import {styles} from './agreements-matrix.styles.js';
import {buildModel, cellAt, resolveView, type Cell, type Model, type Row, type View} from './model.js';

/** Detail of `agreements-matrix-select`: the cell a reader opened. */
export interface AgreementsMatrixSelectDetail {
  /** ISO alpha-2 code of the cell's country (its column). */
  country: string;
  /** Id of the cell's row: a `fieldGroups` id (`energy`), or a field id for a dataset without groups. */
  field: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'agreements-matrix-select': CustomEvent<AgreementsMatrixSelectDetail>;
  }
}

/**
 * Who signed what, side by side: one column per Central Asian country, one row per field of
 * cooperation, a ✓ where the country's documents with Japan named a field of that row (seed 000's
 * fields, as reported in the News.Az opinion column). The rows are the editors' grouping of the
 * countries' own fields (`fieldGroups` in the dataset), labelled "Editorial grouping"; each ✓ cell
 * gives, on hover, focus or tap, the exact fields its country's documents named there, and a ★
 * marks a row where one of the country's highlights ("stood out") falls. The footer counts each
 * country's fields, from the data.
 *
 * Layout by the widget's own width: from 480 px (30rem) a real table (caption, column and row
 * headers), the country names written upwards below 704 px (44rem), the details beside the table
 * from 896 px (56rem); below 480 px the same facts as one list per row with the countries that
 * named it. Printed and with scripts off, every cell shows its wording.
 *
 * **Keyboard** (the table): the ✓ cells are buttons and one tab stop (roving tabindex).
 * - Tab: onto the current cell (the one focused last, else the first ✓); Tab again leaves the table.
 * - ArrowRight / ArrowLeft: the next / previous ✓ cell in the row (empty cells are skipped; at the end focus stays).
 * - ArrowDown / ArrowUp: the next / previous ✓ cell in the column.
 * - Home / End: the first / last ✓ cell in the row; Ctrl+Home / Ctrl+End: the first / last in the table.
 * - Enter / Space (or a click, a tap): open the cell (its wording stays shown in the details) or, when open, close it.
 * - Escape: close the open cell.
 * Focusing or hovering a ✓ cell shows its wording in the details while it has the focus or the pointer.
 *
 * @summary Countries × fields of cooperation: which country's documents named which field.
 *
 * @fires agreements-matrix-select - A reader opened a cell (click, tap, Enter or Space; not on closing it). `detail: { country, field }`: the column's alpha-2 code and the row's id.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The widget's title and the sub-headings (the details, the list's rows).
 * @csspart editorial - The "Editorial grouping" note above the table.
 * @csspart table - The table.
 * @csspart cell - A ✓ cell's button.
 * @csspart details - The details of the cell hovered, focused or opened.
 * @csspart legend - The key to ✓, — and ★.
 * @csspart list - The narrow layout: one list per row.
 * @csspart reported-in - The line naming the report the fields are taken from.
 * @csspart sources - The collapsed Sources section (with the dataset's corrections).
 * @csspart corrections - The dated list of corrections inside the Sources section.
 * @csspart error - The error box.
 *
 * @cssprop --sw-color-text - Text colour.
 * @cssprop --sw-color-background - Background colour.
 * @cssprop --sw-color-surface - Background of the ✓ cells and the details.
 * @cssprop --sw-color-muted - Secondary text (—, the key help).
 * @cssprop --sw-color-border - Table rules.
 * @cssprop --sw-color-accent - ✓ marks, the highlighted column's edges, the open cell's frame, links.
 * @cssprop --sw-color-accent-contrast - Text on the accent colour.
 * @cssprop --sw-color-highlight - The highlighted column, the hovered cell, the editorial label.
 * @cssprop --sw-color-error - Error text and border.
 * @cssprop --sw-color-error-background - Error box background.
 * @cssprop --sw-color-focus - Focus ring.
 * @cssprop --sw-radius - Corner radius.
 * @cssprop --sw-space - Base spacing.
 * @cssprop --sw-font-family - Font (default: inherited from the page).
 *
 * @tag agreements-matrix
 */
export class AgreementsMatrix extends SummitElement {
  static override styles = styles;

  /** The top-level dataset keys this widget reads (besides sources, corrections, title, asOf). */
  static override dataParts = [countries, fieldGroups];
  static override strings = 'matrix';

  /** Comma list of ISO 3166-1 alpha-2 or alpha-3 codes, any case (`KZ, uzb`): the columns, in that order; unset: every country. */
  @property() countries?: string | null;

  /** A country code (alpha-2 or alpha-3, any case) among the columns: its column is set apart. */
  @property() highlight?: string | null;

  /** Comma list of row ids (`energy, transport`): the rows, in that order; unset: every row. */
  @property() fields?: string | null;

  /** Key of the cell opened (clicked, tapped, Enter): its wording stays in the details. */
  @state() private opened?: string;
  /** Key of the cell that has the focus. */
  @state() private focused?: string;
  /** Key of the cell under the pointer. */
  @state() private hovered?: string;

  private readonly roving = new RovingFocusController(this, {
    keys: () => this.view?.keys ?? [],
    grid: () => this.view?.grid ?? [],
  });

  private view?: View;
  private readonly model = memo(buildModel);
  private readonly viewOf = memo((model: Model, countries?: string | null, fields?: string | null, highlight?: string | null) =>
    resolveView(model, {countries, fields, highlight})
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.content.dataset;
    if (!dataset) return;
    const model = this.model(dataset);
    // Keys are positions: in another table (dataset shown, countries, fields) a key is another cell.
    if (this.view && (this.content.datasetChanged || changed.has('countries') || changed.has('fields'))) {
      this.opened = this.focused = this.hovered = undefined;
    }
    this.view = this.viewOf(model, this.countries, this.fields, this.highlight);
  }

  /** The cell of `key` in the current view. */
  private cellAt(key: string | undefined): {row: Row; country: Country; cell: Cell} | undefined {
    return cellAt(this.view, key);
  }

  protected override renderContent(dataset: Dataset, _lang: Lang, texts: Translation): unknown {
    const view = this.view;
    if (!view || view.model.dataset !== dataset) return nothing;
    const t = texts.matrix;
    if (view.problems.length) {
      for (const problem of view.problems.slice(1)) warnOnce(this, `${problem.warning} Showing no table.`);
      const detail = view.problems.map((problem) => format(t[problem.message], problem.values)).join(' ');
      return this.renderError(detail, `${view.problems[0].warning} Showing no table.`);
    }
    const level = this.resolvedHeadingLevel;
    const {columns} = view;
    const reports = new Map<string, ReportedBy>();
    for (const country of columns) {
      const report = country.agreements.reportedBy;
      if (report) reports.set(`${report.source} ${report.description.en}`, report);
    }
    return html`${heading(level, t.title)}
      <p class="editorial" part="editorial">
        ${view.model.editorial
          ? html`<strong class="editorial-label">${t.editorialGrouping}</strong> ${t.editorialNote}`
          : t.ungroupedNote}
      </p>
      ${this.renderTable(view, texts, level)} ${this.renderList(view, texts, level)}
      ${[...reports.values()].map((report) => fieldsReportedIn(dataset, report, texts))}
      ${sourcesSection(dataset, citedSources(columns.map((country) => country.agreements)), texts, {shows: this.shownParts})}`;
  }

  /** The wording of a list of items: “Education” and “Science”. */
  private quoted(items: readonly LabelledItem[], t: Translation): string {
    return formatList(
      items.map((item) => format(t.matrix.quoted, {text: text(item.label, t.lang)})),
      t
    );
  }

  private renderTable(view: View, texts: Translation, level: number): TemplateResult {
    const {lang, matrix: t} = texts;
    const {columns, rows, grid} = view;
    const stop = this.roving.tabStop(view.keys);
    const hl = (country: Country) => (country.alpha2 === view.highlight ? ' hl' : '');
    return html`<div class="table-area">
      <div class="table-wrap">
        <table class="matrix" part="table">
          <caption>
            ${t.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="corner">${t.fieldColumn}</th>
              ${columns.map(
                (country, c) =>
                  html`<th scope="col" id="c-${c}" class="country${hl(country)}">
                    <span class="country-name">${countryName(country, lang)}</span>${hl(country)
                      ? html`<span class="visually-hidden"> (${t.setApart})</span>`
                      : nothing}
                  </th>`
              )}
            </tr>
          </thead>
          <tbody
            @keydown=${this.onKeydown}
            @focusin=${this.onFocusin}
            @focusout=${this.onFocusout}
            @pointerover=${this.onPointerover}
            @pointerleave=${this.onPointerleave}
            @click=${this.onClick}
          >
            ${rows.map(
              (row, r) => html`<tr>
                <th scope="row" id="r-${r}" class="row-head">${text(row.label, lang)}</th>
                ${columns.map((country, c) => this.renderCell(view, grid[r][c], country, row, stop, hl(country), texts))}
              </tr>`
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" class="row-head">${view.filtered ? t.totalShown : t.total}</th>
              ${columns.map((country, c) => html`<td class="count${hl(country)}">${formatNumber(view.totals[c], texts)}</td>`)}
            </tr>
          </tfoot>
        </table>
        <ul class="legend" part="legend" role="list">
          <li><span class="tick" aria-hidden="true">✓</span> ${t.named}</li>
          <li><span class="dash" aria-hidden="true">—</span> ${t.notNamed}</li>
          ${view.anyStandOut ? html`<li><span class="star" aria-hidden="true">★</span> ${t.standOut}</li>` : nothing}
        </ul>
      </div>
      ${this.renderDetails(texts, level)}
      <p class="keys">${t.keys}</p>
    </div>`;
  }

  private renderCell(view: View, key: string | undefined, country: Country, row: Row, stop: string | undefined, hl: string, texts: Translation): TemplateResult {
    const t = texts.matrix;
    const cell = key === undefined ? undefined : view.model.cells.get(row.id)?.get(country.alpha2);
    if (!key || !cell) {
      return html`<td class="no${hl}"><span class="dash" aria-hidden="true">—</span><span class="visually-hidden">${t.notNamed}</span></td>`;
    }
    const stood = cell.standOut.length > 0;
    const open = this.opened === key;
    const shown = this.shownKey() === key;
    const mark = (id?: string) =>
      html`<span class="mark" id=${id ?? nothing}
        ><span class="tick" aria-hidden="true">✓</span><span class="visually-hidden">${t.named}</span>${stood
          ? html`<span class="star" aria-hidden="true">★</span><span class="visually-hidden"> ${t.standOut}</span>`
          : nothing}</span
      >`;
    const [r, c] = key.split('-');
    return html`<td class="yes${stood ? ' stood' : ''}${shown ? ' shown' : ''}${hl}">
      <button
        type="button"
        class="cell"
        part="cell"
        data-roving=${key}
        tabindex=${key === stop ? 0 : -1}
        aria-labelledby="c-${c} r-${r} m-${key}"
        aria-describedby="w-${key}"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? 'details' : nothing}
      >
        ${mark(`m-${key}`)}</button
      ><span class="static">${mark()}</span>
      <span class="wording visually-hidden" id="w-${key}"
        ><span class="wording-fields">${this.quoted(cell.fields, texts)}</span>${stood
          ? html`<span class="wording-stand-out"
              ><span aria-hidden="true">★ </span>${format(t.standOutItems, {items: this.quoted(cell.standOut, texts)})}</span
            >`
          : nothing}</span
      >
    </td>`;
  }

  /** The cell whose wording the details show: the one under the pointer, else focused, else opened. */
  private shownKey(): string | undefined {
    return [this.hovered, this.focused, this.opened].find((key) => this.cellAt(key) !== undefined);
  }

  private renderDetails(texts: Translation, level: number): TemplateResult {
    const {lang, matrix: t} = texts;
    const shown = this.cellAt(this.shownKey());
    if (!shown) {
      return html`<div class="details empty" id="details" part="details"><p>${t.choose}</p></div>`;
    }
    const {row, country, cell} = shown;
    return html`<section class="details" id="details" part="details" aria-labelledby="details-heading">
      ${heading(level + 1, format(t.cellHeading, {country: countryName(country, lang), field: text(row.label, lang)}), 'details-heading', 'details-heading')}
      <p>${format(t.wording, {fields: this.quoted(cell.fields, texts)})}</p>
      ${cell.standOut.length
        ? html`<p class="details-stand-out">
            <span class="star" aria-hidden="true">★</span> ${format(t.standOutItems, {items: this.quoted(cell.standOut, texts)})}
          </p>`
        : nothing}
    </section>`;
  }

  /** Below 480 px: every row a list of the countries that named it, with their wording. */
  private renderList(view: View, texts: Translation, level: number): TemplateResult {
    const {lang, matrix: t} = texts;
    const {columns, rows} = view;
    return html`<div class="list" part="list">
      <p class="list-intro">${t.caption}</p>
      ${rows.map((row) => {
        const named = columns.filter((country) => view.model.cells.get(row.id)?.has(country.alpha2));
        return html`<section class="group">
          ${heading(level + 1, text(row.label, lang), 'group-heading')}
          ${named.length
            ? html`<ul class="signed" role="list">
                ${named.map((country) => {
                  const cell = view.model.cells.get(row.id)!.get(country.alpha2)!;
                  return html`<li class=${country.alpha2 === view.highlight ? 'hl' : nothing}>
                    <span class="list-country">${countryName(country, lang)}</span>: ${this.quoted(cell.fields, texts)}${cell.standOut.length
                      ? html` <span class="list-stand-out"
                          ><span class="star" aria-hidden="true">★</span> ${format(t.standOutItems, {items: this.quoted(cell.standOut, texts)})}</span
                        >`
                      : nothing}
                  </li>`;
                })}
              </ul>`
            : html`<p class="none">${t.noCountry}</p>`}
        </section>`;
      })}
      <p class="list-total">${view.filtered ? t.totalShown : t.total}</p>
      <ul class="counts" role="list">
        ${columns.map((country, c) => html`<li>${format(t.countOf, {country: countryName(country, lang), count: formatNumber(view.totals[c], texts)})}</li>`)}
      </ul>
    </div>`;
  }

  private toggle(key: string): void {
    const shown = this.cellAt(key);
    if (!shown) return;
    if (this.opened === key) {
      this.opened = undefined;
      return;
    }
    this.opened = key;
    this.emit('agreements-matrix-select', {country: shown.country.alpha2, field: shown.row.id});
  }

  private onClick(event: MouseEvent): void {
    const key = this.roving.keyOf(event.target);
    if (key !== undefined) this.toggle(key);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.opened !== undefined && this.roving.keyOf(event.target) !== undefined) {
      event.preventDefault();
      this.opened = undefined;
      return;
    }
    this.roving.onKeydown(event);
  }

  private onFocusin(event: FocusEvent): void {
    this.roving.onFocusin(event);
    this.focused = this.roving.keyOf(event.target);
  }

  private onFocusout(event: FocusEvent): void {
    if (this.roving.keyOf(event.relatedTarget) === undefined) this.focused = undefined;
  }

  private onPointerover(event: PointerEvent): void {
    this.hovered = this.roving.keyOf(event.target);
  }

  private onPointerleave(): void {
    this.hovered = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'agreements-matrix': AgreementsMatrix;
  }
}
