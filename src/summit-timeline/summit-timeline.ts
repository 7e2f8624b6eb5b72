import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {EVENT_KINDS, type Dataset, type EventKind, type TimelineEvent} from '../dataset/types.js';
import {baseStyles} from '../internal/base.styles.js';
import {formatEventDate, text} from '../internal/format.js';
import {heading} from '../internal/heading.js';
import {nextTask} from '../internal/next-task.js';
import type {Lang} from '../internal/lang.js';
import {citedSources, sourcesSection} from '../internal/sources.js';
import {SummitElement} from '../internal/summit-element.js';
import {warnOnce} from '../internal/warn.js';
import {WidthController} from '../internal/width-controller.js';
import {filterEvents, parseBound, parseKinds, type EventFilter} from './filter.js';
import {timelineStyles} from './summit-timeline.styles.js';

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

/** One shown event with the texts that cost something to build (formatted per language once). */
interface Row {
  event: TimelineEvent;
  date: string;
  kind: string;
}

/**
 * The Central Asia + Japan Dialogue's history as an accessible timeline: every
 * event with its date, kind, place, title and summary, the 2025 Tokyo summit set
 * apart, and the sources of what is shown.
 *
 * The layout follows the widget's own width, not the window's: a vertical list
 * (each event expands in place) below 640 px, a horizontal track with a detail
 * panel from 640 px; `layout` forces one. Printing shows every event expanded.
 *
 * **Keyboard.** The events are one tab stop (roving tabindex):
 * - ArrowDown / ArrowRight: next event
 * - ArrowUp / ArrowLeft: previous event
 * - Home / End: first / last event
 * - Enter / Space: open the focused event (vertical: expand or collapse its
 *   details; horizontal: show it in the detail panel)
 *
 * @fires summit-timeline-select - A reader opened an event (click or keyboard; not the initial `highlight`). `detail: { id }`.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The widget's title and each event's heading.
 * @csspart events - The ordered list of events (the scrolling track or list).
 * @csspart event - One event (`<li>`).
 * @csspart event-button - The button that opens an event.
 * @csspart badge - The milestone badge.
 * @csspart details - An event's place and summary in the vertical layout (and in print).
 * @csspart panel - The detail panel of the horizontal layout.
 * @csspart empty - The "no events match" message.
 * @csspart sources - The collapsed Sources section (with the dataset's corrections).
 * @csspart corrections - The dated list of corrections inside the Sources section.
 * @csspart error - The error box.
 *
 * @cssprop --sw-color-text - Text colour.
 * @cssprop --sw-color-background - Background colour.
 * @cssprop --sw-color-surface - Background of event cards and the detail panel.
 * @cssprop --sw-color-muted - Secondary text (dates, kinds, sources).
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
 * @cssprop --sw-timeline-max-height - Height at which the vertical list scrolls inside itself (default `min(36rem, 80svh)`; `none` for never).
 *
 * @tag summit-timeline
 */
export class SummitTimeline extends SummitElement {
  static override styles = [baseStyles, timelineStyles];

  /** Widgets at least this wide (CSS px) get the horizontal layout when `layout` is `auto`. */
  static horizontalMinWidth = 640;

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

  /** Events expanded in the vertical layout. */
  @state() private expanded = new Set<string>();
  /** The event in the horizontal layout's panel (the last one opened). */
  @state() private selected?: string;
  /** The event button that holds the one tab stop. */
  @state() private focusId?: string;
  /** How many of the shown events are in the DOM (see FIRST_EVENTS). */
  @state() private rendered = FIRST_EVENTS;
  private growing = false;

  private readonly width = new WidthController(this);

  // Derived data, rebuilt in willUpdate only when its inputs change.
  /** The dataset the derived data below was built from. */
  private shownFrom?: Dataset;
  private rowsLang?: Lang;
  private filter: EventFilter = {};
  private layoutChoice: TimelineLayout = 'auto';
  private shown: TimelineEvent[] = [];
  private rows: Row[] = [];
  private indexById = new Map<string, number>();
  private sources?: TemplateResult;
  /** Scroll the open event into view after the next render (set by `highlight`). */
  private revealPending = false;
  private renderedLayout?: 'horizontal' | 'vertical';

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
      this.shown = filterEvents(dataset.events, this.filter);
      this.indexById = new Map(this.shown.map((event, index) => [event.id, index]));
      this.rendered = FIRST_EVENTS;
    }
    if (datasetChanged || filterChanged || lang !== this.rowsLang) {
      const t = this.t!.timeline;
      this.rows = this.shown.map((event) => ({
        event,
        date: formatEventDate(event.date, lang),
        kind: t[`kind.${event.kind}`],
      }));
      this.sources = sourcesSection(dataset, citedSources(this.shown), lang);
      this.rowsLang = lang;
    }
    if (datasetChanged || changed.has('highlight')) this.applyHighlight(dataset);
    // The open event is in the DOM from the first render on.
    if (this.selected !== undefined) this.renderUpTo(this.indexById.get(this.selected) ?? 0);
  }

  /** Puts the events up to `index` in the DOM (for `highlight` and the keyboard). */
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
    const layout = this.shownFrom ? this.currentLayout : undefined;
    // Bring the open event into view after `highlight`, and again when the layout switches.
    if (layout && this.selected && (this.revealPending || layout !== this.renderedLayout)) {
      this.reveal(this.selected, 'instant', false);
    }
    if (layout) this.revealPending = false;
    this.renderedLayout = layout;
    this.renderMoreLater();
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
    const id = this.highlight?.trim();
    this.expanded = new Set();
    this.selected = this.focusId = undefined;
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
    this.expanded = new Set([id]);
    this.selected = this.focusId = id;
    this.revealPending = true;
  }

  /** The layout in use: the forced one, else by the widget's own width. */
  private get currentLayout(): 'horizontal' | 'vertical' {
    if (this.layoutChoice !== 'auto') return this.layoutChoice;
    return this.width.width >= SummitTimeline.horizontalMinWidth ? 'horizontal' : 'vertical';
  }

  /** The event whose details the horizontal panel shows. */
  private get panelId(): string | undefined {
    return this.selected !== undefined && this.indexById.has(this.selected) ? this.selected : this.shown[0]?.id;
  }

  protected override renderContent(_dataset: Dataset, lang: Lang): unknown {
    const t = this.t!.timeline;
    const level = this.resolvedHeadingLevel;
    const layout = this.currentLayout;
    const horizontal = layout === 'horizontal';
    const panelId = horizontal ? this.panelId : undefined;
    const tabStop = [this.focusId, this.selected].find((id) => id !== undefined && this.indexById.has(id)) ?? this.shown[0]?.id;
    return html`<div class="timeline ${layout}">
      ${heading(level, t.title, 'heading', 'title')}
      ${this.rows.length
        ? html`<ol
            class="events"
            part="events"
            aria-labelledby="title"
            @click=${this.onClick}
            @keydown=${this.onKeydown}
            @focusin=${this.onFocusin}
          >
            ${this.rows
              .slice(0, this.rendered)
              .map((row) => this.renderEvent(row, lang, level + 1, horizontal, panelId, tabStop))}
          </ol>`
        : html`<p class="empty" part="empty" role="status">${t.noEvents}</p>`}
      ${panelId !== undefined ? this.renderPanel(this.rows[this.indexById.get(panelId)!], lang) : nothing}
      ${this.sources}
    </div>`;
  }

  private renderEvent(
    {event, date, kind}: Row,
    lang: Lang,
    level: number,
    horizontal: boolean,
    panelId: string | undefined,
    tabStop: string | undefined
  ): TemplateResult {
    const {id} = event;
    const open = horizontal ? id === panelId : this.expanded.has(id);
    const button = html`<button
      id="b-${id}"
      class="event-button"
      part="event-button"
      data-id=${id}
      tabindex=${id === tabStop ? 0 : -1}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${horizontal ? 'panel' : `d-${id}`}
      aria-current=${horizontal && open ? 'true' : nothing}
    >
      <span class="meta"><time datetime=${event.date.start}>${date}</time> · <span class="kind">${kind}</span></span>
      <span class="title">${text(event.title, lang)}</span>
      ${event.milestone ? this.renderBadge() : nothing}
    </button>`;
    return html`<li class="event${event.milestone ? ' milestone' : ''}${open ? ' open' : ''}" data-id=${id} part="event">
      ${heading(level, button, 'event-heading', `h-${id}`)}
      <div class="details" id="d-${id}" part="details" ?hidden=${horizontal || !open}>
        ${this.renderDetails(event, lang)}
      </div>
    </li>`;
  }

  private renderBadge(): TemplateResult {
    return html`<span class="badge" part="badge">${this.t!.timeline.milestone}</span>`;
  }

  private renderDetails(event: TimelineEvent, lang: Lang): TemplateResult {
    return html`<p class="place"><span class="label">${this.t!.timeline.place}</span> ${text(event.place, lang)}</p>
      <p class="summary">${text(event.summary, lang)}</p>`;
  }

  /** The horizontal layout's panel, named by the open event's heading in the track. */
  private renderPanel({event, date, kind}: Row, lang: Lang): TemplateResult {
    return html`<div
      class="panel${event.milestone ? ' milestone' : ''}"
      id="panel"
      part="panel"
      role="region"
      aria-labelledby="h-${event.id}"
    >
      <p class="panel-title" aria-hidden="true">${text(event.title, lang)}</p>
      <p class="meta">
        <time datetime=${event.date.start}>${date}</time> · <span class="kind">${kind}</span>
        ${event.milestone ? this.renderBadge() : nothing}
      </p>
      ${this.renderDetails(event, lang)}
    </div>`;
  }

  private buttonOf(target: EventTarget | null): HTMLButtonElement | null {
    return target instanceof Element ? target.closest<HTMLButtonElement>('button[data-id]') : null;
  }

  private onClick(e: MouseEvent): void {
    const id = this.buttonOf(e.target)?.dataset.id;
    if (id === undefined) return;
    this.focusId = id;
    if (this.currentLayout === 'horizontal') {
      if (id === this.panelId) return;
      this.selected = id;
      this.expanded = new Set(this.expanded).add(id); // stays open if the layout turns vertical
      this.reveal(id, 'auto', true);
    } else {
      const expanded = new Set(this.expanded);
      if (expanded.delete(id)) {
        this.expanded = expanded;
        return;
      }
      this.expanded = expanded.add(id);
      this.selected = id;
    }
    this.emit<SummitTimelineSelectDetail>('summit-timeline-select', {id});
  }

  private onKeydown(e: KeyboardEvent): void {
    const id = this.buttonOf(e.target)?.dataset.id;
    const index = id === undefined ? undefined : this.indexById.get(id);
    if (index === undefined) return;
    const last = this.shown.length - 1;
    const next =
      e.key === 'ArrowDown' || e.key === 'ArrowRight'
        ? Math.min(index + 1, last)
        : e.key === 'ArrowUp' || e.key === 'ArrowLeft'
          ? Math.max(index - 1, 0)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : undefined;
    if (next === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault(); // the arrows would scroll the track or the page
    const focusId = (this.focusId = this.shown[next].id);
    const focus = () => (this.renderRoot as ShadowRoot).getElementById(`b-${focusId}`)?.focus();
    if (next < this.rendered) focus();
    else {
      // End on a long timeline still being added to the DOM.
      this.renderUpTo(next);
      void this.updateComplete.then(focus);
    }
  }

  private onFocusin(e: FocusEvent): void {
    const id = this.buttonOf(e.target)?.dataset.id;
    if (id !== undefined) this.focusId = id;
  }

  /**
   * Scrolls the events' own container (never the page) so the event is in view:
   * centred in the horizontal track, at the top of the vertical list. `onlyIfHidden`
   * leaves a fully visible event where it is.
   */
  private reveal(id: string, behavior: ScrollBehavior, onlyIfHidden: boolean): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.events');
    const item = list?.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
    if (!list || !item) return;
    if (this.currentLayout === 'horizontal') {
      const visible = item.offsetLeft >= list.scrollLeft && item.offsetLeft + item.offsetWidth <= list.scrollLeft + list.clientWidth;
      if (onlyIfHidden && visible) return;
      list.scrollTo({left: item.offsetLeft - (list.clientWidth - item.offsetWidth) / 2, behavior});
    } else {
      const visible = item.offsetTop >= list.scrollTop && item.offsetTop + item.offsetHeight <= list.scrollTop + list.clientHeight;
      if (onlyIfHidden && visible) return;
      // A little room above: events laid out late (content-visibility) may nudge it by a few px.
      list.scrollTo({top: item.offsetTop - 12, behavior});
    }
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'summit-timeline-select': CustomEvent<SummitTimelineSelectDetail>;
  }
}
