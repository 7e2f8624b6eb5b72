import {css} from 'lit';

/**
 * `<key-figures>` on top of the shared base: colours only from the base tokens. The tiles are a grid that
 * fits as many columns of at least 12rem as the widget's own width holds (no media query, no measuring):
 * one column at 300 px, five in a row at 1200 px. Nothing is ever hidden, so print and pages without
 * scripts need no rules of their own but the source addresses written out and no tile split across pages.
 */
export const styles = css`
  p {
    margin: 0;
  }

  .figures {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
  }

  .figure {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-width: 0;
    background: var(--_surface);
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.75em 1em 1em;
  }

  .value {
    line-height: 1.15;
    color: var(--_accent);
  }
  .number {
    font-size: 2.25em;
    font-weight: 700;
  }
  /* "3 trillion Japanese yen" is words as well as a number: smaller, so it fits a tile of 12rem. */
  .value-amount .number {
    font-size: 1.5em;
  }
  .qualifier {
    font-size: 1.125em;
    font-weight: 600;
  }
  .label {
    font-weight: 600;
    line-height: 1.3;
  }

  .details {
    margin: 0;
    font-size: 0.875em;
  }
  .details dt {
    font-weight: 600;
    color: var(--_muted);
  }
  .details dd {
    margin: 0 0 0.375em;
  }
  .details dd:last-child {
    margin-bottom: 0;
  }
  .as-of {
    /* At the foot of the tile, whatever the length of the texts above. */
    margin-top: auto;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .empty {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .figure {
      border: 1px solid CanvasText;
      border-top-width: 4px;
    }
    .value {
      color: CanvasText;
    }
  }
  @media print {
    .figure {
      break-inside: avoid;
      border: 1px solid #000;
      border-top-width: 4px;
      background: none;
    }
    .value {
      color: #000;
    }
    .figure-sources a[href]::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
  }
`;
