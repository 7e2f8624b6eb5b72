// The Embed builder (stories/embed-builder.stories.ts, stories/builder/) in the built Storybook
// (storybook-static/, made by `npm test`), in Chromium: it is first in the sidebar; it offers every widget
// custom-elements.json declares with a control for every attribute, holding only valid choices; every
// control changes the preview and the snippets; each kind of copied snippet, pasted into an empty HTML
// page (the CDN one loading the built dist/cdn/ instead of jsDelivr, the pre-rendered one rendered by the
// package's server renderer first), renders the preview's widget with the same attributes, text and size;
// Copy works with the Clipboard API, without it and when it refuses; the whole builder works from the
// keyboard with visible focus; axe-core finds nothing in the light and the dark theme.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AxeResults, RunOptions} from 'axe-core';
import pkg from '../../package.json';
import type {SummitEmbedBuilder} from '../../stories/builder/embed-builder.js';
import {CDN_BASE, elementMarkup} from '../../stories/builder/snippets.js';
import {builderWidgets, dataset, MANIFEST_TAGS, ownLanguageName, type BuilderWidget, type Control} from '../../stories/builder/widgets.js';
import {EVENT_KINDS} from '../../src/dataset/types.js';
import {LANGS} from '../../src/internal/lang.js';
import {until} from '../kit/console.js';
import {serverRender} from '../kit/fixture.js';

const BUILDER_ID = 'embed-builder--embed-builder';
const WIDGETS = builderWidgets();
/** A dataset address the test server answers (the bundled file itself), for the `src` control. */
const SRC = '/data/ca-jad-2025.json';
/** Where the pasted snippets load the widgets from: the build, in place of the pinned jsDelivr folder. */
const LOCAL_CDN = new URL('/dist/cdn/', location.href).href;

type AxeWindow = Window & typeof globalThis & {axe?: {run(context: Document | Element, options: RunOptions): Promise<AxeResults>}};
type Widget = HTMLElement & {updateComplete?: Promise<unknown>};

interface Builder {
  win: AxeWindow;
  doc: Document;
  el: SummitEmbedBuilder;
  errors: string[];
  remove(): void;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** An iframe of the test page, removed after the test. */
function frame(width: number, height: number): HTMLIFrameElement {
  const element = document.createElement('iframe');
  element.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  frames.push(element);
  return element;
}

const loaded = (element: HTMLIFrameElement) => new Promise((resolve) => element.addEventListener('load', resolve, {once: true}));

/** The builder story of the built Storybook, with the toolbar's theme. */
async function openBuilder(theme: 'light' | 'dark' = 'light'): Promise<Builder> {
  const element = frame(1280, 900);
  element.src = `/storybook-static/iframe.html?id=${BUILDER_ID}&viewMode=story&globals=theme:${theme};lang:en`;
  document.body.append(element);
  await loaded(element);
  const win = element.contentWindow as AxeWindow;
  const doc = element.contentDocument!;
  const errors: string[] = [];
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  await until(() => Boolean(doc.querySelector('summit-embed-builder')?.querySelector('main')), 'the builder', 15000);
  const builder = {win, doc, el: doc.querySelector('summit-embed-builder') as SummitEmbedBuilder, errors, remove: () => element.remove()};
  await settled(builder);
  return builder;
}

/** Has the widget rendered its content (not loading)? */
const rendered = (widget: Element | null | undefined) => {
  const root = widget?.shadowRoot;
  return Boolean(root?.querySelector('.sw') && !root.querySelector('.loading') && root.textContent!.trim().length > 20);
};

/** The builder's preview widget. */
const previewOf = (builder: Builder) => builder.el.querySelector<Widget>('.page > *')!;

/** Waits for the builder's update and its preview widget's. */
async function settled(builder: Builder): Promise<void> {
  await builder.el.updateComplete;
  await until(() => rendered(previewOf(builder)), 'the preview widget', 10000);
  await previewOf(builder).updateComplete;
}

/** A widget's text as a reader sees it: its shadow tree's text without styles, whitespace collapsed. */
function textOf(widget: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent!);
    // (Nodes of another frame's realm: no instanceof.)
    if (node.nodeType === Node.ELEMENT_NODE && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes((node as Element).tagName)) return;
    node.childNodes.forEach(walk);
  };
  walk(widget.shadowRoot!);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const attributesOf = (element: Element) => element.getAttributeNames().map((name) => [name, element.getAttribute(name)!]);

const snippetText = (builder: Builder, id: string) => builder.el.querySelector<HTMLTextAreaElement>(`#snippet-${id}`)!.value;

/** Chooses a widget with the picker (the way a click does). */
async function chooseWidget(builder: Builder, tag: string): Promise<void> {
  builder.el.querySelector<HTMLInputElement>(`input[name="widget"][value="${tag}"]`)!.click();
  await settled(builder);
}

/** Sets a control to `value` as a user does (select, type, click). */
async function setControl(builder: Builder, attribute: string, control: Control, value: string): Promise<void> {
  const id = `control-${attribute}`;
  const fire = (element: HTMLElement, type: string) => element.dispatchEvent(new Event(type, {bubbles: true}));
  if (control.kind === 'select') {
    const select = builder.el.querySelector<HTMLSelectElement>(`#${id}`)!;
    expect([...select.options].map((option) => option.value), `${attribute} offers ${value}`).to.include(value);
    select.value = value;
    fire(select, 'change');
  } else if (control.kind === 'radios') {
    builder.el.querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`)!.click();
  } else if (control.kind === 'checkboxes') {
    const wanted = value.split(',');
    for (const box of builder.el.querySelector(`#${id}`)!.closest('fieldset')!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      if (box.checked !== wanted.includes(box.value)) {
        box.click();
        await builder.el.updateComplete;
      }
    }
  } else {
    const input = builder.el.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    fire(input, 'input');
  }
  await settled(builder);
}

/** A value other than the default for each control, valid with the values before it. */
function changedValue(builder: Builder, attribute: string, control: Control): string {
  const values = (builder.el as unknown as {current: Record<string, string>}).current;
  switch (control.kind) {
    case 'select': {
      const choices = control.choices(values).filter((choice) => choice.value);
      // A middle choice: the last language or heading level is as good as any, the middle event is in range.
      return choices[Math.floor((choices.length - 1) / 2)].value;
    }
    case 'radios':
      return control.choices[control.choices.length - 1].value;
    case 'checkboxes':
      return control.choices.slice(0, -1).map((choice) => choice.value).join(',');
    case 'date': {
      const min = Date.parse(control.min);
      const span = Date.parse(control.max) - min;
      return new Date(min + span * (control.after ? 0.9 : 0.25)).toISOString().slice(0, 10);
    }
    case 'url':
      return SRC;
    case 'text':
      throw new Error(`${attribute} has no control in stories/builder/widgets.ts`);
  }
}

/** The clipboard of the builder's page replaced by a recorder: the texts Copy copied. */
function recordClipboard(builder: Builder, mode: 'api' | 'refusing' | 'none' | 'nothing'): string[] {
  const copied: string[] = [];
  const writeText =
    mode === 'api'
      ? async (text: string) => void copied.push(text)
      : async () => {
          throw new DOMException('Write permission denied.', 'NotAllowedError');
        };
  Object.defineProperty(builder.win.navigator, 'clipboard', {configurable: true, value: mode === 'api' || mode === 'refusing' ? {writeText} : undefined});
  builder.doc.execCommand = (command: string) => {
    if (command !== 'copy' || mode === 'api' || mode === 'nothing') return false;
    const area = builder.doc.activeElement as HTMLTextAreaElement;
    copied.push(area.value.slice(area.selectionStart, area.selectionEnd));
    return true;
  };
  return copied;
}

/** Clicks a block's Copy button; resolves with the status it says. */
async function copy(builder: Builder, block: string): Promise<string> {
  const button = builder.el.querySelector<HTMLButtonElement>(`#copy-${block}`)!;
  const status = button.parentElement!.querySelector('[role="status"]')!;
  // A status of an earlier copy is cleared first (it clears itself after a few seconds).
  (builder.el as unknown as {copyStatus: Record<string, string>}).copyStatus = {};
  await builder.el.updateComplete;
  button.click();
  await until(() => status.textContent!.trim() !== '', `the status of Copy ${block}`);
  return status.textContent!.trim();
}

/** An empty HTML page with `body` in it. */
const emptyPage = (body: string) => `<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>Pasted</title>\n</head>\n<body>\n${body}</body>\n</html>\n`;

/** Loads `html` as a fresh page in a frame just wider than the column (the body's 8 px margins) and returns its widget once rendered. */
async function freshPage(html: string, width: number, height: number): Promise<Widget> {
  const element = frame(width + 16, height + 400);
  element.srcdoc = html;
  document.body.append(element);
  await loaded(element);
  const doc = element.contentDocument!;
  await until(() => rendered(doc.body.querySelector('*:not(link, script)')), 'the pasted widget', 10000);
  const widget = doc.body.querySelector<Widget>('*:not(link, script)')!;
  await widget.updateComplete;
  return widget;
}

/** The pasted page's widget is the preview's: same tag, attributes, text and size. */
function expectSameWidget(pasted: Widget, preview: Widget, what: string): void {
  expect(pasted.localName, `${what}: tag`).to.equal(preview.localName);
  expect(attributesOf(pasted), `${what}: attributes`).to.deep.equal(attributesOf(preview));
  expect(textOf(pasted), `${what}: text`).to.equal(textOf(preview));
  const a = pasted.getBoundingClientRect();
  const b = preview.getBoundingClientRect();
  expect(a.width, `${what}: width`).to.be.closeTo(b.width, 0.5);
  expect(a.height, `${what}: height`).to.be.closeTo(b.height, 1);
}

/** The builder's state as its snippets and preview must show it. */
function expectFollows(builder: Builder, widget: BuilderWidget, expected: [string, string][]): void {
  const preview = previewOf(builder);
  expect(preview.localName).to.equal(widget.tag);
  expect(attributesOf(preview), 'preview attributes').to.deep.equal(expected);
  const markup = `<${widget.tag}${expected.map(([name, value]) => ` ${name}="${value}"`).join('')}></${widget.tag}>`;
  expect(snippetText(builder, 'cdn').split('\n'), 'CDN snippet').to.include(markup);
  expect(snippetText(builder, 'prerendered-html').split('\n'), 'pre-rendered HTML').to.include(markup);
  expect(snippetText(builder, 'npm-element').trim(), 'npm element').to.equal(markup);
}

async function axeViolations(builder: Builder): Promise<string[]> {
  if (!builder.win.axe) {
    const script = builder.doc.createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    builder.doc.head.append(script);
  }
  // The builder is a page of its own: checked as a whole document, page-level rules included.
  const results = await builder.win.axe!.run(builder.doc, {resultTypes: ['violations']});
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help}: ${node.target.join(' ')}: ${node.failureSummary}`)
  );
}

/** Sets every control of the chosen widget to a changed value; returns the attributes expected. */
async function changeEverything(builder: Builder, widget: BuilderWidget): Promise<[string, string][]> {
  const expected = new Map<string, string>();
  for (const {attribute, control} of widget.controls) {
    const value = changedValue(builder, attribute, control);
    await setControl(builder, attribute, control, value);
    expected.set(attribute, value);
  }
  return widget.controls.filter(({attribute}) => expected.has(attribute)).map(({attribute}) => [attribute, expected.get(attribute)!]);
}

describe('Embed builder', function () {
  this.timeout(60000);

  it('is the first entry of the built Storybook\'s sidebar', async () => {
    const element = frame(1280, 900);
    element.src = '/storybook-static/index.html';
    document.body.append(element);
    await loaded(element);
    const doc = element.contentDocument!;
    const items = () => [...doc.querySelectorAll<HTMLElement>('#storybook-explorer-tree [data-item-id]')];
    await until(() => items().length > 3, 'the sidebar', 15000);
    expect(items()[0].dataset.itemId).to.equal(BUILDER_ID);
    expect(items()[0].textContent!.trim()).to.equal('Embed builder');
    // And it is what the site opens on.
    await until(() => element.contentWindow!.location.search.includes(`path=/story/${BUILDER_ID}`), 'the builder on landing', 15000);
  });

  it('offers every widget custom-elements.json declares, with a control for each of its attributes', async () => {
    expect([...MANIFEST_TAGS.keys()].sort(), 'widgets in the builder').to.deep.equal(WIDGETS.map((widget) => widget.tag).sort());
    for (const widget of WIDGETS) {
      expect(widget.incomplete, `${widget.tag} has an entry in stories/builder/widgets.ts for every attribute`).to.be.false;
      expect(widget.controls.map(({attribute}) => attribute)).to.deep.equal(MANIFEST_TAGS.get(widget.tag));
      expect(widget.npmImport).to.equal(`summit-widgets/${widget.tag}.js`);
    }
    const builder = await openBuilder();
    const picker = [...builder.el.querySelectorAll<HTMLInputElement>('input[name="widget"]')];
    expect(picker.map((radio) => radio.value)).to.deep.equal(WIDGETS.map((widget) => widget.tag));
    expect(picker[0].checked).to.be.true;
    for (const widget of WIDGETS) {
      await chooseWidget(builder, widget.tag);
      for (const {attribute} of widget.controls) {
        const control = builder.el.querySelector(`#control-${attribute}`);
        expect(control, `${widget.tag}: control of ${attribute}`).to.exist;
        // Labelled, with the attribute's name in the label or its fieldset's legend.
        const name = control!.closest('fieldset.control')?.querySelector('legend') ?? builder.el.querySelector(`label[for="control-${attribute}"]`);
        expect(name?.querySelector('code')?.textContent, `${widget.tag}: label of ${attribute}`).to.equal(attribute);
      }
    }
    expect(builder.errors).to.deep.equal([]);
  });

  it('offers only valid choices: the dataset\'s events, countries, pillars and places, the eight languages by their own names, the widgets\' values', async () => {
    const builder = await openBuilder();
    const options = (attribute: string) => [...builder.el.querySelectorAll<HTMLOptionElement>(`#control-${attribute} option`)];
    const values = (attribute: string) => options(attribute).map((option) => option.value);
    const radios = (attribute: string) => [...builder.el.querySelectorAll<HTMLInputElement>(`input[name="control-${attribute}"]`)].map((radio) => radio.value);
    const boxes = (attribute: string) =>
      [...builder.el.querySelector(`#control-${attribute}`)!.closest('fieldset')!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => box.value);

    // The timeline: every event, with its title; the kinds; the layouts; a date range within the events.
    expect(values('highlight')).to.deep.equal(['', ...dataset.events.map((event) => event.id)]);
    const tokyo = options('highlight').find((option) => option.value === 'tokyo-summit-2025')!;
    expect(tokyo.textContent).to.contain(dataset.events.find((event) => event.id === 'tokyo-summit-2025')!.title.en);
    expect(tokyo.closest('optgroup')!.label).to.equal('2025');
    expect(boxes('kinds')).to.deep.equal([...EVENT_KINDS]);
    expect(radios('layout')).to.deep.equal(['', 'horizontal', 'vertical']);
    const from = builder.el.querySelector<HTMLInputElement>('#control-from')!;
    const to = builder.el.querySelector<HTMLInputElement>('#control-to')!;
    expect([from.type, to.type]).to.deep.equal(['date', 'date']);
    expect(from.min).to.equal(dataset.events[0].date.start);
    expect(to.max).to.equal([...dataset.events].map((event) => event.date.start).sort().at(-1));

    // Shared by every widget: languages by their own names (marked in their language), themes, heading levels.
    expect(values('lang')).to.deep.equal(['', ...LANGS]);
    const names = options('lang').slice(1);
    expect(names.map((option) => option.lang)).to.deep.equal([...LANGS]);
    expect(names.map((option) => option.textContent!.trim())).to.deep.equal(LANGS.map((lang) => `${ownLanguageName(lang)} (${lang})`));
    expect(names.slice(0, 3).map((option) => option.textContent!.trim())).to.deep.equal(['English (en)', '日本語 (ja)', 'Русский (ru)']);
    expect(options('lang')[0].textContent).to.contain('Automatic');
    expect(radios('theme')).to.deep.equal(['', 'light', 'dark']);
    expect(values('heading-level')).to.deep.equal(['', '2', '3', '4', '5', '6']);
    expect(options('heading-level')[0].textContent!.trim()).to.equal("Automatic (from the page's outline)");
    expect(options('heading-level')[0].selected, 'automatic heading level by default').to.be.true;
    expect(builder.el.querySelector<HTMLInputElement>('#control-src')!.value).to.equal('');

    await chooseWidget(builder, 'country-agreements');
    expect(values('country')).to.deep.equal(['', 'KZ', 'KG', 'TJ', 'TM', 'UZ']);
    expect(options('country').map((option) => option.textContent!.trim())).to.deep.equal([
      'All five, behind tabs',
      ...dataset.countries.map((country) => `${country.name.en} (${country.alpha2})`),
    ]);

    await chooseWidget(builder, 'initiative-pillars');
    expect(values('pillar')).to.deep.equal(['', ...dataset.initiative.pillars.map((pillar) => pillar.id)]);
    expect(radios('layout')).to.deep.equal(['', 'columns', 'list']);

    await chooseWidget(builder, 'summit-map');
    expect(values('highlight')).to.have.members(['', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'JP', ...dataset.cities!.map((city) => city.id)]);
    expect(boxes('show')).to.deep.equal(['capitals', 'venues', 'neighbours']);
    expect(builder.errors).to.deep.equal([]);
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: every control changes the preview and the snippets`, async () => {
      const builder = await openBuilder();
      await chooseWidget(builder, widget.tag);
      expectFollows(builder, widget, []);
      const expected: [string, string][] = [];
      for (const {attribute, control} of widget.controls) {
        const value = changedValue(builder, attribute, control);
        const before = textOf(previewOf(builder));
        await setControl(builder, attribute, control, value);
        expected.push([attribute, value]);
        const order = widget.controls.map((c) => c.attribute);
        expected.sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
        expectFollows(builder, widget, expected);
        // Most changes show in the text (a layout, a theme or a kind of event the range has none of may not change a word).
        if (['from', 'to', 'highlight', 'country', 'lang', 'show'].includes(attribute)) {
          expect(textOf(previewOf(builder)), `${attribute} changes the preview's text`).to.not.equal(before);
        }
      }
      // The frame shows what the attributes say.
      const frameEl = previewOf(builder).shadowRoot!.querySelector('[part~="base"]')!;
      const lang = expected.find(([name]) => name === 'lang')![1];
      expect(frameEl.getAttribute('lang')).to.equal(lang);
      const theme = expected.find(([name]) => name === 'theme')![1];
      expect(frameEl.classList.contains(`theme-${theme}`)).to.be.true;
      const level = expected.find(([name]) => name === 'heading-level')![1];
      expect(previewOf(builder).shadowRoot!.querySelector(`h${level}`), `an h${level}`).to.exist;
      // Back to the defaults: the attributes go again.
      for (const {attribute, control} of widget.controls) {
        const initial = control.kind === 'checkboxes' ? control.choices.map((choice) => choice.value).join(',') : '';
        await setControl(builder, attribute, control, initial);
      }
      expectFollows(builder, widget, []);
      expect(builder.errors).to.deep.equal([]);
    });
  }

  it('resets a choice other values rule out, and says so; flags dates out of order and leaves them out', async () => {
    const builder = await openBuilder();
    const timeline = WIDGETS.find((widget) => widget.tag === 'summit-timeline')!;
    const control = (widget: BuilderWidget, attribute: string) => widget.controls.find((c) => c.attribute === attribute)!.control;
    // Said under the control it reset, and in the form's status region (announced).
    const notice = () => {
      const status = builder.el.querySelector('form [role="status"]')!.textContent!.trim();
      expect(builder.el.querySelector('#control-highlight-notice')?.textContent!.trim()).to.equal(status);
      return status;
    };
    await setControl(builder, 'highlight', control(timeline, 'highlight'), 'abe-tour-2015');
    await setControl(builder, 'from', control(timeline, 'from'), '2020-01-01');
    expect(builder.el.querySelector<HTMLSelectElement>('#control-highlight')!.value).to.equal('');
    expect([...builder.el.querySelectorAll<HTMLOptionElement>('#control-highlight option')].map((o) => o.value)).to.not.include('abe-tour-2015');
    expect(notice()).to.contain('abe-tour-2015');
    expectFollows(builder, timeline, [['from', '2020-01-01']]);

    // `to` before `from`: both flagged and left out (the widget would ignore both).
    await setControl(builder, 'to', control(timeline, 'to'), '2015-06-30');
    expect(builder.el.querySelector('#control-from')!.getAttribute('aria-invalid')).to.equal('true');
    expect(builder.el.querySelector('#control-to')!.getAttribute('aria-invalid')).to.equal('true');
    expect(builder.el.querySelector('#control-to-problem')!.textContent).to.match(/before/i);
    expectFollows(builder, timeline, []);
    // A day outside the events' dates is not offered either.
    await setControl(builder, 'to', control(timeline, 'to'), '1999-01-01');
    expect(builder.el.querySelector('#control-to-problem')!.textContent).to.contain(timeline.controls[0].control.kind === 'date' ? (timeline.controls[0].control as {min: string}).min : '');
    await setControl(builder, 'to', control(timeline, 'to'), '');
    expectFollows(builder, timeline, [['from', '2020-01-01']]);

    // No kind checked: said, and the attribute left out (every kind).
    await setControl(builder, 'kinds', control(timeline, 'kinds'), '');
    expect(builder.el.querySelector('#control-kinds-problem')!.textContent).to.contain('every kind');
    expectFollows(builder, timeline, [['from', '2020-01-01']]);

    // The map: a city the map no longer shows is no choice (every bundled city is a capital and, since the
    // 2014 meeting is placed in Bishkek, a venue too: only a map of neighbours alone leaves it out).
    const map = WIDGETS.find((widget) => widget.tag === 'summit-map')!;
    await chooseWidget(builder, 'summit-map');
    await setControl(builder, 'highlight', control(map, 'highlight'), 'bishkek');
    await setControl(builder, 'show', control(map, 'show'), 'neighbours');
    expect(builder.el.querySelector<HTMLSelectElement>('#control-highlight')!.value).to.equal('');
    expect(notice()).to.contain('bishkek');
    expectFollows(builder, map, [['show', 'neighbours']]);
    // The src field takes a path or an http(s) address, nothing else.
    await setControl(builder, 'src', map.controls.find((c) => c.attribute === 'src')!.control, 'javascript:alert(1)');
    expect(builder.el.querySelector('#control-src')!.getAttribute('aria-invalid')).to.equal('true');
    expectFollows(builder, map, [['show', 'neighbours']]);
    expect(builder.errors).to.deep.equal([]);
  });

  it('previews at 360, 736, 1200 px or a custom width, on a light or a dark page', async () => {
    const builder = await openBuilder();
    const page = () => builder.el.querySelector<HTMLElement>('.page')!;
    expect(previewOf(builder).getBoundingClientRect().width, 'article column by default').to.equal(736);
    for (const width of ['360', '1200']) {
      builder.el.querySelector<HTMLInputElement>(`input[name="preview-width"][value="${width}"]`)!.click();
      await settled(builder);
      expect(previewOf(builder).getBoundingClientRect().width).to.equal(Number(width));
    }
    builder.el.querySelector<HTMLInputElement>('input[name="preview-width"][value="custom"]')!.click();
    await builder.el.updateComplete;
    const custom = builder.el.querySelector<HTMLInputElement>('#custom-width')!;
    custom.value = '530';
    custom.dispatchEvent(new Event('input', {bubbles: true}));
    await settled(builder);
    expect(previewOf(builder).getBoundingClientRect().width).to.equal(530);
    // Nothing of Storybook's or the builder's style reaches the page: the browser's default font, as in an empty page.
    const blank = frame(100, 100);
    blank.srcdoc = '<!doctype html><p>x</p>';
    document.body.append(blank);
    await loaded(blank);
    const blankP = blank.contentDocument!.querySelector('p')!;
    expect(getComputedStyle(page()).fontSize).to.equal(getComputedStyle(blankP).fontSize);
    // The same line set in both (engines name the default font differently in a computed style), with a
    // font of the builder's own that shows (its system-ui renders as the default font on this machine).
    builder.el.style.fontFamily = 'monospace';
    const lineWidth = (parent: Element) => {
      const line = parent.ownerDocument.createElement('span');
      line.textContent = 'Central Asia + Japan Dialogue, Tokyo 2025';
      line.style.whiteSpace = 'nowrap';
      parent.append(line);
      const width = line.getBoundingClientRect().width;
      line.remove();
      return width;
    };
    expect(lineWidth(page()), 'a line in the page, in px').to.equal(lineWidth(blankP));
    builder.el.style.fontFamily = '';
    expect(page().style.width).to.equal('530px');

    expect(getComputedStyle(page()).backgroundColor).to.equal('rgb(255, 255, 255)');
    builder.el.querySelector<HTMLInputElement>('input[name="preview-background"][value="dark"]')!.click();
    await settled(builder);
    expect(getComputedStyle(page()).backgroundColor).to.equal('rgb(16, 17, 20)');
    expect(getComputedStyle(page()).colorScheme).to.equal('dark');
    expect(builder.el.querySelector('.scroller')!.getAttribute('aria-label')).to.equal('Preview: <summit-timeline> in a 530 px column on a dark page');
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: the CDN and pre-rendered snippets, pasted into an empty page, render the preview's widget`, async () => {
      const builder = await openBuilder();
      await chooseWidget(builder, widget.tag);
      const width = {'summit-timeline': '1200', 'country-agreements': '360', 'initiative-pillars': '736', 'summit-map': 'custom'}[widget.tag] ?? '736';
      builder.el.querySelector<HTMLInputElement>(`input[name="preview-width"][value="${width}"]`)!.click();
      await settled(builder);
      for (const state of ['default', 'every control changed'] as const) {
        if (state !== 'default') await changeEverything(builder, widget);
        const copied = recordClipboard(builder, 'api');
        const preview = previewOf(builder);
        const size = preview.getBoundingClientRect();
        expect(await copy(builder, 'cdn')).to.equal('Copied');
        expect(await copy(builder, 'prerendered-html')).to.equal('Copied');
        expect(await copy(builder, 'prerendered-command')).to.equal('Copied');
        const [cdn, prerenderedHtml, command] = copied;

        // (1) CDN: pinned to the package's version; pasted, with the pinned folder pointing at the build.
        expect(cdn.split('\n').slice(0, 2)).to.deep.equal([
          `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/summit-widgets@${pkg.version}/dist/cdn/reserve.css">`,
          `<script type="module" src="https://cdn.jsdelivr.net/npm/summit-widgets@${pkg.version}/dist/cdn/loader.js"></script>`,
        ]);
        expect(CDN_BASE).to.equal(`https://cdn.jsdelivr.net/npm/summit-widgets@${pkg.version}/dist/cdn/`);
        const pasted = await freshPage(emptyPage(cdn.replaceAll(CDN_BASE, LOCAL_CDN)), size.width, size.height);
        expectSameWidget(pasted, preview, `${state}, CDN`);

        // (2) Pre-rendered: the exact command; its HTML through the package's renderer, then pasted.
        expect(command).to.equal(`npx summit-widgets@${pkg.version} render article.html > article.prerendered.html\n`);
        const {html, warnings} = await serverRender(emptyPage(prerenderedHtml));
        expect(warnings, 'renderer warnings').to.deep.equal([]);
        expect(html, 'declarative shadow DOM').to.contain('<template shadowroot="open" shadowrootmode="open">');
        const hydrated = await freshPage(html.replaceAll(CDN_BASE, LOCAL_CDN), size.width, size.height);
        // The loader hydrates the server's widget when the reader reaches for it: a focus does.
        expect(hydrated.hasAttribute('defer-hydration'), `${state}, pre-rendered: deferred`).to.equal(true);
        hydrated.dispatchEvent(new FocusEvent('focusin', {bubbles: true, composed: true}));
        await until(() => !hydrated.hasAttribute('defer-hydration'), `${state}, pre-rendered: hydrated on focus`, 30000);
        // (Rendered here by src/'s renderer, whose templates are not minified as the CDN's are: the CDN code
        // renders it anew, as it does markup of another version; `updateComplete` waits for that render too.)
        await hydrated.updateComplete;
        expectSameWidget(hydrated, preview, `${state}, pre-rendered`);
      }
      expect(builder.errors).to.deep.equal([]);
    });
  }

  it('"HTML with its content": the package\'s renderer in the page, the chosen widget, attributes and language as declarative shadow DOM, with the loader', async () => {
    const builder = await openBuilder();
    for (const [tag, lang] of [['country-agreements', 'ru'], ['initiative-pillars', 'ja']]) {
      const widget = WIDGETS.find((candidate) => candidate.tag === tag)!;
      await chooseWidget(builder, tag);
      await setControl(builder, 'lang', widget.controls.find(({attribute}) => attribute === 'lang')!.control, lang);
      await settled(builder);
      await until(() => snippetText(builder, 'prerendered-content').startsWith('<link'), 'the rendered HTML', 30000);
      const copied = recordClipboard(builder, 'api');
      expect(await copy(builder, 'prerendered-content')).to.equal('Copied');
      const [text] = copied;
      const lines = text.trim().split('\n');
      expect(lines[0]).to.equal(`<link rel="stylesheet" href="${CDN_BASE}summit-widgets.css">`);
      expect(lines.at(-1)).to.equal(`<script type="module" src="${CDN_BASE}loader.js"></script>`);
      // The element as the preview has it, plus `defer-hydration` (written by the renderer: the loader hydrates it).
      const element = elementMarkup(tag, attributesOf(previewOf(builder)) as [string, string][]).replace(/><\/.*$/, ' defer-hydration>');
      expect(text).to.contain(`${element}<template shadowroot="open" shadowrootmode="open">`);
      // Pasted into a page with no widget script: the server's HTML alone shows the preview's widget, text and size (styled by the linked sheet).
      const preview = previewOf(builder);
      const size = preview.getBoundingClientRect();
      // (Its `defer-hydration` is the loader's cue, not one of the widget's attributes: left out of the comparison.)
      const pasted = await freshPage(emptyPage(text.replaceAll(CDN_BASE, LOCAL_CDN).replace(/<script[^]*<\/script>/, '').replace(' defer-hydration>', '>')), size.width, size.height);
      expect(pasted.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(lang);
      expectSameWidget(pasted, preview, `${tag} ${lang}, HTML with its content`);
    }
    expect(builder.errors).to.deep.equal([]);
  });

  it('npm snippets: the pinned install, an import the package exports, the same element as the CDN snippet (plain, React, Vue)', async () => {
    const builder = await openBuilder();
    const exportsMap = pkg.exports as Record<string, unknown>;
    for (const widget of WIDGETS) {
      await chooseWidget(builder, widget.tag);
      await changeEverything(builder, widget);
      const element = snippetText(builder, 'cdn').trim().split('\n').at(-1)!;
      const importLine = `import 'summit-widgets/${widget.tag}.js';`;
      expect(exportsMap, `package.json exports ./${widget.tag}.js`).to.have.property(`./${widget.tag}.js`);
      for (const framework of ['plain', 'react', 'vue']) {
        builder.el.querySelector<HTMLInputElement>(`input[name="framework"][value="${framework}"]`)!.click();
        await builder.el.updateComplete;
        const copied = recordClipboard(builder, 'api');
        expect(await copy(builder, 'npm-install')).to.equal('Copied');
        expect(await copy(builder, 'npm-code')).to.equal('Copied');
        expect(copied[0]).to.equal(`npm install summit-widgets@${pkg.version}`);
        const code = copied[1];
        expect(code.split('\n')[framework === 'vue' ? 1 : 0], `${framework} import`).to.equal(importLine);
        if (framework === 'plain') {
          expect(await copy(builder, 'npm-element')).to.equal('Copied');
          expect(copied[2].trim()).to.equal(element);
        } else {
          expect(code, `${framework} component`).to.contain(element);
        }
        if (framework === 'react') expect(code).to.contain(`return ${element};`);
        if (framework === 'vue') {
          expect(code).to.contain(`<template>\n  ${element}\n</template>`);
          expect(builder.el.querySelector('#snippet-npm-code')!.closest('.block')!.textContent).to.contain(`isCustomElement: (tag) => tag === '${widget.tag}'`);
        }
      }
    }
  });

  it('Copy works without the Clipboard API, when it refuses, and says how to copy by hand when nothing can', async () => {
    const builder = await openBuilder();
    const expectedText = snippetText(builder, 'cdn');
    for (const mode of ['none', 'refusing'] as const) {
      const copied = recordClipboard(builder, mode);
      expect(await copy(builder, 'cdn'), mode).to.equal('Copied');
      expect(copied, mode).to.deep.equal([expectedText]);
      expect(builder.doc.activeElement, `${mode}: focus back on the button`).to.equal(builder.el.querySelector('#copy-cdn'));
    }
    recordClipboard(builder, 'nothing');
    expect(await copy(builder, 'cdn')).to.equal('Select and copy with Ctrl+C (⌘C on a Mac): the text is selected.');
    const area = builder.el.querySelector<HTMLTextAreaElement>('#snippet-cdn')!;
    expect(builder.doc.activeElement).to.equal(area);
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).to.equal(expectedText);
    // The status is a live region, so screen readers hear it.
    expect(builder.el.querySelector('#copy-cdn')!.parentElement!.querySelector('[role="status"]')).to.exist;
  });

  it('keyboard only: Tab reaches every control of the builder, each with a visible focus ring', async () => {
    const builder = await openBuilder();
    await chooseWidget(builder, 'summit-timeline');
    builder.el.querySelector<HTMLInputElement>('input[name="preview-width"][value="custom"]')!.click();
    await settled(builder);
    const controls = [...builder.el.querySelectorAll<HTMLElement>('input, select, textarea, button, [tabindex="0"]')].filter(
      (element) => !previewOf(builder).contains(element)
    );
    // A radio group is one tab stop (its checked radio); the arrows move within it.
    const stops = controls.filter((element) => !(element.localName === 'input' && (element as HTMLInputElement).type === 'radio' && !(element as HTMLInputElement).checked));
    builder.win.focus();
    builder.el.querySelector<HTMLInputElement>('input[name="widget"]:checked')!.focus();
    const reached = new Set<Element>([builder.doc.activeElement!]);
    const unringed = new Set<string>();
    const name = (element: Element) => element.id || element.outerHTML.slice(0, 80);
    // Until every stop is reached, not past the last one: Tab would leave the page for the browser's own
    // controls (Firefox's window then has no focus, and nothing in it matches :focus-visible).
    for (let i = 0; i < 400 && stops.some((element) => !reached.has(element)); i++) {
      await sendKeys({press: 'Tab'});
      const active = builder.doc.activeElement!;
      if (!builder.el.contains(active) || active === previewOf(builder)) continue;
      reached.add(active);
      const style = getComputedStyle(active);
      if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) unringed.add(name(active));
    }
    const missed = stops.filter((element) => !reached.has(element)).map(name);
    expect(missed, 'controls Tab never reached').to.deep.equal([]);
    // No other tab stop (Firefox makes a scrolling element one: the controls' column has tabindex="-1").
    expect([...reached].filter((element) => !stops.includes(element as HTMLElement)).map(name), 'tab stops that are no control').to.deep.equal([]);
    expect([...unringed], 'focused without a visible ring').to.deep.equal([]);
  });

  it('keyboard only: choose a widget, change its controls and copy the snippet', async () => {
    const builder = await openBuilder();
    const copied = recordClipboard(builder, 'api');
    const active = () => builder.doc.activeElement as HTMLElement;
    const tabTo = async (check: (element: HTMLElement) => boolean, what: string) => {
      for (let i = 0; i < 300; i++) {
        await sendKeys({press: 'Tab'});
        if (check(active())) return;
      }
      throw new Error(`Tab never reached ${what}`);
    };
    builder.win.focus();
    builder.el.querySelector<HTMLInputElement>('input[name="widget"]:checked')!.focus();
    // The timeline: a date typed, a kind unchecked, an event chosen, a layout.
    await tabTo((element) => element.id === 'control-from', 'From');
    // With its separators: WebKit's date fields move on at a '/', not after two digits.
    await sendKeys({type: '01/01/2015'});
    await tabTo((element) => element.id === 'control-kinds', 'the first kind');
    await sendKeys({press: 'Space'});
    await tabTo((element) => element.id === 'control-highlight', 'Highlighted event');
    await sendKeys({press: 'ArrowDown'});
    await tabTo((element) => element.getAttribute('name') === 'control-layout', 'Layout');
    await sendKeys({press: 'ArrowDown'});
    await tabTo((element) => element.id === 'control-heading-level', 'Heading level');
    await sendKeys({press: 'ArrowDown'});
    await settled(builder);
    const firstShown = dataset.events.find((event) => event.date.start >= '2015-01-01' && event.kind !== 'summit')!;
    const attributes: [string, string][] = [
      ['from', '2015-01-01'],
      ['kinds', 'ministerial,visit,senior-officials,other'],
      ['highlight', firstShown.id],
      ['layout', 'horizontal'],
      ['heading-level', '2'],
    ];
    expectFollows(builder, WIDGETS[0], attributes);
    await tabTo((element) => element.id === 'copy-cdn', 'Copy (CDN)');
    await sendKeys({press: 'Enter'});
    await until(() => copied.length === 1, 'copied');
    expect(copied[0]).to.contain('<summit-timeline from="2015-01-01" kinds="ministerial,visit,senior-officials,other"');
    expect(active().parentElement!.querySelector('[role="status"]')!.textContent).to.equal('Copied');

    // Another widget, from the keyboard: Shift+Tab back to the picker, the arrows to the country cards.
    for (let i = 0; i < 300 && active().getAttribute('name') !== 'widget'; i++) {
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
    }
    expect(active().getAttribute('name')).to.equal('widget');
    await sendKeys({press: 'ArrowDown'});
    await settled(builder);
    expect(previewOf(builder).localName).to.equal('country-agreements');
    await tabTo((element) => element.id === 'control-country', 'Country');
    await sendKeys({press: 'ArrowDown'});
    await tabTo((element) => element.id === 'control-lang', 'Language');
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await settled(builder);
    // The attributes every widget takes keep their values from the timeline (heading-level 2).
    expectFollows(builder, WIDGETS[1], [['country', 'KZ'], ['lang', 'ja'], ['heading-level', '2']]);
    // The preview's own width, typed.
    await tabTo((element) => element.getAttribute('name') === 'preview-width', 'Column width');
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await tabTo((element) => element.id === 'custom-width', 'Custom width');
    await sendKeys({down: 'Control'});
    await sendKeys({press: 'KeyA'});
    await sendKeys({up: 'Control'});
    await sendKeys({type: '420'});
    await settled(builder);
    expect(previewOf(builder).getBoundingClientRect().width).to.equal(420);
    await tabTo((element) => element.id === 'copy-npm-code', 'Copy (npm)');
    await sendKeys({press: 'Space'});
    await until(() => copied.length === 2, 'copied');
    expect(copied[1]).to.equal("import 'summit-widgets/country-agreements.js';\n");
    expect(builder.errors).to.deep.equal([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`axe-core finds no violation on the builder page (${theme} theme), for each widget as it opens and with every control changed`, async () => {
      const builder = await openBuilder(theme);
      for (const widget of WIDGETS) {
        await chooseWidget(builder, widget.tag);
        expect(await axeViolations(builder), `${widget.tag}, as it opens`).to.deep.equal([]);
      }
      const timeline = WIDGETS[0];
      await chooseWidget(builder, timeline.tag);
      await changeEverything(builder, timeline);
      // The level under the page's "Preview" heading (h2): any other would skip levels in this page's outline.
      await setControl(builder, 'heading-level', timeline.controls.find((c) => c.attribute === 'heading-level')!.control, '3');
      builder.el.querySelector<HTMLInputElement>('input[name="preview-background"][value="dark"]')!.click();
      builder.el.querySelector<HTMLInputElement>('input[name="framework"][value="vue"]')!.click();
      // A problem shown, and a notice.
      await setControl(builder, 'to', timeline.controls.find((c) => c.attribute === 'to')!.control, '2004-09-01');
      await settled(builder);
      expect(await axeViolations(builder), 'every control changed').to.deep.equal([]);
      expect(builder.errors).to.deep.equal([]);
    });
  }
});
