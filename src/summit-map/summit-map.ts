import countries from 'summit-widgets:parts/countries';
import events from 'summit-widgets:parts/events';
import cities from 'summit-widgets:parts/cities';
import summit from 'summit-widgets:parts/summit';
import {html, nothing, svg, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Dataset} from '../dataset/types.js';
import {someOf} from '../internal/attributes.js';
import {regionName} from '../internal/country.js';
import {eventDateText, formatIsoDate, formatNumber, text} from '../internal/format.js';
import {heading} from '../internal/heading.js';
import type {Lang} from '../internal/lang.js';
import {memo} from '../internal/memo.js';
import {format} from '../internal/messages.js';
import {RovingFocusController} from '../internal/roving-focus.js';
import {SummitElement} from '../internal/summit-element.js';
import {warnOnce} from '../internal/warn.js';
import type {Translation} from '../translations/types.js';
import {ALPHA3, buildModel, highlightKey, MAP_LAYERS, R_CAPITAL, R_VENUE, type FrameModel, type MapLayer, type Model, type Place} from './model.js';
import {mapBandStyles, mapStyles} from './summit-map.styles.js';

export {MAP_LAYERS, type MapLayer} from './model.js';

/** `detail` of `summit-map-select`. */
export interface SummitMapSelectDetail {
  kind: 'country' | 'city';
  /** ISO alpha-2 code of a country, or a city id from the dataset (`astana`). */
  id: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'summit-map-select': CustomEvent<SummitMapSelectDetail>;
  }
}

/**
 * A locator map of the Central Asia + Japan Dialogue: the five Central Asian countries and Japan
 * among their neighbours, the capitals, and the cities where the Dialogue met, each with its facts
 * (a country: its leader and the fields of the documents it signed; a city: the meetings held
 * there). The shapes are Natural Earth's, projected and simplified at build time
 * (build-geometry.mjs, in this folder); nothing geographic is computed or fetched at run time but the
 * projection of the dataset's cities.
 *
 * Framing: Central Asia in its own frame, Japan in an inset, both Albers equal-area conics centred
 * on their region; side by side when the map is at least 600 px wide, one above the other below
 * that. Labels are CSS pixels (12 to 14 px at any width), one set per width band chosen by
 * container queries, placed without collisions from the data alone.
 *
 * For screen readers the facts are a list (headings, leaders, fields, meetings), also one button
 * away on screen ("List view"); the places on the map are buttons named after them.
 *
 * **Keyboard.** The places are one tab stop (roving tabindex), in order west to east, each
 * country followed by its cities:
 * - ArrowRight / ArrowDown: next place; ArrowLeft / ArrowUp: previous place
 * - Home / End: first / last place
 * - Enter / Space: open the place's panel (focus moves into it); again: close it
 * - Escape: close the panel; focus returns to its place
 *
 * @summary A locator map of the five Central Asian countries and Japan, their capitals and the Dialogue's meeting cities.
 *
 * @fires summit-map-select - A reader opened a place (click or keyboard; not the initial `highlight`). `detail: { kind: 'country' | 'city', id }`: an ISO alpha-2 code or a city id.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The widget's title and every sub-heading.
 * @csspart view-toggle - The "List view" button.
 * @csspart map - The map: its frames, legend, key help and panel.
 * @csspart frame - One frame of the map (Central Asia, the Japan inset).
 * @csspart panel - The open place's facts.
 * @csspart close - The panel's close button.
 * @csspart list - The list view: every place's facts.
 * @csspart sources - The collapsed Sources section.
 * @csspart corrections - The dated list of corrections inside the Sources section.
 * @csspart error - The error box.
 *
 * @cssprop --sw-color-text - Text colour, capital markers.
 * @cssprop --sw-color-background - Background colour, the labels' halo.
 * @cssprop --sw-color-surface - Background of the panel.
 * @cssprop --sw-color-muted - Secondary text, neighbours' names.
 * @cssprop --sw-color-border - Borders.
 * @cssprop --sw-color-accent - Meeting-city markers, the pressed toggle, links.
 * @cssprop --sw-color-accent-contrast - Text on the accent colour.
 * @cssprop --sw-color-highlight - The open country's fill.
 * @cssprop --sw-color-error - Error box text and border.
 * @cssprop --sw-color-error-background - Error box background.
 * @cssprop --sw-color-focus - Focus ring.
 * @cssprop --sw-radius - Corner radius.
 * @cssprop --sw-space - Base spacing.
 * @cssprop --sw-font-family - Font (default: the page's).
 * @cssprop --sw-map-water - Sea colour.
 * @cssprop --sw-map-land - The neighbours' fill.
 * @cssprop --sw-map-country - The six countries' fill.
 *
 * @tag summit-map
 */
export class SummitMap extends SummitElement {
  static override styles = [mapStyles, mapBandStyles];
  static override dataParts = [countries, events, cities, summit];
  static override strings = 'map';

  /** A country code (alpha-2 or alpha-3, any case: `KZ`, `jpn`) or a city id (`astana`): its panel is open on load. */
  @property() highlight?: string | null;

  /** Comma list of `capitals`, `venues`, `neighbours`: what the map marks besides the six countries; unset: all. */
  @property() show?: string | null;

  /** The list view is on. */
  @state() private listView = false;
  /** Key of the place whose panel is open. */
  @state() private opened?: string;

  private readonly roving = new RovingFocusController(this, {keys: () => this.model?.keys ?? []});

  private model?: Model;
  private layers: ReadonlySet<MapLayer> = new Set(MAP_LAYERS);
  private unknownLayers: string[] = [];

  /** `show`: the layers it names (all when it is unset or empty), and the entries that are not layers. */
  private readonly layersOf = memo((show?: string | null) =>
    show?.trim() ? someOf(show, MAP_LAYERS) : {known: new Set(MAP_LAYERS) as Set<MapLayer>, unknown: []}
  );
  private readonly modelOf = memo((dataset: Dataset, t: Translation, layers: ReadonlySet<MapLayer>) => buildModel(dataset, t, layers, this.shownParts));
  /** Opens the place `highlight` names. */
  private applyHighlight(model: Model): void {
    this.opened = highlightKey(model, this.highlight);
    if (this.opened) this.roving.active = this.opened;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    ({known: this.layers, unknown: this.unknownLayers} = this.layersOf(this.show));
    const dataset = this.content.dataset;
    const t = this.t;
    if (!dataset || !t) return;
    this.model = this.modelOf(dataset, t, this.layers);
    // Again for another dataset shown, `highlight` or `show`; a new language keeps the reader's.
    if (this.content.datasetChanged || changed.has('highlight') || changed.has('show')) this.applyHighlight(this.model);
  }

  protected override renderContent(dataset: Dataset, _lang: Lang, texts: Translation): unknown {
    const t = texts.map;
    const model = this.model;
    if (!model) return nothing;
    if (this.unknownLayers.length) {
      return this.renderError(
        format(t.badShow, {value: this.unknownLayers.join(', '), valid: MAP_LAYERS.join(', ')}),
        `show: "${this.unknownLayers.join('", "')}" is not one of ${MAP_LAYERS.join(', ')}; showing no map.`
      );
    }
    const highlight = this.highlight?.trim();
    if (highlight && !highlightKey(model, highlight)) {
      const codes = Object.keys(ALPHA3).join(', ');
      const cityIds = (dataset.cities ?? []).map((city) => city.id);
      const known = cityIds.includes(highlight.toLowerCase());
      if (known) {
        warnOnce(this, `highlight "${highlight}" is a city that show="${this.show}" leaves off the map; nothing is opened.`);
      } else {
        const valid = [codes, ...cityIds].join(', ');
        return this.renderError(
          format(t.badHighlight, {value: highlight, valid}),
          `highlight "${highlight}" is not a country code (${codes}) or a city id (${cityIds.join(', ')}); showing no map.`
        );
      }
    }
    const level = this.resolvedHeadingLevel;
    const opened = this.opened ? model.byKey.get(this.opened) : undefined;
    const stop = this.roving.tabStop(model.keys);
    return html`${heading(level, t.title, 'heading', 'title')}
      <p class="intro">${t.intro}</p>
      <div class="toolbar">
        <button type="button" class="view-toggle" part="view-toggle" aria-pressed=${this.listView ? 'true' : 'false'} @click=${this.onToggle}>
          ${t.listView}
        </button>
      </div>
      <div class="views ${this.listView ? 'list-mode' : 'map-mode'}">
        <div class="map" part="map">
          <div
            class="frames"
            role="group"
            aria-label=${t.mapLabel}
            aria-describedby="keys"
            @keydown=${this.onKeydown}
            @focusin=${this.roving.onFocusin}
            @click=${this.onClick}
          >
            ${model.frames.map((frame) => this.renderFrame(frame, stop, t))}
          </div>
          <div class="below">
            <ul class="legend" role="list">
              ${this.layers.has('capitals') ? html`<li><span class="key-capital" aria-hidden="true"></span>${t.legendCapital}</li>` : nothing}
              ${this.layers.has('venues') ? html`<li><span class="key-venue" aria-hidden="true"></span>${t.legendVenue}</li>` : nothing}
            </ul>
            <p class="keys" id="keys">${t.keys}</p>
          </div>
          ${opened ? this.renderPanel(dataset, opened, texts, level) : nothing}
        </div>
        <div class="list${this.listView ? '' : ' visually-hidden'}" part="list">
          ${heading(level + 1, t.countries, 'subheading')}
          <ul class="places" role="list">
            ${model.countries.map((place) => html`<li class="place">${this.renderFacts(dataset, place, texts, level + 2)}</li>`)}
          </ul>
          ${model.cities.length
            ? html`${heading(level + 1, t.cities, 'subheading')}
                <ul class="places" role="list">
                  ${model.cities.map((place) => html`<li class="place">${this.renderFacts(dataset, place, texts, level + 2)}</li>`)}
                </ul>`
            : nothing}
        </div>
      </div>
      ${model.sources}`;
  }

  private renderFrame({frame, countries, cities, labelSets}: FrameModel, stop: string | undefined, t: Translation['map']): TemplateResult {
    const neighbours = this.layers.has('neighbours');
    const ring = countries.find((country) => country.key === stop);
    return html`<figure class="frame frame-${frame.id}" part="frame">
      <svg class="frame-svg" role="none">
        <svg class="shapes" role="none" viewBox="0 0 ${frame.width} ${frame.height}" preserveAspectRatio="none">
          <rect class="water" width="100%" height="100%" aria-hidden="true"></rect>
          ${neighbours
            ? svg`<path class="land" d=${frame.land} aria-hidden="true"></path>
                <path class="borders" d=${frame.borders} aria-hidden="true"></path>`
            : nothing}
          ${countries.map((place) => {
            const open = place.key === this.opened;
            return svg`<path
              class="country${open ? ' open' : ''}"
              d=${frame.shapes[place.id]}
              role="button"
              data-roving=${place.key}
              tabindex=${place.key === stop ? 0 : -1}
              aria-label=${place.name}
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${open ? 'panel' : nothing}
            ></path>`;
          })}
          ${ring ? svg`<path class="ring" d=${frame.shapes[ring.id]} aria-hidden="true"></path>` : nothing}
        </svg>
        ${labelSets.map(
          (labels, band) => svg`<g class="labels band-${band}" aria-hidden="true">
            ${labels.map((label) =>
              label.leader
                ? svg`<svg class="leader" x=${label.xPercent} y=${label.yPercent} overflow="visible"><line x1="0" y1="0" x2=${label.leader[0]} y2=${label.leader[1]}></line></svg>`
                : nothing
            )}
            ${labels.map(
              (label) => svg`<text
                class="label label-${label.kind}"
                x=${label.xPercent}
                y=${label.yPercent}
                dx=${label.dx}
                dy=${label.dy}
                text-anchor=${label.anchor}
                data-place=${label.kind === 'country' || label.kind === 'city' ? label.key : nothing}
              >${label.text}</text>`
            )}
          </g>`
        )}
        ${cities.map((place) => {
          const open = place.key === this.opened;
          const cx = `${((place.x! / frame.width) * 100).toFixed(2)}%`;
          const cy = `${((place.y! / frame.height) * 100).toFixed(2)}%`;
          return svg`<g
            class="city${open ? ' open' : ''}"
            role="button"
            data-roving=${place.key}
            tabindex=${place.key === stop ? 0 : -1}
            aria-label=${place.name}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${open ? 'panel' : nothing}
          >
            <circle class="hit" cx=${cx} cy=${cy} r="12"></circle>
            ${place.venue ? svg`<circle class="venue-mark" cx=${cx} cy=${cy} r="${R_VENUE - 1}"></circle>` : nothing}
            ${place.capital ? svg`<circle class="capital-mark" cx=${cx} cy=${cy} r="${R_CAPITAL - 1}"></circle>` : nothing}
            <circle class="focus-ring" cx=${cx} cy=${cy} r="11"></circle>
          </g>`;
        })}
      </svg>
      ${frame.id === 'jp' ? html`<figcaption class="caption">${t.inset}</figcaption>` : nothing}
    </figure>`;
  }

  private renderPanel(dataset: Dataset, place: Place, t: Translation, level: number): TemplateResult {
    return html`<section class="panel" id="panel" part="panel" role="region" aria-labelledby="panel-heading" tabindex="-1" @keydown=${this.onPanelKeydown}>
      <button type="button" class="close" part="close" aria-label=${t.map.close} @click=${this.onClose}>
        <span aria-hidden="true">×</span>
      </button>
      ${this.renderFacts(dataset, place, t, level + 1, 'panel-heading')}
    </section>`;
  }

  /** A place's facts: the same in the panel and in the list. */
  private renderFacts(dataset: Dataset, place: Place, texts: Translation, level: number, id?: string): TemplateResult {
    const {lang, map: t} = texts;
    const title = heading(level, place.name, 'place-heading', id);
    if (place.kind === 'city') {
      const where = format(place.city!.capital ? t.capitalOf : t.cityIn, {country: regionName(place.country, texts, dataset.countries)});
      const held = place.meetings!;
      return html`${title}
        <p class="where">${where}</p>
        ${held.length
          ? html`<p class="facts-label">${t.meetings}</p>
              <ul class="meetings" role="list">
                ${held.map(
                  (event) =>
                    html`<li>
                      <time datetime=${event.date.start}
                        >${eventDateText(event.date, texts)}</time
                      >: ${text(event.title, lang)}
                    </li>`
                )}
              </ul>`
          : html`<p class="none">${t.noMeetings}</p>`}`;
    }
    const record = place.record;
    const leader = record?.leader ?? (place.id === 'JP' ? dataset.summit.host : undefined);
    const capital = record ? text(record.capital, lang) : (dataset.cities ?? []).find((city) => city.country === place.id && city.capital);
    const capitalText = typeof capital === 'string' ? capital : capital ? text(capital.name, lang) : undefined;
    return html`${title}
      <dl class="meta">
        ${leader
          ? html`<div><dt>${t.leader}</dt><dd>${format(t.leaderWithTitle, {title: text(leader.title, lang), name: text(leader.name, lang)})}</dd></div>`
          : nothing}
        ${capitalText ? html`<div><dt>${t.capital}</dt><dd>${capitalText}</dd></div>` : nothing}
      </dl>
      ${record
        ? html`<p class="facts-label">${t.fields}</p>
            <ul class="fields" role="list">
              ${record.agreements.fields.map((field) => html`<li>${text(field.label, lang)}</li>`)}
            </ul>`
        : place.id === 'JP'
          ? html`<p>${format(t.host, {date: formatIsoDate(dataset.summit.date, texts)})}</p>
              <p>
                ${format(t.documents, {
                  count: formatNumber(dataset.summit.documentsSigned.moreThan, texts),
                })}:
                ${text(dataset.summit.documentsSigned.note, lang)}
              </p>`
          : nothing}`;
  }

  private onToggle(): void {
    this.listView = !this.listView;
  }

  /** Opens (or, when it is open, closes) a place's panel; `focusPanel` when the keyboard asked. */
  private toggle(key: string, focusPanel: boolean): void {
    const place = this.model?.byKey.get(key);
    if (!place) return;
    if (this.opened === key) {
      this.close(false);
      return;
    }
    this.opened = key;
    this.emit('summit-map-select', {kind: place.kind, id: place.id});
    void this.updateComplete.then(() => {
      const panel = this.renderRoot.querySelector<HTMLElement>('#panel');
      if (focusPanel) panel?.focus();
      else panel?.scrollIntoView?.({block: 'nearest'});
    });
  }

  /** Closes the panel; `refocus`: focus goes back to its place. */
  private close(refocus: boolean): void {
    const key = this.opened;
    this.opened = undefined;
    if (refocus && key) this.roving.focus(key);
  }

  private onClick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    const key = this.roving.keyOf(target) ?? target?.closest('[data-place]')?.getAttribute('data-place') ?? undefined;
    if (key) this.toggle(key, false);
  }

  private onKeydown(event: KeyboardEvent): void {
    const key = this.roving.keyOf(event.target);
    if (key && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this.toggle(key, true);
      return;
    }
    if (event.key === 'Escape' && this.opened) {
      event.preventDefault();
      this.close(true);
      return;
    }
    this.roving.onKeydown(event);
  }

  private onPanelKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.close(true);
  }

  private onClose(): void {
    this.close(true);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-map': SummitMap;
  }
}
