import type {TimelineEvent} from '../dataset/types.js';

/**
 * The timeline's scale, as structure (no positions in numbers, so nothing needs an inline style):
 * the shown events grouped into segments along the axis, in order.
 *
 * - `year`: a year with events. Along the horizontal axis its events sit side by side (so they
 *   never overlap, however crowded a month is), each pushed along by the months since the
 *   previous event of the year (`step`: a class `m0`..`m11` in the stylesheet), and the year
 *   ends with the months left after its last event (`tail`: `t0`..`t11`). A year with events is
 *   as wide as its events need, plus one twelfth of a quiet year per month.
 * - `quiet`: one year without events, drawn at the scale of a year (its label marks it).
 * - `gap`: two or more years in a row without events, compressed into one short stretch drawn
 *   broken and labelled with its years and "No events".
 * - `unannounced`: events whose date is not announced, after the end of the dated axis.
 *
 * Pure: the same events always give the same segments (the server and the browser agree).
 */

/** Years in a row without events from which the stretch is compressed into one `gap`. */
const GAP_YEARS = 2;

export interface AxisEvent {
  event: TimelineEvent;
  /** Position among the shown events (the keyboard's and Previous / Next's order). */
  index: number;
  /** Months since the previous event of the same segment (or since January), 0..11. */
  step: number;
}

export type Segment =
  | {type: 'year'; year: number; events: AxisEvent[]; tail: number; end: boolean; first: number}
  | {type: 'quiet'; year: number; first: number}
  | {type: 'gap'; from: number; to: number; first: number}
  | {type: 'unannounced'; events: AxisEvent[]; first: number};

const yearOf = (event: TimelineEvent) => Number(event.date.start.slice(0, 4));
/** 0..11; a year-precision date counts from January. */
const monthOf = (event: TimelineEvent) => (event.date.start.length >= 7 ? Number(event.date.start.slice(5, 7)) - 1 : 0);
const isDated = (event: TimelineEvent) => event.date.precision !== 'unannounced';

/**
 * Events in the order the timeline shows them: the dated ones in date order, then the ones whose
 * date is not announced (in the order they were announced).
 */
export function axisOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events.filter(isDated), ...events.filter((event) => !isDated(event))];
}

/**
 * Segments of `events` (already in `axisOrder`). `first` of each segment is the index of the
 * first event in or after it, so a renderer that has only the first N events in the DOM can stop
 * before a segment whose `first` is N or more.
 */
export function axisSegments(events: readonly TimelineEvent[]): Segment[] {
  const segments: Segment[] = [];
  let current: Extract<Segment, {type: 'year'}> | undefined;
  let lastMonth = 0;
  events.forEach((event, index) => {
    if (!isDated(event)) return;
    const year = yearOf(event);
    const month = monthOf(event);
    if (!current || current.year !== year) {
      if (current) {
        const quiet = year - current.year - 1;
        if (quiet >= GAP_YEARS) segments.push({type: 'gap', from: current.year + 1, to: year - 1, first: index});
        else for (let y = current.year + 1; y < year; y++) segments.push({type: 'quiet', year: y, first: index});
      }
      current = {type: 'year', year, events: [], tail: 0, end: false, first: index};
      segments.push(current);
      lastMonth = 0;
    }
    current.events.push({event, index, step: Math.max(0, month - lastMonth)});
    lastMonth = month;
    current.tail = 11 - month;
  });
  if (current) current.end = true;
  const unannounced = events.flatMap((event, index) => (isDated(event) ? [] : [{event, index, step: 0}]));
  if (unannounced.length) segments.push({type: 'unannounced', events: unannounced, first: unannounced[0].index});
  return segments;
}
