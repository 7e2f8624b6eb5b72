import {EVENT_KINDS, type EventKind, type TimelineEvent} from '../dataset/types.js';

/**
 * Pure parsing and filtering behind `from`, `to` and `kinds`. Dates are compared
 * as `YYYY-MM-DD` strings, which sort like the dates they name.
 */

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `from` / `to` as a `YYYY-MM-DD` bound, or undefined when it is not a year,
 * `YYYY-MM` or a real `YYYY-MM-DD`. A year or month `to` means its last day.
 */
export function parseBound(value: string, edge: 'from' | 'to'): string | undefined {
  const v = value.trim();
  if (YEAR.test(v)) return edge === 'from' ? `${v}-01-01` : `${v}-12-31`;
  // Day 31 as an upper bound also covers shorter months: the comparison is textual.
  if (MONTH.test(v)) return edge === 'from' ? `${v}-01` : `${v}-31`;
  if (DAY.test(v) && new Date(`${v}T00:00:00Z`).toJSON()?.startsWith(v)) return v;
  return undefined;
}

/**
 * The day an event starts: a month-precision event counts from the 1st, a year-precision one from
 * 1 January, one whose date is not announced from the day it was announced.
 */
export const startKey = (event: TimelineEvent): string => {
  const start = event.date.start;
  return start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
};

/** `kinds` split into the known kinds it names and the values that are not kinds. */
export function parseKinds(value: string): {kinds: Set<EventKind>; unknown: string[]} {
  const kinds = new Set<EventKind>();
  const unknown: string[] = [];
  for (const part of value.split(',')) {
    const kind = part.trim().toLowerCase();
    if (!kind) continue;
    if ((EVENT_KINDS as readonly string[]).includes(kind)) kinds.add(kind as EventKind);
    else unknown.push(part.trim());
  }
  return {kinds, unknown};
}

export interface EventFilter {
  from?: string;
  to?: string;
  /** Empty or undefined: every kind. */
  kinds?: Set<EventKind>;
}

/** The events that pass the filter, in the dataset's order (the validator checks it is date order). */
export function filterEvents(events: readonly TimelineEvent[], {from, to, kinds}: EventFilter): TimelineEvent[] {
  return events.filter((event) => {
    const start = startKey(event);
    return (!from || start >= from) && (!to || start <= to) && (!kinds?.size || kinds.has(event.kind));
  });
}
