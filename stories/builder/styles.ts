import {css} from 'lit';

/**
 * The builder's look, scoped to `summit-embed-builder` (it renders into the page's DOM). Its colours
 * follow the Storybook toolbar's theme through `color-scheme` (the preview's decorator sets it on the
 * body); the preview's page is light or dark on its own.
 */
export const builderStyles = css`
  summit-embed-builder {
    --b-text: light-dark(#1b1b1f, #ececf1);
    --b-bg: light-dark(#ffffff, #101114);
    --b-surface: light-dark(#f4f5f7, #1c1e24);
    --b-muted: light-dark(#4f535c, #b4b8c2);
    --b-border: light-dark(#767b86, #8a8f9a);
    --b-accent: light-dark(#0a58a8, #8cc4ff);
    --b-accent-text: light-dark(#ffffff, #0b1a2b);
    --b-error: light-dark(#8b1a1a, #ffb3b3);
    --b-focus: light-dark(#0a58a8, #8cc4ff);
    display: block;
    color: var(--b-text);
    background: var(--b-bg);
    font-family: system-ui, 'DejaVu Sans', sans-serif;
    font-size: 1rem;
    line-height: 1.45;
  }
  summit-embed-builder .builder {
    padding: 1rem 1.25rem 3rem;
  }
  summit-embed-builder h1 {
    font-size: 1.75rem;
    margin: 0 0 0.25rem;
  }
  summit-embed-builder h2 {
    font-size: 1.25rem;
    margin: 0 0 0.75rem;
  }
  summit-embed-builder h3 {
    font-size: 1.05rem;
    margin: 0 0 0.25rem;
  }
  summit-embed-builder header p {
    margin: 0 0 1.25rem;
    max-width: 48rem;
  }
  summit-embed-builder code {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    font-size: 0.875em;
  }
  summit-embed-builder label code,
  summit-embed-builder legend code {
    color: var(--b-muted);
  }
  summit-embed-builder .columns {
    display: grid;
    gap: 1.5rem 2.5rem;
    grid-template-columns: minmax(0, 1fr);
  }
  /* Side by side: the controls stay in view (scrolling on their own) while the preview and snippets scroll. */
  @media (min-width: 60rem) {
    summit-embed-builder .columns {
      grid-template-columns: minmax(18rem, 24rem) minmax(0, 1fr);
      align-items: start;
    }
    summit-embed-builder .controls {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow-y: auto;
      box-sizing: border-box;
      padding: 0.25rem 0.75rem 1rem 0.25rem;
    }
  }
  summit-embed-builder fieldset {
    border: 1px solid var(--b-border);
    border-radius: 0.375rem;
    margin: 0 0 0.875rem;
    padding: 0.5rem 0.75rem 0.625rem;
    min-width: 0;
  }
  summit-embed-builder legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  summit-embed-builder .control {
    margin: 0 0 0.875rem;
  }
  summit-embed-builder div.control > label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.2rem;
  }
  summit-embed-builder fieldset.group > .control:last-child {
    margin-bottom: 0.25rem;
  }
  summit-embed-builder .choice {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding: 0.15rem 0;
  }
  summit-embed-builder .choice input {
    flex: none;
    margin: 0;
    transform: translateY(0.1em);
  }
  summit-embed-builder select,
  summit-embed-builder input[type='date'],
  summit-embed-builder input[type='text'],
  summit-embed-builder input[type='number'] {
    font: inherit;
    color: var(--b-text);
    background: var(--b-bg);
    border: 1px solid var(--b-border);
    border-radius: 0.25rem;
    padding: 0.3rem 0.4rem;
    max-width: 100%;
    box-sizing: border-box;
  }
  summit-embed-builder select,
  summit-embed-builder input[type='text'] {
    width: 100%;
  }
  summit-embed-builder [aria-invalid='true'] {
    border-color: var(--b-error);
    border-width: 2px;
  }
  summit-embed-builder .hint,
  summit-embed-builder .summary,
  summit-embed-builder .intro {
    color: var(--b-muted);
    font-size: 0.9rem;
    margin: 0.2rem 0 0.5rem;
  }
  summit-embed-builder .problem {
    color: var(--b-error);
    font-size: 0.9rem;
    font-weight: 600;
    margin: 0.2rem 0 0.5rem;
  }
  summit-embed-builder .notice {
    border-left: 4px solid var(--b-accent);
    padding: 0.25rem 0.5rem;
    margin: 0.35rem 0 0.5rem;
    font-size: 0.9rem;
    background: var(--b-surface);
  }
  summit-embed-builder .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  summit-embed-builder .kind {
    border-top: 1px solid var(--b-border);
    padding: 0.75rem 0 0.25rem;
  }
  summit-embed-builder .block {
    margin: 0.5rem 0 0.75rem;
  }
  summit-embed-builder .block > label {
    display: block;
    font-weight: 600;
    font-size: 0.9rem;
    margin-bottom: 0.2rem;
  }
  summit-embed-builder textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
    resize: vertical;
    field-sizing: content;
    min-height: 2.5rem;
    max-height: 22rem;
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    font-size: 0.8125rem;
    line-height: 1.45;
    color: var(--b-text);
    background: var(--b-surface);
    border: 1px solid var(--b-border);
    border-radius: 0.25rem;
    padding: 0.4rem 0.5rem;
    overflow-wrap: anywhere;
  }
  summit-embed-builder .copy-row {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin-top: 0.35rem;
  }
  summit-embed-builder button.copy {
    font: inherit;
    font-weight: 600;
    color: var(--b-accent-text);
    background: var(--b-accent);
    border: 1px solid var(--b-accent);
    border-radius: 0.25rem;
    padding: 0.25rem 0.9rem;
    cursor: pointer;
  }
  summit-embed-builder .copy-status {
    font-size: 0.9rem;
    font-weight: 600;
  }
  /* A date field's focus is in its day, month and year parts: the ring goes round the whole field. */
  summit-embed-builder :focus-visible,
  summit-embed-builder input[type='date']:focus-within {
    outline: 3px solid var(--b-focus);
    outline-offset: 2px;
  }
  summit-embed-builder .snippets {
    margin-top: 1.5rem;
  }
  summit-embed-builder .preview-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    align-items: flex-start;
  }
  summit-embed-builder .custom-width {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    margin-top: 0.25rem;
  }
  summit-embed-builder .custom-width input {
    width: 6rem;
  }
  summit-embed-builder .scroller {
    overflow-x: auto;
    border: 1px dashed var(--b-border);
    padding: 1rem;
    background: var(--b-surface);
  }
  /*
   * The preview's page: as an empty HTML page would have it (the browser's default font and size, no
   * styles of Storybook or of the builder), on a light or dark background.
   */
  summit-embed-builder .page {
    all: initial;
    /* WebKit computes font-family: initial as the inherited font (the builder's): -webkit-standard names the
       default font there and in Chromium; in Firefox it is no font, so the default font stands in. */
    font-family: -webkit-standard;
    display: block;
    box-sizing: content-box;
  }
  summit-embed-builder .page.light {
    color-scheme: light;
    background: #ffffff;
    color: #000000;
  }
  summit-embed-builder .page.dark {
    color-scheme: dark;
    background: #101114;
    color: #e7e7ea;
  }
`;
