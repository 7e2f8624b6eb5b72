import {css} from 'lit';

/**
 * `<summit-timeline>`'s horizontal axis (see summit-timeline.styles.ts for the two arrangements): every
 * rule sits in `@container style(--_arrangement: horizontal)`. Between `timelineStyles` and
 * `timelineMediaStyles` in the widget's styles, the order they were written in.
 */
export const timelineAxisStyles = css`
  @container style(--_arrangement: horizontal) {
    .events {
      --_on-axis: 1;
      display: flex;
      align-items: flex-start;
      max-height: none;
      overflow: auto hidden;
      overscroll-behavior-x: contain;
      padding-block-end: 0.5rem;
      scroll-padding-inline: 1rem;
    }
    .seg {
      flex: none;
      display: flex;
      flex-direction: column;
      padding: 0;
    }
    .seg::before,
    .seg:first-child::before {
      inset-block: var(--_axis) auto;
      inset-inline: 0;
      border-inline-start: none;
      border-block-start: 2px solid var(--_border);
    }
    .gap::before,
    .unannounced::before {
      border-block-start-style: dashed;
    }
    .seg-label,
    .year > .seg-label {
      position: static;
      height: var(--_axis);
      padding-block: 0;
      padding-inline: 0.375rem 0.75rem;
      border-inline-start: 2px solid var(--_border);
      font-size: 0.875em;
      font-weight: 700;
      white-space: nowrap;
    }
    .year > .seg-label::before {
      display: none;
    }
    .quiet {
      display: flex;
      min-width: calc(12 * var(--_month));
      color: var(--_muted);
    }
    .quiet .seg-label {
      font-weight: normal;
    }
    .gap {
      display: flex;
      flex-wrap: nowrap;
      min-width: 6rem;
      padding: 0;
      font-size: 1em;
    }
    .gap .seg-label {
      font-weight: normal;
    }
    .gap::after {
      content: '';
      position: absolute;
      inset-block-start: calc(var(--_axis) - 0.5rem + 1px);
      inset-inline-start: calc(50% - 0.375rem);
      width: 0.75rem;
      height: 1rem;
      border-inline: 2px solid var(--_muted);
      background: var(--_bg);
      transform: skewX(-25deg);
    }
    .gap-note {
      inline-size: 0;
      min-inline-size: 100%;
      padding: 0.75rem 0.375rem 0;
      font-size: 0.8125em;
    }
    .unannounced {
      margin-inline-start: 1.5rem;
    }
    .unannounced > .seg-label {
      border-inline-start-style: dashed;
      font-weight: normal;
      font-style: italic;
    }

    .year-events {
      display: flex;
      align-items: flex-start;
      padding-block-start: 1rem;
      padding-inline-end: calc(var(--_t, 0) * var(--_month));
    }
    .event {
      --_offset: calc(var(--_m, 0) * var(--_month));
      flex: none;
      margin: 0;
      padding-block: 0 0.375rem;
      padding-inline: calc(var(--_offset) + 0.375rem) 0.125rem;
    }
    .event,
    .many .event {
      content-visibility: visible;
    }
    .unannounced .event {
      --_offset: 0rem;
    }
    .event::after {
      inset-block-start: calc(-1rem - var(--_dot) / 2 + 1px);
      inset-inline-start: calc(var(--_offset) + 1rem);
    }
    .milestone {
      --_dot: 1.25rem;
    }
    .milestone::after {
      box-shadow: 0 0 0 3px var(--_bg);
    }
    .event-heading::before {
      content: '';
      position: absolute;
      inset-block-start: -1rem;
      inset-inline-start: calc(var(--_offset) + 1rem + var(--_dot) / 2 - 1px);
      height: 1rem;
      border-inline-start: 2px solid var(--_border);
    }
    .event-button {
      width: var(--_card);
      padding: 0.375em 0.625em;
      font-size: 0.9375em;
    }
    .milestone .event-button {
      width: calc(var(--_card) + 2rem);
    }
    .details {
      display: none;
    }
    .event-button[aria-current='true'] {
      border-block-end: 6px solid var(--_accent);
    }

    .year.end::before {
      display: none;
    }
    .year.end .event::before {
      content: '';
      position: absolute;
      inset-block-start: -1rem;
      inset-inline: 0;
      border-block-start: 2px solid var(--_border);
    }
    .year.end .event:last-child::before {
      inset-inline-end: auto;
      width: calc(var(--_offset) + 1rem + var(--_dot) / 2);
    }

    .controls {
      display: flex;
    }
    .panel {
      display: block;
      margin-block-start: 0.5rem;
      padding: 0.75em 1em;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .panel-title {
      font-size: 1.125em;
      font-weight: 700;
    }
    .empty-panel {
      color: var(--_muted);
      border-style: dashed;
      background: none;
    }
  }
`;
