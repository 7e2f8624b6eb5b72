// <summit-timeline> by its parts: `events` (the axis or list), `year`, `gap`, `event`, `event-button`,
// `details`, `badge`, `controls`, `step-button`, `panel`, `empty`. An event is named by its id (`data-id`).
import type {SummitTimeline} from '../../../src/define/summit-timeline.js';
import {markup, renderFixture, type Attributes, type FixtureOptions, type RenderMode} from '../fixture.js';
import {Harness} from '../harness.js';

export class TimelineHarness extends Harness<SummitTimeline> {
  /** The events' buttons, in order. */
  get buttons(): HTMLButtonElement[] {
    return this.parts<HTMLButtonElement>('event-button');
  }
  /** The ids of the events shown, in order. */
  get ids(): string[] {
    return this.buttons.map((button) => button.dataset.id!);
  }
  /** An event's button (null when it is not in the DOM, as `getElementById` would say). */
  button(id: string): HTMLButtonElement {
    return (this.buttons.find((button) => button.dataset.id === id) ?? null) as HTMLButtonElement;
  }
  /** An event's list item. */
  item(id: string): HTMLElement {
    return this.parts('event').find((item) => item.dataset.id === id)!;
  }
  /** An event's details. */
  details(id: string): HTMLElement {
    return this.part('details', this.item(id))!;
  }
  /** The axis or list of events, or null (the empty state, the error box). */
  get list(): HTMLOListElement {
    return this.part<HTMLOListElement>('events')!;
  }
  /** The details panel beside the axis, or null. */
  get panel(): HTMLElement | null {
    return this.part('panel');
  }
  get controls(): HTMLElement | null {
    return this.part('controls');
  }
  /** The previous or next button. */
  step(which: 'prev' | 'next'): HTMLButtonElement {
    return this.parts<HTMLButtonElement>('step-button').find((button) => button.classList.contains(which))!;
  }
  /** The arrangement the stylesheet chose (the custom property the script reads): `horizontal` or `vertical`. */
  get arrangement(): string {
    return getComputedStyle(this.$('.timeline')!).getPropertyValue('--_arrangement').trim();
  }
  /** The id of the focused event. */
  get focusedId(): string | undefined {
    return this.focused?.dataset.id;
  }
  /** The ids of the events that take Tab (one, with the roving tabindex). */
  get tabStops(): (string | undefined)[] {
    return this.buttons.filter((button) => button.tabIndex === 0).map((button) => button.dataset.id);
  }
  /** The ids of the open events. */
  get expandedIds(): (string | undefined)[] {
    return this.buttons.filter((button) => button.getAttribute('aria-expanded') === 'true').map((button) => button.dataset.id);
  }
  /** Records the ids of every `summit-timeline-select` the widget fires from now on. */
  selections(): string[] {
    const fired: string[] = [];
    this.el.addEventListener('summit-timeline-select', (event) => fired.push(event.detail.id));
    return fired;
  }
}

/**
 * `<summit-timeline>` with `attributes`, rendered `mode`'s way in a 1200 px wrapper (unless told),
 * after the markup `before` (a heading, a button), read through its harness.
 */
export const summitTimeline = async (
  mode: RenderMode,
  attributes: Attributes = {},
  {before = '', ...options}: Omit<FixtureOptions, 'mode'> & {before?: string} = {}
) => new TimelineHarness(await renderFixture<SummitTimeline>(before + markup('summit-timeline', attributes), {width: '1200px', ...options, mode}));
