import countries from 'summit-widgets:parts/countries';
import {html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {Country, Dataset, Sourced} from '../dataset/types.js';
import {countryName} from '../internal/country.js';
import {formatIsoDate, text} from '../internal/format.js';
import {heading} from '../internal/heading.js';
import type {Lang} from '../internal/lang.js';
import {format} from '../internal/messages.js';
import {fieldsReportedIn} from '../internal/reported-by.js';
import {RovingFocusController} from '../internal/roving-focus.js';
import {citedSources, sourcesSection} from '../internal/sources.js';
import {SummitElement} from '../internal/summit-element.js';
import type {Translation} from '../translations/types.js';
import {countryAgreementsStyles} from './country-agreements.styles.js';

/** Detail of `country-agreements-change`: the alpha-2 code of the country now shown. */
export interface CountryAgreementsChangeDetail {
  country: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'country-agreements-change': CustomEvent<CountryAgreementsChangeDetail>;
  }
}

/** A country's name: the dataset's own (`Country.name`), shared by every widget that names countries. */
export {countryName} from '../internal/country.js';

/** Per dataset: countries by upper-case alpha-2 and alpha-3 code, and source publishers by id. */
interface Index {
  byCode: Map<string, Country>;
  publishers: Map<string, string>;
}
const indexes = new WeakMap<Dataset, Index>();
function indexOf(dataset: Dataset): Index {
  let index = indexes.get(dataset);
  if (!index) {
    const byCode = new Map<string, Country>();
    for (const country of dataset.countries) {
      byCode.set(country.alpha2.toUpperCase(), country);
      byCode.set(country.alpha3.toUpperCase(), country);
    }
    const publishers = new Map(dataset.sources.map((source) => [source.id, source.publisher]));
    indexes.set(dataset, (index = {byCode, publishers}));
  }
  return index;
}

/** Everything a card shows that cites sources. */
const sourcedParts = (country: Country): Sourced[] => [country, country.leader, country.agreements, ...country.facts];

/**
 * What each Central Asian country signed with Japan at the first CA+JAD summit
 * (Tokyo, December 2025): its leader, capital, the fields of the signed
 * documents, what stood out and further facts, each with its sources.
 * With `country`, one card; without it, all five countries behind a tab list.
 *
 * Keyboard (tab list, when `country` is not set):
 * - Tab: moves into the tab list (onto the selected tab), then into the shown panel.
 * - ArrowRight / ArrowLeft: shows the next / previous country (wrapping at the ends).
 * - Home / End: shows the first / last country.
 * - Enter / Space on a tab: shows that country (as does a click).
 *
 * @summary What each Central Asian country signed with Japan, one card per country.
 *
 * @fires country-agreements-change - A reader switched to another country's tab (click or keys; not on first render). `detail: { country }`: its ISO alpha-2 code.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - Every heading (the widget's own and the sub-headings).
 * @csspart tablist - The row of country tabs (tab list mode).
 * @csspart tab - One country tab.
 * @csspart panel - One country's tab panel.
 * @csspart card - One country's card.
 * @csspart fields - The list of fields of the signed documents.
 * @csspart stand-out - The box listing what stood out.
 * @csspart reported-in - The line naming the report the fields and highlights are taken from.
 * @csspart facts - The list of further facts.
 * @csspart sources - The collapsed Sources section (with the dataset's corrections).
 * @csspart corrections - The dated list of corrections inside the Sources section.
 * @csspart error - The error box.
 *
 * @cssprop --sw-color-text - Text colour.
 * @cssprop --sw-color-background - Background colour.
 * @cssprop --sw-color-surface - Background of the field items and hovered tabs.
 * @cssprop --sw-color-muted - Secondary text (labels, fact sources).
 * @cssprop --sw-color-border - Borders.
 * @cssprop --sw-color-accent - Selected tab bar and the stand-out box's edge, links.
 * @cssprop --sw-color-accent-contrast - Text on the accent colour.
 * @cssprop --sw-color-highlight - Background of the stand-out box.
 * @cssprop --sw-color-error - Error text and border.
 * @cssprop --sw-color-error-background - Error box background.
 * @cssprop --sw-color-focus - Focus ring.
 * @cssprop --sw-radius - Corner radius.
 * @cssprop --sw-space - Base spacing.
 * @cssprop --sw-font-family - Font (default: inherited from the page).
 *
 * @tag country-agreements
 */
export class CountryAgreements extends SummitElement {
  static override styles = countryAgreementsStyles;
  static override dataParts = [countries];
  static override strings = 'country';

  /** ISO 3166-1 alpha-2 or alpha-3 code, any case (`KZ`, `kaz`); unset: all countries behind a tab list. */
  @property() country?: string | null;

  /**
   * The tabs are one tab stop, the selected tab (`roving.active`: its alpha-2 code; unset: the
   * first country). Selection follows focus: a key that moves to a tab selects it.
   */
  private readonly roving = new RovingFocusController(this, {
    keys: () => this.content.dataset?.countries.map((country) => country.alpha2) ?? [],
    wrap: true,
    orientation: 'horizontal',
    onMove: (code) => this.select(code),
  });

  protected override renderContent(dataset: Dataset, lang: Lang, t: Translation): unknown {
    if (this.country === undefined || this.country === null) return this.renderTabs(dataset, t);
    const value = this.country.trim();
    const country = indexOf(dataset).byCode.get(value.toUpperCase());
    if (!country) return this.renderBadCountry(dataset, value, t);
    const level = this.resolvedHeadingLevel;
    return html`${heading(level, countryName(country, lang))}
      ${this.renderCard(dataset, country, t, level + 1)}
      ${sourcesSection(dataset, citedSources(sourcedParts(country)), t, {shows: this.shownParts})}`;
  }

  private renderBadCountry(dataset: Dataset, value: string, {country: t}: Translation): TemplateResult {
    const alpha2 = dataset.countries.map((country) => country.alpha2).join(', ');
    const alpha3 = dataset.countries.map((country) => country.alpha3).join(', ');
    return this.renderError(
      format(value ? t.unknownCountry : t.emptyCountry, {value, alpha2, alpha3}),
      `country "${this.country}" is not one of ${alpha2} (or ${alpha3}); showing no card.`
    );
  }

  /** The selected tab's code: the reader's choice if this dataset has it, else the first country. */
  private selectedIn(dataset: Dataset): string | undefined {
    return this.roving.tabStop(dataset.countries.map((country) => country.alpha2));
  }

  private renderTabs(dataset: Dataset, t: Translation): TemplateResult {
    const {lang} = t;
    const level = this.resolvedHeadingLevel;
    const selected = this.selectedIn(dataset);
    // Every panel is in the DOM (inactive ones hidden by a class, not `hidden`) so print shows them all.
    return html`${heading(level, t.country.title, 'heading', 'title')}
      <div role="tablist" aria-labelledby="title" class="tablist" part="tablist" @keydown=${this.roving.onKeydown}>
        ${dataset.countries.map((country) => {
          const on = country.alpha2 === selected;
          return html`<button
            type="button"
            role="tab"
            id="tab-${country.alpha2}"
            class="tab"
            part="tab"
            aria-controls="panel-${country.alpha2}"
            aria-selected=${on ? 'true' : 'false'}
            tabindex=${on ? 0 : -1}
            data-country=${country.alpha2}
            data-roving=${country.alpha2}
            @click=${this.onTabClick}
          >
            ${countryName(country, lang)}
          </button>`;
        })}
      </div>
      ${dataset.countries.map((country) => {
        const on = country.alpha2 === selected;
        return html`<div
          role="tabpanel"
          id="panel-${country.alpha2}"
          class="panel ${on ? 'active' : 'inactive'}"
          part="panel"
          aria-labelledby="tab-${country.alpha2}"
          tabindex=${on ? 0 : nothing}
        >
          ${heading(level + 1, countryName(country, lang), 'subheading panel-heading')}
          ${this.renderCard(dataset, country, t, level + 2)}
        </div>`;
      })}
      ${sourcesSection(dataset, citedSources(dataset.countries.flatMap(sourcedParts)), t, {shows: this.shownParts})}`;
  }

  private renderCard(dataset: Dataset, country: Country, texts: Translation, level: number): TemplateResult {
    const {lang, country: t} = texts;
    const {publishers} = indexOf(dataset);
    const {fields, standOut} = country.agreements;
    const {asOf} = country.leader;
    const holder = format(t.leaderWithTitle, {title: text(country.leader.title, lang), name: text(country.leader.name, lang)});
    // The date the leader line is true for, when the dataset gives it.
    const leader = asOf ? format(t.leaderAsOf, {leader: holder, date: formatIsoDate(asOf, texts)}) : holder;
    return html`<div class="card" part="card">
      <dl class="meta">
        <div>
          <dt>${t.leader}</dt>
          <dd>${leader}</dd>
        </div>
        <div>
          <dt>${t.capital}</dt>
          <dd>${text(country.capital, lang)}</dd>
        </div>
      </dl>
      <div class="agreements">
        <section class="fields-section">
          ${heading(level, t.fields, 'subheading')}
          <ul class="fields" part="fields" role="list">
            ${fields.map((field) => html`<li>${text(field.label, lang)}</li>`)}
          </ul>
        </section>
        ${standOut.length
          ? html`<section class="stand-out" part="stand-out">
              ${heading(level, html`<span class="marker" aria-hidden="true">★</span> ${t.standOut}`, 'subheading')}
              <ul role="list">
                ${standOut.map((item) => html`<li>${text(item.label, lang)}</li>`)}
              </ul>
            </section>`
          : nothing}
      </div>
      ${fieldsReportedIn(dataset, country.agreements.reportedBy, texts)}
      ${country.facts.length
        ? html`<section class="facts-section">
            ${heading(level, t.facts, 'subheading')}
            <ul class="facts" part="facts">
              ${country.facts.map(
                (fact) => html`<li>
                  ${text(fact.text, lang)}
                  ${fact.reportedBy
                    ? html`<span class="reported-by"
                        >${format(t.parenthesized, {
                          text: format(texts.shared.reportedBy, {outlet: fact.reportedBy}),
                        })}</span
                      >`
                    : nothing}
                  <span class="fact-source"
                    >${format(t.factSource, {
                      sources: fact.sources.map((id) => publishers.get(id) ?? id).join(t.listSeparator),
                    })}</span
                  >
                </li>`
              )}
            </ul>
          </section>`
        : nothing}
    </div>`;
  }

  private onTabClick(event: Event): void {
    const code = (event.currentTarget as HTMLElement).dataset.country;
    if (code) this.select(code);
  }

  /** Shows `code`'s panel; a change of country tells the page. */
  private select(code: string): void {
    const previous = this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.dataset.country;
    this.roving.active = code;
    if (code !== previous) this.emit('country-agreements-change', {country: code});
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'country-agreements': CountryAgreements;
  }
}
