import {css} from 'lit';

/**
 * `<summit-timeline>`: the vertical list is the default (and what prints); the
 * horizontal track and its panel apply on screen only, so print is always the
 * vertical list with every event expanded.
 */
export const timelineStyles = css`
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    position: relative;
  }
  /* Each event keeps a 0.375rem margin inside its own box: the focus ring must not be clipped
     by the paint containment content-visibility brings. */
  .event {
    position: relative;
    padding: 0.375rem 0.375rem 0.375rem 1.75rem;
    /* Long timelines (thousands of events): lay out only the events near the view. */
    content-visibility: auto;
    contain-intrinsic-size: auto 6rem;
  }
  /* The timeline's line and each event's dot, drawn inside the event's box. */
  .event::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0.5rem;
    border-inline-start: 2px solid var(--_border);
  }
  .event:first-child::before {
    inset-block-start: 1.5rem;
  }
  .event:last-child::before {
    inset-block-end: auto;
    height: 1.5rem;
  }
  .event:only-child::before {
    display: none;
  }
  .event::after {
    content: '';
    position: absolute;
    inset-block-start: 1.125rem;
    inset-inline-start: calc(0.5rem - 0.4rem + 1px);
    width: 0.8rem;
    height: 0.8rem;
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
  /* The milestone stands out by its thick border and its badge, not by colour alone. */
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

  @media screen {
    .vertical .events {
      max-height: var(--sw-timeline-max-height, min(36rem, 80svh));
      overflow-y: auto;
      overscroll-behavior: contain;
    }

    .horizontal .events {
      display: flex;
      overflow-x: auto;
      overscroll-behavior-x: contain;
    }
    .horizontal .event {
      display: flex;
      flex: 0 0 14rem;
      padding: 1.5rem 0.375rem 0.375rem;
      contain-intrinsic-size: auto 14rem auto 10rem;
    }
    .horizontal .event::before {
      inset-block: 0.5rem auto;
      inset-inline: 0;
      height: 0;
      border-inline-start: none;
      border-block-start: 2px solid var(--_border);
    }
    .horizontal .event:first-child::before {
      inset-inline-start: 1.125rem;
    }
    .horizontal .event:last-child::before {
      inset-inline-end: auto;
      width: 1.5rem;
    }
    .horizontal .event::after {
      inset-block-start: 0.125rem;
      inset-inline-start: 1.125rem;
    }
    .horizontal .event-heading {
      display: flex;
      flex: 1;
    }
    /* The open event: a thick bar towards the panel, not only a colour. */
    .horizontal .event-button[aria-current='true'] {
      border-block-end: 6px solid var(--_accent);
    }
    .panel {
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
  }

  @media (prefers-reduced-motion: no-preference) {
    .events {
      scroll-behavior: smooth;
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
    .event-button[aria-expanded='true'] {
      border-color: Highlight;
    }
  }

  @media print {
    .panel {
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
    /* Backgrounds may not print: the badge keeps its text by an outline instead. */
    .badge {
      background: none;
      color: inherit;
      border-color: currentColor;
    }
  }
`;
