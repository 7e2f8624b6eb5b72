// The shipped reserve.css holds a script-only widget's height from before its upgrade until its first
// content: `:not(:defined)`, then `:state(loading)` while its texts (or its `src` dataset) are on their
// way. Without the state, the upgraded but still empty element collapsed and the text below jumped twice
// (the bench's article: CLS 0.22 with the reservation against 0.05 without).
import {expect} from '@open-wc/testing';
import '../src/define/all.js';
import {until} from './kit/console.js';
import {describeModes, markup, renderFixture} from './kit/fixture.js';

const REM = 16;
let column: HTMLDivElement;
let reserveCss = '';

/** A widget appended to the 680 px column, its height read at once (before any text could arrive). */
function append(markup: string): {el: HTMLElement & {updateComplete: Promise<unknown>}; height: number} {
  column.insertAdjacentHTML('beforeend', markup);
  const el = column.lastElementChild as HTMLElement & {updateComplete: Promise<unknown>};
  return {el, height: el.getBoundingClientRect().height};
}

describe('reserve.css', () => {
  before(async () => {
    const style = document.createElement('style');
    style.textContent = reserveCss = await (await fetch('/src/cdn/reserve.css')).text();
    document.head.append(style);
    document.documentElement.style.fontSize = `${REM}px`;
    column = document.createElement('div');
    column.style.width = '680px';
    document.body.append(column);
  });
  afterEach(() => column.replaceChildren());

  it('an upgraded widget keeps its reserved height while its texts are on their way, then takes its own', async () => {
    const {el, height} = append('<summit-timeline lang="uz"></summit-timeline>');
    expect(el.matches(':defined'), 'upgraded').to.be.true;
    expect(el.matches(':state(loading)')).to.be.true;
    expect(el.shadowRoot!.textContent!.trim(), 'nothing rendered yet').to.equal('');
    expect(height).to.equal(30 * REM);
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.be.false;
    expect(el.shadowRoot!.textContent).to.contain('2025');
    expect(getComputedStyle(el).minHeight, 'the reservation is over').to.equal('0px');
  });

  it('the rules with an attribute win: a highlighted timeline, one country', async () => {
    const timeline = append('<summit-timeline lang="tk" highlight="tokyo-summit-2025"></summit-timeline>');
    expect(timeline.height).to.equal(42.5 * REM);
    const country = append('<country-agreements lang="tk" country="KZ"></country-agreements>');
    expect(country.height).to.equal(57.5 * REM);
    const all = append('<country-agreements lang="tk"></country-agreements>');
    expect(all.height).to.equal(63.5 * REM);
    await Promise.all([timeline.el.updateComplete, country.el.updateComplete, all.el.updateComplete]);
    expect([timeline.el, country.el, all.el].map((el) => el.matches(':state(loading)'))).to.deep.equal([false, false, false]);
  });

  it('a `src` dataset: reserved while "Loading…" shows, released when it has arrived', async () => {
    const {el} = append('<summit-timeline src="/faults/hang?ms=600&mark=reserve"></summit-timeline>');
    await until(() => !!el.shadowRoot!.querySelector('.loading'), 'the loading message');
    expect(el.matches(':state(loading)')).to.be.true;
    expect(el.getBoundingClientRect().height).to.equal(30 * REM);
    await until(() => !el.matches(':state(loading)'), 'the dataset', 5000);
    expect(el.shadowRoot!.querySelector('.loading')).to.be.null;
  });

  describeModes('the loading state', (mode) => {
    it(mode === 'client' ? 'is set from the upgrade and cleared with the first content' : 'is never set on a pre-rendered element: its content is there', async () => {
      let atConnect: {loading: boolean; minHeight: string} | undefined;
      const el = await renderFixture(markup('summit-timeline', {lang: 'ky'}), {
        mode,
        width: '680px',
        onConnected: ([widget]) => (atConnect = {loading: widget.matches(':state(loading)'), minHeight: getComputedStyle(widget).minHeight}),
      });
      expect(atConnect!.loading).to.equal(mode === 'client');
      expect(atConnect!.minHeight).to.equal(mode === 'client' ? `${30 * REM}px` : '0px');
      expect(el.matches(':state(loading)')).to.be.false;
      expect(getComputedStyle(el).minHeight).to.equal('0px');
    });
  });

  it("holds the space of every widget's English content in this engine's own serif (DejaVu Serif in Firefox and WebKit here)", async () => {
    // As scripts/measure-reserve.mjs measures: the browser's serif, line-height 1.5.
    column.style.cssText += 'font-family: serif; line-height: 1.5';
    for (const tag of ['summit-timeline', 'country-agreements', 'initiative-pillars', 'summit-map', 'key-figures', 'agreements-matrix']) {
      // The 680 px column's rule (the first, before the phone's @media block).
      const reserved = Number(new RegExp(`^${tag}:is\\(:not\\(:defined\\), :state\\(loading\\)\\) \\{\\s*min-height: ([\\d.]+)rem`, 'm').exec(reserveCss)?.[1]);
      expect(reserved, `${tag}: its rule`).to.be.above(0);
      const {el} = append(`<${tag}></${tag}>`);
      await el.updateComplete;
      await until(() => !el.matches(':state(loading)'), `${tag}: its content`);
      await document.fonts.ready;
      const height = el.getBoundingClientRect().height / REM;
      expect(height, `${tag}: content height (rem) against the reserve`).to.be.at.most(reserved + 0.25);
      column.replaceChildren();
    }
  });

  it('an error ends the reservation too', async () => {
    const {el} = append('<summit-timeline src="/faults/status/500"></summit-timeline>');
    await until(() => !!el.shadowRoot!.querySelector('[role="alert"]'), 'the error box');
    expect(el.matches(':state(loading)')).to.be.false;
    expect(getComputedStyle(el).minHeight).to.equal('0px');
  });
});
