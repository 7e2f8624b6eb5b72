// Readers with scripts off (reader modes, RSS readers, archives, crawlers): the pre-rendered HTML alone,
// in a frame whose scripts are disabled (sandbox without allow-scripts), must show every fact a click
// would otherwise reveal, styled, within a 320 px and a 1280 px column.
import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/dataset/bundled.js';
import {text} from '../../src/internal/format.js';
import {markup, serverRender} from '../kit/fixture.js';
import {STRINGS} from '../kit/strings.js';

const {events, countries, initiative, figures} = bundledDataset;

/** The pre-rendered `html` in a frame with scripting disabled, `width` px wide. */
async function noScriptFrame(html: string, width: number): Promise<HTMLIFrameElement> {
  const rendered = await serverRender(html);
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body { margin: 8px; font: 16px/1.5 serif }</style></head><body>${rendered.html}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Every visible text of the widget, as a reader sees it (hidden parts left out). */
const visibleText = (el: Element) => (el.shadowRoot!.querySelector('[part="base"]') as HTMLElement).innerText;

const CASES = [
  {
    tag: 'summit-timeline',
    attrs: {},
    texts: events.flatMap((event) => [text(event.title, 'en'), text(event.summary, 'en')]),
  },
  {
    tag: 'country-agreements',
    attrs: {},
    texts: countries.flatMap((country) => [
      text(country.leader.name, 'en'),
      ...country.agreements.fields.map((field) => text(field.label, 'en')),
      ...country.facts.map((fact) => text(fact.text, 'en')),
    ]),
  },
  {
    tag: 'initiative-pillars',
    attrs: {layout: 'list'},
    texts: [...initiative.pillars.map((pillar) => text(pillar.description, 'en')), ...initiative.items.map((item) => text(item.label, 'en'))],
  },
  {
    tag: 'key-figures',
    attrs: {},
    texts: figures!.flatMap((figure) => [text(figure.label, 'en'), text(figure.definition, 'en')]),
  },
  {
    tag: 'agreements-matrix',
    attrs: {},
    texts: [
      ...bundledDataset.fieldGroups!.map((group) => text(group.label, 'en')),
      ...countries.flatMap((country) => [...country.agreements.fields, ...country.agreements.standOut].map((item) => text(item.label, 'en'))),
    ],
  },
];

describe('pre-rendered, with scripts off', function () {
  this.timeout(20000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the frame really runs no script and matches (scripting: none)', async () => {
    const frame = await noScriptFrame('<script>document.title = "ran"</script><p>x</p>', 320);
    expect(frame.contentDocument!.title).to.equal('');
    expect(frame.contentWindow!.matchMedia('(scripting: none)').matches).to.be.true;
  });

  for (const {tag, attrs, texts} of CASES) {
    for (const width of [320, 1280]) {
      it(`<${tag}> at ${width} px: every fact visible and styled, its Sources there, nothing wider than the column`, async () => {
        const frame = await noScriptFrame(markup(tag, attrs), width);
        const doc = frame.contentDocument!;
        const el = doc.querySelector(tag)!;
        expect(el.shadowRoot, 'declarative shadow root').to.exist;
        const shown = visibleText(el).replace(/\s+/g, ' ');
        for (const expected of texts) expect(shown, expected).to.contain(expected.replace(/\s+/g, ' '));
        const summary = el.shadowRoot!.querySelector<HTMLElement>('.sources summary')!;
        expect(summary.checkVisibility()).to.be.true;
        expect(summary.innerText).to.contain(STRINGS.en.shared.sources);
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
        expect(frame.contentWindow!.getComputedStyle(base).paddingTop, 'styled').to.not.equal('0px');
        expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(width);
        // Nothing is left behind a button that cannot work: any visible button's content is already shown.
        const root = el.shadowRoot!;
        const hiding = [...root.querySelectorAll<HTMLElement>('button')].filter(
          (button) =>
            button.checkVisibility() &&
            !(button.getAttribute('aria-controls') ?? '').split(/\s+/).some((id) => root.getElementById(id)?.checkVisibility())
        );
        expect(hiding.map((button) => button.innerText.trim()), 'visible buttons whose content is hidden').to.deep.equal([]);
      });
    }
  }
});
