// The server renderer behind `summit-widgets/ssr` and `npx summit-widgets render`: Lit's own SSR
// (`@lit-labs/ssr`) renders every summit widget of an HTML page or fragment into declarative shadow
// DOM. The rest of the HTML is left exactly as it was given.
import {render as renderLit} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import {parse, parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {checkDataset, srcFailures, type DatasetOutcome, type DatasetState} from '../dataset/outcome.js';
import {DEFAULT_LANG, supportedLang, type Lang} from '../internal/lang.js';
import {withServerContext} from '../internal/server-context.js';
import {loadEverything} from '../internal/translations.js';
import {WIDGET_TAGS} from './widgets.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderOptions {
  /**
   * A stylesheet URL every shadow root links instead of carrying its own copy of the styles in a
   * `<style>`: the styles once per page (one cached file), and allowed under
   * `Content-Security-Policy: default-src 'self'`. Serve `summit-widgets/cdn/summit-widgets.css` there.
   * When `html` is a whole page, its `<head>` links it too (a render-blocking stylesheet, so the
   * shadow roots' links find it loaded: no frame shows a widget unstyled).
   */
  stylesheet?: string;
  /**
   * When the widgets hydrate, written as each widget's `hydrate` attribute (a widget that has its own
   * keeps it): `interaction` (the element's default: on the reader's first pointer, focus or key),
   * `visible`, `idle` or `eager`. Any other value throws a `TypeError`.
   */
  hydrate?: Hydrate;
  /**
   * The URL of the loader (`summit-widgets/cdn/loader.js`), added as `<script type="module">` before
   * `</head>` of a whole page, or after a fragment, unless the HTML already loads it.
   */
  loader?: string;
  /** Where a relative `src` is found: a directory or a URL (default: the working directory). */
  base?: string;
  /** Where warnings go (default: `console.warn`, that is stderr). */
  warn?: (message: string) => void;
}

/** The values of the `hydrate` option and attribute. */
export const HYDRATE = ['interaction', 'visible', 'idle', 'eager'] as const;
export type Hydrate = (typeof HYDRATE)[number];

/** A summit widget found in the HTML, with what the server must tell it about its surroundings. */
interface Found {
  element: Element;
  inheritedLang?: string;
  precedingHeadingLevel?: number;
}

const HEADING = /^h([1-6])$/;

/** Every summit widget in document order (those already pre-rendered left out), with its context. */
function findWidgets(root: Node): Found[] {
  const found: Found[] = [];
  let headingLevel: number | undefined;
  const walk = (node: Node, lang: string | undefined) => {
    if (!('tagName' in node)) {
      for (const child of 'childNodes' in node ? node.childNodes : []) walk(child, lang);
      return;
    }
    const own = node.attrs.find((attr) => attr.name === 'lang')?.value.trim();
    if (WIDGET_TAGS.has(node.tagName) && !isPreRendered(node)) {
      found.push({element: node, inheritedLang: lang, precedingHeadingLevel: headingLevel});
    }
    const heading = HEADING.exec(node.tagName);
    if (heading) headingLevel = Number(heading[1]);
    for (const child of node.childNodes) walk(child, own || lang);
  };
  walk(root, undefined);
  return found;
}

const isPreRendered = (element: Element) =>
  element.childNodes.some(
    (child) => 'tagName' in child && child.tagName === 'template' && child.attrs.some((attr) => attr.name === 'shadowrootmode')
  );

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Fetches (http, https) or reads (a path or file: URL) a `src` dataset and validates it. */
async function loadSrc(src: string, base: string): Promise<DatasetOutcome> {
  // Node's modules only when a src is read: the renderer also runs where Node's are not (the Embed builder's worker).
  const [{readFile}, {resolve: resolvePath}, {fileURLToPath, pathToFileURL}] = await Promise.all([
    import('node:fs/promises'),
    import('node:path'),
    import('node:url'),
  ]);
  let url: URL;
  try {
    url = /^[a-z][a-z0-9+.-]*:/i.test(base) ? new URL(src, base) : new URL(src, pathToFileURL(resolvePath(base) + '/'));
  } catch {
    return srcFailures.network(src, false);
  }
  let body: string;
  try {
    // TextDecoder drops a byte order mark, as the browser's fetch does: a file saved by a Windows editor reads the same.
    if (url.protocol === 'file:') body = new TextDecoder().decode(await readFile(fileURLToPath(url)));
    else if (url.protocol === 'http:' || url.protocol === 'https:') {
      const response = await fetch(url, {signal: AbortSignal.timeout(15000)});
      if (!response.ok) return srcFailures.status(src, response.status);
      body = await response.text();
    } else return srcFailures.network(src, false);
  } catch (error) {
    return srcFailures.network(src, (error as Error)?.name === 'TimeoutError');
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return srcFailures.json(src);
  }
  return checkDataset(json, `src "${src}"`);
}

/** The `<template shadowrootmode>` Lit SSR renders for one element. */
function renderShadow(element: Element): string {
  const attrs = element.attrs.map(({name, value}) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const tag = element.tagName;
  const markup = collectResultSync(renderLit(staticHtml`${unsafeStatic(`<${tag}${attrs}></${tag}>`)}`));
  const start = markup.indexOf('<template shadowroot');
  const end = markup.lastIndexOf(`</${tag}>`);
  return start >= 0 && end > start ? markup.slice(start, end) : '';
}

/**
 * `html` with every summit widget in it pre-rendered: declarative shadow DOM that the browser
 * shows before any script runs, and that the widgets' scripts hydrate. Attributes are honoured as
 * in the browser (`lang`, also an ancestor's; `theme`, `heading-level`, `src`, each widget's own);
 * a bad value renders the widget's error box and one warning. Nothing else in `html` changes.
 */
export async function render(html: string, options: RenderOptions = {}): Promise<string> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  if (options.hydrate !== undefined && !HYDRATE.includes(options.hydrate)) {
    throw new TypeError(`summit-widgets: hydrate must be one of ${HYDRATE.join(', ')}, not "${String(options.hydrate)}"`);
  }
  const whole = /^\s*(?:<!--[^]*?-->\s*)*<(?:!doctype|html[\s>])/i.test(html);
  const tree = whole ? parse(html, {sourceCodeLocationInfo: true}) : parseFragment(html, {sourceCodeLocationInfo: true});
  const widgets = findWidgets(tree);
  if (!widgets.length) return html;

  const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
  // Everything asynchronous first, so each element then renders synchronously.
  const datasets = new Map<string, DatasetState>();
  for (const src of new Set(widgets.map(({element}) => attr(element, 'src')).filter((src) => !!src))) {
    const {state, warning} = await loadSrc(src!, options.base ?? process.cwd());
    if (warning) warn(`summit-widgets: ${warning}`);
    datasets.set(src!, state);
  }
  const langs = new Set<Lang>([DEFAULT_LANG]);
  for (const {element, inheritedLang} of widgets) {
    langs.add(supportedLang(attr(element, 'lang')?.trim() || inheritedLang) ?? DEFAULT_LANG);
  }
  await Promise.all([...langs].map((lang) => loadEverything(lang)));

  const insertions = widgets.map(({element, inheritedLang, precedingHeadingLevel}) => {
    const shadow = withServerContext({inheritedLang, precedingHeadingLevel, datasets, warn}, () => renderShadow(element));
    return {at: element.sourceCodeLocation!.startTag!.endOffset, shadow: linkStylesheet(shadow, options.stylesheet)};
  });
  // Lit's protocol: the element waits for its loader (or its define module) before it hydrates.
  for (const {element} of widgets) {
    const tag = element.sourceCodeLocation!.startTag!;
    insertions.push({at: tag.endOffset - (html.slice(tag.startOffset, tag.endOffset).endsWith('/>') ? 2 : 1), shadow: ' defer-hydration'});
  }
  if (options.hydrate) {
    for (const {element} of widgets) {
      if (attr(element, 'hydrate') !== undefined) continue;
      // Before the start tag's closing `>` (or `/>`).
      const tag = element.sourceCodeLocation!.startTag!;
      const close = html.slice(tag.startOffset, tag.endOffset).endsWith('/>') ? 2 : 1;
      insertions.push({at: tag.endOffset - close, shadow: ` hydrate="${options.hydrate}"`});
    }
  }
  const head = whole ? headEnd(tree) : undefined;
  if (whole && options.stylesheet && head !== undefined && !loads(tree, 'link', 'href', options.stylesheet)) {
    insertions.push({at: head, shadow: `${linkTag(options.stylesheet)}\n`});
  }
  if (options.loader && !loads(tree, 'script', 'src', options.loader)) {
    const script = `<script type="module" src="${escapeAttribute(options.loader)}"></script>`;
    insertions.push(head !== undefined ? {at: head, shadow: `${script}\n`} : {at: html.length, shadow: whole ? script : `\n${script}`});
  }
  let out = html;
  for (const {at, shadow} of insertions.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + shadow + out.slice(at);
  return out;
}

const childElement = (node: Node | undefined, tag: string) =>
  node && 'childNodes' in node ? node.childNodes.find((child): child is Element => 'tagName' in child && child.tagName === tag) : undefined;

/** Where `</head>` begins in the source, when the page writes one. */
const headEnd = (tree: Node) => childElement(childElement(tree, 'html'), 'head')?.sourceCodeLocation?.endTag?.startOffset;

/** Whether an element `<tag>` anywhere in the tree has `name="value"` (the page already links the stylesheet, loads the loader). */
function loads(node: Node, tag: string, name: string, value: string): boolean {
  if ('tagName' in node && node.tagName === tag && node.attrs.some((a) => a.name === name && a.value === value)) return true;
  return 'childNodes' in node && node.childNodes.some((child) => loads(child, tag, name, value));
}

const linkTag = (href: string) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`;

/** The shadow root's inline `<style>` replaced by a link to `stylesheet`. */
function linkStylesheet(shadow: string, stylesheet: string | undefined): string {
  if (!stylesheet) return shadow;
  return shadow.replace(/<style>[^]*?<\/style>/, linkTag(stylesheet));
}
