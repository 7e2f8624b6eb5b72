// A Vue 3 app, in a temporary project with the packed tarball and vue installed by npm, its template
// compiled by Vue and bundled by esbuild (scripts/interop-setup.mjs; the app: apps/vue/main.js).
import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/dataset/bundled.js';
import {until} from '../kit/console.js';
import {expectQuietPage, openPage, operateEveryWidget, report, shadow, textOf, type Page} from './support.js';
import {STRINGS} from '../kit/strings.js';

const tokyo = bundledDataset.events.find((event) => event.id === 'tokyo-summit-2025')!;

describe('interop: Vue 3 app with the npm package', function () {
  this.timeout(30000);
  let page: Page;

  before(async () => {
    const {bundles} = await report();
    expect(bundles.vue.errors, 'esbuild bundling the app').to.deep.equal([]);
    page = await openPage('vue');
  });
  after(() => page?.remove());

  it('is Vue 3, importing the package root and all.js (not the CDN file): one class per tag', async () => {
    const {bundles} = await report();
    expect(page.win.app!.version).to.match(/^3\./);
    expect(page.win.app!.sameClass, 'SummitTimeline from the root is the registered class').to.be.true;
    expect(bundles.vue.packageFiles).to.include.members(['node_modules/summit-widgets/dist/index.js', 'node_modules/summit-widgets/dist/all.js']);
    expect(bundles.vue.packageFiles!.filter((file) => file.includes('/cdn/'))).to.deep.equal([]);
    expect(page.probe.defines).to.deep.equal(['summit-timeline', 'country-agreements', 'initiative-pillars', 'summit-map', 'key-figures', 'agreements-matrix']);
  });

  it('renders the widgets from the template, the highlighted event open', () => {
    const timeline = shadow(page.doc, 'summit-timeline');
    expect(textOf(timeline)).to.contain(STRINGS.en.timeline.title).and.contain(tokyo.title.en);
    expect(timeline.getElementById('b-tokyo-summit-2025')!.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(shadow(page.doc, 'country-agreements'))).to.contain('Kazakhstan');
    expect(textOf(shadow(page.doc, 'initiative-pillars'))).to.contain('Connectivity');
  });

  it("delivers each widget's event to its @event-name listener, once, and Vue renders it", async () => {
    await operateEveryWidget(page.doc);
  });

  it('re-renders the widgets when a reactive :lang binding changes', async () => {
    page.doc.querySelector<HTMLButtonElement>('#japanese')!.click();
    const timeline = shadow(page.doc, 'summit-timeline');
    await until(() => textOf(timeline).includes(STRINGS.ja.timeline.title), 'the timeline in Japanese');
    expect(textOf(timeline)).to.contain(tokyo.title.ja);
    await until(() => textOf(shadow(page.doc, 'country-agreements')).includes('カザフスタン'), 'the countries in Japanese');
    await until(() => textOf(shadow(page.doc, 'key-figures')).includes('約3兆円'), 'the key figures in Japanese');
  });

  it('has no error and no console warning (Vue development build: no unresolved component)', () => {
    expectQuietPage(page);
  });
});
