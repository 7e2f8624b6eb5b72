// The timeline's templates: the axis's segments and events, the Previous / Next bar and the panel.
// Pure: everything they show comes in a `TimelineView` (no DOM reads, as any render here).
import {html, nothing, type TemplateResult} from 'lit';
import type {TimelineEvent} from '../dataset/types.js';
import {formatIsoDate, formatYearRange, text} from '../internal/format.js';
import {heading} from '../internal/heading.js';
import {format} from '../internal/messages.js';
import type {Translation} from '../translations/types.js';
import type {AxisEvent, Segment} from './axis.js';

/** One shown event with the texts that cost something to build (formatted per language once). */
export interface Row {
  event: TimelineEvent;
  date: string;
  kind: string;
}

/** What a render of the timeline shows. */
export interface TimelineView {
  t: Translation;
  /** The shown events, in the order of the axis. */
  rows: readonly Row[];
  indexById: ReadonlyMap<string, number>;
  /** How many of the shown events are in the DOM. */
  rendered: number;
  /** Events open: expanded in the vertical list; in the horizontal one, the event in the panel. */
  open: ReadonlySet<string>;
  /** The event button that is the tab stop. */
  tabStop?: string;
  /** The current event, if it is shown and open. */
  current?: string;
  /** The `highlight` event (the track scrolls to it on its first paint). */
  initial?: string;
}

/** One segment of the axis (a year with its events, a quiet year, a gap), its heading at `level`. */
export function renderSegment(segment: Segment, view: TimelineView, level: number): TemplateResult {
  const {t} = view;
  switch (segment.type) {
    case 'quiet':
      // A year without events: a mark on the axis only (screen readers hear the years that have events).
      return html`<li class="seg quiet" aria-hidden="true">
        <span class="seg-label">${formatIsoDate(String(segment.year), t)}</span>
      </li>`;
    case 'gap':
      return html`<li class="seg gap" part="gap">
        <p class="seg-label">${formatYearRange(segment.from, segment.to, t)}</p>
        <p class="gap-note">${t.timeline.noEventsInGap}</p>
      </li>`;
    default: {
      const dated = segment.type === 'year';
      const id = dated ? `y-${segment.year}` : 'y-unannounced';
      const label = dated ? formatIsoDate(String(segment.year), t) : t.shared.dateUnannounced;
      const classes = dated ? `seg year t${segment.tail}${segment.end ? ' end' : ''}` : 'seg year unannounced';
      return html`<li class=${classes} part="year">
        ${heading(level, label, 'seg-label', id)}
        <ol class="year-events" aria-labelledby=${id}>
          ${segment.events.filter((item) => item.index < view.rendered).map((item) => renderEvent(item, view, level + 1))}
        </ol>
      </li>`;
    }
  }
}

function renderEvent({event, index, step}: AxisEvent, view: TimelineView, level: number): TemplateResult {
  const {date, kind} = view.rows[index];
  const {id} = event;
  const open = view.open.has(id);
  const classes = `event m${step}${event.milestone ? ' milestone' : ''}${open ? ' open' : ''}${id === view.initial ? ' initial' : ''}`;
  const button = html`<button
    id="b-${id}"
    class="event-button"
    part="event-button"
    data-id=${id}
    data-roving=${id}
    tabindex=${id === view.tabStop ? 0 : -1}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="d-${id} panel"
    aria-current=${id === view.current ? 'true' : nothing}
  >
    <span class="meta">${renderDate(event, date)} · <span class="kind">${kind}</span></span>
    <span class="title">${text(event.title, view.t.lang)}</span>
    ${event.milestone ? renderBadge(view.t) : nothing}
  </button>`;
  return html`<li class=${classes} data-id=${id} part="event">
    ${heading(level, button, 'event-heading', `h-${id}`)}
    <div class="details" id="d-${id}" part="details" ?hidden=${!open}>${renderDetails(event, view.t)}</div>
  </li>`;
}

function renderDate(event: TimelineEvent, date: string): TemplateResult {
  return event.date.precision === 'unannounced'
    ? html`<span class="date not-announced">${date}</span>`
    : html`<time class="date" datetime=${event.date.start}>${date}</time>`;
}

function renderBadge(t: Translation): TemplateResult {
  return html`<span class="badge" part="badge">${t.timeline.milestone}</span>`;
}

function renderDetails(event: TimelineEvent, {lang, timeline: t}: Translation): TemplateResult {
  return html`<p class="place"><span class="label">${t.place}</span> ${text(event.place, lang)}</p>
    <p class="summary">${text(event.summary, lang)}</p>`;
}

/**
 * Previous / Next, after the events in tab order (shown in the horizontal layout). Unavailable
 * ends are `aria-disabled`, not `disabled`, so the button that has the focus keeps it.
 */
export function renderControls(view: TimelineView, onStep: (e: MouseEvent) => void): TemplateResult {
  const {lang, timeline: t} = view.t;
  const {current, rows} = view;
  const index = current === undefined ? -1 : view.indexById.get(current)!;
  const last = rows.length - 1;
  return html`<div class="controls" part="controls">
    <button class="step prev" part="step-button" data-step="-1" aria-disabled=${index <= 0 ? 'true' : 'false'} @click=${onStep}>
      <span class="arrow" aria-hidden="true">‹</span> <span class="step-label">${t.previous}</span>
    </button>
    <p class="position" aria-live="polite">
      ${current === undefined
        ? nothing
        : html`${format(t.position, {index: index + 1, total: rows.length})}<span class="visually-hidden"
              >: ${text(rows[index].event.title, lang)}</span
            >`}
    </p>
    <button class="step next" part="step-button" data-step="1" aria-disabled=${index >= last ? 'true' : 'false'} @click=${onStep}>
      <span class="step-label">${t.next}</span> <span class="arrow" aria-hidden="true">›</span>
    </button>
  </div>`;
}

/** The horizontal layout's panel: the current event, named by its heading in the track; else an invitation. */
export function renderPanel(view: TimelineView): TemplateResult {
  const {t, current} = view;
  if (current === undefined) {
    return html`<div class="panel empty-panel" id="panel" part="panel"><p class="choose">${t.timeline.choose}</p></div>`;
  }
  const {event, date, kind} = view.rows[view.indexById.get(current)!];
  return html`<div
    class="panel${event.milestone ? ' milestone' : ''}"
    id="panel"
    part="panel"
    role="region"
    aria-labelledby="h-${event.id}"
  >
    <p class="panel-title" aria-hidden="true">${text(event.title, t.lang)}</p>
    <p class="meta">
      ${renderDate(event, date)} · <span class="kind">${kind}</span>
      ${event.milestone ? renderBadge(t) : nothing}
    </p>
    ${renderDetails(event, t)}
  </div>`;
}
