import countries from 'summit-widgets:parts/countries';
import events from 'summit-widgets:parts/events';
import cities from 'summit-widgets:parts/cities';
import summit from 'summit-widgets:parts/summit';
import {html, nothing, svg, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {City, Country, Dataset, Sourced, TimelineEvent} from '../dataset/types.js';
import {baseStyles} from '../internal/base.styles.js';
import {regionName} from '../internal/country.js';
import {eventDateText, formatIsoDate, formatNumber, text} from '../internal/format.js';
import type {Translation} from '../translations/types.js';
import {heading} from '../internal/heading.js';
import type {Lang} from '../internal/lang.js';
import {format} from '../internal/messages.js';
import {RovingFocusController} from '../internal/roving-focus.js';
import {citedSources, sourcesSection} from '../internal/sources.js';
import {SummitElement} from '../internal/summit-element.js';
import {warnOnce} from '../internal/warn.js';
import {FRAMES, GRID_CELL, type MapFrame} from './geometry.js';
import {placeLabels, type LabelRequest, type Marker, type PlacedLabel} from './labels.js';
import {frameOf, project} from './projection.js';
import {mapBandStyles, mapStyles} from './summit-map.styles.js';

/** What `show` can list; without the attribute, all three. */
export const MAP_LAYERS = ['capitals', 'venues', 'neighbours'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

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

/** The six countries of the Dialogue, with their alpha-3 codes (Japan is not in `countries`). */
const ALPHA3: Record<string, string> = {KZ: 'KAZ', KG: 'KGZ', TJ: 'TJK', TM: 'TKM', UZ: 'UZB', JP: 'JPN'};

interface Place {
  /** `country:KZ` or `city:astana`: the roving-focus key and the `data-place` of labels. */
  key: string;
  kind: 'country' | 'city';
  id: string;
  name: string;
  /** Alpha-2 of the country (a city's country). */
  country: string;
  /** Index in FRAMES; undefined for a city outside both frames (shown in the list only). */
  frame?: number;
  city?: City;
  /** A city's point in its frame, viewBox units. */
  x?: number;
  y?: number;
  /** Marked as a capital / as a meeting city. */
  capital?: boolean;
  venue?: boolean;
  meetings?: TimelineEvent[];
  /** A Central Asian country's record. */
  record?: Country;
}

interface FrameModel {
  frame: MapFrame;
  countries: Place[];
  cities: Place[];
  labelSets: PlacedLabel[][];
}

interface Model {
  keys: string[];
  byKey: Map<string, Place>;
  frames: FrameModel[];
  countries: Place[];
  cities: Place[];
  sources: TemplateResult;
}

/** Marker radii (px): the styles draw the same. */
const R_VENUE = 7;
const R_CAPITAL = 4.5;

/**
 * A locator map of the Central Asia + Japan Dialogue: the five Central Asian countries and Japan
 * among their neighbours, the capitals, and the cities where the Dialogue met, each with its facts
 * (a country: its leader and the fields of the documents it signed; a city: the meetings held
 * there). The shapes are Natural Earth's, projected and simplified at build time
 * (scripts/build-map.mjs); nothing geographic is computed or fetched at run time but the
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
  static override styles = [baseStyles, mapStyles, mapBandStyles];
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
  private modelFor?: {dataset: Dataset; lang: Lang; layers: string};
  private layers: Set<MapLayer> = new Set(MAP_LAYERS);
  private unknownLayers: string[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('show')) this.parseShow();
    const state = this.datasetController.state;
    const dataset = state.status === 'ready' ? state.dataset : undefined;
    if (!dataset) return;
    const lang = this.uiLang;
    const layers = [...this.layers].join();
    const previous = this.modelFor;
    if (!previous || previous.dataset !== dataset || previous.lang !== lang || previous.layers !== layers) {
      this.model = this.buildModel(dataset, lang);
      this.modelFor = {dataset, lang, layers};
    }
    if (!previous || previous.dataset !== dataset || changed.has('highlight') || changed.has('show')) {
      this.opened = this.highlightKey();
      if (this.opened) this.roving.active = this.opened;
    }
  }

  private parseShow(): void {
    const value = this.show?.trim();
    this.unknownLayers = [];
    if (!value) {
      this.layers = new Set(MAP_LAYERS);
      return;
    }
    const layers = new Set<MapLayer>();
    for (const part of value.split(',')) {
      const word = part.trim().toLowerCase();
      if (!word) continue;
      if ((MAP_LAYERS as readonly string[]).includes(word)) layers.add(word as MapLayer);
      else this.unknownLayers.push(part.trim());
    }
    this.layers = layers;
  }

  /** The place `highlight` names, if it is on the map. */
  private highlightKey(): string | undefined {
    const value = this.highlight?.trim();
    if (!value || !this.model) return undefined;
    const upper = value.toUpperCase();
    const country = Object.keys(ALPHA3).find((code) => code === upper || ALPHA3[code] === upper);
    const key = country ? `country:${country}` : `city:${value.toLowerCase()}`;
    return this.model.byKey.has(key) ? key : undefined;
  }

  private buildModel(dataset: Dataset, lang: Lang): Model {
    const t = this.t!.map;
    const showCapitals = this.layers.has('capitals');
    const showVenues = this.layers.has('venues');
    const neighbours = this.layers.has('neighbours');
    const records = new Map(dataset.countries.map((country) => [country.alpha2, country]));

    // Countries west to east (by their label point), each followed by its cities west to east.
    const countries: Place[] = [];
    FRAMES.forEach((frame, index) => {
      for (const code of Object.keys(frame.shapes).sort((a, b) => frame.anchors[a][0] - frame.anchors[b][0])) {
        countries.push({key: `country:${code}`, kind: 'country', id: code, name: regionName(code, lang, dataset.countries), country: code, frame: index, record: records.get(code)});
      }
    });
    const meetings = new Map<string, TimelineEvent[]>();
    for (const event of dataset.events) {
      if (event.city) meetings.set(event.city, [...(meetings.get(event.city) ?? []), event]);
    }
    const cities: Place[] = [];
    for (const city of dataset.cities ?? []) {
      const held = meetings.get(city.id) ?? [];
      const capital = showCapitals && city.capital;
      const venue = showVenues && held.length > 0;
      if (!capital && !venue) continue;
      const own = FRAMES.findIndex((frame) => frame.shapes[city.country] !== undefined);
      const frame = own >= 0 ? FRAMES[own] : frameOf(FRAMES, city.lon, city.lat);
      const [x, y] = frame ? project(frame, city.lon, city.lat) : [undefined, undefined];
      cities.push({
        key: `city:${city.id}`,
        kind: 'city',
        id: city.id,
        name: text(city.name, lang),
        country: city.country,
        frame: frame ? FRAMES.indexOf(frame) : undefined,
        city,
        x,
        y,
        capital,
        venue,
        meetings: held,
      });
    }
    const frameRank = (place: Place) => place.frame ?? FRAMES.length;
    cities.sort((a, b) => frameRank(a) - frameRank(b) || (a.x ?? 0) - (b.x ?? 0));
    const places: Place[] = [];
    for (const country of countries) places.push(country, ...cities.filter((city) => city.country === country.id));
    places.push(...cities.filter((city) => !places.includes(city)));

    const frames = FRAMES.map((frame, index): FrameModel => {
      const inFrame = cities.filter((city) => city.frame === index);
      const markers: Marker[] = inFrame.map((city) => ({x: city.x!, y: city.y!, r: city.venue ? R_VENUE : R_CAPITAL}));
      const frameCountries = countries.filter((country) => country.frame === index);
      // Priority: the countries' names (smaller countries first: they have the fewest places for
      // a name), then the cities', the sea's, the neighbours'.
      const codes = Object.keys(frame.shapes);
      const cellsOf = (own: string) => frame.grid.split(own).length;
      const labels: LabelRequest[] = frameCountries
        .map((country): LabelRequest => {
          const [x, y] = frame.anchors[country.id];
          return {key: country.key, kind: 'country', text: country.name, x, y, own: String(codes.indexOf(country.id))};
        })
        .sort((a, b) => cellsOf(a.own!) - cellsOf(b.own!));
      inFrame.forEach((city, marker) => labels.push({key: city.key, kind: 'city', text: city.name, x: city.x!, y: city.y!, marker}));
      if (neighbours) {
        for (const [code, [x, y]] of Object.entries(frame.anchors)) {
          if (code === 'caspian') labels.push({key: 'sea', kind: 'sea', text: t.caspian, x, y});
        }
        for (const [code, [x, y]] of Object.entries(frame.anchors)) {
          if (code !== 'caspian' && !frame.shapes[code]) labels.push({key: `n:${code}`, kind: 'neighbour', text: regionName(code, lang, dataset.countries), x, y});
        }
      }
      const grid = {cells: frame.grid, cell: GRID_CELL, columns: Math.ceil(frame.width / GRID_CELL)};
      return {frame, countries: frameCountries, cities: inFrame, labelSets: placeLabels(labels, markers, frame.width, frame.height, grid)};
    });

    // Sources: what the facts of every place rest on, the gazetteer, and Natural Earth.
    const cited: Sourced[] = [];
    for (const country of countries) if (country.record) cited.push(country.record.leader, country.record.agreements);
    cited.push(dataset.summit.host, dataset.summit.documentsSigned);
    for (const city of cities) cited.push(city.city!, ...city.meetings!);
    const ids = citedSources(cited);
    ids.add('natural-earth-admin0-50m'); // the borders' source (a dataset without it lists nothing for it)
    const sources = sourcesSection(dataset, ids, lang, {shows: this.shownParts, note: t.bordersNote});

    return {keys: places.filter((place) => place.frame !== undefined).map((place) => place.key), byKey: new Map(places.map((place) => [place.key, place])), frames, countries, cities, sources};
  }

  protected override renderContent(dataset: Dataset, lang: Lang): unknown {
    const t = this.t!.map;
    const model = this.model;
    if (!model) return nothing;
    if (this.unknownLayers.length) {
      return this.renderError(
        format(t.badShow, {value: this.unknownLayers.join(', '), valid: MAP_LAYERS.join(', ')}),
        `show: "${this.unknownLayers.join('", "')}" is not one of ${MAP_LAYERS.join(', ')}; showing no map.`
      );
    }
    const highlight = this.highlight?.trim();
    if (highlight && !this.highlightKey()) {
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
          ${opened ? this.renderPanel(dataset, opened, lang, level) : nothing}
        </div>
        <div class="list${this.listView ? '' : ' visually-hidden'}" part="list">
          ${heading(level + 1, t.countries, 'subheading')}
          <ul class="places" role="list">
            ${model.countries.map((place) => html`<li class="place">${this.renderFacts(dataset, place, lang, level + 2)}</li>`)}
          </ul>
          ${model.cities.length
            ? html`${heading(level + 1, t.cities, 'subheading')}
                <ul class="places" role="list">
                  ${model.cities.map((place) => html`<li class="place">${this.renderFacts(dataset, place, lang, level + 2)}</li>`)}
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

  private renderPanel(dataset: Dataset, place: Place, lang: Lang, level: number): TemplateResult {
    return html`<section class="panel" id="panel" part="panel" role="region" aria-labelledby="panel-heading" tabindex="-1" @keydown=${this.onPanelKeydown}>
      <button type="button" class="close" part="close" aria-label=${this.t!.map.close} @click=${this.onClose}>
        <span aria-hidden="true">×</span>
      </button>
      ${this.renderFacts(dataset, place, lang, level + 1, 'panel-heading')}
    </section>`;
  }

  /** A place's facts: the same in the panel and in the list. */
  private renderFacts(dataset: Dataset, place: Place, lang: Lang, level: number, id?: string): TemplateResult {
    const t = this.t!.map;
    const title = heading(level, place.name, 'place-heading', id);
    if (place.kind === 'city') {
      const where = format(place.city!.capital ? t.capitalOf : t.cityIn, {country: regionName(place.country, lang, dataset.countries)});
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
                        >${eventDateText(event.date, lang, this.t!.shared.dateUnannounced)}</time
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
          ? html`<p>${format(t.host, {date: formatIsoDate(dataset.summit.date, lang)})}</p>
              <p>
                ${format(t.documents, {
                  count: formatNumber(dataset.summit.documentsSigned.moreThan, lang),
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
    this.emit<SummitMapSelectDetail>('summit-map-select', {kind: place.kind, id: place.id});
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
