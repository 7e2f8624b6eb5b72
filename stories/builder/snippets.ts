// The Embed builder's snippets, made from one attribute list: the element's markup is the same in every
// kind (and it is what the preview renders). Pure functions: the builder test uses them too.
import {PACKAGE} from './widgets.js';

/** An attribute the snippet writes: name and value, in the order the widget declares them. */
export type Attributes = readonly (readonly [string, string])[];

/** The pinned CDN folder of this version: `https://cdn.jsdelivr.net/npm/summit-widgets@0.1.0/dist/cdn/`. */
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/${PACKAGE.name}@${PACKAGE.version}/dist/cdn/`;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<summit-timeline highlight="tokyo-summit-2025"></summit-timeline>` */
export const elementMarkup = (tag: string, attributes: Attributes): string =>
  `<${tag}${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}></${tag}>`;

/** The pre-rendered widgets' stylesheet, as "HTML with its content" links it. */
export const STYLESHEET_URL = `${CDN_BASE}summit-widgets.css`;
/**
 * The one script every snippet loads: the loader fetches the page's widgets' code and its language's texts
 * all at once (two round trips), and hydrates a pre-rendered widget when the reader reaches for it.
 */
export const LOADER_URL = `${CDN_BASE}loader.js`;
const scriptTag = `<script type="module" src="${LOADER_URL}"></script>`;

/**
 * The "HTML with its content" block: the element pre-rendered by the package's renderer (with the
 * stylesheet every shadow root links, and the loader), preceded by the stylesheet's link, so the first
 * paint is styled. `rendered` is the renderer's answer; undefined while it is being made.
 */
export function contentBlock(rendered: {html?: string; error?: string} | undefined): Block {
  return {
    id: 'prerendered-content',
    label: 'HTML with its content (no build step, no Node: paste it as it is)',
    text: rendered?.html ? `<link rel="stylesheet" href="${STYLESHEET_URL}">\n${rendered.html}\n` : rendered?.error ? '' : 'Rendering…',
    note: rendered?.error
      ? `The renderer failed here (${rendered.error}): use the command below.`
      : 'Made in this page by the package\'s own server renderer (the code of the command below, in a Web Worker). The widget\'s text is in the HTML, so it shows before any script runs; the loader hydrates it when the reader reaches for it. The stylesheet link may go once in the page\'s head.',
  };
}
const reserveLink = `<link rel="stylesheet" href="${CDN_BASE}reserve.css">`;

export type Framework = 'plain' | 'react' | 'vue';
export const FRAMEWORKS: readonly {value: Framework; label: string}[] = [
  {value: 'plain', label: 'Plain bundler (Vite, webpack, esbuild…)'},
  {value: 'react', label: 'React 19'},
  {value: 'vue', label: 'Vue 3'},
];

/** One copyable text of a snippet kind. */
export interface Block {
  /** Stable id, for the textarea (`snippet-<id>`) and the tests. */
  id: string;
  label: string;
  text: string;
  /** A line under it. */
  note?: string;
}

export interface Kind {
  id: 'cdn' | 'prerendered' | 'npm';
  title: string;
  intro: string;
  blocks: Block[];
}

const pascal = (tag: string) => tag.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());

/** The three snippet kinds for one element. */
export function snippets(tag: string, attributes: Attributes, npmImport: string, framework: Framework): Kind[] {
  const element = elementMarkup(tag, attributes);
  const importLine = `import '${npmImport}';`;
  const command = `npx ${PACKAGE.name}@${PACKAGE.version} render article.html > article.prerendered.html`;
  const npmBlocks: Block[] = [{id: 'npm-install', label: 'Install', text: `npm install ${PACKAGE.name}@${PACKAGE.version}`}];
  if (framework === 'plain') {
    npmBlocks.push(
      {id: 'npm-code', label: 'In your entry module (registers the tag)', text: `${importLine}\n`},
      {id: 'npm-element', label: 'In your HTML, where the widget goes', text: `${element}\n`}
    );
  } else if (framework === 'react') {
    const name = `${pascal(tag)}Embed`;
    npmBlocks.push({
      id: 'npm-code',
      label: `A component (${name}.jsx)`,
      text: `${importLine}\n\nexport function ${name}() {\n  return ${element};\n}\n`,
      note: 'React 19 passes attributes to custom elements as written (and binds on<event-name> props to the widget\'s events).',
    });
  } else {
    npmBlocks.push({
      id: 'npm-code',
      label: `A component (${pascal(tag)}Embed.vue)`,
      text: `<script setup>\n${importLine}\n</script>\n\n<template>\n  ${element}\n</template>\n`,
      note: `Tell Vue's compiler the tag is a custom element, in vite.config.js: vue({template: {compilerOptions: {isCustomElement: (tag) => tag === '${tag}'}}}).`,
    });
  }
  return [
    {
      id: 'cdn',
      title: 'CDN (no build step)',
      intro: 'Paste into the page (a WordPress "Custom HTML" block, Arc, Drupal). The stylesheet reserves the widget\'s height until the script has run; the script, the loader, fetches the widget\'s code and your language\'s texts all at once. The link and the script may go once in the page\'s head instead, for any number of widgets.',
      blocks: [{id: 'cdn', label: 'HTML', text: `${reserveLink}\n${scriptTag}\n${element}\n`}],
    },
    {
      id: 'prerendered',
      title: 'Pre-rendered HTML',
      intro: 'Put the HTML in your page (article.html), then run the command: it writes the widget\'s content into the page, so it shows before any script runs (and with scripts off); the loader makes it interactive when the reader reaches for it, and the first click or key press takes effect. Keep the script after the widget (or at the end of the page\'s body): the browser paints the content before it fetches the script. Or copy the HTML with its content, made here by the same renderer.',
      blocks: [
        {id: 'prerendered-html', label: 'HTML (in article.html)', text: `${element}\n${scriptTag}\n`},
        {
          id: 'prerendered-command',
          label: 'Command',
          text: `${command}\n`,
          note: 'Under Content-Security-Policy: default-src \'self\', add --stylesheet /path/to/summit-widgets.css (the package\'s dist/cdn/summit-widgets.css, served by you).',
        },
      ],
    },
    {
      id: 'npm',
      title: 'npm (React, Vue, plain bundlers)',
      intro: 'For a project with a build step: the import registers the tag (and only it); lit is shared with the rest of your site.',
      blocks: npmBlocks,
    },
  ];
}
