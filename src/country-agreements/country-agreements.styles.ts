import {css} from 'lit';

/** Every country's panel shown in turn instead of behind tabs (no scripts, print). */
const everyCountry = css`
  .tablist {
    display: none;
  }
  .panel.inactive {
    display: block;
  }
  .panel + .panel {
    margin-top: calc(var(--_space) * 1.5);
  }
`;

/** Layout of `<country-agreements>`, by the widget's own width (the host is an inline-size container). */
export const countryAgreementsStyles = css`
  .subheading {
    font-size: 1.05em;
    line-height: 1.3;
    margin: 0 0 0.5em;
  }

  /* Tabs wrap onto more rows when narrow: nothing scrolls or overflows. */
  .tablist {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-bottom: 1px solid var(--_border);
    margin-bottom: var(--_space);
  }
  .tab {
    font: inherit;
    color: var(--_text);
    background: none;
    border: 0;
    /* The selected tab is marked by a bar and bold text, not by colour alone. */
    border-bottom: 4px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    padding: 0.5em 0.75em 0.4em;
    min-height: 2.75rem;
    cursor: pointer;
  }
  .tab:hover {
    background: var(--_surface);
  }
  .tab[aria-selected='true'] {
    border-bottom-color: var(--_accent);
    font-weight: 700;
  }
  .panel.inactive {
    display: none;
  }
  .panel-heading {
    margin-bottom: 0.75em;
  }

  .card {
    display: grid;
    gap: var(--_space);
  }
  .meta {
    display: grid;
    gap: 0.5em var(--_space);
    margin: 0;
  }
  .meta dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta dd {
    margin: 0;
    font-weight: 600;
  }

  .agreements {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  .fields,
  .stand-out ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .fields {
    display: grid;
    gap: 0.5em;
  }
  .fields li {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.75em;
  }

  /* What stood out: its own labelled box with a star marker, not just a colour. */
  .stand-out {
    background: var(--_highlight);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .stand-out li {
    font-weight: 600;
    padding-inline-start: 1.4em;
    text-indent: -1.4em;
  }
  .stand-out li::before {
    content: '★' / '';
    display: inline-block;
    width: 1.4em;
    text-indent: 0;
  }
  .marker {
    color: var(--_accent);
  }

  .facts {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .facts li + li {
    margin-top: 0.5em;
  }
  .reported-by,
  .fact-source {
    color: var(--_muted);
    font-size: 0.875em;
  }

  @container (min-width: 30rem) {
    .meta {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .fields {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 50rem) {
    .agreements {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    }
  }
  @container (min-width: 66rem) {
    .fields {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    .tab {
      border-bottom-color: Canvas;
    }
    .tab[aria-selected='true'] {
      border-bottom-color: Highlight;
    }
    .stand-out {
      border-inline-start-color: Highlight;
    }
  }

  /* With scripts off the tabs cannot switch: every country is shown, each under its own heading. */
  @media (scripting: none) {
    ${everyCountry}
  }
  @media print {
    /* Every country prints, each under its own heading; the tabs mean nothing on paper. */
    ${everyCountry}
    .stand-out,
    .fields li {
      break-inside: avoid;
    }
    .stand-out,
    .fields li {
      background: none;
    }
  }
`;
