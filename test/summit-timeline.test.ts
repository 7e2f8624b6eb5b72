import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import {nothing} from 'lit';
import {bundledDataset} from '../src/dataset/bundled.js';
import type {TimelineEvent} from '../src/dataset/types.js';
import '../src/define/summit-timeline.js';
import type {SummitTimeline, SummitTimelineSelectDetail} from '../src/define/summit-timeline.js';
import {formatEventDate} from '../src/internal/format.js';
import {citedSources} from '../src/internal/sources.js';
import {captureWarnings, until} from './helpers/console.js';
import {STRINGS} from './helpers/strings.js';

const EVENTS = bundledDataset.events;
const TOKYO = 'tokyo-summit-2025';
const tokyo = EVENTS.find((event) => event.id === TOKYO)!;

// -- helpers -------------------------------------------------------------------
const shadow = (el: SummitTimeline) => el.shadowRoot!;
const buttons = (el: SummitTimeline) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.event-button')];
const ids = (el: SummitTimeline) => buttons(el).map((button) => button.dataset.id!);
const button = (el: SummitTimeline, id: string) => shadow(el).getElementById(`b-${id}`) as HTMLButtonElement;
const item = (el: SummitTimeline, id: string) => shadow(el).querySelector<HTMLElement>(`li[data-id="${id}"]`)!;
const details = (el: SummitTimeline, id: string) => shadow(el).getElementById(`d-${id}`)!;
const list = (el: SummitTimeline) => shadow(el).querySelector<HTMLOListElement>('ol.events')!;
const panel = (el: SummitTimeline) => shadow(el).querySelector<HTMLElement>('.panel');
const layoutOf = (el: SummitTimeline) =>
  shadow(el).querySelector('.timeline')!.classList.contains('horizontal') ? 'horizontal' : 'vertical';
const shown = (node: Element) => getComputedStyle(node).display !== 'none';
const focused = (el: SummitTimeline) => (shadow(el).activeElement as HTMLElement | null)?.dataset.id;
const tabStops = (el: SummitTimeline) => buttons(el).filter((b) => b.tabIndex === 0).map((b) => b.dataset.id);
/** Has the widget measured its own width (ResizeObserver) and laid itself out for it? */
const measured = (el: SummitTimeline) => {
  const peek = el as unknown as {width: {width: number}};
  return peek.width.width > 0 && peek.width.width === el.clientWidth && !el.isUpdatePending;
};

interface Attrs {
  lang?: string;
  theme?: string;
  from?: string;
  to?: string;
  kinds?: string;
  highlight?: string;
  layout?: string;
  headingLevel?: string;
  src?: string;
}

/** A timeline inside a wrapper of the given width, once it has measured itself and chosen its layout. */
async function timeline(attrs: Attrs = {}, width = '1200px', onSelect?: (e: Event) => void): Promise<SummitTimeline> {
  const wrapper = await fixture(html`<div style="width: ${width}" @summit-timeline-select=${onSelect ?? (() => {})}>
    <summit-timeline
      lang=${attrs.lang ?? nothing}
      theme=${attrs.theme ?? nothing}
      from=${attrs.from ?? nothing}
      to=${attrs.to ?? nothing}
      kinds=${attrs.kinds ?? nothing}
      highlight=${attrs.highlight ?? nothing}
      layout=${attrs.layout ?? nothing}
      heading-level=${attrs.headingLevel ?? nothing}
      src=${attrs.src ?? nothing}
    ></summit-timeline>
  </div>`);
  const el = wrapper.querySelector('summit-timeline')!;
  await until(() => measured(el), 'the widget to measure its width');
  await el.updateComplete;
  return el;
}

/** Sets (or, with null, removes) an attribute and waits for the re-render. */
async function set(el: SummitTimeline, name: string, value: string | null): Promise<void> {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  await el.updateComplete;
}

/** Warnings logged while building the widget and re-rendering it once more (a warning must not repeat). */
async function warningsFor(attrs: Attrs, width = '1200px'): Promise<{el: SummitTimeline; warnings: string[]}> {
  let el!: SummitTimeline;
  const warnings = await captureWarnings(async () => {
    el = await timeline(attrs, width);
    el.requestUpdate();
    await el.updateComplete;
  });
  return {el, warnings};
}

const allIds = EVENTS.map((event) => event.id);
const idsWhere = (test: (event: TimelineEvent) => boolean) => EVENTS.filter(test).map((event) => event.id);

beforeEach(async () => {
  await setViewport({width: 1280, height: 900});
  await emulateMedia({media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference'});
});

// -- content -------------------------------------------------------------------
describe('summit-timeline content', () => {
  it('shows every event in date order with its date, kind, place, title and summary', async () => {
    const el = await timeline({lang: 'en'});
    expect(ids(el)).to.deep.equal(allIds);
    for (const event of EVENTS) {
      const text = item(el, event.id).textContent!;
      expect(text, event.id).to.contain(formatEventDate(event.date, 'en'));
      expect(text).to.contain(STRINGS.en.timeline[`kind.${event.kind}`]);
      expect(text).to.contain(event.place.en);
      expect(text).to.contain(event.title.en);
      expect(text).to.contain(event.summary.en);
    }
    expect(shadow(el).querySelector('ol.events')).to.exist;
  });

  it('formats dates with Intl in Japanese and Russian, honouring each precision', async () => {
    const ja = await timeline({lang: 'ja'});
    expect(item(ja, TOKYO).querySelector('time')!.textContent).to.equal('2025年12月20日');
    expect(item(ja, 'koizumi-visit-2006').querySelector('time')!.textContent).to.equal('2006年8月');
    const range = new Intl.DateTimeFormat('ja', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'});
    expect(item(ja, 'abe-tour-2015').querySelector('time')!.textContent).to.equal(
      range.formatRange(new Date(Date.UTC(2015, 9, 22)), new Date(Date.UTC(2015, 9, 28)))
    );
    expect(item(ja, TOKYO).textContent).to.contain('首脳会合').and.contain(tokyo.title.ja);

    const ru = await timeline({lang: 'ru'});
    expect(item(ru, TOKYO).querySelector('time')!.textContent).to.equal('20 декабря 2025 г.');
    expect(item(ru, 'koizumi-visit-2006').querySelector('time')!.textContent).to.equal('август 2006 г.');
    expect(item(ru, 'abe-tour-2015').querySelector('time')!.textContent).to.match(/^22[–-]28 октября 2015/);
    expect(item(ru, 'fmm-1-astana-2004').textContent).to.contain('Встреча министров');
  });

  it('has a localized title at heading-level and event headings one deeper, capped at 6', async () => {
    const el = await timeline({lang: 'ru'});
    const title = () => shadow(el).querySelector('.heading')!;
    const eventHeading = () => button(el, TOKYO).parentElement!;
    expect(title().localName).to.equal('h3');
    expect(title().textContent).to.equal(STRINGS.ru.timeline.title);
    expect(eventHeading().localName).to.equal('h4');
    await set(el, 'heading-level', '5');
    expect([title().localName, eventHeading().localName]).to.deep.equal(['h5', 'h6']);
    await set(el, 'heading-level', '6');
    expect([title().localName, eventHeading().localName]).to.deep.equal(['h6', 'h6']);
    await set(el, 'heading-level', null);
    expect([title().localName, eventHeading().localName]).to.deep.equal(['h3', 'h4']);
    expect(list(el).getAttribute('aria-labelledby')).to.equal(title().id);
  });

  it('sets the Tokyo summit apart with a badge and a thick border, in the button a screen reader hears', async () => {
    const el = await timeline({lang: 'en'}, '300px');
    const badges = shadow(el).querySelectorAll('.badge');
    expect(badges).to.have.length(1);
    const badge = badges[0] as HTMLElement;
    expect(button(el, TOKYO).contains(badge)).to.be.true;
    expect(badge.textContent).to.equal(STRINGS.en.timeline.milestone);
    expect(shown(badge) && badge.offsetWidth > 1 && !badge.closest('[aria-hidden="true"]')).to.be.true;
    const border = (id: string) => parseFloat(getComputedStyle(button(el, id)).borderTopWidth);
    expect(border(TOKYO)).to.be.at.least(3);
    expect(border('fmm-1-astana-2004')).to.be.below(2);

    // The button's accessible name, as axe computes it, carries the milestone label.
    await expect(el).to.be.accessible(); // also loads axe
    const axe = (window as unknown as {axe: typeof import('axe-core')}).axe;
    axe.setup(document);
    try {
      expect(axe.commons.text.accessibleText(button(el, TOKYO))).to.contain(tokyo.title.en).and.contain(STRINGS.en.timeline.milestone);
      expect(axe.commons.text.accessibleText(button(el, 'fmm-1-astana-2004'))).not.to.contain(STRINGS.en.timeline.milestone);
    } finally {
      axe.teardown();
    }
  });

  it('lists the sources of the events shown, after filtering', async () => {
    const el = await timeline({from: '2022', to: '2022'});
    const events = EVENTS.filter((event) => event.date.start.startsWith('2022'));
    const expected = [...citedSources(events)];
    const sources = shadow(el).querySelector('.sources')!;
    expect(sources.querySelectorAll('.source-list > li')).to.have.length(expected.length);
    for (const id of expected) {
      expect(sources.textContent).to.contain(bundledDataset.sources.find((s) => s.id === id)!.title);
    }
    const astana = bundledDataset.sources.find((s) => s.id === 'mofa-fmm1-2004')!;
    expect(sources.textContent).not.to.contain(astana.title);
    await set(el, 'to', null);
    expect(sources.isConnected && shadow(el).querySelector('.sources')!.textContent).to.contain(
      bundledDataset.sources.find((s) => s.id === 'kantei-summit-2025')!.title
    );
  });
});

// -- layout --------------------------------------------------------------------
describe('summit-timeline layout', () => {
  it('is chosen by the widget\'s own width, not the window\'s', async () => {
    const narrow = await timeline({}, '300px');
    const wide = await timeline({}, '1200px');
    expect(layoutOf(narrow)).to.equal('vertical');
    expect(layoutOf(wide)).to.equal('horizontal');
    expect(panel(wide)).to.exist;
    expect(panel(narrow)).to.be.null;
    // Same window, the wrapper shrinks: the layout follows.
    (wide.parentElement as HTMLElement).style.width = '300px';
    await until(() => layoutOf(wide) === 'vertical', 'the vertical layout');
    (wide.parentElement as HTMLElement).style.width = '700px';
    await until(() => layoutOf(wide) === 'horizontal', 'the horizontal layout');
  });

  it('layout forces one, and removing it goes back to auto', async () => {
    const el = await timeline({layout: 'vertical'}, '1200px');
    expect(layoutOf(el)).to.equal('vertical');
    await set(el, 'layout', 'horizontal');
    expect(layoutOf(el)).to.equal('horizontal');
    (el.parentElement as HTMLElement).style.width = '300px';
    await until(() => (el as unknown as {width: {width: number}}).width.width === 300, 'the narrow width');
    await el.updateComplete;
    expect(layoutOf(el)).to.equal('horizontal');
    await set(el, 'layout', null);
    expect(layoutOf(el)).to.equal('vertical');
  });

  for (const layout of ['auto', 'horizontal', 'vertical']) {
    it(`does not widen the page at 320 px (layout ${layout}); the track scrolls inside itself`, async () => {
      await setViewport({width: 320, height: 640});
      const el = await timeline({layout}, 'auto');
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
      if (layout === 'horizontal') expect(list(el).scrollWidth).to.be.greaterThan(list(el).clientWidth);
    });
  }

  it('fits a 300 px sidebar and a 1200 px column', async () => {
    for (const width of ['300px', '1200px']) {
      const el = await timeline({}, width);
      const box = el.parentElement!.getBoundingClientRect();
      for (const part of shadow(el).querySelectorAll('.heading, ol.events, .panel, .sources')) {
        expect(part.getBoundingClientRect().right, `${width} ${part.className}`).to.be.at.most(box.right + 0.5);
      }
    }
  });
});

// -- opening events ------------------------------------------------------------
describe('summit-timeline opening events', () => {
  it('vertical: a button expands and collapses its event, firing summit-timeline-select on open only', async () => {
    const fired: CustomEvent<SummitTimelineSelectDetail>[] = [];
    const el = await timeline({}, '300px', (e) => fired.push(e as CustomEvent<SummitTimelineSelectDetail>));
    const id = 'fmm-2-tokyo-2006';
    expect(button(el, id).getAttribute('aria-expanded')).to.equal('false');
    expect(button(el, id).getAttribute('aria-controls')).to.equal(`d-${id}`);
    expect(shown(details(el, id))).to.be.false;
    button(el, id).click();
    await el.updateComplete;
    expect(button(el, id).getAttribute('aria-expanded')).to.equal('true');
    expect(shown(details(el, id))).to.be.true;
    expect(fired.map((e) => e.detail)).to.deep.equal([{id}]);
    expect(fired[0].bubbles && fired[0].composed).to.be.true;
    button(el, id).click();
    await el.updateComplete;
    expect(button(el, id).getAttribute('aria-expanded')).to.equal('false');
    expect(shown(details(el, id))).to.be.false;
    expect(fired).to.have.length(1);
  });

  it('horizontal: the selected button is current and expanded, the panel shows it and is named by its heading', async () => {
    const fired: string[] = [];
    const el = await timeline({lang: 'en'}, '1200px', (e) => fired.push((e as CustomEvent).detail.id));
    // Nothing opened yet: the panel shows the first event.
    expect(panel(el)!.getAttribute('aria-labelledby')).to.equal(`h-${EVENTS[0].id}`);
    button(el, TOKYO).click();
    await el.updateComplete;
    const p = panel(el)!;
    expect(p.getAttribute('role')).to.equal('region');
    const label = shadow(el).getElementById(p.getAttribute('aria-labelledby')!)!;
    expect(label.localName).to.equal('h4');
    expect(label.textContent).to.contain(tokyo.title.en);
    expect(p.textContent).to.contain(tokyo.summary.en).and.contain(tokyo.place.en).and.contain(STRINGS.en.timeline.milestone);
    expect(button(el, TOKYO).getAttribute('aria-current')).to.equal('true');
    expect(button(el, TOKYO).getAttribute('aria-expanded')).to.equal('true');
    expect(button(el, TOKYO).getAttribute('aria-controls')).to.equal('panel');
    const others = buttons(el).filter((b) => b.dataset.id !== TOKYO);
    expect(others.every((b) => !b.hasAttribute('aria-current') && b.getAttribute('aria-expanded') === 'false')).to.be
      .true;
    expect(fired).to.deep.equal([TOKYO]);
    // Clicking the one already open opens nothing new.
    button(el, TOKYO).click();
    await el.updateComplete;
    expect(fired).to.deep.equal([TOKYO]);
  });

  it('the event reaches listeners outside the page\'s shadow roots (composed)', async () => {
    const el = await timeline({}, '300px');
    const got = new Promise<CustomEvent<SummitTimelineSelectDetail>>((resolve) =>
      document.addEventListener('summit-timeline-select', resolve, {once: true})
    );
    button(el, TOKYO).click();
    expect((await got).detail).to.deep.equal({id: TOKYO});
  });
});

// -- keyboard ------------------------------------------------------------------
describe('summit-timeline keyboard', () => {
  async function withButtonBefore(attrs: Attrs, width: string) {
    const fired: string[] = [];
    const wrapper = await fixture(html`<div style="width: ${width}">
      <button id="before">before</button>
      <summit-timeline
        layout=${attrs.layout ?? nothing}
        highlight=${attrs.highlight ?? nothing}
        @summit-timeline-select=${(e: CustomEvent) => fired.push(e.detail.id)}
      ></summit-timeline>
    </div>`);
    const el = wrapper.querySelector('summit-timeline')!;
    await until(() => measured(el), 'the widget to measure its width');
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    return {el, fired};
  }

  it('is one tab stop into the events (roving tabindex)', async () => {
    const {el} = await withButtonBefore({}, '300px');
    expect(tabStops(el)).to.deep.equal([EVENTS[0].id]);
    await sendKeys({press: 'Tab'});
    expect(focused(el)).to.equal(EVENTS[0].id);
    await sendKeys({press: 'Tab'});
    // Out of the events, on to the Sources summary.
    expect(shadow(el).activeElement?.localName).to.equal('summary');
  });

  for (const layout of ['vertical', 'horizontal']) {
    it(`${layout}: arrows, Home and End move focus; Enter and Space open`, async () => {
      const {el, fired} = await withButtonBefore({layout}, '1200px');
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'ArrowDown'});
      expect(focused(el)).to.equal(EVENTS[1].id);
      await sendKeys({press: 'ArrowRight'});
      expect(focused(el)).to.equal(EVENTS[2].id);
      await sendKeys({press: 'ArrowUp'});
      expect(focused(el)).to.equal(EVENTS[1].id);
      await sendKeys({press: 'ArrowLeft'});
      await sendKeys({press: 'ArrowLeft'}); // stays on the first
      expect(focused(el)).to.equal(EVENTS[0].id);
      await sendKeys({press: 'End'});
      expect(focused(el)).to.equal(EVENTS.at(-1)!.id);
      await sendKeys({press: 'Home'});
      expect(focused(el)).to.equal(EVENTS[0].id);
      await el.updateComplete;
      expect(tabStops(el)).to.deep.equal([EVENTS[0].id]);
      expect(fired).to.deep.equal([]);

      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      const second = EVENTS[1].id;
      expect(button(el, second).getAttribute('aria-expanded')).to.equal('true');
      expect(fired).to.deep.equal([second]);
      expect(tabStops(el)).to.deep.equal([second]);
      if (layout === 'horizontal') {
        expect(button(el, second).getAttribute('aria-current')).to.equal('true');
        expect(panel(el)!.getAttribute('aria-labelledby')).to.equal(`h-${second}`);
      } else {
        expect(shown(details(el, second))).to.be.true;
      }

      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      const third = EVENTS[2].id;
      expect(button(el, third).getAttribute('aria-expanded')).to.equal('true');
      expect(fired).to.deep.equal([second, third]);
      if (layout === 'horizontal') {
        expect(button(el, second).getAttribute('aria-expanded')).to.equal('false');
        expect(panel(el)!.getAttribute('aria-labelledby')).to.equal(`h-${third}`);
      }
    });
  }

  it('the tab stop starts on the highlighted event', async () => {
    const {el} = await withButtonBefore({highlight: TOKYO}, '300px');
    expect(tabStops(el)).to.deep.equal([TOKYO]);
    await sendKeys({press: 'Tab'});
    expect(focused(el)).to.equal(TOKYO);
  });
});

// -- filters -------------------------------------------------------------------
describe('summit-timeline from, to and kinds', () => {
  it('from / to as years: from its 1 January, to its 31 December', async () => {
    const el = await timeline({from: '2022', to: '2025'});
    expect(ids(el)).to.deep.equal(idsWhere((e) => e.date.start >= '2022' && e.date.start < '2026'));
    expect(ids(el)).to.include(TOKYO).and.include('fmm-8-online-2022');
  });

  it('from / to as ISO dates include events starting on that day', async () => {
    const el = await timeline({from: '2015-10-22', to: '2025-12-20'});
    expect(ids(el)[0]).to.equal('abe-tour-2015');
    expect(ids(el)).to.include(TOKYO);
    await set(el, 'from', '2015-10-23');
    expect(ids(el)).not.to.include('abe-tour-2015');
    await set(el, 'to', '2025-12-19');
    expect(ids(el).at(-1)).to.equal('summit-eve-2025');
  });

  it('kinds filters by kind, tolerant of whitespace and case', async () => {
    const el = await timeline({kinds: 'summit,ministerial'});
    const expected = idsWhere((e) => e.kind === 'summit' || e.kind === 'ministerial');
    expect(ids(el)).to.deep.equal(expected);
    await set(el, 'kinds', ' Summit ,  MINISTERIAL ');
    expect(ids(el)).to.deep.equal(expected);
    await set(el, 'kinds', 'visit');
    expect(ids(el)).to.deep.equal(idsWhere((e) => e.kind === 'visit'));
  });

  it('changing or removing from, to and kinds after first render updates the widget', async () => {
    const el = await timeline({from: '2020'});
    expect(ids(el)).to.deep.equal(idsWhere((e) => e.date.start >= '2020'));
    await set(el, 'to', '2022');
    expect(ids(el)).to.deep.equal(idsWhere((e) => e.date.start >= '2020' && e.date.start < '2023'));
    await set(el, 'kinds', 'ministerial');
    expect(ids(el)).to.deep.equal(['fm-video-conference-2020', 'fmm-8-online-2022', 'fmm-9-tokyo-2022']);
    for (const name of ['from', 'to', 'kinds']) await set(el, name, null);
    expect(ids(el)).to.deep.equal(allIds);
    el.from = '2025';
    await el.updateComplete;
    expect(ids(el)[0]).to.equal('iwaya-visit-2025');
  });

  it('a filter that leaves nothing shows a localized "no events" message', async () => {
    const el = await timeline({lang: 'en', kinds: 'summit', to: '2020'});
    expect(list(el)).to.be.null;
    const empty = shadow(el).querySelector('.empty')!;
    expect(empty.textContent).to.equal(STRINGS.en.timeline.noEvents);
    expect(empty.getAttribute('role')).to.equal('status');
    expect(panel(el)).to.be.null;
    await set(el, 'lang', 'ja');
    expect(shadow(el).querySelector('.empty')!.textContent).to.equal(STRINGS.ja.timeline.noEvents);
    await set(el, 'to', null);
    expect(ids(el)).to.deep.equal([TOKYO]);
  });

  it('lang changes re-render the dates and labels', async () => {
    const el = await timeline({lang: 'en'});
    await set(el, 'lang', 'ru');
    expect(item(el, TOKYO).querySelector('time')!.textContent).to.equal('20 декабря 2025 г.');
    expect(shadow(el).querySelector('.heading')!.textContent).to.equal(STRINGS.ru.timeline.title);
  });
});

// -- highlight -----------------------------------------------------------------
describe('summit-timeline highlight', () => {
  afterEach(() => window.scrollTo(0, 0));

  /** A timeline below a tall spacer: scrolling the page to it would move window.scrollY. */
  async function belowTheFold(attrs: Attrs, width: string, fired: string[]) {
    window.scrollTo(0, 0);
    const wrapper = await fixture(html`<div>
      <div style="height: 150vh"></div>
      <div style="width: ${width}" @summit-timeline-select=${(e: CustomEvent) => fired.push(e.detail.id)}>
        <summit-timeline highlight=${attrs.highlight ?? nothing} layout=${attrs.layout ?? nothing}></summit-timeline>
      </div>
    </div>`);
    const el = wrapper.querySelector('summit-timeline')!;
    await until(() => measured(el), 'the widget to measure its width');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50)); // let any scroll the widget asked for land
    return el;
  }

  it('vertical: opens the event and scrolls the list, not the page; fires no event', async () => {
    const fired: string[] = [];
    const el = await belowTheFold({highlight: TOKYO}, '300px', fired);
    expect(layoutOf(el)).to.equal('vertical');
    expect(button(el, TOKYO).getAttribute('aria-expanded')).to.equal('true');
    expect(shown(details(el, TOKYO))).to.be.true;
    const ol = list(el);
    expect(ol.scrollTop).to.be.greaterThan(0);
    const top = item(el, TOKYO).getBoundingClientRect().top - ol.getBoundingClientRect().top;
    expect(top).to.be.within(-1, ol.clientHeight - 20);
    expect(window.scrollY).to.equal(0);
    expect(fired).to.deep.equal([]);
  });

  it('horizontal: selects the event and scrolls the track, not the page; fires no event', async () => {
    const fired: string[] = [];
    const el = await belowTheFold({highlight: TOKYO}, '1200px', fired);
    expect(layoutOf(el)).to.equal('horizontal');
    expect(button(el, TOKYO).getAttribute('aria-current')).to.equal('true');
    expect(panel(el)!.getAttribute('aria-labelledby')).to.equal(`h-${TOKYO}`);
    const ol = list(el);
    expect(ol.scrollLeft).to.be.greaterThan(0);
    const box = item(el, TOKYO).getBoundingClientRect();
    const track = ol.getBoundingClientRect();
    expect(box.left).to.be.at.least(track.left - 1);
    expect(box.right).to.be.at.most(track.right + 1);
    expect(window.scrollY).to.equal(0);
    expect(fired).to.deep.equal([]);
  });

  it('without reduced motion the track may scroll smoothly; with it, never', async () => {
    const el = await timeline({highlight: TOKYO});
    expect(getComputedStyle(list(el)).scrollBehavior).to.equal('smooth');
    await emulateMedia({reducedMotion: 'reduce'});
    expect(getComputedStyle(list(el)).scrollBehavior).to.equal('auto');
    // The highlight lands at once.
    const reduced = await timeline({highlight: TOKYO});
    expect(list(reduced).scrollLeft).to.be.greaterThan(0);
  });

  it('changing highlight opens the new event; removing it closes it', async () => {
    const el = await timeline({highlight: TOKYO}, '300px');
    await set(el, 'highlight', 'abe-tour-2015');
    expect(button(el, 'abe-tour-2015').getAttribute('aria-expanded')).to.equal('true');
    expect(button(el, TOKYO).getAttribute('aria-expanded')).to.equal('false');
    await set(el, 'highlight', null);
    expect(buttons(el).some((b) => b.getAttribute('aria-expanded') === 'true')).to.be.false;
  });

  it('applies to a dataset loaded from src', async () => {
    const el = await timeline({src: '/data/ca-jad-2025.json', highlight: TOKYO}, '300px');
    await until(() => !!shadow(el).querySelector('.event-button'), 'the fetched dataset');
    await el.updateComplete;
    expect(button(el, TOKYO).getAttribute('aria-expanded')).to.equal('true');
  });
});

// -- bad input -----------------------------------------------------------------
describe('summit-timeline bad input', () => {
  it('an unknown highlight id: one warning, nothing opened', async () => {
    const {el, warnings} = await warningsFor({highlight: 'osaka-summit-2031'}, '300px');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('highlight').and.contain('osaka-summit-2031');
    expect(buttons(el).some((b) => b.getAttribute('aria-expanded') === 'true')).to.be.false;
  });

  it('a highlight filtered out: one warning', async () => {
    const {el, warnings} = await warningsFor({highlight: TOKYO, to: '2020'}, '300px');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('highlight');
    expect(ids(el)).not.to.include(TOKYO);
  });

  it('from after to: one warning, both bounds ignored', async () => {
    const {el, warnings} = await warningsFor({from: '2025', to: '2015'});
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('from').and.contain('to');
    expect(ids(el)).to.deep.equal(allIds);
  });

  for (const [name, value] of [
    ['from', 'last year'],
    ['to', '2025-13-45'],
    ['from', '2025-02-30'],
  ] as const) {
    it(`${name}="${value}": one warning, that bound ignored`, async () => {
      const other = name === 'from' ? {to: '2010'} : {from: '2010'};
      const {el, warnings} = await warningsFor({[name]: value, ...other});
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`${name} "${value}"`);
      const expected = name === 'from' ? idsWhere((e) => e.date.start < '2011') : idsWhere((e) => e.date.start >= '2010');
      expect(ids(el)).to.deep.equal(expected);
    });
  }

  it('an unknown kind: one warning, that kind ignored', async () => {
    const {el, warnings} = await warningsFor({kinds: 'summit, banquet'});
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('banquet');
    expect(ids(el)).to.deep.equal([TOKYO]);
  });

  it('no valid kind left: one warning, every event shown', async () => {
    const {el, warnings} = await warningsFor({kinds: 'banquet'});
    expect(warnings).to.have.length(1);
    expect(ids(el)).to.deep.equal(allIds);
  });

  it('a bad layout: one warning, auto', async () => {
    const {el, warnings} = await warningsFor({layout: 'diagonal'}, '300px');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('layout "diagonal"');
    expect(layoutOf(el)).to.equal('vertical');
  });

  it('a failed src shows the error box with one warning', async () => {
    let el!: SummitTimeline;
    const warnings = await captureWarnings(async () => {
      el = await timeline({src: '/missing-dataset.json', lang: 'ru'});
      await until(() => !!shadow(el).querySelector('[role="alert"]'), 'the error box');
    });
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(STRINGS.ru.shared.errorTitle);
    expect(list(el)).to.be.null;
    expect(warnings).to.have.length(1);
  });

  it('an invalid dataset shows the error box', async () => {
    const data = structuredClone(bundledDataset) as unknown as {events: unknown[]};
    (data.events[0] as {date: unknown}).date = {precision: 'day', start: 'yesterday'};
    const warnings = await captureWarnings(async () => {
      const el = await timeline();
      el.data = data;
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('events[0].date');
      expect(list(el)).to.be.null;
    });
    expect(warnings).to.have.length(1);
  });
});

// -- long timelines ------------------------------------------------------------
describe('summit-timeline long timelines', () => {
  /** The bundled dataset with `n` events: the real ones, then copies dated from 2026 on, under new ids. */
  function withEvents(n: number) {
    const copies = Array.from({length: n - EVENTS.length}, (_, i) => {
      const day = new Date(Date.UTC(2026, 0, 1) + i * 86400000).toISOString().slice(0, 10);
      // Only the real Tokyo summit is a milestone.
      return {...EVENTS[i % EVENTS.length], milestone: undefined, id: `event-${i}`, date: {precision: 'day' as const, start: day}};
    });
    return {...bundledDataset, events: [...EVENTS, ...copies]};
  }
  const expectedIds = (n: number) => [...allIds, ...Array.from({length: n - EVENTS.length}, (_, i) => `event-${i}`)];
  const items = (el: SummitTimeline) => shadow(el).querySelectorAll('li.event').length;

  /** A timeline of `n` events, right after its first render (before any later task runs). */
  async function longTimeline(n: number, highlight?: string): Promise<SummitTimeline> {
    const wrapper = await fixture(html`<div style="width: 300px"></div>`);
    const el = document.createElement('summit-timeline');
    el.data = withEvents(n);
    if (highlight) el.highlight = highlight;
    wrapper.append(el);
    await el.updateComplete;
    return el;
  }

  it('renders the first 100 events at once and adds the rest in later tasks', async () => {
    const el = await longTimeline(450);
    expect(items(el)).to.equal(100);
    await until(() => items(el) === 450, 'all 450 events in the DOM');
    expect(ids(el)).to.deep.equal(expectedIds(450));
  });

  it('has the highlighted event in the DOM, open, from the first render', async () => {
    const el = await longTimeline(450, 'event-321');
    expect(items(el)).to.be.at.least(322);
    expect(item(el, 'event-321').classList.contains('open')).to.be.true;
    expect(details(el, 'event-321').hidden).to.be.false;
  });

  it('End reaches the last event before the rest is in the DOM', async () => {
    const el = await longTimeline(450);
    const last = expectedIds(450).at(-1)!;
    button(el, EVENTS[0].id).focus();
    button(el, EVENTS[0].id).dispatchEvent(new KeyboardEvent('keydown', {key: 'End', bubbles: true, composed: true}));
    expect(button(el, last), 'not in the DOM yet').to.be.null;
    await el.updateComplete;
    expect(focused(el)).to.equal(last);
    expect(tabStops(el)).to.deep.equal([last]);
  });
});

// -- media ---------------------------------------------------------------------
describe('summit-timeline print and forced colours', () => {
  for (const width of ['300px', '1200px']) {
    it(`prints every event expanded in a vertical list (${width})`, async () => {
      const el = await timeline({highlight: TOKYO}, width);
      await emulateMedia({media: 'print'});
      expect(shadow(el).querySelectorAll('.details')).to.have.length(EVENTS.length);
      for (const node of shadow(el).querySelectorAll('.details')) expect(shown(node)).to.be.true;
      if (panel(el)) expect(shown(panel(el)!)).to.be.false;
      const style = getComputedStyle(list(el));
      expect(style.display).to.equal('block');
      expect(style.overflowX + style.overflowY).to.equal('visiblevisible');
      expect(style.maxHeight).to.equal('none');
    });
  }

  it('has forced-colors rules for the milestone badge and the open event', async () => {
    // Puppeteer cannot emulate forced-colors: check the widget's stylesheets carry the rules.
    const el = await timeline();
    const rules = shadow(el)
      .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'))
      .map((rule) => rule.cssText)
      .join('\n');
    expect(rules).to.contain('.badge').and.contain('.milestone').and.contain('aria-expanded');
  });
});

// -- accessibility -------------------------------------------------------------
describe('summit-timeline accessibility (axe)', () => {
  for (const viewport of [320, 1280]) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'ja', 'ru']) {
        it(`${viewport} px, ${theme}, ${lang}`, async () => {
          await setViewport({width: viewport, height: 900});
          const el = await timeline({theme, lang, highlight: TOKYO}, viewport === 320 ? 'auto' : '1200px');
          expect(layoutOf(el)).to.equal(viewport === 320 ? 'vertical' : 'horizontal');
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  it('the empty state and the forced layouts pass too', async () => {
    await expect(await timeline({kinds: 'summit', to: '2004'})).to.be.accessible();
    await expect(await timeline({layout: 'horizontal', theme: 'dark'}, '300px')).to.be.accessible();
    await expect(await timeline({layout: 'vertical', highlight: TOKYO}, '1200px')).to.be.accessible();
  });
});
