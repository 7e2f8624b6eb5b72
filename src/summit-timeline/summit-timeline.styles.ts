import {css, unsafeCSS} from 'lit';

/** `.m0`..`.m11` (months since the previous event of its year) and `.t0`..`.t11` (months left in the year). */
const monthClasses = unsafeCSS(
  Array.from({length: 12}, (_, n) => `.m${n} { --_m: ${n}; } .t${n} { --_t: ${n}; }`).join('\n')
);

/**
 * `<summit-timeline>`. One markup, two arrangements, chosen by CSS alone:
 *
 * - `--_arrangement` is `vertical` by default and `horizontal` on screen when the widget's own
 *   width is at least 40rem (`layout="auto"`, a container query on the host) or when
 *   `layout="horizontal"` forces it. Print is always vertical.
 * - Every rule of the horizontal axis sits in `@container style(--_arrangement: horizontal)`;
 *   the script reads `--_on-axis`, set on the track by that same rule, when a click must know the
 *   arrangement: a browser without style queries shows the vertical list, and its clicks act on one.
 *
 * Vertical: the years are headings down a line, each event a card that expands in place, all in
 * the article's flow (a scrolling box only with `--sw-timeline-max-height`).
 * Horizontal: a track that scrolls sideways; a line marked with years; every event a card hanging
 * from its dot, pushed along by its month (`.m*`), a year ending with its remaining months (`.t*`);
 * one quiet year at the scale of a year, longer quiet stretches compressed into a broken, labelled
 * gap; the line ends at the last dated event (the summit); events not dated yet follow on a dashed
 * line. The detail panel and the Previous / Next bar sit below the track.
 *
 * Notes (kept out of the template, so they cost no bytes in a bundle that does not minify CSS):
 * - The list (`.events`) is always its own scroll container on screen, even uncapped, so that the
 *   highlighted event (`.initial`) is brought into the track or a capped list, never the page, by
 *   CSS alone from the first paint, scripts or not, in every engine (`scroll-initial-target` is
 *   Chromium's only): for its first half second the list snaps (mandatory) to its one snap area,
 *   `.initial`, then snapping ends (`sw-timeline-start`) and the reader scrolls freely. Instant
 *   during the snap (Firefox would glide there from 2004). Uncapped, it has nothing to scroll.
 * - Vertical: each event keeps its dot inside its own box (padding), so the paint containment of
 *   `content-visibility` (only for long timelines, `.many`) clips neither the dot nor the focus ring.
 *   Horizontal: dots and stems hang outside the event's box, so no containment there.
 * - The line of the last dated year (`.year.end`) is drawn by its events, the last one's piece
 *   stopping at its dot: the line ends at the summit.
 * - `.gap-note` has `inline-size: 0; min-inline-size: 100%`: it takes the gap's width, never widens it.
 * - Scripts off: nothing can open an event, so every event shows its details; no panel, no buttons.
 * - Print: backgrounds may not print, so the badge keeps its text by an outline instead.
 */
export const timelineStyles = css`
  .timeline {
    --_arrangement: vertical;
    --_month: 0.375rem;
    --_card: 9rem;
    --_axis: 1.75rem;
    --_dot: 0.8rem;
  }
  @media screen {
    @container (min-width: 40rem) {
      .timeline.auto {
        --_arrangement: horizontal;
      }
    }
    .timeline.horizontal {
      --_arrangement: horizontal;
    }
  }

  ${monthClasses}

  .events,
  .year-events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .seg {
    position: relative;
  }
  .seg-label {
    margin: 0;
    font-size: 1em;
    line-height: inherit;
  }

  .seg::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0.5rem;
    border-inline-start: 2px solid var(--_border);
  }
  .seg:first-child::before {
    inset-block-start: 0.75rem;
  }
  .gap::before,
  .unannounced::before {
    border-inline-start-style: dashed;
  }
  .year > .seg-label {
    padding-block: 0.5rem 0.125rem;
    padding-inline-start: 1.75rem;
    font-weight: 700;
  }
  .year > .seg-label::before {
    content: '';
    position: absolute;
    inset-block-start: calc(1.25rem - 1px);
    inset-inline-start: 0.5rem;
    width: 0.875rem;
    height: 2px;
    background: var(--_border);
  }
  .quiet {
    display: none;
  }
  .gap {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    padding-block: 0.375rem;
    padding-inline-start: 1.75rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .gap p {
    margin: 0;
  }
  .gap-note {
    font-style: italic;
  }

  .event {
    position: relative;
    padding: 0.375rem 0.375rem 0.375rem 1.75rem;
  }
  .many .event {
    content-visibility: auto;
    contain-intrinsic-size: auto 5.5rem;
  }
  .event::after {
    content: '';
    position: absolute;
    inset-block-start: 1.125rem;
    inset-inline-start: calc(0.5rem - var(--_dot) / 2 + 1px);
    width: var(--_dot);
    height: var(--_dot);
    border-radius: 50%;
    background: var(--_bg);
    border: 2px solid var(--_accent);
  }
  .milestone::after {
    background: var(--_accent);
  }

  .event-heading {
    margin: 0;
    font-size: 1em;
    font-weight: normal;
    line-height: inherit;
  }
  .event-button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.125rem;
    width: 100%;
    margin: 0;
    padding: 0.5em 0.75em;
    font: inherit;
    color: inherit;
    text-align: start;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .event-button:hover {
    border-color: var(--_accent);
  }
  .event-button[aria-expanded='true'] {
    background: var(--_highlight);
  }
  .milestone .event-button,
  .panel.milestone {
    border: 3px solid var(--_accent);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .title {
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    margin-block-start: 0.25em;
    padding: 0 0.5em;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-text);
    font-size: 0.8125rem;
    font-weight: 700;
  }

  .details {
    padding: 0.5em 0.75em 0;
  }
  .details p,
  .panel p {
    margin: 0 0 0.5em;
  }
  .place .label {
    font-weight: 600;
  }
  .empty {
    margin: 0;
    padding: 0.75em 1em;
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .controls,
  .panel {
    display: none;
  }
  .controls {
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-start: 0.25rem;
  }
  .step {
    margin: 0;
    padding: 0.375em 0.875em;
    font: inherit;
    color: var(--_accent);
    background: var(--_bg);
    border: 2px solid currentColor;
    border-radius: 999px;
    cursor: pointer;
  }
  .step:hover {
    background: var(--_surface);
  }
  .step {
    overflow-wrap: break-word;
  }
  .position {
    white-space: nowrap;
  }
  @container (max-width: 30rem) {
    .step-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .step .arrow {
      font-size: 1.25em;
      line-height: 1;
    }
  }
  .step[aria-disabled='true'] {
    color: var(--_muted);
    border-style: dashed;
    cursor: default;
  }
  .position {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    text-align: center;
  }

  @media screen {
    .events {
      max-height: var(--sw-timeline-max-height, none);
      overflow-y: auto;
    }
    .events {
      /* No motion (the snap is instant): kept under reduced motion, which ends every animation (base styles). */
      animation: sw-timeline-start 0.5s !important;
    }
    .initial {
      scroll-snap-align: start center;
    }
  }
  @keyframes sw-timeline-start {
    from,
    to {
      scroll-snap-type: both mandatory;
      scroll-behavior: auto;
    }
  }
`;

/** After the horizontal axis (`timelineAxisStyles`), as they were written: motion, no scripts, forced colours, print. */
export const timelineMediaStyles = css`
  @media (prefers-reduced-motion: no-preference) {
    .events {
      scroll-behavior: smooth;
    }
  }

  @media (scripting: none) {
    .details[hidden] {
      display: block;
    }
    .controls,
    .panel {
      display: none;
    }
    @container style(--_arrangement: horizontal) {
      .event {
        --_card: 15rem;
      }
      .details {
        display: block;
        width: var(--_card);
      }
    }
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .event::after {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    .milestone::after {
      background: CanvasText;
    }
    .gap::after {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    .event-button[aria-expanded='true'] {
      border-color: Highlight;
    }
    .step[aria-disabled='true'] {
      color: GrayText;
    }
  }

  @media print {
    .panel,
    .controls {
      display: none;
    }
    .details[hidden] {
      display: block;
    }
    .event {
      break-inside: avoid;
      content-visibility: visible;
    }
    .event-button,
    .event-button[aria-expanded='true'] {
      background: none;
    }
    .badge {
      background: none;
      color: inherit;
      border-color: currentColor;
    }
  }
`;
