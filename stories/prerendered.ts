/// <reference types="vite/client" />
// The "Pre-rendered" story of each widget (issue #13): the widget as the server renders it and the browser
// hydrates it, and the HTML the server wrote (declarative shadow DOM) in a collapsible listing.
//
// The HTML is made before Storybook starts by scripts/prerender-stories.mjs with `render()` of
// `summit-widgets/ssr` (Node only), one file per widget, language and theme in stories/generated/prerendered/
// (not committed). The story loads the file of the toolbar's language and theme, parses it outside the page
// (declarative shadow DOM needs `setHTMLUnsafe`; `innerHTML` ignores it) and puts the element in the story,
// where the widget's script (already loaded) upgrades it and hydrates the server's shadow root. It then
// checks that hydration kept every element the server wrote, and says so (test/storybook/stories.test.ts
// reads it).
import type {StoryObj} from '@storybook/web-components-vite';
import {html, render, type TemplateResult} from 'lit';
import {LANGS, languageName, type Lang} from './languages.js';

const FILES = import.meta.glob<string>('./generated/prerendered/*/*.html', {query: '?raw', import: 'default'});
const THEMES = ['auto', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

interface Loaded {
  markup?: string;
  lang: Lang;
  theme: Theme;
}

type Widget = HTMLElement & {updateComplete?: Promise<unknown>};

/** The toolbar's language and theme, as the generated files name them. */
function choiceOf(globals: Record<string, unknown>): {lang: Lang; theme: Theme} {
  const lang = (LANGS as readonly string[]).includes(String(globals.lang)) ? (globals.lang as Lang) : 'en';
  const theme = (THEMES as readonly string[]).includes(String(globals.theme)) ? (globals.theme as Theme) : 'auto';
  return {lang, theme};
}

// -- the listing ----------------------------------------------------------------------------------------------

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['style', 'script', 'textarea', 'title']);
/** A comment, an end tag, a start tag (quoted attribute values may hold `>`), or text up to the next `<`. */
const TOKEN = /<!--[^]*?-->|<\/[a-zA-Z][^>]*>|<[a-zA-Z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>|[^<]+|</y;

type Piece = {kind: 'tag' | 'end' | 'comment' | 'note' | 'text'; text: string};
interface Line {
  depth: number;
  pieces: Piece[];
}

/** `markup` as tokens; the text of a raw-text element (`<style>`: CSS may hold `>`) is one token. */
function tokens(markup: string, styleNote: string): Piece[] {
  const pieces: Piece[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < markup.length) {
    const start = TOKEN.lastIndex;
    const token = TOKEN.exec(markup)![0];
    if (TOKEN.lastIndex === start) break;
    if (token.startsWith('<!--')) pieces.push({kind: 'comment', text: token});
    else if (token.startsWith('</')) pieces.push({kind: 'end', text: token});
    else if (token.length > 1 && token.startsWith('<')) {
      pieces.push({kind: 'tag', text: collapse(token)});
      const name = nameOf(token);
      if (!RAW_TEXT.has(name)) continue;
      const end = markup.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
      const raw = markup.slice(TOKEN.lastIndex, end < 0 ? markup.length : end);
      TOKEN.lastIndex = end < 0 ? markup.length : end;
      if (raw.trim()) pieces.push(name === 'style' ? {kind: 'note', text: styleNote} : {kind: 'text', text: raw.trim()});
    } else if (token.trim()) pieces.push({kind: 'text', text: token.trim()});
  }
  return pieces;
}

/** A start tag with the white space between its attributes (Lit's templates break them over lines) as one space. */
const collapse = (tag: string) =>
  tag
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) => (i % 2 ? part : part.replace(/\s+/g, ' ')))
    .join('')
    .replace(/ (\/?>)$/, '$1');
const nameOf = (tag: string) => /^<\/?([^\s/>]+)/.exec(tag)![1].toLowerCase();
const opens = (piece: Piece) => piece.kind === 'tag' && !VOID.has(nameOf(piece.text)) && !piece.text.endsWith('/>');
/** An element whose content is text and comments only (Lit's markers) stays on one line up to this length. */
const ONE_LINE = 160;

/**
 * `markup` as lines for reading: each element on its own line, indented by its depth; an element holding only
 * text (with Lit's comments around it) keeps it on its line; whitespace-only text between tags is left out.
 * Only the layout changes: the characters of every tag, comment and text are the server's, except that white
 * space inside a start tag is one space and the text of a `<style>` is replaced by `styleNote` (the stylesheet
 * has its own listing).
 */
export function readableLines(markup: string, styleNote: string): Line[] {
  const pieces = tokens(markup, styleNote);
  const lines: Line[] = [];
  let depth = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece.kind === 'end') {
      depth = Math.max(0, depth - 1);
      lines.push({depth, pieces: [piece]});
      continue;
    }
    if (!opens(piece)) {
      lines.push({depth, pieces: [piece]});
      continue;
    }
    // Text and comments only, up to the element's end tag: one line.
    let j = i + 1;
    while (j < pieces.length && (pieces[j].kind === 'text' || pieces[j].kind === 'comment')) j++;
    const inline = pieces.slice(i, j + 1);
    if (j < pieces.length && pieces[j].kind === 'end' && inline.reduce((sum, {text}) => sum + text.length, 0) <= ONE_LINE) {
      lines.push({depth, pieces: inline});
      i = j;
      continue;
    }
    lines.push({depth, pieces: [piece]});
    depth++;
  }
  return lines;
}

// Each line a block with a hanging indent, so a long line wraps under its own start (copied, each is a line).
const listing = (markup: string, styleNote: string) =>
  readableLines(markup, styleNote).map(
    ({depth, pieces}) =>
      html`<span class="line" style="--depth: ${depth}">${pieces.map(({kind, text}) =>
        kind === 'text' ? text : html`<span class=${kind === 'end' ? 'tag' : kind}>${text}</span>`
      )}</span>`
  );

/** A stylesheet's lines without blank ones, each CSS template's indentation kept as written. */
const cssLines = (css: string) =>
  css
    .split('\n')
    .filter((row) => row.trim())
    .join('\n');

const bytes = (text: string) => `${(new Blob([text]).size / 1024).toFixed(0)} KB`;

// -- the story ------------------------------------------------------------------------------------------------

const styles = html`<style>
  .prerendered-story {
    --story-text: light-dark(#1a1a1a, #e7e7ea);
    --story-muted: light-dark(#4a4d55, #c0c3cb);
    --story-surface: light-dark(#f4f5f7, #1b1d22);
    --story-border: light-dark(#c9ccd3, #4a4f5a);
    --story-tag: light-dark(#0b4f8f, #9ccfff);
    --story-comment: light-dark(#5b4b00, #e6cf7a);
    --story-ok: light-dark(#1d6b2f, #8fdca0);
    --story-bad: light-dark(#8b1a1a, #ffb3b3);
    color: var(--story-text);
    font-family: system-ui, 'DejaVu Sans', sans-serif;
    font-size: 0.9375rem;
    line-height: 1.5;
    max-width: 75rem;
  }
  .prerendered-story .about {
    margin: 0 0 1rem;
    max-width: 48rem;
  }
  .prerendered-story .muted {
    color: var(--story-muted);
  }
  .prerendered-story code {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .prerendered-story .hydration {
    margin: 1rem 0;
    font-weight: 600;
  }
  .prerendered-story .hydration[data-hydration='kept'] {
    color: var(--story-ok);
  }
  .prerendered-story .hydration[data-hydration='lost'] {
    color: var(--story-bad);
  }
  .prerendered-story details {
    border: 1px solid var(--story-border);
    border-radius: 0.375rem;
    background: var(--story-surface);
  }
  .prerendered-story summary {
    cursor: pointer;
    padding: 0.5rem 0.75rem;
  }
  .prerendered-story summary:focus-visible,
  .prerendered-story pre:focus-visible {
    outline: 2px solid var(--story-tag);
    outline-offset: 2px;
  }
  .prerendered-story details p {
    margin: 0 0.75rem 0.5rem;
    color: var(--story-muted);
  }
  .prerendered-story pre {
    margin: 0;
    padding: 0.75rem;
    max-height: 40rem;
    overflow: auto;
    border-top: 1px solid var(--story-border);
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    font-size: 0.8125rem;
    line-height: 1.45;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    tab-size: 2;
  }
  .prerendered-story pre .line {
    display: block;
    padding-left: calc(var(--depth) * 2ch + 4ch);
    text-indent: -4ch;
  }
  .prerendered-story pre .tag {
    color: var(--story-tag);
  }
  .prerendered-story pre .comment,
  .prerendered-story pre .note {
    color: var(--story-comment);
  }
  .prerendered-story pre .note {
    font-style: italic;
  }
  .prerendered-story details + details {
    margin-top: 0.75rem;
  }
</style>`;

/** Puts the server's element into `slot` and, once it is in the page and hydrated, reports what it kept in `status`. */
function mount(slot: HTMLElement, status: HTMLElement, markup: string): void {
  // Parsed outside the page: there, the widget (already defined) would upgrade while its shadow root is parsed.
  const staging = document.createElement('div');
  staging.setHTMLUnsafe(markup);
  const widget = staging.firstElementChild as Widget | null;
  const serverNodes = widget?.shadowRoot ? [...widget.shadowRoot.querySelectorAll('*')] : [];
  if (!widget || !serverNodes.length) {
    status.dataset.hydration = 'lost';
    status.textContent = 'The generated file holds no pre-rendered widget.';
    return;
  }
  slot.append(widget);
  const report = async () => {
    // Storybook puts the story in the page after render(); the widget upgrades and hydrates there. (A story
    // left before that never gets there: stop asking after about ten seconds.)
    for (let frames = 0; !widget.isConnected || !widget.updateComplete; frames++) {
      if (frames > 600) return;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await widget.updateComplete;
    const lost = serverNodes.filter((node) => !node.isConnected).length;
    status.dataset.hydration = lost ? 'lost' : 'kept';
    status.textContent = lost
      ? `Hydration re-created ${lost} of the ${serverNodes.length} elements the server wrote.`
      : `Hydrated: the widget's script took over all ${serverNodes.length} elements the server wrote in its shadow root; none was re-created.`;
  };
  void report();
}

function view(tag: string, {markup, lang, theme}: Loaded): HTMLElement {
  const root = document.createElement('div');
  root.className = 'prerendered-story';
  if (!markup) {
    render(
      html`${styles}<p class="about" lang="en">
          No pre-rendered HTML for <code>&lt;${tag}&gt;</code> in ${lang}, ${theme} theme: run
          <code>node scripts/prerender-stories.mjs</code> (<code>npm start</code> and <code>npm run build-storybook</code> do).
        </p>`,
      root
    );
    return root;
  }
  const element = markup.slice(0, markup.indexOf('>') + 1) + `</${tag}>`;
  const style = /<style>([^]*?)<\/style>/.exec(markup)?.[1] ?? '';
  const intro: TemplateResult = html`<div lang="en">
    <p class="about">
      <strong>As the server renders it:</strong> <code>${element}</code> put through <code>render()</code> of
      <code>summit-widgets/ssr</code> (what <code>npx summit-widgets render</code> does) gets the widget's content
      as declarative shadow DOM, here in ${languageName(lang)} with the ${theme} theme (the toolbar's). A browser
      shows it before any script runs; then the widget's script hydrates it, taking over the server's elements
      instead of rendering new ones.
    </p>
    <p class="about muted">
      Every language and theme renders the same way: the toolbar picks one of ${LANGS.length * THEMES.length} files
      (${LANGS.length} languages, ${THEMES.length} themes), made before Storybook starts by
      <code>scripts/prerender-stories.mjs</code>.
    </p>
  </div>`;
  render(
    html`${styles}${intro}
      <div class="widget"></div>
      <p class="hydration" role="status" lang="en" data-hydration="pending">Hydrating…</p>
      <details lang="en">
        <summary>The HTML the server wrote (${bytes(markup)}, of which ${bytes(style)} is the widget's inline stylesheet)</summary>
        <p>
          Line breaks and indentation are added between tags for reading (the server writes them as Lit's templates
          lay them out), and the stylesheet's text has its own listing below. The
          <code>&lt;!--lit-part--&gt;</code> comments mark what hydration takes over. Under
          <code>Content-Security-Policy: default-src 'self'</code>, <code>render(html, {stylesheet: url})</code> links
          <code>summit-widgets/cdn/summit-widgets.css</code> instead of the inline <code>&lt;style&gt;</code>.
        </p>
        <pre tabindex="0" role="region" aria-label="Pre-rendered HTML of ${tag}">${listing(
          markup,
          `/* the widget's stylesheet, ${bytes(style)}: in its own listing below */`
        )}</pre>
      </details>
      <details lang="en" class="stylesheet">
        <summary>The inline stylesheet in that HTML (${bytes(style)})</summary>
        <pre tabindex="0" role="region" aria-label="Inline stylesheet of ${tag}">${cssLines(style)}</pre>
      </details>`,
    root
  );
  mount(root.querySelector<HTMLElement>('.widget')!, root.querySelector<HTMLElement>('.hydration')!, markup);
  return root;
}

/** The "Pre-rendered" story of `tag` (give it `name: 'Pre-rendered'` where it is exported). */
export function preRenderedStory<Args>(tag: string): StoryObj<Args> {
  return {
    parameters: {
      controls: {disable: true},
      docs: {
        description: {
          story:
            'The widget as the server renders it (`summit-widgets/ssr`) and the browser hydrates it, in the toolbar\'s language and theme, with the HTML the server wrote.',
        },
      },
    },
    loaders: [
      async ({globals}): Promise<{prerendered: Loaded}> => {
        const {lang, theme} = choiceOf(globals);
        const load = FILES[`./generated/prerendered/${tag}/${lang}-${theme}.html`];
        return {prerendered: {markup: load ? await load() : undefined, lang, theme}};
      },
    ],
    render: (_args, {loaded}) => view(tag, loaded.prerendered as Loaded),
  };
}
