// XSS: script and HTML payloads in every text of a dataset and `javascript:` / `data:` URLs in
// every link. Through `data` the validator rejects them (error box); payloads it lets through,
// and a dataset that skips validation altogether (as if the validator had a bug), must still
// render as text: the canary `window.__xss` stays unset, no element the widget does not make
// itself appears, no `on*` attribute, and every link is http(s).
import {expect} from '@open-wc/testing';
import {render} from 'lit';
import {bundledDataset} from '../../src/dataset/bundled.js';
import type {Dataset} from '../../src/dataset/types.js';
import {validateDataset} from '../../src/dataset/validate.js';
import type {DatasetState} from '../../src/dataset/outcome.js';
import {DatasetController} from '../../src/internal/dataset-controller.js';
import {citedSources, sourcesSection} from '../../src/internal/sources.js';
import {mount, nextFrame, PAYLOADS, settle, sleep, stateOf, watchPage, type Widget} from './support.js';
import {harness} from '../kit/harness.js';
import {WIDGET_TAGS} from '../../src/registry.js';
import {STRINGS} from '../kit/index.js';

/** URL payloads: every one must end up as no link at all (`<cite>` instead of `<a>`). */
const URL_PAYLOADS = [
  "javascript:window.__xss='url'",
  "JaVaScRiPt:window.__xss='url'",
  " javascript:window.__xss='url'",
  "java\tscript:window.__xss='url'",
  "\u0000javascript:window.__xss='url'",
  "data:text/html,<script>window.__xss='data'</script>",
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'blob:https://evil.example/1',
];
/** Ids, codes and references get a payload suffix, the same everywhere so references still resolve. */
const ID_SUFFIX = `"><img src=x onerror=window.__xss='id'>`;
const ID_KEYS = new Set(['id', 'alpha2', 'alpha3', 'eventId', 'pillar', 'sources', 'source', 'participants', 'country', 'field', 'item']);
/** Left alone: dates, enums and the currency (they are formatted, and a throw is not what is tested here). */
const KEEP_KEYS = new Set(['date', 'start', 'end', 'asOf', 'precision', 'kind', 'confidence', 'currency']);

/** The bundled dataset with a payload in every string the widgets may show. */
function payloadDataset(): Dataset {
  let text = 0;
  let url = 0;
  const walk = (node: unknown, key: string): unknown => {
    if (typeof node === 'string') {
      if (KEEP_KEYS.has(key)) return node;
      if (ID_KEYS.has(key)) return node + ID_SUFFIX;
      if (key === 'url') return URL_PAYLOADS[url++ % URL_PAYLOADS.length];
      if (key === 'language') return `en" onfocus="window.__xss='lang'`;
      return PAYLOADS[text++ % PAYLOADS.length];
    }
    if (Array.isArray(node)) return node.map((child) => walk(child, key));
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    }
    return node;
  };
  return walk(structuredClone(bundledDataset), '') as Dataset;
}

/** Payloads that pass the validator: no tag opener, http(s) URLs with quotes and brackets encoded or bare. */
const PASSING_TEXTS = [
  '&lt;img src=x onerror=window.__xss=1&gt;',
  '" onmouseover="window.__xss=1',
  "javascript:window.__xss='text'",
  '< img src=x onerror=window.__xss=1>',
  '<\u200bscript>window.__xss=1<\u200b/script>',
  '＜script＞window.__xss=1＜/script＞',
  '{{constructor.constructor("window.__xss=1")()}}',
];
const PASSING_URLS = [
  'https://example.com/?q=%22%3E%3Cscript%3Ewindow.__xss=1%3C/script%3E',
  'https://example.com/" onmouseover="window.__xss=1',
  "http://example.com/a?b='onload='window.__xss=1'#\"x",
];

function passingDataset(): Dataset {
  const data = structuredClone(bundledDataset);
  let i = 0;
  const next = () => PASSING_TEXTS[i++ % PASSING_TEXTS.length];
  data.sources.forEach((source, n) => {
    source.publisher = next();
    source.title = next();
    source.url = PASSING_URLS[n % PASSING_URLS.length];
  });
  for (const event of data.events) for (const lang of ['en', 'ja', 'ru'] as const) event.title[lang] = event.summary[lang] = next();
  for (const country of data.countries) {
    for (const lang of ['en', 'ja', 'ru'] as const) country.leader.name[lang] = next();
    country.agreements.fields.forEach((field) => (field.label.en = next()));
    country.facts.forEach((fact) => {
      fact.text.en = next();
      fact.reportedBy = next();
    });
  }
  data.initiative.name.en = data.initiative.aim.en = next();
  data.initiative.pillars.forEach((pillar) => (pillar.name.en = pillar.description.en = next()));
  data.initiative.items.forEach((item) => (item.label.en = next()));
  return data;
}

// -- checks -----------------------------------------------------------------------------
/** Every element in a widget's shadow root (and its nested roots). */
function elementsOf(root: ParentNode): Element[] {
  const all = [...root.querySelectorAll('*')];
  return all.flatMap((el) => [el, ...(el.shadowRoot ? elementsOf(el.shadowRoot) : [])]);
}
const tagsOf = (root: ParentNode) => new Set(elementsOf(root).map((el) => el.localName));

/** What a clean render of the same widget creates: the only elements a payload render may contain. */
async function cleanTags(tag: string, attributes: Record<string, string>, container: HTMLElement): Promise<Set<string>> {
  const el = await mount(tag, container, attributes);
  await openEverything(el);
  const tags = tagsOf(harness(el).root);
  el.remove();
  return tags.add('cite'); // a source whose URL is refused is cited without a link
}

/** Clicks every button and opens every disclosure, so every part renders. */
async function openEverything(el: Widget): Promise<void> {
  const buttons = harness(el).root.querySelectorAll<HTMLElement>('button');
  for (const button of buttons) {
    if (button.getAttribute('aria-expanded') !== 'true') button.click();
    await el.updateComplete;
  }
  harness(el).root.querySelectorAll('details').forEach((details) => (details.open = true));
  await el.updateComplete;
}

function checkDom(root: ParentNode, allowed: Set<string>, what: string): void {
  for (const el of elementsOf(root)) {
    expect(allowed, `${what}: unexpected <${el.localName}>`).to.include(el.localName);
    for (const attr of el.attributes) {
      expect(attr.name, `${what}: <${el.localName} ${attr.name}>`).not.to.match(/^on|^(src|srcdoc|style|formaction|xlink:href)$/);
    }
    if (el.hasAttribute('href')) {
      expect(new URL(el.getAttribute('href')!).protocol, `${what}: href ${el.getAttribute('href')}`).to.be.oneOf(['http:', 'https:']);
    }
  }
}

/** Lets any late handler (an image's onerror, an iframe's load) run before the canary is read. */
async function settleHandlers(): Promise<void> {
  await sleep(100);
  await nextFrame();
  await nextFrame();
}

/** Shows `dataset` in the widget without validation (as a validator bug would). */
async function showUnvalidated(el: Widget, dataset: Dataset): Promise<void> {
  (el as unknown as {content: {source: {state: DatasetState}}}).content.source.state = {status: 'ready', dataset};
  (el as unknown as {requestUpdate(): void}).requestUpdate();
  await settle(el);
}

const CONFIGS: {tag: string; attributes: Record<string, string>; payloadAttributes?: Record<string, string>}[] = [
  {tag: 'summit-timeline', attributes: {layout: 'vertical'}},
  {
    tag: 'summit-timeline',
    attributes: {layout: 'horizontal', highlight: 'tokyo-summit-2025'},
    payloadAttributes: {layout: 'horizontal', highlight: `tokyo-summit-2025${ID_SUFFIX}`},
  },
  {tag: 'country-agreements', attributes: {}},
  {tag: 'country-agreements', attributes: {country: 'KZ'}, payloadAttributes: {country: `KZ${ID_SUFFIX}`}},
  {tag: 'initiative-pillars', attributes: {layout: 'columns'}},
  {
    tag: 'initiative-pillars',
    attributes: {layout: 'list', pillar: 'connectivity'},
    payloadAttributes: {layout: 'list', pillar: `connectivity${ID_SUFFIX}`},
  },
  {tag: 'summit-map', attributes: {}},
  {tag: 'summit-map', attributes: {highlight: 'tokyo'}, payloadAttributes: {highlight: `tokyo${ID_SUFFIX}`}},
  {tag: 'key-figures', attributes: {}},
  {
    tag: 'key-figures',
    attributes: {figures: 'summit-presidents, business-target'},
    payloadAttributes: {figures: `summit-presidents${ID_SUFFIX}, business-target${ID_SUFFIX}`},
  },
  {tag: 'agreements-matrix', attributes: {}},
  {
    tag: 'agreements-matrix',
    attributes: {countries: 'KZ,UZ', highlight: 'UZ', fields: 'energy'},
    payloadAttributes: {countries: `KZ${ID_SUFFIX},UZ${ID_SUFFIX}`, highlight: `UZ${ID_SUFFIX}`, fields: `energy${ID_SUFFIX}`},
  },
];

const TAGS = WIDGET_TAGS;
const container = document.createElement('section');
container.style.width = '1000px';
document.body.append(container);

describe('XSS: payloads in datasets never run', function () {
  this.timeout(60000);
  let watch: ReturnType<typeof watchPage>;
  beforeEach(() => {
    window.__xss = undefined;
    watch = watchPage();
  });
  afterEach(() => {
    watch.stop();
    container.replaceChildren();
    expect(watch.errors, 'page errors').to.deep.equal([]);
  });

  it('control: the payloads are live (put in as HTML, they set the canary)', async () => {
    const sandbox = document.createElement('div');
    sandbox.innerHTML = PAYLOADS[1].replace('src=x', 'src=/faults/x/control');
    document.body.append(sandbox);
    await settleHandlers();
    sandbox.remove();
    expect(window.__xss).to.equal('img');
  });

  it('the full payload dataset given by data: every widget shows the error box naming a field, nothing runs', async () => {
    const data = payloadDataset();
    expect(validateDataset(data).ok).to.be.false;
    for (const tag of TAGS) {
      const el = document.createElement(tag) as Widget;
      el.data = data;
      container.append(el);
      await settle(el);
      expect(stateOf(el), tag).to.equal('error');
      expect(harness(el).errorBox!.textContent).to.match(/must not contain HTML|http\(s\) URL/);
      checkDom(harness(el).root, new Set(['div', 'p']), `${tag} error box`);
      el.remove();
    }
    await settleHandlers();
    expect(window.__xss).to.be.undefined;
  });

  it('payloads the validator lets through render as text in every widget and layout; links stay http(s)', async () => {
    const data = passingDataset();
    const result = validateDataset(data);
    expect(result.ok ? [] : result.problems).to.deep.equal([]);
    for (const {tag, attributes} of CONFIGS) {
      const allowed = await cleanTags(tag, attributes, container);
      const el = document.createElement(tag) as Widget;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.data = data;
      container.append(el);
      await settle(el);
      await openEverything(el);
      expect(stateOf(el), tag).to.equal('content');
      const text = harness(el).text;
      expect(PASSING_TEXTS.some((payload) => text.includes(payload.replace(/\s+/g, ' '))), `${tag} shows a payload as text`).to.be.true;
      checkDom(harness(el).root, allowed, `${tag} ${JSON.stringify(attributes)}`);
      const hrefs = [...harness(el).root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
      for (const href of hrefs) expect(PASSING_URLS.map((u) => new URL(u).href)).to.include(href);
      el.remove();
    }
    await settleHandlers();
    expect(window.__xss).to.be.undefined;
  });

  it('a payload dataset that skips validation (a validator bug) still renders only text, in every widget and layout', async () => {
    const data = payloadDataset();
    for (const {tag, attributes, payloadAttributes} of CONFIGS) {
      const allowed = await cleanTags(tag, attributes, container);
      const el = await mount(tag, container, payloadAttributes ?? attributes);
      await showUnvalidated(el, data);
      await openEverything(el);
      // Every tab, every event: each one renders once.
      for (const tab of harness(el).root.querySelectorAll<HTMLElement>('[role="tab"], .event-button')) {
        tab.click();
        await el.updateComplete;
      }
      const what = `${tag} ${JSON.stringify(payloadAttributes ?? attributes)}`;
      expect(stateOf(el), what).to.equal('content');
      // The payloads it shows are there as text (which ones depends on what the widget shows).
      expect(PAYLOADS.filter((payload) => harness(el).text.includes(payload)).length, what).to.be.above(2);
      checkDom(harness(el).root, allowed, what);
      expect(harness(el).root.querySelectorAll('cite').length + harness(el).root.querySelectorAll('a').length, `${what}: sources listed`).to.be.greaterThan(0);
      expect(harness(el).root.querySelectorAll('a[href]').length, `${what}: no link from a non-http URL`).to.equal(0);
      el.remove();
    }
    await settleHandlers();
    expect(window.__xss).to.be.undefined;
  });

  it('sourcesSection() itself, given payloads directly: text, and <cite> for every refused URL', async () => {
    const data = payloadDataset();
    const target = document.createElement('div');
    container.append(target);
    render(sourcesSection(data, citedSources(data.events), STRINGS.en, {shows: ['events']}), target);
    (target.querySelector('details') as HTMLDetailsElement).open = true;
    checkDom(target, new Set(['details', 'summary', 'p', 'ol', 'li', 'cite', 'time', 'a', 'span']), 'sourcesSection');
    expect(target.querySelectorAll('a').length).to.equal(0);
    expect(target.querySelectorAll('cite').length).to.be.greaterThan(0);
    expect(target.textContent).to.contain('<img src=x onerror="window.__xss=\'img\'">');
    await settleHandlers();
    expect(window.__xss).to.be.undefined;
  });

  it('payloads in every attribute: error box or content, nothing runs, no foreign element', async () => {
    DatasetController.timeoutMs = 2000; // `src="//evil.example/x"` must not hold the test up
    after(() => (DatasetController.timeoutMs = 15000));
    const attributes: Record<string, string[]> = {
      'summit-timeline': ['lang', 'theme', 'heading-level', 'src', 'from', 'to', 'kinds', 'highlight', 'layout'],
      'country-agreements': ['lang', 'theme', 'heading-level', 'src', 'country'],
      'initiative-pillars': ['lang', 'theme', 'heading-level', 'src', 'pillar', 'layout'],
      'summit-map': ['lang', 'theme', 'heading-level', 'src', 'highlight', 'show'],
      'key-figures': ['lang', 'theme', 'heading-level', 'src', 'figures'],
      'agreements-matrix': ['lang', 'theme', 'heading-level', 'src', 'countries', 'highlight', 'fields'],
    };
    for (const [tag, names] of Object.entries(attributes)) {
      const allowed = await cleanTags(tag, {}, container);
      for (const payload of [...PAYLOADS, ...URL_PAYLOADS]) {
        const el = document.createElement(tag) as Widget;
        for (const name of names) {
          // A relative `src` goes to the fault server (400), not to the test runner's files (404s in its log).
          el.setAttribute(name, name === 'src' && !/^[a-z][a-z0-9+.-]*:/i.test(payload) ? `/faults/x/${payload}` : payload);
        }
        container.append(el);
        await settle(el);
        expect(['content', 'error'], `${tag} with ${payload}`).to.include(stateOf(el));
        checkDom(harness(el).root, allowed, `${tag} with ${payload}`);
        el.remove();
      }
    }
    await settleHandlers();
    expect(window.__xss).to.be.undefined;
  });
});
