// A React 19 app, in a temporary project with the packed tarball, react and react-dom installed by npm
// and bundled by esbuild (scripts/interop-setup.mjs; the app: apps/react/main.jsx).
import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/dataset/bundled.js';
import {expectQuietPage, openPage, operateEveryWidget, report, shadow, textOf, type Page} from './support.js';

const [first] = bundledDataset.events;
const tokyo = bundledDataset.events.find((event) => event.id === 'tokyo-summit-2025')!;

describe('interop: React 19 app with the npm package', function () {
  this.timeout(30000);
  let page: Page;

  before(async () => {
    const {bundles} = await report();
    expect(bundles.react.errors, 'esbuild bundling the app').to.deep.equal([]);
    page = await openPage('react');
  });
  after(() => page?.remove());

  it('is React 19, importing the package root and the tag entries (not the CDN file): one class per tag', async () => {
    const {bundles} = await report();
    expect(page.win.app!.version).to.match(/^19\./);
    expect(page.win.app!.sameClass, 'SummitTimeline from the root is the registered class').to.be.true;
    expect(bundles.react.packageFiles).to.include.members([
      'node_modules/summit-widgets/dist/index.js',
      'node_modules/summit-widgets/dist/summit-timeline.js',
      'node_modules/summit-widgets/dist/country-agreements.js',
      'node_modules/summit-widgets/dist/initiative-pillars.js',
    ]);
    expect(bundles.react.packageFiles!.filter((file) => file.includes('/cdn/'))).to.deep.equal([]);
    expect(page.probe.defines).to.deep.equal(['summit-timeline', 'country-agreements', 'initiative-pillars', 'summit-map', 'key-figures', 'agreements-matrix']);
  });

  it('renders the widgets; the timeline shows the dataset object React set as its `data` property', () => {
    const timeline = textOf(shadow(page.doc, 'summit-timeline'));
    expect(timeline).to.contain('Retitled by the React app').and.contain(tokyo.title.en);
    expect(timeline).not.to.contain(first.title.en);
    expect(page.doc.querySelector('summit-timeline')!.hasAttribute('data'), 'set as a property, not an attribute').to.be.false;
    expect(textOf(shadow(page.doc, 'country-agreements'))).to.contain('Kazakhstan').and.contain('Uzbekistan');
    expect(textOf(shadow(page.doc, 'initiative-pillars'))).to.contain('Connectivity');
    const figures = shadow(page.doc, 'key-figures');
    expect([...figures.querySelectorAll<HTMLElement>('.figure')].map((tile) => tile.dataset.figure)).to.deep.equal(['summit-documents', 'business-target']);
  });

  it("delivers each widget's event to its on<event-name> prop, once, and React renders it", async () => {
    await operateEveryWidget(page.doc);
  });

  it('has no error and no console warning (React development build)', () => {
    expectQuietPage(page);
  });
});
