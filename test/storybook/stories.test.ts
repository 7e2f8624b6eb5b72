// Loads every story of the built Storybook (storybook-static/, made by `npm test`) in Chromium, in the light
// and the dark theme (the toolbar's globals, set in the iframe's URL), and checks that it renders its widget
// with no error unless the story is about the error state, and that axe-core finds no violation in it.
// The "Embedded in an article" stories also run in Japanese, Russian, Kazakh and Uzbek, and are checked as a
// page: all six widgets inside the article, in the toolbar's language and theme like the page around them,
// and in the narrow column every widget fits the column. Each widget's "Pre-rendered" story is checked to show
// the server's HTML hydrated (every server-written element kept), in the toolbar's language and theme, and the
// HTML itself in its listing (opened, so that axe checks it too).
import {expect} from '@open-wc/testing';
import type {AxeResults, RunOptions} from 'axe-core';
import {until} from '../kit/console.js';

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

interface Globals {
  theme: 'light' | 'dark';
  lang: (typeof ARTICLE_LANGS)[number];
}

type AxeWindow = Window & typeof globalThis & {axe?: {run(context: Document | Element, options: RunOptions): Promise<AxeResults>}};

const index: {entries: Record<string, IndexEntry>} = await (await fetch('/storybook-static/index.json')).json();
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
// axe-core runs inside each story's iframe (its document, its shadow roots, its computed colours).
const axeSource = await (await fetch('/node_modules/axe-core/axe.min.js')).text();

const ARTICLE_TITLE = 'Embedded in an article';
const THEMES = ['light', 'dark'] as const;
const ARTICLE_LANGS = ['en', 'ja', 'ru', 'kk', 'uz'] as const;
/** The article's widgets in the order of its text. */
const WIDGET_TAGS = ['summit-map', 'summit-timeline', 'key-figures', 'country-agreements', 'agreements-matrix', 'initiative-pillars'];
const PRERENDERED = 'Pre-rendered';
/** The six widgets' story titles: each has a "Pre-rendered" story. */
const WIDGET_TITLES = [
  'Widgets/Summit map',
  'Widgets/Summit timeline',
  'Widgets/Key figures',
  'Widgets/Country agreements',
  'Widgets/Agreements matrix',
  'Widgets/Initiative pillars',
];

async function openStory(id: string, globals: Globals): Promise<{doc: Document; win: AxeWindow; errors: string[]; remove: () => void}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  const errors: string[] = [];
  // Storybook's URL syntax for globals: `globals=key:value;key:value`.
  frame.src = `/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=theme:${globals.theme};lang:${globals.lang}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as AxeWindow;
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  return {doc: frame.contentDocument!, win, errors, remove: () => frame.remove()};
}

/** The summit widgets a story rendered (any element with a shadow root holding the widget frame). */
const widgetsIn = (doc: Document) =>
  [...doc.querySelectorAll('#storybook-root *')].filter((el) => el.shadowRoot?.querySelector('.sw'));

/** The summit widgets in the story that have not rendered their frame yet (each language's texts load on demand). */
const unrendered = (doc: Document) =>
  [...doc.querySelectorAll(`#storybook-root :is(${WIDGET_TAGS.join(', ')})`)].filter((el) => !el.shadowRoot?.querySelector('.sw'));

const frameOf = (widget: Element) => widget.shadowRoot!.querySelector<HTMLElement>('.sw')!;

/**
 * axe-core's violations, one line per node, with every rule axe runs by default. A widget story is a fragment
 * of a page: it is checked in the story's root, where the page-level rules (a `main` landmark, an `h1`, all
 * content in landmarks) do not apply, since Storybook's own page has none of them. An article story is a
 * whole page: it is checked as the whole document, page-level rules included.
 */
async function axeViolations(doc: Document, win: AxeWindow, wholePage: boolean): Promise<string[]> {
  if (!win.axe) {
    const script = doc.createElement('script');
    script.textContent = axeSource;
    doc.head.append(script);
  }
  const context = wholePage ? doc : doc.querySelector('#storybook-root')!;
  const results = await win.axe!.run(context, {resultTypes: ['violations']});
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact}): ${violation.help}: ${node.target.join(' ')}: ${node.failureSummary}`
    )
  );
}

/** Relative luminance of a computed `rgb(...)` colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** What only the article stories promise: their widgets in the page's flow, language and theme; the fit. */
function checkArticle(doc: Document, story: IndexEntry, {theme, lang}: Globals): void {
  const article = doc.querySelector<HTMLElement>('#storybook-root main article')!;
  expect(article, 'the article').to.exist;
  expect(widgetsIn(doc).map((el) => el.localName)).to.deep.equal(WIDGET_TAGS);
  for (const widget of widgetsIn(doc)) {
    expect(article.contains(widget), `${widget.localName} inside the article`).to.be.true;
    expect(frameOf(widget).lang, `${widget.localName} language`).to.equal(lang);
    expect(frameOf(widget).classList.contains(`theme-${theme}`), `${widget.localName} theme ${theme}`).to.be.true;
  }
  expect(article.closest('[lang]')!.getAttribute('lang'), 'the article text is marked English').to.equal('en');

  // The page follows the theme as the widgets do: no dark widget on a white page, no light one on a black page.
  const page = article.closest<HTMLElement>('.sheet')!;
  const pageLight = luminance(getComputedStyle(page).backgroundColor) > 0.5;
  expect(pageLight, `page background in the ${theme} theme`).to.equal(theme === 'light');
  for (const widget of widgetsIn(doc)) {
    const widgetLight = luminance(getComputedStyle(frameOf(widget)).backgroundColor) > 0.5;
    expect(widgetLight, `${widget.localName} background in the ${theme} theme`).to.equal(theme === 'light');
  }

  const style = getComputedStyle(article);
  const column = article.getBoundingClientRect();
  const columnLeft = column.left + parseFloat(style.paddingLeft);
  const columnWidth = article.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  if (/narrow/i.test(story.name)) {
    expect(page.getBoundingClientRect().width, 'phone-width page').to.be.within(350, 370);
    for (const widget of widgetsIn(doc)) {
      const box = widget.getBoundingClientRect();
      expect(box.width, `${widget.localName} width`).to.be.at.most(columnWidth + 0.5);
      expect(box.left, `${widget.localName} left edge`).to.be.at.least(columnLeft - 0.5);
      expect(box.right, `${widget.localName} right edge`).to.be.at.most(columnLeft + columnWidth + 0.5);
      // Nothing inside a widget sticks out of it either.
      expect(widget.scrollWidth, `${widget.localName} content width`).to.be.at.most(widget.clientWidth);
    }
    expect(page.scrollWidth, 'page content width').to.be.at.most(page.clientWidth);
  } else {
    expect(columnWidth, 'desktop article column').to.be.within(720, 760);
  }
}

/**
 * What a "Pre-rendered" story promises: one widget, put in the page from the server's HTML and hydrated with
 * every element the server wrote kept (the story checks and says so), in the toolbar's language and theme;
 * the listing holds that HTML, declarative shadow DOM included. Opens the listings for axe.
 */
async function checkPreRendered(doc: Document, {theme, lang}: Globals): Promise<void> {
  const [widget] = widgetsIn(doc);
  expect(widgetsIn(doc), 'one widget').to.have.length(1);
  const status = doc.querySelector<HTMLElement>('#storybook-root .hydration')!;
  await until(() => status.dataset.hydration !== 'pending', 'the story\'s hydration report', 15000);
  expect(status.dataset.hydration, status.textContent!).to.equal('kept');
  expect(frameOf(widget).lang, 'widget language').to.equal(lang);
  expect(frameOf(widget).classList.contains(`theme-${theme}`), `widget theme ${theme}`).to.be.true;
  const details = [...doc.querySelectorAll<HTMLDetailsElement>('#storybook-root details')];
  for (const listing of details) listing.open = true;
  const listing = details[0].querySelector('pre')!.textContent!;
  expect(listing, 'the listing').to.match(new RegExp(`^<${widget.localName}[ >]`));
  expect(listing, 'declarative shadow DOM in the listing').to.contain('shadowrootmode="open"');
  expect(listing, 'the widget\'s frame in the listing').to.contain(`lang="${lang}"`);
}

describe('built Storybook', () => {
  it('has stories, the article ones among them', () => {
    expect(stories.length).to.be.greaterThan(0);
    expect(stories.filter((story) => story.title === ARTICLE_TITLE).map((story) => story.name)).to.have.length(2);
  });

  it('the article stories reserve the widgets\' space with the shipped src/cdn/reserve.css, every rule of it', async () => {
    const file = await (await fetch('/src/cdn/reserve.css')).text();
    const heights = (css: string) => [...css.matchAll(/([a-z-]+(?:\[[a-z-]+\])?):is\(:not\(:defined\),\s*:state\(loading\)\)\s*\{\s*min-height:\s*([^;}\s]+)/g)].map(([, selector, height]) => `${selector} ${height}`);
    const expected = heights(file);
    // Every widget, and the timeline with a highlight and one country's card, in the column and on the phone.
    const selectors = [...WIDGET_TAGS, 'summit-timeline[highlight]', 'country-agreements[country]'];
    expect(expected.map((rule) => rule.split(' ')[0]).sort(), 'reserve.css').to.deep.equal([...selectors, ...selectors].sort());
    for (const article of stories.filter((story) => story.title === ARTICLE_TITLE)) {
      const {doc, remove} = await openStory(article.id, {theme: 'light', lang: 'en'});
      try {
        await until(() => !!doc.querySelector('#storybook-root main article'), `the article of ${article.id}`, 15000);
        const css = [...doc.querySelectorAll('#storybook-root style')].map((style) => style.textContent).join('\n');
        expect(heights(css), `${article.name}: reserve.css in the page`).to.deep.equal(expected);
      } finally {
        remove();
      }
    }
  });

  it('has a "Pre-rendered" story for each of the six widgets', () => {
    const titles = stories.filter((story) => story.name === PRERENDERED).map((story) => story.title);
    expect([...titles].sort()).to.deep.equal([...WIDGET_TITLES].sort());
  });

  for (const story of stories) {
    const article = story.title === ARTICLE_TITLE;
    for (const lang of article ? ARTICLE_LANGS : (['en'] as const)) {
      for (const theme of THEMES) {
        const globals: Globals = {theme, lang};
        it(`${story.title} / ${story.name} (${theme}, ${lang}): renders, no error, no axe violation`, async () => {
          const {doc, win, errors, remove} = await openStory(story.id, globals);
          try {
            await until(
              () =>
                widgetsIn(doc).length > 0 &&
                unrendered(doc).length === 0 &&
                widgetsIn(doc).every((el) => !el.shadowRoot!.querySelector('.loading')),
              `every widget rendered in story ${story.id}`,
              15000
            );
            expect(doc.body.classList.contains('sb-show-errordisplay'), 'Storybook error display').to.be.false;
            // The toolbar's globals reached the story (the decorator paints the canvas and sets the wrapper's lang).
            expect(doc.body.style.colorScheme, 'toolbar theme').to.equal(theme);
            expect(doc.querySelector('#storybook-root [lang]')!.getAttribute('lang'), 'toolbar language').to.equal(lang);

            const expectsError = /error/i.test(story.name);
            for (const widget of widgetsIn(doc)) {
              const text = widget.shadowRoot!.textContent!.trim();
              expect(text.length, `${widget.localName} text`).to.be.greaterThan(20);
              const alert = widget.shadowRoot!.querySelector('[role="alert"]');
              if (expectsError) expect(alert, `${widget.localName} error box`).to.exist;
              // The box's text, not the element: a failing assertion on an element of another frame stalls the runner.
              else expect(alert?.textContent ?? null, `${widget.localName} error box`).to.be.null;
              const ownTheme = widget.getAttribute('theme') ?? 'auto';
              expect(frameOf(widget).classList.contains(`theme-${ownTheme}`), `${widget.localName} theme`).to.be.true;
            }
            if (article) checkArticle(doc, story, globals);
            if (story.name === PRERENDERED) await checkPreRendered(doc, globals);

            expect(await axeViolations(doc, win, article), 'axe-core violations').to.deep.equal([]);
            expect(errors).to.deep.equal([]);
          } finally {
            remove();
          }
        });
      }
    }
  }
});
