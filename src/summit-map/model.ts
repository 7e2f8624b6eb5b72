// The map's model: its places (countries west to east, each followed by its cities), the frames with
// their labels placed, and the Sources section, for a dataset, a language and the layers shown.
import type {TemplateResult} from 'lit';
import type {City, Country, Dataset, Sourced, TimelineEvent} from '../dataset/types.js';
import {regionName} from '../internal/country.js';
import {text} from '../internal/format.js';
import {citedSources, sourcesSection} from '../internal/sources.js';
import type {Translation} from '../translations/types.js';
import {FRAMES, GRID_CELL} from './geometry.js';
import {narrowestWidth, placeLabels, type LabelRequest, type Marker, type PlacedLabel} from './labels.js';
import {frameOf, project, type MapFrame} from './projection.js';

/** What `show` can list; without the attribute, all three. */
export const MAP_LAYERS = ['capitals', 'venues', 'neighbours'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/** The six countries of the Dialogue, with their alpha-3 codes (Japan is not in `countries`). */
export const ALPHA3: Record<string, string> = {KZ: 'KAZ', KG: 'KGZ', TJ: 'TJK', TM: 'TKM', UZ: 'UZB', JP: 'JPN'};

export interface Place {
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

export interface FrameModel {
  frame: MapFrame;
  countries: Place[];
  cities: Place[];
  labelSets: PlacedLabel[][];
}

export interface Model {
  keys: string[];
  byKey: Map<string, Place>;
  frames: FrameModel[];
  countries: Place[];
  cities: Place[];
  sources: TemplateResult;
}

/** Marker radii (px): the styles draw the same. */
export const R_VENUE = 7;
export const R_CAPITAL = 4.5;

export function buildModel(dataset: Dataset, texts: Translation, layers: ReadonlySet<MapLayer>, shows: readonly string[]): Model {
  const {lang, map: t} = texts;
  const showCapitals = layers.has('capitals');
  const showVenues = layers.has('venues');
  const neighbours = layers.has('neighbours');
  const records = new Map(dataset.countries.map((country) => [country.alpha2, country]));

  // Countries west to east (by their label point), each followed by its cities west to east.
  const countries: Place[] = [];
  FRAMES.forEach((frame, index) => {
    for (const code of Object.keys(frame.shapes).sort((a, b) => frame.anchors[a][0] - frame.anchors[b][0])) {
      countries.push({key: `country:${code}`, kind: 'country', id: code, name: regionName(code, texts, dataset.countries), country: code, frame: index, record: records.get(code)});
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
        if (code !== 'caspian' && !frame.shapes[code]) labels.push({key: `n:${code}`, kind: 'neighbour', text: regionName(code, texts, dataset.countries), x, y});
      }
    }
    const grid = {cells: frame.grid, cell: GRID_CELL, columns: Math.ceil(frame.width / GRID_CELL)};
    return {frame, countries: frameCountries, cities: inFrame, labelSets: placeLabels(labels, markers, frame.width, frame.height, grid, narrowestWidth(FRAMES, index))};
  });

  // Sources: what the facts of every place rest on, the gazetteer, and Natural Earth.
  const cited: Sourced[] = [];
  for (const country of countries) if (country.record) cited.push(country.record.leader, country.record.agreements);
  cited.push(dataset.summit.host, dataset.summit.documentsSigned);
  for (const city of cities) cited.push(city.city!, ...city.meetings!);
  const ids = citedSources(cited);
  ids.add('natural-earth-admin0-50m'); // the borders' source (a dataset without it lists nothing for it)
  const sources = sourcesSection(dataset, ids, texts, {shows, note: t.bordersNote});

  return {keys: places.filter((place) => place.frame !== undefined).map((place) => place.key), byKey: new Map(places.map((place) => [place.key, place])), frames, countries, cities, sources};
}

/** The place `highlight` names (an alpha-2 or alpha-3 code, any case, or a city id), if it is on the map. */
export function highlightKey(model: Model, highlight: string | null | undefined): string | undefined {
  const value = highlight?.trim();
  if (!value) return undefined;
  const upper = value.toUpperCase();
  const country = Object.keys(ALPHA3).find((code) => code === upper || ALPHA3[code] === upper);
  const key = country ? `country:${country}` : `city:${value.toLowerCase()}`;
  return model.byKey.has(key) ? key : undefined;
}
