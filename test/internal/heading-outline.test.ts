// Heading outline: with no heading-level, a widget's heading is one below the nearest heading before it
// in the document (2..6), 3 when there is none; an explicit heading-level wins. Client-rendered and
// pre-rendered (the server reads the outline from the HTML it is given) alike.
import {expect} from '@open-wc/testing';
import '../../src/define/all.js';
import {describeModes, markup, renderFixture} from '../kit/fixture.js';

const TAGS = ['summit-timeline', 'country-agreements', 'initiative-pillars', 'summit-map'];
/** The widget's own heading: the first heading of its frame. */
const ownHeading = (el: Element) => el.shadowRoot!.querySelector('[part="base"] [part~="heading"]')!;

describeModes('heading outline', (mode) => {
  const cases: [string, string, string][] = [
    ['after an <h1>', '<h1>Article</h1><p>Lead.</p>', 'h2'],
    ['after an <h2>', '<h1>Article</h1><h2>Section</h2><p>Text.</p>', 'h3'],
    ['after an <h4>', '<h2>A</h2><h4>Deep</h4>', 'h5'],
    ['after an <h6> (kept at 6)', '<h6>Deepest</h6>', 'h6'],
    ['with no heading before it', '<p>No heading here.</p>', 'h3'],
    ['after a heading nested earlier in the page', '<section><header><h2>Nested</h2></header></section><div><p>x</p>', 'h3'],
  ];
  for (const tag of TAGS) {
    for (const [name, before, expected] of cases) {
      it(`<${tag}> ${name}: its heading is an <${expected}>`, async () => {
        const wrapper = await renderFixture<HTMLElement>(`<article>${before}${markup(tag)}</article>`, {mode});
        expect(ownHeading(wrapper).localName).to.equal(expected);
      });
    }
    it(`<${tag}>: heading-level wins over the outline`, async () => {
      const el = await renderFixture<HTMLElement>(`<h1>Article</h1>${markup(tag, {'heading-level': '4'})}`, {mode});
      expect(ownHeading(el).localName).to.equal('h4');
    });
  }

  it("axe's heading-order passes on a page with only an <h1> before the widgets", async () => {
    const el = await renderFixture<HTMLElement>(
      `<main><h1>Tokyo hosts the first summit</h1>${TAGS.map((tag) => markup(tag)).join('')}</main>`,
      {mode, width: '1000px'}
    );
    await expect(el.closest('main') ?? el.parentElement!).to.be.accessible({runOnly: ['heading-order']} as never);
    expect(ownHeading(el).localName).to.equal('h2');
  });
});
