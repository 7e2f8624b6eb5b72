import events from 'summit-widgets:parts/events';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {EVENT_KINDS, type Dataset, type EventKind, type TimelineEvent} from '../dataset/types.js';
import {baseStyles} from '../internal/base.styles.js';
import {eventDateText, formatIsoDate, formatYearRange, text} from '../internal/format.js';
import {heading} from '../internal/heading.js';
import type {Lang} from '../internal/lang.js';
import {format} from '../internal/messages.js';
import {nextTask} from '../internal/next-task.js';
import {RovingFocusController} from '../internal/roving-focus.js';
import {citedSources, sourcesSection} from '../internal/sources.js';
import {SummitElement} from '../internal/summit-element.js';
import {warnOnce} from '../internal/warn.js';
import {axisOrder, axisSegments, type AxisEvent, type Segment} from './axis.js';
import {filterEvents, parseBound, parseKinds, type EventFilter} from './filter.js';
import {timelineStyles} from './summit-timeline.styles.js';

/**
 * Events put in the DOM by the first render; the rest follow in chunks, one task each, so a
 * long timeline (a newsroom's own dataset) never blocks the page for long.
 */
const FIRST_EVENTS = 100;
const MORE_EVENTS = 200;

/** Does the browser scroll a container to its `scroll-initial-target` (Chromium 133+; asked once)? */
let initialTarget: boolean | undefined;
const initialTargetSupported = () => (initialTarget ??= CSS.supports('scroll-initial-target', 'nearest'));

export const TIMELINE_LAYOUTS = ['auto', 'horizontal', 'vertical'] as const;
export type TimelineLayout = (typeof TIMELINE_LAYOUTS)[number];

/** `detail` of `summit-timeline-select`. */
export interface SummitTimelineSelectDetail {
  /** Id of the event the reader opened, e.g. `tokyo-summit-2025`. */
  id: string;
}

/** One shown event with the texts that cost something to build (formatted per language once). */
interface Row {
  event: TimelineEvent;
  date: string;
  kind: string;
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
  static override styles = [baseStyles, timelineStyles];
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
  private readonly roving = new RovingFocusController(this, {keys: () => this.ids});
  /** How many of the shown events are in the DOM (see FIRST_EVENTS). */
  @state() private rendered = FIRST_EVENTS;
  private growing = false;

  // Derived data, rebuilt in willUpdate only when its inputs change.
  /** The dataset the derived data below was built from. */
  private shownFrom?: Dataset;
  private rowsLang?: Lang;
  private filter: EventFilter = {};
  private layoutChoice: TimelineLayout = 'auto';
  /** The shown events in the order of the axis (dated ones, then those not announced). */
  private shown: TimelineEvent[] = [];
  private segments: Segment[] = [];
  private rows: Row[] = [];
  /** The ids of `shown`, in order (the roving focus's keys). */
  private ids: string[] = [];
  private indexById = new Map<string, number>();
  private sources?: TemplateResult;
  /** Bring the open event into view after the next render (set by `highlight`). */
  private revealPending = false;
  /** Have the events been rendered once (the moment `scroll-initial-target` applies)? */
  private eventsShown = false;
  private revealFrame = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('layout')) this.layoutChoice = this.parseLayout();
    const state = this.datasetController.state;
    const dataset = state.status === 'ready' ? state.dataset : undefined;
    const lang = this.uiLang;
    const datasetChanged = dataset !== this.shownFrom;
    this.shownFrom = dataset;

    const filterChanged = !this.hasUpdated || changed.has('from') || changed.has('to') || changed.has('kinds');
    if (filterChanged) this.filter = this.parseFilter();
    if (!dataset) return;

    if (datasetChanged || filterChanged) {
      this.shown = axisOrder(filterEvents(dataset.events, this.filter));
      this.segments = axisSegments(this.shown);
      this.ids = this.shown.map((event) => event.id);
      this.indexById = new Map(this.ids.map((id, index) => [id, index]));
      this.rendered = FIRST_EVENTS;
    }
    if (datasetChanged || filterChanged || lang !== this.rowsLang) {
      const t = this.t!.timeline;
      this.rows = this.shown.map((event) => ({
        event,
        date: eventDateText(event.date, lang, this.t!.shared.dateUnannounced),
        kind: t[`kind.${event.kind}`],
      }));
      this.sources = sourcesSection(dataset, citedSources(this.shown), lang, {shows: this.shownParts});
      this.rowsLang = lang;
    }
    if (datasetChanged || filterChanged || changed.has('highlight')) this.applyHighlight(dataset);
    // The open events and the tab stop are in the DOM from the first render on.
    for (const id of [this.selected, this.roving.active]) if (id !== undefined) this.renderUpTo(this.indexById.get(id) ?? 0);
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
    // `highlight`: for the first paint of the events, CSS (scroll-initial-target) scrolls the track to
    // the event where the browser supports it, with no script reading layout; elsewhere, and for a
    // highlight changed later, reveal it after the paint.
    if (this.shownFrom) {
      const byCss = !this.eventsShown && initialTargetSupported();
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

  private parseLayout(): TimelineLayout {
    const value = (this.layout ?? '').trim().toLowerCase();
    if (!value) return 'auto';
    if ((TIMELINE_LAYOUTS as readonly string[]).includes(value)) return value as TimelineLayout;
    warnOnce(this, `layout "${this.layout}" is not one of ${TIMELINE_LAYOUTS.join(', ')}; using auto.`);
    return 'auto';
  }

  private parseFilter(): EventFilter {
    const bound = (name: 'from' | 'to'): string | undefined => {
      const value = this[name];
      if (!value?.trim()) return undefined;
      const parsed = parseBound(value, name);
      if (!parsed) warnOnce(this, `${name} "${value}" is not a year or an ISO date (2015, 2015-10-01); ignoring it.`);
      return parsed;
    };
    let from = bound('from');
    let to = bound('to');
    if (from && to && from > to) {
      warnOnce(this, `from "${this.from}" is after to "${this.to}"; ignoring both.`);
      from = to = undefined;
    }
    let kinds: Set<EventKind> | undefined;
    if (this.kinds?.trim()) {
      const parsed = parseKinds(this.kinds);
      for (const kind of parsed.unknown) {
        warnOnce(this, `kinds: "${kind}" is not an event kind (${EVENT_KINDS.join(', ')}); ignoring it.`);
      }
      kinds = parsed.kinds;
    }
    return {from, to, kinds};
  }

  /** Opens the `highlight` event, or resets to nothing open when it is unset or not shown. */
  private applyHighlight(dataset: Dataset): void {
    const id = this.highlightId;
    this.open = new Set();
    this.selected = this.roving.active = undefined;
    if (!id) return;
    if (!this.indexById.has(id)) {
      const known = dataset.events.some((event) => event.id === id);
      warnOnce(
        this,
        known
          ? `highlight "${id}" is not among the events shown (from, to, kinds); nothing is highlighted.`
          : `highlight "${id}" is not an event id in the dataset; nothing is highlighted.`
      );
      return;
    }
    this.open = new Set([id]);
    this.selected = this.roving.active = id;
    this.revealPending = true;
  }

  private get highlightId(): string | undefined {
    return this.highlight?.trim() || undefined;
  }

  /** The current event, if it is shown and open. */
  private get current(): string | undefined {
    return this.selected !== undefined && this.open.has(this.selected) && this.indexById.has(this.selected)
      ? this.selected
      : undefined;
  }

  protected override renderContent(_dataset: Dataset, lang: Lang): unknown {
    const t = this.t!.timeline;
    const level = this.resolvedHeadingLevel;
    const current = this.current;
    const tabStop = this.roving.tabStop();
    const initial = this.highlightId;
    const many = this.shown.length > FIRST_EVENTS ? ' many' : '';
    return html`<div class="timeline ${this.layoutChoice}${many}">
      ${heading(level, t.title, 'heading', 'title')}
      ${this.rows.length
        ? html`<ol
              class="events"
              part="events"
              aria-labelledby="title"
              @click=${this.onClick}
              @keydown=${this.roving.onKeydown}
              @focusin=${this.roving.onFocusin}
            >
              ${this.segments
                .filter((segment) => segment.first < this.rendered)
                .map((segment) => this.renderSegment(segment, lang, level + 1, tabStop, current, initial))}
            </ol>
            ${this.renderControls(lang, current)} ${this.renderPanel(lang, current)}`
        : html`<p class="empty" part="empty" role="status">${t.noEvents}</p>`}
      ${this.sources}
    </div>`;
  }

  private renderSegment(
    segment: Segment,
    lang: Lang,
    level: number,
    tabStop: string | undefined,
    current: string | undefined,
    initial: string | undefined
  ): TemplateResult {
    const t = this.t!.timeline;
    switch (segment.type) {
      case 'quiet':
        // A year without events: a mark on the axis only (screen readers hear the years that have events).
        return html`<li class="seg quiet" aria-hidden="true">
          <span class="seg-label">${formatIsoDate(String(segment.year), lang)}</span>
        </li>`;
      case 'gap':
        return html`<li class="seg gap" part="gap">
          <p class="seg-label">${formatYearRange(segment.from, segment.to, lang)}</p>
          <p class="gap-note">${t.noEventsInGap}</p>
        </li>`;
      default: {
        const dated = segment.type === 'year';
        const id = dated ? `y-${segment.year}` : 'y-unannounced';
        const label = dated ? formatIsoDate(String(segment.year), lang) : this.t!.shared.dateUnannounced;
        const classes = dated ? `seg year t${segment.tail}${segment.end ? ' end' : ''}` : 'seg year unannounced';
        return html`<li class=${classes} part="year">
          ${heading(level, label, 'seg-label', id)}
          <ol class="year-events" aria-labelledby=${id}>
            ${segment.events
              .filter((item) => item.index < this.rendered)
              .map((item) => this.renderEvent(item, lang, level + 1, tabStop, current, initial))}
          </ol>
        </li>`;
      }
    }
  }

  private renderEvent(
    {event, index, step}: AxisEvent,
    lang: Lang,
    level: number,
    tabStop: string | undefined,
    current: string | undefined,
    initial: string | undefined
  ): TemplateResult {
    const {date, kind} = this.rows[index];
    const {id} = event;
    const open = this.open.has(id);
    const classes = `event m${step}${event.milestone ? ' milestone' : ''}${open ? ' open' : ''}${id === initial ? ' initial' : ''}`;
    const button = html`<button
      id="b-${id}"
      class="event-button"
      part="event-button"
      data-id=${id}
      data-roving=${id}
      tabindex=${id === tabStop ? 0 : -1}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="d-${id} panel"
      aria-current=${id === current ? 'true' : nothing}
    >
      <span class="meta">${this.renderDate(event, date)} · <span class="kind">${kind}</span></span>
      <span class="title">${text(event.title, lang)}</span>
      ${event.milestone ? this.renderBadge() : nothing}
    </button>`;
    return html`<li class=${classes} data-id=${id} part="event">
      ${heading(level, button, 'event-heading', `h-${id}`)}
      <div class="details" id="d-${id}" part="details" ?hidden=${!open}>${this.renderDetails(event, lang)}</div>
    </li>`;
  }

  private renderDate(event: TimelineEvent, date: string): TemplateResult {
    return event.date.precision === 'unannounced'
      ? html`<span class="date not-announced">${date}</span>`
      : html`<time class="date" datetime=${event.date.start}>${date}</time>`;
  }

  private renderBadge(): TemplateResult {
    return html`<span class="badge" part="badge">${this.t!.timeline.milestone}</span>`;
  }

  private renderDetails(event: TimelineEvent, lang: Lang): TemplateResult {
    return html`<p class="place"><span class="label">${this.t!.timeline.place}</span> ${text(event.place, lang)}</p>
      <p class="summary">${text(event.summary, lang)}</p>`;
  }

  /**
   * Previous / Next, after the events in tab order (shown in the horizontal layout). Unavailable
   * ends are `aria-disabled`, not `disabled`, so the button that has the focus keeps it.
   */
  private renderControls(lang: Lang, current: string | undefined): TemplateResult {
    const t = this.t!.timeline;
    const index = current === undefined ? -1 : this.indexById.get(current)!;
    const last = this.shown.length - 1;
    return html`<div class="controls" part="controls">
      <button class="step prev" part="step-button" data-step="-1" aria-disabled=${index <= 0 ? 'true' : 'false'} @click=${this.onStep}>
        <span class="arrow" aria-hidden="true">‹</span> <span class="step-label">${t.previous}</span>
      </button>
      <p class="position" aria-live="polite">
        ${current === undefined
          ? nothing
          : html`${format(t.position, {index: index + 1, total: this.shown.length})}<span class="visually-hidden"
                >: ${text(this.rows[index].event.title, lang)}</span
              >`}
      </p>
      <button class="step next" part="step-button" data-step="1" aria-disabled=${index >= last ? 'true' : 'false'} @click=${this.onStep}>
        <span class="step-label">${t.next}</span> <span class="arrow" aria-hidden="true">›</span>
      </button>
    </div>`;
  }

  /** The horizontal layout's panel: the current event, named by its heading in the track; else an invitation. */
  private renderPanel(lang: Lang, current: string | undefined): TemplateResult {
    if (current === undefined) {
      return html`<div class="panel empty-panel" id="panel" part="panel"><p class="choose">${this.t!.timeline.choose}</p></div>`;
    }
    const {event, date, kind} = this.rows[this.indexById.get(current)!];
    return html`<div
      class="panel${event.milestone ? ' milestone' : ''}"
      id="panel"
      part="panel"
      role="region"
      aria-labelledby="h-${event.id}"
    >
      <p class="panel-title" aria-hidden="true">${text(event.title, lang)}</p>
      <p class="meta">
        ${this.renderDate(event, date)} · <span class="kind">${kind}</span>
        ${event.milestone ? this.renderBadge() : nothing}
      </p>
      ${this.renderDetails(event, lang)}
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
    this.emit<SummitTimelineSelectDetail>('summit-timeline-select', {id});
  }

  /** Opens `id` as the one current event (the horizontal layout's panel shows one at a time) and brings it into the track. */
  private select(id: string): void {
    this.open = new Set([id]);
    this.selected = this.roving.active = id;
    this.renderUpTo(this.indexById.get(id) ?? 0);
    void this.updateComplete.then(() => this.reveal(id, 'auto'));
  }

  /** Previous / Next: opens the event before / after the current one and scrolls the track to it. */
  private onStep(e: MouseEvent): void {
    const button = e.currentTarget as HTMLButtonElement;
    if (button.getAttribute('aria-disabled') === 'true') return;
    const delta = Number(button.dataset.step);
    const current = this.current;
    const index = current === undefined ? (delta > 0 ? 0 : -1) : this.indexById.get(current)! + delta;
    const event = this.shown[index];
    if (!event) return;
    this.select(event.id);
    this.emit<SummitTimelineSelectDetail>('summit-timeline-select', {id: event.id});
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
