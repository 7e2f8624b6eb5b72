// The matrix's model: the rows and cells a dataset gives (once per dataset), and the view the
// attributes ask for on it (columns, rows, highlight, and what in them is unknown). No DOM, no texts.
import type {Country, Dataset, LabelledItem, LocalizedText} from '../dataset/types.js';
import {listOf} from '../internal/list.js';

/** One row: an editors' field group, or (a dataset without groups) one field id. */
export interface Row {
  id: string;
  label: LocalizedText;
}

/** What one country's documents named in one row: its own fields, and its stood-out items placed there. */
export interface Cell {
  fields: LabelledItem[];
  standOut: LabelledItem[];
}

/** Derived once per dataset. */
export interface Model {
  dataset: Dataset;
  /** The rows are the dataset's `fieldGroups` (the editors' grouping), not its field ids. */
  editorial: boolean;
  rows: Row[];
  /** Row id, then alpha-2: the cell, for the countries that named something there. */
  cells: Map<string, Map<string, Cell>>;
  /** Upper-case alpha-2 and alpha-3 codes. */
  byCode: Map<string, Country>;
}

/** What the attributes ask for, on a model. */
export interface View {
  model: Model;
  columns: Country[];
  rows: Row[];
  /** `fields` chose the rows: the footer counts "in these rows". */
  filtered: boolean;
  /** Alpha-2 of the highlighted column. */
  highlight?: string;
  /** The keys of the named cells, row by row; undefined where a column's country named nothing. */
  grid: (string | undefined)[][];
  keys: string[];
  /** Per column, the fields its country named in these rows (the footer's counts). */
  totals: number[];
  /** Whether any shown cell has a field that stood out (the legend's star). */
  anyStandOut: boolean;
  /** Unknown attribute values: the message's key, its values, and the console warning. */
  problems: Problem[];
}

interface Problem {
  message: 'badCountries' | 'badFields' | 'badHighlight';
  values: Record<string, string>;
  warning: string;
}

const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

export function buildModel(dataset: Dataset): Model {
  const byCode = new Map<string, Country>();
  const byAlpha2 = new Map<string, Country>();
  for (const country of dataset.countries) {
    byCode.set(country.alpha2.toUpperCase(), country);
    byCode.set(country.alpha3.toUpperCase(), country);
    byAlpha2.set(country.alpha2, country);
  }
  const cells = new Map<string, Map<string, Cell>>();
  const cellOf = (row: string, country: string): Cell => {
    let inRow = cells.get(row);
    if (!inRow) cells.set(row, (inRow = new Map()));
    let cell = inRow.get(country);
    if (!cell) inRow.set(country, (cell = {fields: [], standOut: []}));
    return cell;
  };
  const groups = isArray(dataset.fieldGroups) ? dataset.fieldGroups : [];
  const rows: Row[] = [];
  if (groups.length) {
    // The editors' rows. References are resolved defensively: a dataset that skipped validation
    // (a bug) shows what resolves, never throws.
    for (const group of groups) {
      rows.push({id: group.id, label: group.label});
      for (const {country, field} of isArray(group.fields) ? group.fields : []) {
        const item = byAlpha2.get(country)?.agreements.fields.find((candidate) => candidate.id === field);
        if (item) cellOf(group.id, country).fields.push(item);
      }
      for (const {country, item: id} of isArray(group.standOut) ? group.standOut : []) {
        const item = byAlpha2.get(country)?.agreements.standOut.find((candidate) => candidate.id === id);
        if (item && cells.get(group.id)?.has(country)) cellOf(group.id, country).standOut.push(item);
      }
    }
  } else {
    // No grouping: one row per field id, named as the first country to name it does.
    for (const country of dataset.countries) {
      for (const field of country.agreements.fields) {
        if (!cells.has(field.id)) rows.push({id: field.id, label: field.label});
        cellOf(field.id, country.alpha2).fields.push(field);
      }
    }
  }
  return {dataset, editorial: groups.length > 0, rows, cells, byCode};
}

/** `key` of the cell in row `row`, column `column`: positions, so any id stays a valid IDREF. */
export const keyOf = (row: number, column: number) => `${row}-${column}`;

/** The columns, rows and highlight the attributes ask for, and what in them is unknown. */
export function resolveView(model: Model, attributes: {countries?: string | null; fields?: string | null; highlight?: string | null}): View {
  const {dataset} = model;
  const problems: Problem[] = [];
  const alpha2 = dataset.countries.map((country) => country.alpha2).join(', ');
  const alpha3 = dataset.countries.map((country) => country.alpha3).join(', ');

  let columns: Country[] = [];
  const unknownCountries: string[] = [];
  for (const code of listOf(attributes.countries)) {
    const country = model.byCode.get(code.toUpperCase());
    if (!country) unknownCountries.push(code);
    else if (!columns.includes(country)) columns.push(country);
  }
  if (!columns.length && !unknownCountries.length) columns = [...dataset.countries];
  if (unknownCountries.length) {
    const value = unknownCountries.join(', ');
    problems.push({
      message: 'badCountries',
      values: {value, alpha2, alpha3},
      warning: `countries: "${unknownCountries.join('", "')}" is not one of ${alpha2} (or ${alpha3}).`,
    });
  }

  const rowIds = model.rows.map((row) => row.id);
  let rows: Row[] = [];
  const unknownRows: string[] = [];
  for (const id of listOf(attributes.fields)) {
    const row = model.rows.find((candidate) => candidate.id === id.toLowerCase());
    if (!row) unknownRows.push(id);
    else if (!rows.includes(row)) rows.push(row);
  }
  if (!rows.length && !unknownRows.length) rows = model.rows;
  if (unknownRows.length) {
    problems.push({
      message: 'badFields',
      values: {value: unknownRows.join(', '), valid: rowIds.join(', ')},
      warning: `fields: "${unknownRows.join('", "')}" is not one of ${rowIds.join(', ')}.`,
    });
  }

  const wanted = attributes.highlight?.trim();
  const highlighted = wanted ? model.byCode.get(wanted.toUpperCase()) : undefined;
  if (wanted && !unknownCountries.length && (!highlighted || !columns.includes(highlighted))) {
    const shown = columns.map((country) => country.alpha2).join(', ');
    problems.push({
      message: 'badHighlight',
      values: {value: wanted, valid: shown},
      warning: `highlight "${wanted}" is not one of the columns shown (${shown}).`,
    });
  }

  const grid = rows.map((row, r) =>
    columns.map((country, c) => (model.cells.get(row.id)?.get(country.alpha2) ? keyOf(r, c) : undefined))
  );
  const keys = grid.flat().filter((key): key is string => key !== undefined);
  const cellsOf = (country: Country) => rows.map((row) => model.cells.get(row.id)?.get(country.alpha2));
  const totals = columns.map((country) => cellsOf(country).reduce((sum, cell) => sum + (cell?.fields.length ?? 0), 0));
  const anyStandOut = columns.some((country) => cellsOf(country).some((cell) => cell?.standOut.length));
  return {model, columns, rows, filtered: rows !== model.rows, highlight: highlighted?.alpha2, grid, keys, totals, anyStandOut, problems};
}

/** The cell of `key` in `view`. */
export function cellAt(view: View | undefined, key: string | undefined): {row: Row; country: Country; cell: Cell} | undefined {
  if (!view || key === undefined || !view.keys.includes(key)) return undefined;
  const [r, c] = key.split('-').map(Number);
  const row = view.rows[r];
  const country = view.columns[c];
  const cell = view.model.cells.get(row.id)?.get(country.alpha2);
  return cell && {row, country, cell};
}
