// One page with three copies of summit-widgets: the CDN file of the installed package embedded twice
// (two URLs, so the module runs twice) and the site's npm bundle (all.js with its own Lit), made by
// scripts/interop-setup.mjs from apps/double/.
import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/dataset/bundled.js';
import {VERSION} from '../../src/internal/version.js';
import {until} from '../kit/console.js';
import {expectQuietPage, openPage, operateEveryWidget, report, shadow, TAGS, textOf, type Page} from './support.js';

type Copy = Record<
  'SummitTimeline' | 'CountryAgreements' | 'InitiativePillars' | 'SummitMap' | 'KeyFigures' | 'AgreementsMatrix',
  CustomElementConstructor & {summitWidgetsVersion?: string}
>;
const tokyo = bundledDataset.events.find((event) => event.id === 'tokyo-summit-2025')!;
const CLASSES = {
  'summit-timeline': 'SummitTimeline',
  'country-agreements': 'CountryAgreements',
  'initiative-pillars': 'InitiativePillars',
  'summit-map': 'SummitMap',
  'key-figures': 'KeyFigures',
  'agreements-matrix': 'AgreementsMatrix',
} as const;

describe('interop: the CDN file twice and the npm build on one page', function () {
  this.timeout(30000);
  let page: Page;
  let copies: Record<'embed1' | 'embed2' | 'npm', Copy>;

  before(async () => {
    const {bundles} = await report();
    expect(bundles.double.errors, 'esbuild bundling the npm part').to.deep.equal([]);
    page = await openPage('double');
    await until(() => page.win.app !== undefined, 'the npm bundle to run (after its top-level await)');
    copies = page.win.app!.copies as typeof copies;
  });
  after(() => page?.remove());

  it('ran two copies of the library (the two CDN embeds share their chunks, the npm bundle has its own), of this version', () => {
    for (const tag of TAGS) {
      const classes = Object.values(copies).map((copy) => copy[CLASSES[tag]]);
      expect(classes.every((ctor) => typeof ctor === 'function'), tag).to.be.true;
      // The two script tags load two entry files, which import the same chunk URLs: one module, one class.
      expect(classes[0], `${CLASSES[tag]}: the CDN embeds share one`).to.equal(classes[1]);
      expect(new Set(classes).size, `two distinct ${CLASSES[tag]} classes`).to.equal(2);
      expect(classes.map((ctor) => ctor.summitWidgetsVersion)).to.deep.equal([VERSION, VERSION, VERSION]);
    }
  });

  it('registered each tag once, by the first copy, and the widgets are its elements', () => {
    expect(page.probe.defines, 'customElements.define() calls').to.deep.equal([...TAGS]);
    for (const tag of TAGS) {
      expect(page.win.customElements.get(tag) === copies.embed1[CLASSES[tag]], `${tag} is the first embed's`).to.be.true;
      expect(page.doc.querySelector(tag) instanceof copies.embed1[CLASSES[tag]]).to.be.true;
    }
  });

  it('renders every widget', () => {
    expect(textOf(shadow(page.doc, 'summit-timeline'))).to.contain(tokyo.title.en);
    expect(textOf(shadow(page.doc, 'country-agreements'))).to.contain('Kazakhstan');
    expect(textOf(shadow(page.doc, 'initiative-pillars'))).to.contain('Connectivity');
  });

  it("delivers each widget's event to the page's code once (not once per copy)", async () => {
    await operateEveryWidget(page.doc);
  });

  it('has no error and no console warning (a second copy of the same version is silent)', () => {
    expectQuietPage(page);
  });
});
