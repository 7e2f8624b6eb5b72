import {css} from 'lit';

/**
 * Printed and with scripts off: nothing can be hovered or opened, so every ✓ cell shows its
 * wording in the cell, the buttons give way to the same marks as plain text, and the details
 * panel and the key help (which need a script) are left out.
 */
const everyWording = css`
  .cell,
  .details,
  .keys {
    display: none;
  }
  .static {
    display: block;
  }
  .wording {
    position: static;
    display: block;
    width: auto;
    height: auto;
    margin: 0;
    overflow: visible;
    clip-path: none;
    white-space: normal;
    font-size: 0.8125em;
    line-height: 1.35;
    text-align: start;
    padding: 0 0.35em 0.35em;
  }
  .wording-stand-out {
    display: block;
    margin-top: 0.25em;
  }
  .country-name {
    writing-mode: horizontal-tb;
    transform: none;
    white-space: normal;
  }
  .table-area {
    grid-template-columns: minmax(0, 1fr);
  }
`;

/** Layout of `<agreements-matrix>`, by the widget's own width (the host is an inline-size container). */
export const styles = css`
  p {
    margin: 0;
  }

  /* The rows are the editors' grouping: said in words, above the table and the list. */
  .editorial {
    font-size: 0.875em;
    margin-bottom: 0.75em;
  }
  .editorial-label {
    background: var(--_highlight);
    color: var(--_text);
    border-radius: calc(var(--_radius) / 2);
    padding: 0 0.3em;
  }

  /*
   * Narrow (the default, also when a page's CSS makes the element inline): the list. From 30em the
   * table. The widths are in em of the widget's own font (a container query's em is the
   * container's), so a larger article font gets the narrower arrangement sooner.
   */
  .table-area {
    display: none;
  }
  @container (min-width: 30em) {
    .table-area {
      display: block;
    }
    .list {
      display: none;
    }
  }

  .matrix {
    width: 100%;
    border-collapse: collapse;
  }
  caption,
  .list-intro {
    caption-side: top;
    text-align: start;
    margin-bottom: 0.5em;
  }
  th,
  td {
    border: 1px solid var(--_border);
  }
  thead th {
    vertical-align: bottom;
    padding: 0.4em 0.3em;
    font-size: 0.875em;
    line-height: 1.25;
  }
  .corner {
    text-align: start;
  }
  .row-head {
    text-align: start;
    font-weight: 600;
    padding: 0.4em 0.5em;
    font-size: 0.9375em;
    line-height: 1.3;
  }
  /*
   * Names break between words; below 44em they are written upwards, so five columns fit next to the row
   * names. A word longer than its column (Russian in a wide font such as DejaVu Serif, Firefox's and
   * WebKit's serif on Linux) is hyphenated or broken rather than pushing the table out of the column:
   * \`anywhere\`, unlike \`break-word\`, lowers the cell's min-content width that sizes the table.
   */
  .country-name,
  .row-head {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .country-name {
    display: inline-block;
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    white-space: nowrap;
  }
  /* Japanese reads top to bottom in vertical writing. */
  .country-name:lang(ja) {
    transform: none;
  }
  @container (min-width: 44em) {
    .country-name {
      writing-mode: horizontal-tb;
      transform: none;
      white-space: normal;
    }
  }

  td {
    position: relative;
    padding: 0;
    text-align: center;
    vertical-align: middle;
    min-width: 2.75rem;
  }
  td.yes {
    background: var(--_surface);
  }
  td.no {
    color: var(--_muted);
  }
  .cell {
    display: flex;
    align-items: center;
    justify-content: center;
    width: 100%;
    min-height: 2.75rem;
    margin: 0;
    padding: 0.25em;
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .cell:focus-visible {
    outline-offset: -3px;
  }
  /* The cell the details show (hovered or focused): framed; the open one: filled, marks in the accent's contrast. */
  td.shown .cell {
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .cell[aria-expanded='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .cell[aria-expanded='true'] .tick,
  .cell[aria-expanded='true'] .star {
    color: inherit;
  }
  .cell[aria-expanded='true']:focus-visible {
    outline-color: var(--_accent-text);
  }
  .mark {
    display: inline-flex;
    align-items: center;
    gap: 0.15em;
  }
  .tick {
    font-weight: 700;
    color: var(--_accent);
  }
  .star {
    color: var(--_text);
  }
  .static {
    display: none;
    padding-top: 0.35em;
  }
  .count {
    text-align: center;
    font-weight: 700;
    padding: 0.4em 0.3em;
  }
  tfoot th,
  tfoot td {
    border-top-width: 2px;
  }

  /* The highlighted column: its edges drawn thick and its background tinted. */
  th.hl,
  td.hl {
    border-inline: 3px solid var(--_accent);
  }
  th.hl {
    background: var(--_highlight);
    border-top: 3px solid var(--_accent);
  }
  tfoot td.hl {
    border-bottom: 3px solid var(--_accent);
  }
  td.no.hl,
  td.count.hl {
    background: var(--_highlight);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    font-size: 0.875em;
  }
  .keys {
    margin-top: 0.25em;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .details {
    margin-top: 0.75em;
    min-height: 5.5em;
    padding: 0.75em 1em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .details.empty {
    color: var(--_muted);
    border-inline-start-color: var(--_border);
  }
  .details-heading {
    font-size: 1.05em;
    line-height: 1.3;
    margin: 0 0 0.35em;
  }
  .details-stand-out {
    margin-top: 0.35em;
    font-weight: 600;
  }
  /* Wide: the details beside the table, at the height of the reader's eye. */
  @container (min-width: 60em) {
    .table-area {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(12em, 16em);
      gap: var(--_space);
      align-items: start;
    }
    .details {
      margin-top: 2em;
      position: sticky;
      top: var(--_space);
    }
  }

  /* The narrow list. */
  .group + .group {
    margin-top: 0.75em;
  }
  .group-heading {
    font-size: 1.05em;
    line-height: 1.3;
    margin: 0 0 0.25em;
  }
  .signed {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .signed li {
    padding: 0.2em 0 0.2em 0.6em;
    border-inline-start: 3px solid var(--_border);
  }
  .signed li + li {
    margin-top: 0.2em;
  }
  .signed li.hl {
    border-inline-start-color: var(--_accent);
    background: var(--_highlight);
  }
  .list-country {
    font-weight: 600;
  }
  .list-stand-out {
    display: block;
  }
  .none {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .list-total {
    margin-top: 1em;
    font-weight: 600;
  }
  .counts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }

  .reported-in {
    margin-top: 0.75em;
  }

  @media (forced-colors: active) {
    td.shown .cell,
    .cell[aria-expanded='true'] {
      outline: 2px solid Highlight;
      outline-offset: -3px;
    }
    .cell[aria-expanded='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    th.hl,
    td.hl {
      border-color: Highlight;
    }
    .editorial-label {
      border: 1px solid CanvasText;
    }
  }

  @media (scripting: none) {
    ${everyWording}
  }
  @media print {
    ${everyWording}
    td.yes,
    th.hl,
    td.no.hl,
    td.count.hl,
    .signed li.hl {
      background: none;
    }
    tr,
    .group {
      break-inside: avoid;
    }
  }
`;
