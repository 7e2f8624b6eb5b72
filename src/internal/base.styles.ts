import {css} from 'lit';

/**
 * What every widget shares: theme tokens, focus ring, error box, sources section,
 * reduced motion, forced colours and print. Colours come from `--sw-*` custom
 * properties with light and dark defaults chosen by `color-scheme`; the font is the page's.
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--sw-font-family, inherit);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .sw {
    /* auto: the reader's light/dark preference; theme="light|dark" forces one. */
    color-scheme: light dark;
    --_text: var(--sw-color-text, light-dark(#1b1b1f, #ececf1));
    --_bg: var(--sw-color-background, light-dark(#ffffff, #16181d));
    --_surface: var(--sw-color-surface, light-dark(#f4f5f7, #22252c));
    --_muted: var(--sw-color-muted, light-dark(#545861, #aeb3be));
    --_border: var(--sw-color-border, light-dark(#c9ccd3, #4a4f5a));
    --_accent: var(--sw-color-accent, light-dark(#0a58a8, #8cc4ff));
    --_accent-text: var(--sw-color-accent-contrast, light-dark(#ffffff, #0b1a2b));
    --_highlight: var(--sw-color-highlight, light-dark(#fff3cd, #3d3416));
    --_error: var(--sw-color-error, light-dark(#8b1a1a, #ffb3b3));
    --_error-bg: var(--sw-color-error-background, light-dark(#fdecec, #3b1a1a));
    --_focus: var(--sw-color-focus, light-dark(#0a58a8, #8cc4ff));
    --_radius: var(--sw-radius, 0.5rem);
    --_space: var(--sw-space, 1rem);
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  .sw.theme-light {
    color-scheme: light;
  }
  .sw.theme-dark {
    color-scheme: dark;
  }

  .heading {
    font-size: 1.25em;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .error {
    color: var(--_error);
    background: var(--_error-bg);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .error p {
    margin: 0;
  }
  .error .error-title {
    font-weight: 700;
  }
  .loading {
    color: var(--_muted);
    margin: 0;
  }

  .sources {
    margin-top: var(--_space);
    font-size: 0.875em;
    color: var(--_muted);
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
  }
  .sources summary {
    cursor: pointer;
    color: var(--_text);
    font-weight: 600;
  }
  .sources ol {
    margin: 0.5em 0 0;
    padding-inline-start: 1.5em;
  }
  .sources p {
    margin: 0.5em 0 0;
  }
  .sources .corrections-title {
    color: var(--_text);
    font-weight: 600;
  }
  .corrections li + li {
    margin-top: 0.25em;
  }
  .reported-in {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .error,
    .sw {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .sw {
      color: #000;
      background: none;
      padding: 0;
    }
    /* Every collapsed part prints open, links with their addresses. */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    .sources a[href]::after,
    .reported-in a[href]::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
  }
`;
