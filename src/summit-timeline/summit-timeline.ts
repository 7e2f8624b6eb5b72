import events from 'summit-widgets:parts/events';
import {html, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Dataset, TimelineEvent} from '../dataset/types.js';
import {oneOf} from '../internal/attributes.js';
import {eventDateText} from '../internal/format.js';
import {heading} from '../internal/heading.js';
import type {Lang} from '../internal/lang.js';
import {memo} from '../internal/memo.js';
import {nextTask} from '../internal/next-task.js';
import {RovingFocusController} from '../internal/roving-focus.js';
import {citedSources, sourcesSection} from '../internal/sources.js';
import {SummitElement} from '../internal/summit-element.js';
import {warnOnce} from '../internal/warn.js';
import type {Translation} from '../translations/types.js';
import {axisOrder, axisSegments, type Segment} from './axis.js';
import {filterEvents, readFilter, type EventFilter} from './filter.js';
import {timelineAxisStyles} from './summit-timeline.axis.styles.js';
import {timelineMediaStyles, timelineStyles} from './summit-timeline.styles.js';
import {renderControls, renderPanel, renderSegment, type Row, type TimelineView} from './templates.js';

/**
 * Events put in the DOM by the first render; the rest follow in chunks, one task each, so a
 * long timeline (a newsroom's own dataset) never blocks the page for long.
 */
const FIRST_EVENTS = 100;
const MORE_EVENTS = 200;

export const TIMELINE_LAYOUTS = ['auto', 'horizontal', 'vertical'] as const;
export type TimelineLayout = (typeof TIMELINE_LAYOUTS)[number];

/** `detail` of `summit-timeline-select`. */
export interface SummitTimelineSelectDetail {
  /** Id of the event the reader opened, e.g. `tokyo-summit-2025`. */
  id: string;
}

/** The shown events in the order of the axis (dated ones, then those not announced), and their segments. */
interface Axis {
  shown: TimelineEvent[];
  segments: Segment[];
  /** The ids of `shown`, in order (the roving focus's keys). */
  ids: string[];
  indexById: Map<string, number>;
}

/**
 * The Central Asia + Japan Dialogue's history as an accessible timeline: every
 * event with its date, kind, place, title and summary, grouped by year, the 2025
 * Tokyo summit set apart, and the sources of what is shown.
 *
 * One markup serves two arrangements, chosen by CSS container queries on the
 * widget's own width (so pre-rendered HTML is already right): from 640 px
 * (40rem) a horizontal **year axis** (events placed along a line marked with
 * years, spaced by month, long empty stretches compressed and marked, the
 * summit at the end of the line) with a detail panel and Previous / Next
 * buttons; below it a **vertical list** under year headings, each event
 * expanding in place, in the article's flow (no scrolling box unless
 * `--sw-timeline-max-height` is set). `layout` forces one. Printing shows every
 * event expanded; with scripts off every event's details are shown.
 *
 * **Keyboard.** The events are one tab stop (roving tabindex); Tab lands on the
 * current event (the last one opened, else the first):
 * - ArrowDown / ArrowRight: next event
 * - ArrowUp / ArrowLeft: previous event
 * - Home / End: first / last event
 * - Enter / Space: open the focused event (vertical: expand or collapse its
 *   details; horizontal: show it in the detail panel)
 * - Tab again (horizontal): the Previous event / Next event buttons, which open
 *   the event before / after the current one and scroll the track to it
 *   (unavailable at the ends)
 *
 * @fires summit-timeline-select - A reader opened an event (click, keyboard or Previous / Next; not the initial `highlight`). `detail: { id }`.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The widget's title, each year's heading and each event's heading.
 * @csspart events - The ordered list of years (the scrolling track of the horizontal axis).
 * @csspart year - One year of the axis (`<li>`), with its heading and its events.
 * @csspart gap - A stretch of years without events.
 * @csspart event - One event (`<li>`).
 * @csspart event-button - The button that opens an event.
 * @csspart badge - The milestone badge.
 * @csspart details - An event's place and summary in the vertical layout (and in print).
 * @csspart controls - The Previous / Next bar of the horizontal layout.
 * @csspart step-button - The Previous event and Next event buttons.
 * @csspart panel - The detail panel of the horizontal layout.
 * @csspart empty - The "no events match" message.
 * @csspart sources - The collapsed Sources section (with the dataset's corrections).
 * @csspart corrections - The dated list of corrections inside the Sources section.
 * @csspart error - The error box.
 *
 * @cssprop --sw-color-text - Text colour.
 * @cssprop --sw-color-background - Background colour.
 * @cssprop --sw-color-surface - Background of event cards and the detail panel.
 * @cssprop --sw-color-muted - Secondary text (dates, kinds, gaps, sources).
 * @cssprop --sw-color-border - Borders and the timeline's line.
 * @cssprop --sw-color-accent - Links, timeline dots, the milestone's border and badge.
 * @cssprop --sw-color-accent-contrast - Text on the accent colour (the milestone badge).
 * @cssprop --sw-color-highlight - Background of the open event.
 * @cssprop --sw-color-error - Error box text and border.
 * @cssprop --sw-color-error-background - Error box background.
 * @cssprop --sw-color-focus - Focus ring.
 * @cssprop --sw-radius - Corner radius.
 * @cssprop --sw-space - Padding and gaps.
 * @cssprop --sw-font-family - Font (default: the page's).
 * @cssprop --sw-timeline-max-height - Opt-in: a height at which the vertical list scrolls inside itself (default `none`: the list is in the article's flow).
 *
 * @tag summit-timeline
 */
export class SummitTimeline extends SummitElement {
  static override styles = [timelineStyles, timelineAxisStyles, timelineMediaStyles];
  static override dataParts = [events];
  static override strings = 'timeline';

  /** First day shown: a year (`2015`), `YYYY-MM` or `YYYY-MM-DD`; events starting on or after it. */
  @property() from?: string | null;

  /** Last day shown: a year (its 31 December), `YYYY-MM` or `YYYY-MM-DD`; events starting on or before it. */
  @property() to?: string | null;

  /** Comma list of event kinds to show (`summit`, `ministerial`, `visit`, `senior-officials`, `other`); empty: all. */
  @property() kinds?: string | null;

  /** Id of an event to open and bring into view (inside the widget) on load. */
  @property() highlight?: string | null;

  /** `auto` (by the widget's own width), `horizontal` or `vertical`. */
  @property() layout?: string | null;

  /** Events open: expanded in the vertical list; in the horizontal one, the event in the panel. */
  @state() private open = new Set<string>();
  /** The current event: the last one opened (shown in the horizontal panel), if still open. */
  @state() private selected?: string;
  /** The event buttons are one tab stop; `roving.active` is the id of the one that holds it. */
  private readonly roving = new RovingFocusController(this, {keys: () => this.axis.ids});
  /** How many of the shown events are in the DOM (see FIRST_EVENTS). */
  @state() private rendered = FIRST_EVENTS;
  private growing = false;

  // Derived data (memo: rebuilt only when its inputs change), as of the last update.
  private axis: Axis = {shown: [], segments: [], ids: [], indexById: new Map()};
  private rows: Row[] = [];
  private sources?: unknown;
  /** Bring the open event into view after the next render (set by `highlight`). */
  private revealPending = false;
  /** Have the events been rendered once (the moment the stylesheet's snap brings `.initial` into view)? */
  private eventsShown = false;
  private revealFrame = 0;

  private readonly filterOf = memo((from?: string | null, to?: string | null, kinds?: string | null) => readFilter(this, {from, to, kinds}));

  /** Undefined while the widget has no dataset (an error box, "Loading…"): all is rebuilt when one comes, even the same again. */
  private readonly axisOf = memo((dataset: Dataset | undefined, filter: EventFilter): Axis => {
    const shown = dataset ? axisOrder(filterEvents(dataset.events, filter)) : [];
    const ids = shown.map((event) => event.id);
    this.rendered = FIRST_EVENTS;
    return {shown, segments: axisSegments(shown), ids, indexById: new Map(ids.map((id, index) => [id, index]))};
  });

  private readonly rowsOf = memo((dataset: Dataset, axis: Axis, t: Translation) => ({
    rows: axis.shown.map((event): Row => ({event, date: eventDateText(event.date, t), kind: t.timeline[`kind.${event.kind}`]})),
    sources: sourcesSection(dataset, citedSources(axis.shown), t, {shows: this.shownParts}),
  }));

  /** Opens the `highlight` event, or resets to nothing open when it is unset or not shown. */
  private applyHighlight(dataset: Dataset, axis: Axis): void {
    const highlight = this.highlight?.trim() || undefined;
    this.open = new Set();
    this.selected = this.roving.active = undefined;
    if (!highlight) return;
    if (!axis.indexById.has(highlight)) {
      const known = dataset.events.some((event) => event.id === highlight);
      warnOnce(
        this,
        known
          ? `highlight "${highlight}" is not among the events shown (from, to, kinds); nothing is highlighted.`
          : `highlight "${highlight}" is not an event id in the dataset; nothing is highlighted.`
      );
      return;
    }
    this.open = new Set([highlight]);
    this.selected = this.roving.active = highlight;
    this.revealPending = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const filter = this.filterOf(this.from, this.to, this.kinds);
    const dataset = this.content.dataset;
    const t = this.t;
    const axis = this.axisOf(dataset, filter);
    if (!dataset || !t) return;
    // Again for a new axis (another dataset, or from, to, kinds) or `highlight`; a new language keeps what is open.
    const reopen = axis !== this.axis || changed.has('highlight');
    this.axis = axis;
    ({rows: this.rows, sources: this.sources} = this.rowsOf(dataset, axis, t));
    if (reopen) this.applyHighlight(dataset, axis);
    // The open events and the tab stop are in the DOM from the first render on.
    for (const id of [this.selected, this.roving.active]) if (id !== undefined) this.renderUpTo(this.axis.indexById.get(id) ?? 0);
  }

  /** Puts the events up to `index` in the DOM (for `highlight`, the keyboard and Previous / Next). */
  private renderUpTo(index: number): void {
    if (index >= this.rendered) this.rendered = index + 1;
  }

  /** Adds the next chunk of events in a task of its own, until all are in the DOM. */
  private renderMoreLater(): void {
    if (this.growing || this.rendered >= this.rows.length) return;
    this.growing = true;
    void nextTask().then(() => {
      this.growing = false;
      this.rendered += MORE_EVENTS;
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // `highlight`: for the first paint of the events, CSS (a snap to `.initial`) scrolls the track to
    // the event in every engine, with no script reading layout; a highlight changed later is revealed
    // after the paint.
    if (this.content.dataset) {
      const byCss = !this.eventsShown;
      this.eventsShown = true;
      if (this.revealPending && this.selected !== undefined && !this.revealFrame && !byCss) {
        const id = this.selected;
        this.revealFrame = requestAnimationFrame(() => {
          this.revealFrame = 0;
          if (this.selected === id) this.reveal(id, 'instant');
        });
      }
      this.revealPending = false;
    }
    this.renderMoreLater();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.revealFrame);
    this.revealFrame = 0;
  }

  private get highlightId(): string | undefined {
    return this.highlight?.trim() || undefined;
  }

  /** The current event, if it is shown and open. */
  private get current(): string | undefined {
    return this.selected !== undefined && this.open.has(this.selected) && this.axis.indexById.has(this.selected)
      ? this.selected
      : undefined;
  }

  protected override renderContent(_dataset: Dataset, _lang: Lang, t: Translation): unknown {
    const level = this.resolvedHeadingLevel;
    const layout = oneOf(this, 'layout', this.layout, TIMELINE_LAYOUTS, 'auto');
    const many = this.axis.shown.length > FIRST_EVENTS ? ' many' : '';
    const view: TimelineView = {
      t,
      rows: this.rows,
      indexById: this.axis.indexById,
      rendered: this.rendered,
      open: this.open,
      tabStop: this.roving.tabStop(),
      current: this.current,
      initial: this.highlightId,
    };
    // The track is no tab stop of its own (Firefox makes a scroller one, and its arrow keys would then
    // scroll it): the events are the one tab stop, and the arrow keys move between them.
    return html`<div class="timeline ${layout}${many}">
      ${heading(level, t.timeline.title, 'heading', 'title')}
      ${this.rows.length
        ? html`<ol
              class="events"
              part="events"
              tabindex="-1"
              aria-labelledby="title"
              @click=${this.onClick}
              @keydown=${this.roving.onKeydown}
              @focusin=${this.roving.onFocusin}
            >
              ${this.axis.segments.filter((segment) => segment.first < this.rendered).map((segment) => renderSegment(segment, view, level + 1))}
            </ol>
            ${renderControls(view, this.onStep)} ${renderPanel(view)}`
        : html`<p class="empty" part="empty" role="status">${t.timeline.noEvents}</p>`}
      ${this.sources}
    </div>`;
  }

  // -- interaction (DOM reads are fine here: these run on events, never in a render) --------

  /**
   * The arrangement in use, as the stylesheet decided it: `--_on-axis` is set on the track by the
   * rule that lays out the horizontal axis (`@container style(--_arrangement: horizontal)`).
   */
  private get arrangement(): 'horizontal' | 'vertical' {
    const track = this.track;
    return track && getComputedStyle(track).getPropertyValue('--_on-axis').trim() === '1' ? 'horizontal' : 'vertical';
  }

  private get track(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.events');
  }

  private onClick(e: MouseEvent): void {
    const id = this.roving.keyOf(e.target);
    if (id === undefined) return;
    this.roving.active = id;
    if (this.arrangement === 'horizontal') {
      if (id === this.current) return;
      this.select(id);
    } else {
      const open = new Set(this.open);
      if (open.delete(id)) {
        this.open = open;
        // The current event is the last one opened that is still open.
        if (this.selected === id) this.selected = [...open].at(-1);
        return;
      }
      this.open = open.add(id);
      this.selected = id;
    }
    this.emit('summit-timeline-select', {id});
  }

  /** Opens `id` as the one current event (the horizontal layout's panel shows one at a time) and brings it into the track. */
  private select(id: string): void {
    this.open = new Set([id]);
    this.selected = this.roving.active = id;
    this.renderUpTo(this.axis.indexById.get(id) ?? 0);
    void this.updateComplete.then(() => this.reveal(id, 'auto'));
  }

  /** Previous / Next: opens the event before / after the current one and scrolls the track to it. */
  private onStep(e: MouseEvent): void {
    const button = e.currentTarget as HTMLButtonElement;
    if (button.getAttribute('aria-disabled') === 'true') return;
    const delta = Number(button.dataset.step);
    const current = this.current;
    const index = current === undefined ? (delta > 0 ? 0 : -1) : this.axis.indexById.get(current)! + delta;
    const event = this.axis.shown[index];
    if (!event) return;
    this.select(event.id);
    this.emit('summit-timeline-select', {id: event.id});
  }

  /**
   * Scrolls the events' own container (never the page) so the event is in view, if it is not
   * already: centred in the horizontal track; in a vertical list capped by
   * `--sw-timeline-max-height`, near its top. A vertical list in the page's flow has nothing to scroll.
   */
  private reveal(id: string, behavior: ScrollBehavior): void {
    const list = this.track;
    const item = list?.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
    if (!list || !item) return;
    // The first paint's snap to `.initial` would pull the track back: it ends here.
    for (const animation of list.getAnimations()) animation.finish();
    const box = item.getBoundingClientRect();
    const view = list.getBoundingClientRect();
    if (this.arrangement === 'horizontal') {
      if (box.left >= view.left - 1 && box.right <= view.right + 1) return;
      const left = list.scrollLeft + box.left - view.left - (list.clientWidth - box.width) / 2;
      list.scrollTo({left, behavior});
    } else if (list.scrollHeight > list.clientHeight + 1) {
      if (box.top >= view.top - 1 && box.bottom <= view.bottom + 1) return;
      // A little room above: events laid out late (content-visibility) may nudge it by a few px.
      list.scrollTo({top: list.scrollTop + box.top - view.top - 12, behavior});
    }
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'summit-timeline-select': CustomEvent<SummitTimelineSelectDetail>;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-timeline': SummitTimeline;
  }
}
