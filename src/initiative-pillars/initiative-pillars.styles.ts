import {css, unsafeCSS} from 'lit';

/**
 * The columns layout, for the pillar list `list` (a selector; built as text because the build's CSS
 * minifier cannot take a selector from an interpolation): every pillar a card with a plain
 * heading and its body shown, side by side when there is room. Applied to `layout="columns"`, and
 * to `auto` in a widget at least 45rem (720 px) wide by a container query, so the server's HTML is
 * already right at any width.
 */
const columns = (list: string) =>
  unsafeCSS(`
  ${list} {
    gap: var(--_space);
  }
  ${list} .pillar {
    background: var(--_surface);
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.75em 1em 1em;
    border-bottom: 0;
  }
  ${list} .pillar-heading {
    margin-bottom: 0.5em;
  }
  ${list} .pillar-body {
    padding: 0;
  }
  ${list} .pillar-body[hidden] {
    display: block;
  }
  ${list} .pillar-toggle {
    display: none;
  }
  ${list} .pillar-name {
    display: inline;
  }
`);

/** `<initiative-pillars>` on top of the shared base: colours only from the base tokens. */
export const styles = css`
  p {
    margin: 0;
  }
  .aim {
    margin-bottom: var(--_space);
  }

  /* The business target: the one key figure, set apart. */
  .target {
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin-bottom: var(--_space);
  }
  .target-label,
  .pillars-label {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .target-figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
    line-height: 1.25;
  }
  .target-amount {
    font-size: 1.75em;
    font-weight: 700;
    color: var(--_accent);
  }
  .target-years {
    font-size: 1.125em;
    font-weight: 600;
  }
  .target-note {
    margin-top: 0.25em;
  }

  .pillars {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    display: grid;
    gap: 0;
  }
  .pillar-heading {
    font-size: 1.1em;
    line-height: 1.3;
    margin: 0;
  }
  .pillar-description {
    margin-bottom: 0.5em;
  }

  /* List layout (the default): disclosures separated by rules. */
  .pillar {
    border-top: 1px solid var(--_border);
  }
  .pillar:last-child {
    border-bottom: 1px solid var(--_border);
  }
  .pillar-body {
    padding: 0 0.25em 0.75em;
  }
  .pillar-name {
    display: none;
  }
  .pillar-heading button {
    display: flex;
    align-items: center;
    gap: 0.75em;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.25em;
    font: inherit;
    color: inherit;
    text-align: start;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .pillar-heading button:hover > span:first-child {
    text-decoration: underline;
  }
  .chevron {
    flex-shrink: 0;
    margin-inline-start: auto;
    width: 0.55em;
    height: 0.55em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] > .chevron {
    transform: translateY(25%) rotate(-135deg);
  }

  /* Columns layout: cards side by side when there is room, stacked otherwise. */
  ${columns('.layout-columns')}
  @container (min-width: 36rem) {
    .layout-columns {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
    }
  }
  @container (min-width: 45rem) {
    ${columns('.layout-auto')}
    .layout-auto {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
    }
  }
  /* With scripts off nothing can be opened: every pillar is shown, under a plain heading. */
  @media (scripting: none) {
    ${columns('.pillars')}
  }

  .grouped {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .grouped li + li {
    margin-top: 0.25em;
  }
  .kind,
  .items .description {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .items .description {
    display: block;
  }

  /* Items the editors, not the sources, placed in a pillar: labelled in words, boxed apart. */
  .editorial {
    margin-top: 0.75em;
    padding: 0.5em 0.75em;
    background: var(--_bg);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .editorial-note {
    font-size: 0.875em;
  }
  .editorial-label {
    background: var(--_highlight);
    color: var(--_text);
    border-radius: calc(var(--_radius) / 2);
    padding: 0 0.3em;
  }

  .section-heading {
    font-size: 1.1em;
    line-height: 1.3;
    margin: 1.25em 0 0.5em;
  }
  .items,
  .interests {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .items li + li,
  .interests li + li {
    margin-top: 0.25em;
  }

  @media (forced-colors: active) {
    .pillar,
    .target {
      border: 1px solid CanvasText;
    }
    .editorial-label {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    /* Every pillar prints open; the disclosure arrow means nothing on paper. */
    ${columns('.pillars')}
    .pillar {
      break-inside: avoid;
    }
  }
`;
