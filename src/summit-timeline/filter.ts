import {EVENT_KINDS, type EventKind, type TimelineEvent} from '../dataset/types.js';
import {someOf} from '../internal/attributes.js';
import {warnOnce} from '../internal/warn.js';

/**
 * Parsing and filtering behind `from`, `to` and `kinds` (pure but for `readFilter`'s warnings). Dates are compared
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

/** The filter `from`, `to` and `kinds` ask for; each value that is not understood is ignored with one warning. */
export function readFilter(host: Element, attributes: {from?: string | null; to?: string | null; kinds?: string | null}): EventFilter {
  const bound = (name: 'from' | 'to'): string | undefined => {
    const value = attributes[name];
    if (!value?.trim()) return undefined;
    const parsed = parseBound(value, name);
    if (!parsed) warnOnce(host, `${name} "${value}" is not a year or an ISO date (2015, 2015-10-01); ignoring it.`);
    return parsed;
  };
  let from = bound('from');
  let to = bound('to');
  if (from && to && from > to) {
    warnOnce(host, `from "${attributes.from}" is after to "${attributes.to}"; ignoring both.`);
    from = to = undefined;
  }
  let kinds: Set<EventKind> | undefined;
  if (attributes.kinds?.trim()) {
    const parsed = someOf(attributes.kinds, EVENT_KINDS);
    for (const kind of parsed.unknown) {
      warnOnce(host, `kinds: "${kind}" is not an event kind (${EVENT_KINDS.join(', ')}); ignoring it.`);
    }
    kinds = parsed.known;
  }
  return {from, to, kinds};
}
