// A static-site generator proof: a page built by Eleventy in a temporary project with the packed
// tarball (apps/eleventy/, scripts/interop-setup.mjs), its widgets pre-rendered at build time by
// `summit-widgets/ssr` with the linked stylesheet and `hydrate="eager"`, served here and hydrated by the CDN loader.
import {expect} from '@open-wc/testing';
import {STRINGS} from '../kit/strings.js';
import {expectQuietPage, openPage, report, shadow, TAGS, textOf, type Page} from './support.js';

const PAGE = '/.interop/eleventy/_site/index.html';

describe('interop: Eleventy site pre-rendered at build time, then hydrated', function () {
  this.timeout(30000);
  let page: Page;
  before(async () => {
    page = await openPage('eleventy', '_site/index.html');
  });
  after(() => page?.remove());

  it('Eleventy built the page with the package installed from the tarball', async () => {
    const {sites} = await report();
    expect(sites.eleventy.status, sites.eleventy.output).to.equal(0);
  });

  it('the built HTML already holds every widget: declarative shadow roots linking the stylesheet, no inline style', async () => {
    const html = await (await fetch(PAGE, {cache: 'no-store'})).text();
    expect(html.match(/<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="cdn\/summit-widgets.css">/g)).to.have.length(7); // the page's widgets: every tag, the map twice
    expect(html).to.not.contain('<style>');
    const doc = Document.parseHTMLUnsafe(html);
    expect(doc.querySelector('country-agreements')!.shadowRoot!.textContent).to.contain('Kazakhstan');
    expect(doc.querySelector('initiative-pillars')!.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'), 'from the section').to.equal('ru');
  });

  it('hydrated, not rendered again: the server\'s part markers are still there, and the widgets work', async () => {
    for (const tag of TAGS) {
      const root = shadow(page.doc, tag);
      const walker = page.doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
      let serverMarkers = 0;
      while (walker.nextNode()) if ((walker.currentNode as Comment).data.startsWith('lit-part')) serverMarkers++;
      expect(serverMarkers, tag).to.be.greaterThan(0);
    }
    const pillars = shadow(page.doc, 'initiative-pillars');
    const element = page.doc.querySelector('initiative-pillars') as HTMLElement & {updateComplete: Promise<unknown>};
    // The server's HTML shows before the loader has run: click once the widget is hydrated.
    await page.win.customElements.whenDefined('initiative-pillars');
    await element.updateComplete;
    const toggle = pillars.querySelector<HTMLButtonElement>('.pillar-toggle')!;
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(pillars)).to.contain(STRINGS.ru.pillars.pillarsLabel);
  });

  it('has no error and no console warning', () => {
    expectQuietPage(page);
  });
});
