import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import {bundledDataset} from '../src/dataset/bundled.js';
import type {Dataset, TimelineEvent} from '../src/dataset/types.js';
import '../src/define/summit-timeline.js';
import type {SummitTimeline, SummitTimelineSelectDetail} from '../src/define/summit-timeline.js';
import {formatEventDate, formatIsoDate, formatYearRange} from '../src/internal/format.js';
import {citedSources} from '../src/internal/sources.js';
import {captureWarnings, until} from './helpers/console.js';
import {describeModes, markup, renderFixture, type RenderMode} from './helpers/fixture.js';
import {STRINGS} from './helpers/strings.js';

const EVENTS = bundledDataset.events;
const TOKYO = 'tokyo-summit-2025';
const NEXT = 'next-summit-kazakhstan';
const tokyo = EVENTS.find((event) => event.id === TOKYO)!;
const dated = EVENTS.filter((event) => event.date.precision !== 'unannounced');

// -- helpers -------------------------------------------------------------------
const shadow = (el: SummitTimeline) => el.shadowRoot!;
const buttons = (el: SummitTimeline) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.event-button')];
const ids = (el: SummitTimeline) => buttons(el).map((button) => button.dataset.id!);
const button = (el: SummitTimeline, id: string) => shadow(el).getElementById(`b-${id}`) as HTMLButtonElement;
const item = (el: SummitTimeline, id: string) => shadow(el).querySelector<HTMLElement>(`li[data-id="${id}"]`)!;
const details = (el: SummitTimeline, id: string) => shadow(el).getElementById(`d-${id}`)!;
const list = (el: SummitTimeline) => shadow(el).querySelector<HTMLOListElement>('ol.events')!;
const panel = (el: SummitTimeline) => shadow(el).querySelector<HTMLElement>('.panel');
const step = (el: SummitTimeline, which: 'prev' | 'next') => shadow(el).querySelector<HTMLButtonElement>(`.step.${which}`)!;
/** The arrangement the stylesheet chose (the same custom property the script reads). */
const arrangementOf = (el: SummitTimeline) =>
  getComputedStyle(shadow(el).querySelector('.timeline')!).getPropertyValue('--_arrangement').trim();
const shown = (node: Element) => getComputedStyle(node).display !== 'none';
const focused = (el: SummitTimeline) => (shadow(el).activeElement as HTMLElement | null)?.dataset.id;
const tabStops = (el: SummitTimeline) => buttons(el).filter((b) => b.tabIndex === 0).map((b) => b.dataset.id);
const expandedIds = (el: SummitTimeline) => buttons(el).filter((b) => b.getAttribute('aria-expanded') === 'true').map((b) => b.dataset.id);
const rect = (node: Element) => node.getBoundingClientRect();
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

interface Attrs {
  lang?: string;
  theme?: string;
  from?: string;
  to?: string;
  kinds?: string;
  highlight?: string;
  layout?: string;
  'heading-level'?: string;
  src?: string;
  style?: string;
}

/** A timeline rendered from markup (as both render modes can) in a wrapper of the given width. */
async function timeline(mode: RenderMode, attrs: Attrs = {}, width = '1200px', before = ''): Promise<SummitTimeline> {
  const el = await renderFixture<SummitTimeline>(before + markup('summit-timeline', {...attrs}), {mode, width});
  await el.updateComplete;
  return el;
}

/** Records the ids of every `summit-timeline-select` the widget fires from now on. */
function selections(el: SummitTimeline): string[] {
  const fired: string[] = [];
  el.addEventListener('summit-timeline-select', (e) => fired.push(e.detail.id));
  return fired;
}

/** Sets (or, with null, removes) an attribute and waits for the re-render. */
async function set(el: SummitTimeline, name: string, value: string | null): Promise<void> {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  await el.updateComplete;
}

async function click(el: SummitTimeline, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

/** Warnings logged while building the widget and re-rendering it once more (a warning must not repeat). */
async function warningsFor(mode: RenderMode, attrs: Attrs, width = '1200px'): Promise<{el: SummitTimeline; warnings: string[]}> {
  let el!: SummitTimeline;
  const warnings = await captureWarnings(async () => {
    el = await timeline(mode, attrs, width);
    el.requestUpdate();
    await el.updateComplete;
  });
  return {el, warnings};
}

/** Segments of the axis in DOM order: years, quiet years, gaps and the undated stretch. */
const segments = (el: SummitTimeline) => [...list(el).children] as HTMLElement[];
const yearSegments = (el: SummitTimeline) => segments(el).filter((s) => s.matches('.year:not(.unannounced), .quiet'));
const segLabel = (segment: Element) => segment.querySelector('.seg-label')!.textContent!.trim();

const allIds = EVENTS.map((event) => event.id);
const idsWhere = (test: (event: TimelineEvent) => boolean) => EVENTS.filter(test).map((event) => event.id);
const years = [...new Set(dated.map((event) => Number(event.date.start.slice(0, 4))))];

beforeEach(async () => {
  await setViewport({width: 1280, height: 900});
  await emulateMedia({media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference'});
});

describeModes('summit-timeline', (mode) => {
  // -- content -----------------------------------------------------------------
  describe('content', () => {
    it('shows every event in date order with its date, kind, place, title and summary; the undated one last', async () => {
      const el = await timeline(mode, {lang: 'en'});
      expect(ids(el)).to.deep.equal(allIds);
      expect(ids(el).at(-1)).to.equal(NEXT);
      for (const event of EVENTS) {
        const text = item(el, event.id).textContent!;
        const date = event.date.precision === 'unannounced' ? STRINGS.en.shared.dateUnannounced : formatEventDate(event.date, STRINGS.en);
        expect(text, event.id).to.contain(date);
        expect(text).to.contain(STRINGS.en.timeline[`kind.${event.kind}`]);
        expect(text).to.contain(event.place.en);
        expect(text).to.contain(event.title.en);
        expect(text).to.contain(event.summary.en);
      }
    });

    it('formats dates with Intl in Japanese and Russian, honouring each precision', async () => {
      const ja = await timeline(mode, {lang: 'ja'});
      expect(item(ja, TOKYO).querySelector('time')!.textContent).to.equal('2025年12月20日');
      expect(item(ja, 'koizumi-visit-2006').querySelector('time')!.textContent).to.equal('2006年8月');
      // A range as the Japanese press writes it (ICU would write 2015/10/22～2015/10/28).
      expect(item(ja, 'abe-tour-2015').querySelector('time')!.textContent).to.equal('2015年10月22日～28日');
      expect(item(ja, TOKYO).textContent).to.contain('首脳会合').and.contain(tokyo.title.ja);
      expect(item(ja, NEXT).querySelector('.date')!.textContent).to.equal(STRINGS.ja.shared.dateUnannounced);

      const ru = await timeline(mode, {lang: 'ru'});
      expect(item(ru, TOKYO).querySelector('time')!.textContent).to.equal('20 декабря 2025 г.');
      expect(item(ru, 'koizumi-visit-2006').querySelector('time')!.textContent).to.equal('август 2006 г.');
      expect(item(ru, 'abe-tour-2015').querySelector('time')!.textContent).to.match(/^22[–-]28 октября 2015/);
      expect(item(ru, 'fmm-1-astana-2004').textContent).to.contain('Встреча министров');
      expect(item(ru, NEXT).querySelector('.date')!.textContent).to.equal('Дата не объявлена');
    });

    it('keeps every precision: a day, a month, a year, a range, "date not announced" (a dataset from src)', async () => {
      for (const lang of ['en', 'ja', 'ru'] as const) {
        const el = await timeline(mode, {lang, src: '/test/fixtures/precision-dataset.json'});
        await until(() => !!shadow(el).querySelector('.event-button'), 'the fetched dataset');
        await el.updateComplete;
        const date = (id: string) => item(el, id).querySelector('.date')!;
        expect(date('sometime-2010').textContent).to.equal(formatIsoDate('2010', STRINGS[lang]));
        expect(date('sometime-2010').getAttribute('datetime')).to.equal('2010');
        expect(date('month-2010').textContent).to.equal(formatIsoDate('2010-03', STRINGS[lang]));
        expect(date('fmm-1-astana-2004').textContent).to.equal(formatIsoDate('2004-08-28', STRINGS[lang]));
        expect(date('range-2010').textContent).to.equal(formatEventDate({precision: 'range', start: '2010-11-29', end: '2010-12-02'}, STRINGS[lang]));
        expect(date('next-one').localName, 'no <time> for a date not announced').to.equal('span');
        expect(date('next-one').textContent).to.equal(STRINGS[lang].shared.dateUnannounced);
      }
      expect(formatIsoDate('2010', STRINGS.en)).to.equal('2010');
      expect(formatIsoDate('2010', STRINGS.ja)).to.equal('2010年');
    });

    it('has a localized title at heading-level, year headings one deeper, event headings two deeper, capped at 6', async () => {
      const el = await timeline(mode, {lang: 'ru'});
      const title = () => shadow(el).querySelector('.heading')!;
      const yearHeading = () => shadow(el).getElementById('y-2025')!;
      const eventHeading = () => button(el, TOKYO).parentElement!;
      const levels = () => [title(), yearHeading(), eventHeading()].map((h) => h.localName);
      expect(levels()).to.deep.equal(['h3', 'h4', 'h5']);
      expect(title().textContent).to.equal(STRINGS.ru.timeline.title);
      expect(yearHeading().textContent).to.equal(formatIsoDate('2025', STRINGS.ru));
      await set(el, 'heading-level', '5');
      expect(levels()).to.deep.equal(['h5', 'h6', 'h6']);
      await set(el, 'heading-level', null);
      expect(levels()).to.deep.equal(['h3', 'h4', 'h5']);
      expect(list(el).getAttribute('aria-labelledby')).to.equal(title().id);
      // Each year's list of events is named by its heading.
      expect(item(el, TOKYO).closest('ol')!.getAttribute('aria-labelledby')).to.equal('y-2025');
      expect(shadow(el).getElementById('y-unannounced')!.textContent).to.equal(STRINGS.ru.shared.dateUnannounced);
    });

    it('sets the Tokyo summit apart with a badge and a thick border, in the button a screen reader hears', async () => {
      const el = await timeline(mode, {lang: 'en'}, '300px');
      const badges = shadow(el).querySelectorAll('.event-button .badge');
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
      const el = await timeline(mode, {from: '2022', to: '2022'});
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
      expect(shadow(el).querySelector('.sources')!.textContent).to.contain(
        bundledDataset.sources.find((s) => s.id === 'kantei-summit-2025')!.title
      );
    });

    it('the first render is the first interactive state: nothing in it changes afterwards', async () => {
      for (const [attrs, width] of [
        [{}, '1200px'],
        [{highlight: TOKYO}, '1200px'],
        [{highlight: TOKYO}, '320px'],
      ] as const) {
        const el = await timeline(mode, attrs, width);
        const changes: MutationRecord[] = [];
        const observer = new MutationObserver((records) => changes.push(...records));
        observer.observe(shadow(el), {subtree: true, childList: true, attributes: true, characterData: true});
        await nextFrame();
        await nextFrame();
        observer.disconnect();
        expect(changes, `${JSON.stringify(attrs)} at ${width}`).to.deep.equal([]);
        expect(el.isUpdatePending).to.be.false;
      }
    });
  });

  // -- arrangement ---------------------------------------------------------------
  describe('arrangement (container queries)', () => {
    it("is chosen by the widget's own width, from 640 px horizontal, without re-rendering", async () => {
      const el = await timeline(mode, {}, '639px');
      expect(arrangementOf(el)).to.equal('vertical');
      expect(shown(panel(el)!)).to.be.false;
      expect(shown(shadow(el).querySelector('.controls')!)).to.be.false;
      const nodes = [...shadow(el).querySelectorAll('*')];
      (el.parentElement as HTMLElement).style.width = '640px';
      expect(arrangementOf(el)).to.equal('horizontal');
      expect(shown(panel(el)!)).to.be.true;
      expect(shown(shadow(el).querySelector('.controls')!)).to.be.true;
      expect(getComputedStyle(list(el)).display).to.equal('flex');
      expect(el.isUpdatePending, 'no update: CSS alone switched the arrangement').to.be.false;
      expect([...shadow(el).querySelectorAll('*')]).to.deep.equal(nodes);
      (el.parentElement as HTMLElement).style.width = '300px';
      expect(arrangementOf(el)).to.equal('vertical');
    });

    it('layout forces one by a class, and removing it goes back to auto', async () => {
      const el = await timeline(mode, {layout: 'vertical'}, '1200px');
      expect(arrangementOf(el)).to.equal('vertical');
      expect(shadow(el).querySelector('.timeline')!.classList.contains('vertical')).to.be.true;
      await set(el, 'layout', 'horizontal');
      expect(arrangementOf(el)).to.equal('horizontal');
      (el.parentElement as HTMLElement).style.width = '300px';
      expect(arrangementOf(el)).to.equal('horizontal');
      await set(el, 'layout', null);
      expect(arrangementOf(el)).to.equal('vertical');
    });

    for (const layout of ['auto', 'horizontal', 'vertical']) {
      it(`does not widen the page at 320 px (layout ${layout})`, async () => {
        await setViewport({width: 320, height: 640});
        const el = await timeline(mode, {layout}, 'auto');
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
        expect(rect(el).right).to.be.at.most(320);
        if (layout === 'horizontal') expect(list(el).scrollWidth).to.be.greaterThan(list(el).clientWidth);
      });
    }

    it('fits a 300 px sidebar and a 1200 px column', async () => {
      for (const width of ['300px', '1200px']) {
        const el = await timeline(mode, {}, width);
        const box = el.parentElement!.getBoundingClientRect();
        for (const part of shadow(el).querySelectorAll('.heading, ol.events, .controls, .panel, .sources')) {
          if (!shown(part)) continue;
          expect(rect(part).right, `${width} ${part.className}`).to.be.at.most(box.right + 0.5);
        }
      }
    });
  });

  // -- the horizontal axis -------------------------------------------------------
  describe('horizontal year axis', () => {
    for (const width of [640, 1024, 1280]) {
      it(`${width} px: year labels in order, positions increase with dates, no two markers overlap`, async () => {
        await setViewport({width: Math.max(width + 40, 800), height: 900});
        const el = await timeline(mode, {lang: 'en'}, `${width}px`);
        expect(arrangementOf(el)).to.equal('horizontal');

        // Every year from the first event to the last dated one is marked, in order, left to right,
        // except the compressed gap, which names its years.
        const marks = yearSegments(el);
        const gap = segments(el).filter((s) => s.matches('.gap'));
        const labelled = [...marks.map((s) => Number(segLabel(s)))];
        const first = years[0];
        const last = years.at(-1)!;
        const gapYears = [2007, 2008, 2009];
        const expected = Array.from({length: last - first + 1}, (_, i) => first + i).filter((y) => !gapYears.includes(y));
        expect(labelled).to.deep.equal(expected);
        expect(gap.map(segLabel)).to.deep.equal([formatYearRange(2007, 2009, STRINGS.en)]);
        const lefts = [...marks, ...gap].sort((a, b) => rect(a).left - rect(b).left).map((s) => segLabel(s));
        expect(lefts).to.deep.equal(segments(el).filter((s) => !s.matches('.unannounced')).map(segLabel));
        for (let i = 1; i < marks.length; i++) expect(rect(marks[i]).left).to.be.greaterThan(rect(marks[i - 1]).left);

        // Each event sits inside its year, further along than the one before.
        const boxes = buttons(el).map(rect);
        for (let i = 1; i < boxes.length; i++) {
          expect(boxes[i].left, `${ids(el)[i]} after ${ids(el)[i - 1]}`).to.be.greaterThan(boxes[i - 1].left);
          expect(boxes[i].left, `${ids(el)[i]} does not overlap ${ids(el)[i - 1]}`).to.be.at.least(boxes[i - 1].right);
        }
        for (const event of dated) {
          const year = shadow(el).getElementById(`y-${event.date.start.slice(0, 4)}`)!.closest('li')!;
          expect(rect(button(el, event.id)).left).to.be.at.least(rect(year).left);
          expect(rect(button(el, event.id)).right).to.be.at.most(rect(year).right);
        }
        // The dots on the line never overlap either.
        const dots = buttons(el).map((b) => {
          const li = b.closest('li')!;
          const style = getComputedStyle(li, '::after');
          const left = rect(li).left + parseFloat(style.left);
          return {left, right: left + parseFloat(style.width)};
        });
        for (let i = 1; i < dots.length; i++) expect(dots[i].left).to.be.greaterThan(dots[i - 1].right);
      });
    }

    it('spaces events by month inside a year, and gives a quiet year the width of a year', async () => {
      const el = await timeline(mode, {}, '1280px');
      const tickOf = (year: number) => rect(shadow(el).getElementById(`y-${year}`) ?? segments(el).find((s) => segLabel(s) === String(year))!);
      // June and August 2006: two months apart, side by side.
      const june = rect(button(el, 'fmm-2-tokyo-2006'));
      const august = rect(button(el, 'koizumi-visit-2006'));
      expect(august.left - june.right).to.be.greaterThan(rect(button(el, 'summit-eve-2025')).left - rect(button(el, 'summit-announced-2025')).right);
      // An August event sits further from its year's start than a May one.
      const offset = (id: string, year: number) => rect(button(el, id)).left - tickOf(year).left;
      expect(offset('fmm-1-astana-2004', 2004)).to.be.greaterThan(offset('fmm-6-ashgabat-2017', 2017));
      const quiet = segments(el).find((s) => segLabel(s) === '2005')!;
      expect(quiet.matches('.quiet')).to.be.true;
      expect(quiet.getAttribute('aria-hidden')).to.equal('true');
    });

    it('marks a long gap: 2007–2009 compressed into one broken stretch, labelled with its years and "No events"', async () => {
      const el = await timeline(mode, {lang: 'en'}, '1280px');
      const gap = shadow(el).querySelector<HTMLElement>('.gap')!;
      expect(gap.previousElementSibling!.querySelector('.seg-label')!.textContent).to.equal('2006');
      expect(gap.nextElementSibling!.querySelector('.seg-label')!.textContent).to.equal('2010');
      expect(gap.textContent).to.contain(formatYearRange(2007, 2009, STRINGS.en)).and.contain(STRINGS.en.timeline.noEventsInGap);
      expect(gap.checkVisibility()).to.be.true;
      // Broken: a mark across the line, and a dashed line.
      expect(getComputedStyle(gap, '::after').content).to.not.equal('none');
      expect(getComputedStyle(gap, '::before').borderTopStyle).to.equal('dashed');
      // Compressed: three quiet years take less room than one quiet year drawn at scale, three times.
      const quiet = shadow(el).querySelector('.quiet')!;
      expect(rect(gap).width).to.be.lessThan(3 * rect(quiet).width);
      // A reader of the other languages gets the same.
      await set(el, 'lang', 'ja');
      expect(shadow(el).querySelector('.gap')!.textContent).to.contain(formatYearRange(2007, 2009, STRINGS.ja)).and.contain(STRINGS.ja.timeline.noEventsInGap);
    });

    it('ends the line at the summit; the event not dated yet follows on a dashed stretch', async () => {
      const el = await timeline(mode, {lang: 'en'}, '1280px');
      const end = shadow(el).querySelector('.year.end')!;
      expect(end.querySelector('.seg-label')!.textContent).to.equal('2025');
      const lastDated = [...end.querySelectorAll<HTMLElement>('li.event')].at(-1)!;
      expect(lastDated.dataset.id).to.equal(TOKYO);
      const line = getComputedStyle(lastDated, '::before');
      const dot = getComputedStyle(lastDated, '::after');
      const lineEnd = rect(lastDated).left + parseFloat(line.left) + parseFloat(line.width);
      const dotCentre = rect(lastDated).left + parseFloat(dot.left) + parseFloat(dot.width) / 2;
      expect(Math.abs(lineEnd - dotCentre)).to.be.below(2);
      expect(parseFloat(dot.width), 'the summit has the largest dot').to.be.greaterThan(
        parseFloat(getComputedStyle(item(el, 'summit-eve-2025'), '::after').width)
      );
      // Every dated event is before the summit's end point.
      for (const event of dated) expect(rect(button(el, event.id)).left).to.be.at.most(rect(button(el, TOKYO)).left);
      const undated = shadow(el).querySelector('.unannounced')!;
      expect(undated.querySelector('.seg-label')!.textContent).to.equal(STRINGS.en.shared.dateUnannounced);
      expect(rect(button(el, NEXT)).left).to.be.greaterThan(rect(button(el, TOKYO)).right);
      expect(getComputedStyle(undated, '::before').borderTopStyle).to.equal('dashed');
    });

    it('the track scrolls sideways by itself (wheel, touch and keyboard); the page does not', async () => {
      const el = await timeline(mode, {}, '1024px');
      const style = getComputedStyle(list(el));
      expect(style.overflowX).to.equal('auto');
      expect(style.overscrollBehaviorX).to.equal('contain');
      expect(list(el).scrollWidth).to.be.greaterThan(list(el).clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      // The keyboard: moving along the events brings the focused one into the track's view.
      buttons(el)[0].focus();
      await sendKeys({press: 'End'});
      await until(() => rect(button(el, NEXT)).right <= rect(list(el)).right + 1, 'the track to scroll to the last event');
      expect(list(el).scrollLeft).to.be.greaterThan(0);
      expect(window.scrollX).to.equal(0);
    });

    it('inline details stay hidden on the line; the panel shows the open event', async () => {
      const el = await timeline(mode, {highlight: TOKYO}, '1200px');
      expect(shown(details(el, TOKYO))).to.be.false;
      expect(shown(panel(el)!)).to.be.true;
      expect(panel(el)!.textContent).to.contain(tokyo.summary.en);
    });
  });

  // -- Previous / Next -------------------------------------------------------------
  describe('previous and next buttons', () => {
    it('are named in each language, after the events, and hidden in the vertical list', async () => {
      for (const lang of ['en', 'ja', 'ru'] as const) {
        const el = await timeline(mode, {lang}, '1200px');
        expect(step(el, 'prev').textContent!.trim()).to.contain(STRINGS[lang].timeline.previous);
        expect(step(el, 'next').textContent!.trim()).to.contain(STRINGS[lang].timeline.next);
        const axe = await loadAxe(el);
        expect(axe.commons.text.accessibleText(step(el, 'prev'))).to.equal(STRINGS[lang].timeline.previous);
        expect(axe.commons.text.accessibleText(step(el, 'next'))).to.equal(STRINGS[lang].timeline.next);
        axe.teardown();
        // After the events in the document, hence in tab order.
        expect(list(el).compareDocumentPosition(step(el, 'prev')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      }
      const narrow = await timeline(mode, {}, '300px');
      expect(step(narrow, 'next').checkVisibility()).to.be.false;
    });

    it('Next opens the first event when none is open, then each next one, scrolling the track, not the page', async () => {
      const el = await timeline(mode, {lang: 'en'}, '1024px');
      const fired = selections(el);
      expect(expandedIds(el)).to.deep.equal([]);
      expect(panel(el)!.textContent!.trim()).to.equal(STRINGS.en.timeline.choose);
      expect(step(el, 'prev').getAttribute('aria-disabled')).to.equal('true');
      expect(step(el, 'next').getAttribute('aria-disabled')).to.equal('false');

      await click(el, step(el, 'next'));
      expect(expandedIds(el)).to.deep.equal([EVENTS[0].id]);
      expect(button(el, EVENTS[0].id).getAttribute('aria-current')).to.equal('true');
      expect(panel(el)!.getAttribute('aria-labelledby')).to.equal(`h-${EVENTS[0].id}`);
      expect(step(el, 'prev').getAttribute('aria-disabled'), 'nothing before the first').to.equal('true');
      expect(shadow(el).querySelector('.position')!.textContent).to.contain(`1 of ${EVENTS.length}`);

      const scrollY = window.scrollY;
      for (let i = 1; i < 8; i++) await click(el, step(el, 'next'));
      expect(expandedIds(el)).to.deep.equal([EVENTS[7].id]);
      expect(fired).to.deep.equal(EVENTS.slice(0, 8).map((e) => e.id));
      await until(() => {
        const box = rect(button(el, EVENTS[7].id));
        return box.left >= rect(list(el)).left - 1 && box.right <= rect(list(el)).right + 1;
      }, 'the track to bring the event into view');
      expect(list(el).scrollLeft).to.be.greaterThan(0);
      expect(window.scrollY).to.equal(scrollY);
      // The roving tab stop follows the current event.
      expect(tabStops(el)).to.deep.equal([EVENTS[7].id]);

      await click(el, step(el, 'prev'));
      expect(expandedIds(el)).to.deep.equal([EVENTS[6].id]);
      expect(fired.at(-1)).to.equal(EVENTS[6].id);
    });

    it('are unavailable at the ends, keep the focus there, and fire nothing', async () => {
      const el = await timeline(mode, {highlight: NEXT}, '1024px');
      const fired = selections(el);
      expect(step(el, 'next').getAttribute('aria-disabled')).to.equal('true');
      step(el, 'next').focus();
      await click(el, step(el, 'next'));
      expect(expandedIds(el)).to.deep.equal([NEXT]);
      expect(fired).to.deep.equal([]);
      await click(el, step(el, 'prev'));
      expect(expandedIds(el)).to.deep.equal([TOKYO]);
      expect(step(el, 'next').getAttribute('aria-disabled')).to.equal('false');

      await set(el, 'highlight', EVENTS[0].id);
      expect(step(el, 'prev').getAttribute('aria-disabled')).to.equal('true');
      step(el, 'prev').focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(expandedIds(el)).to.deep.equal([EVENTS[0].id]);
      expect(shadow(el).activeElement).to.equal(step(el, 'prev'));
      expect(fired).to.deep.equal([TOKYO]);
    });

    it('work from the keyboard: Tab from the events reaches Previous, then Next', async () => {
      const el = await timeline(mode, {highlight: 'abe-tour-2015'}, '1200px', '<button id="before">before</button>');
      const fired = selections(el);
      document.getElementById('before')!.focus();
      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal('abe-tour-2015');
      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement).to.equal(step(el, 'prev'));
      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement).to.equal(step(el, 'next'));
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      const after = EVENTS.findIndex((e) => e.id === 'abe-tour-2015');
      expect(fired).to.deep.equal([EVENTS[after + 1].id, EVENTS[after + 2].id]);
      expect(expandedIds(el)).to.deep.equal([EVENTS[after + 2].id]);
      // Back into the events: Shift+Tab twice lands on the current event.
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      expect(focused(el)).to.equal(EVENTS[after + 2].id);
    });
  });

  // -- the vertical list -----------------------------------------------------------
  describe('vertical list in the flow', () => {
    for (const width of [320, 375]) {
      it(`${width} px: no element of the widget scrolls inside itself; every event is in the page's flow`, async () => {
        await setViewport({width, height: 700});
        const el = await timeline(mode, {highlight: TOKYO}, 'auto');
        expect(arrangementOf(el)).to.equal('vertical');
        for (const node of shadow(el).querySelectorAll<HTMLElement>('*')) {
          const style = getComputedStyle(node);
          const scrolls = /auto|scroll/.test(style.overflowX + style.overflowY);
          if (!scrolls) continue;
          const what = `<${node.localName} class="${node.className}">`;
          expect(node.scrollHeight, `${what} scrolls vertically`).to.be.at.most(node.clientHeight + 1);
          expect(node.scrollWidth, `${what} scrolls sideways`).to.be.at.most(node.clientWidth + 1);
        }
        expect(getComputedStyle(list(el)).maxHeight).to.equal('none');
        // Every event: laid out one below the other, inside the list's own box, taller than a screen.
        const boxes = buttons(el).map(rect);
        expect(boxes).to.have.length(EVENTS.length);
        const listBox = rect(list(el));
        for (let i = 0; i < boxes.length; i++) {
          expect(buttons(el)[i].checkVisibility(), ids(el)[i]).to.be.true;
          expect(boxes[i].height).to.be.greaterThan(10);
          expect(boxes[i].bottom).to.be.at.most(listBox.bottom + 1);
          if (i) expect(boxes[i].top).to.be.greaterThan(boxes[i - 1].bottom - 1);
        }
        expect(listBox.height).to.be.greaterThan(700);
        expect(document.documentElement.scrollHeight).to.be.greaterThan(listBox.height);
      });
    }

    it('groups the events under year headings, marks the long gap, and leaves out the quiet single years', async () => {
      const el = await timeline(mode, {lang: 'en'}, '300px');
      const headings = [...shadow(el).querySelectorAll('.year > .seg-label')].map((h) => h.textContent);
      expect(headings).to.deep.equal([...years.map(String), STRINGS.en.shared.dateUnannounced]);
      for (const event of dated) {
        expect(item(el, event.id).closest('.year')!.querySelector('.seg-label')!.textContent).to.equal(event.date.start.slice(0, 4));
      }
      expect(item(el, NEXT).closest('.year')!.classList.contains('unannounced')).to.be.true;
      const gap = shadow(el).querySelector('.gap')!;
      expect(gap.checkVisibility()).to.be.true;
      expect(gap.textContent).to.contain(formatYearRange(2007, 2009, STRINGS.en));
      for (const quiet of shadow(el).querySelectorAll('.quiet')) expect(quiet.checkVisibility()).to.be.false;
    });

    it('--sw-timeline-max-height keeps the opt-in capped box that scrolls inside itself', async () => {
      const el = await timeline(mode, {style: '--sw-timeline-max-height: 20rem'}, '300px');
      expect(getComputedStyle(list(el)).maxHeight).to.equal('320px');
      expect(list(el).clientHeight).to.be.at.most(320);
      expect(list(el).scrollHeight).to.be.greaterThan(list(el).clientHeight);
    });
  });

  // -- opening events ------------------------------------------------------------
  describe('opening events', () => {
    it('vertical: a button expands and collapses its event, several may be open, firing summit-timeline-select on open only', async () => {
      const el = await timeline(mode, {}, '300px');
      const fired = selections(el);
      const id = 'fmm-2-tokyo-2006';
      expect(button(el, id).getAttribute('aria-expanded')).to.equal('false');
      expect(button(el, id).getAttribute('aria-controls')!.split(' ')).to.include(`d-${id}`);
      expect(shown(details(el, id))).to.be.false;
      await click(el, button(el, id));
      expect(button(el, id).getAttribute('aria-expanded')).to.equal('true');
      expect(shown(details(el, id))).to.be.true;
      expect(fired).to.deep.equal([id]);
      await click(el, button(el, TOKYO));
      expect(expandedIds(el)).to.deep.equal([id, TOKYO]);
      expect(shown(details(el, id)) && shown(details(el, TOKYO))).to.be.true;
      await click(el, button(el, id));
      expect(button(el, id).getAttribute('aria-expanded')).to.equal('false');
      expect(shown(details(el, id))).to.be.false;
      expect(fired).to.deep.equal([id, TOKYO]);
    });

    it('horizontal: nothing open, the panel invites a choice; the chosen button is current and expanded, the panel named by its heading', async () => {
      const el = await timeline(mode, {lang: 'en'}, '1200px');
      const fired = selections(el);
      expect(expandedIds(el)).to.deep.equal([]);
      expect(panel(el)!.textContent!.trim()).to.equal(STRINGS.en.timeline.choose);
      expect(panel(el)!.hasAttribute('aria-labelledby')).to.be.false;
      await click(el, button(el, TOKYO));
      const p = panel(el)!;
      expect(p.getAttribute('role')).to.equal('region');
      const label = shadow(el).getElementById(p.getAttribute('aria-labelledby')!)!;
      expect(label.localName).to.equal('h5');
      expect(label.textContent).to.contain(tokyo.title.en);
      expect(p.textContent).to.contain(tokyo.summary.en).and.contain(tokyo.place.en).and.contain(STRINGS.en.timeline.milestone);
      expect(button(el, TOKYO).getAttribute('aria-current')).to.equal('true');
      expect(button(el, TOKYO).getAttribute('aria-controls')!.split(' ')).to.include('panel');
      expect(expandedIds(el)).to.deep.equal([TOKYO]);
      expect(fired).to.deep.equal([TOKYO]);
      // Another one replaces it; clicking the one already open opens nothing new.
      await click(el, button(el, 'abe-tour-2015'));
      expect(expandedIds(el)).to.deep.equal(['abe-tour-2015']);
      await click(el, button(el, 'abe-tour-2015'));
      expect(fired).to.deep.equal([TOKYO, 'abe-tour-2015']);
    });

    it("the event reaches listeners outside the page's shadow roots (composed)", async () => {
      const el = await timeline(mode, {}, '300px');
      const got = new Promise<CustomEvent<SummitTimelineSelectDetail>>((resolve) =>
        document.addEventListener('summit-timeline-select', resolve, {once: true})
      );
      button(el, TOKYO).click();
      const event = await got;
      expect(event.detail).to.deep.equal({id: TOKYO});
      expect(event.bubbles && event.composed).to.be.true;
    });
  });

  // -- keyboard ------------------------------------------------------------------
  describe('keyboard', () => {
    const withButtonBefore = async (attrs: Attrs, width: string) => {
      const el = await timeline(mode, attrs, width, '<button id="before">before</button>');
      const fired = selections(el);
      document.getElementById('before')!.focus();
      return {el, fired};
    };

    it('is one tab stop into the events (roving tabindex); vertical: then the Sources', async () => {
      const {el} = await withButtonBefore({}, '300px');
      expect(tabStops(el)).to.deep.equal([EVENTS[0].id]);
      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal(EVENTS[0].id);
      await sendKeys({press: 'Tab'});
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
        } else {
          expect(expandedIds(el)).to.deep.equal([second, third]);
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
  describe('from, to and kinds', () => {
    it('from / to as years: from its 1 January, to its 31 December', async () => {
      const el = await timeline(mode, {from: '2022', to: '2025'});
      expect(ids(el)).to.deep.equal(idsWhere((e) => e.date.start >= '2022' && e.date.start < '2026'));
      expect(ids(el)).to.include(TOKYO).and.include('fmm-8-online-2022');
    });

    it('from / to as ISO dates include events starting on that day', async () => {
      const el = await timeline(mode, {from: '2015-10-22', to: '2025-12-20'});
      expect(ids(el)[0]).to.equal('abe-tour-2015');
      expect(ids(el)).to.include(TOKYO);
      await set(el, 'from', '2015-10-23');
      expect(ids(el)).not.to.include('abe-tour-2015');
      await set(el, 'to', '2025-12-19');
      expect(ids(el).at(-1)).to.equal('summit-eve-2025');
    });

    it('kinds filters by kind, tolerant of whitespace and case', async () => {
      const el = await timeline(mode, {kinds: 'summit,ministerial'});
      const expected = idsWhere((e) => e.kind === 'summit' || e.kind === 'ministerial');
      expect(ids(el)).to.deep.equal(expected);
      await set(el, 'kinds', ' Summit ,  MINISTERIAL ');
      expect(ids(el)).to.deep.equal(expected);
      await set(el, 'kinds', 'visit');
      expect(ids(el)).to.deep.equal(idsWhere((e) => e.kind === 'visit'));
    });

    it('the axis follows the filter: its years, its gaps', async () => {
      const el = await timeline(mode, {kinds: 'summit,visit'}, '1280px');
      // 2006, 2015, 2025: quiet stretches between them become gaps.
      expect(shadow(el).querySelectorAll('.year')).to.have.length(3);
      expect([...shadow(el).querySelectorAll('.gap')].map(segLabel)).to.deep.equal([
        formatYearRange(2007, 2014, STRINGS.en),
        formatYearRange(2016, 2024, STRINGS.en),
      ]);
    });

    it('changing or removing from, to and kinds after first render updates the widget', async () => {
      const el = await timeline(mode, {from: '2020'});
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
      const el = await timeline(mode, {lang: 'en', kinds: 'summit', to: '2020'});
      expect(list(el)).to.be.null;
      const empty = shadow(el).querySelector('.empty')!;
      expect(empty.textContent).to.equal(STRINGS.en.timeline.noEvents);
      expect(empty.getAttribute('role')).to.equal('status');
      expect(panel(el)).to.be.null;
      expect(shadow(el).querySelector('.controls')).to.be.null;
      await set(el, 'lang', 'ja');
      expect(shadow(el).querySelector('.empty')!.textContent).to.equal(STRINGS.ja.timeline.noEvents);
      await set(el, 'to', null);
      expect(ids(el)).to.deep.equal([TOKYO]);
    });

    it('lang changes re-render the dates, years and labels', async () => {
      const el = await timeline(mode, {lang: 'en'});
      await set(el, 'lang', 'ru');
      expect(item(el, TOKYO).querySelector('time')!.textContent).to.equal('20 декабря 2025 г.');
      expect(shadow(el).querySelector('.heading')!.textContent).to.equal(STRINGS.ru.timeline.title);
      expect(shadow(el).getElementById('y-2025')!.textContent).to.equal(formatIsoDate('2025', STRINGS.ru));
      expect(step(el, 'next').textContent).to.contain(STRINGS.ru.timeline.next);
    });
  });

  // -- highlight -----------------------------------------------------------------
  describe('highlight', () => {
    afterEach(() => window.scrollTo(0, 0));

    /** A timeline below a tall spacer: scrolling the page to it would move window.scrollY. */
    async function belowTheFold(attrs: Attrs, width: string) {
      window.scrollTo(0, 0);
      const el = await timeline(mode, attrs, width, '<div style="height: 150vh"></div>');
      const fired = selections(el);
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 50)); // let any scroll the widget asked for land
      return {el, fired};
    }

    it('vertical: opens the event, scrolls nothing (the list is in the page\'s flow); fires no event', async () => {
      const {el, fired} = await belowTheFold({highlight: TOKYO}, '300px');
      expect(arrangementOf(el)).to.equal('vertical');
      expect(button(el, TOKYO).getAttribute('aria-expanded')).to.equal('true');
      expect(shown(details(el, TOKYO))).to.be.true;
      expect(list(el).scrollTop).to.equal(0);
      expect(window.scrollY).to.equal(0);
      expect(fired).to.deep.equal([]);
    });

    it('vertical in a capped box (--sw-timeline-max-height): scrolls the box, not the page', async () => {
      const {el} = await belowTheFold({highlight: TOKYO, style: '--sw-timeline-max-height: 20rem'}, '300px');
      const ol = list(el);
      expect(ol.scrollTop).to.be.greaterThan(0);
      const top = rect(item(el, TOKYO)).top - rect(ol).top;
      expect(top).to.be.within(-1, ol.clientHeight - 20);
      expect(window.scrollY).to.equal(0);
    });

    it('horizontal: selects the event and scrolls the track, not the page; fires no event', async () => {
      const {el, fired} = await belowTheFold({highlight: 'abe-tour-2015'}, '1200px');
      expect(arrangementOf(el)).to.equal('horizontal');
      expect(button(el, 'abe-tour-2015').getAttribute('aria-current')).to.equal('true');
      expect(panel(el)!.getAttribute('aria-labelledby')).to.equal('h-abe-tour-2015');
      const ol = list(el);
      expect(ol.scrollLeft).to.be.greaterThan(0);
      const box = rect(item(el, 'abe-tour-2015'));
      expect(box.left).to.be.at.least(rect(ol).left - 1);
      expect(box.right).to.be.at.most(rect(ol).right + 1);
      expect(window.scrollY).to.equal(0);
      expect(fired).to.deep.equal([]);
    });

    it('is revealed by CSS alone (scroll-initial-target on the track), before any script could scroll', async () => {
      // The widget neither scrolls the track nor reads its layout for the first reveal (no forced layout).
      const scrolls: unknown[] = [];
      const reads: unknown[] = [];
      const {scrollTo, getBoundingClientRect} = Element.prototype;
      Element.prototype.scrollTo = function (this: Element, ...args: unknown[]) {
        scrolls.push(args);
        return scrollTo.apply(this, args as Parameters<typeof scrollTo>);
      } as typeof scrollTo;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        if (this.getRootNode() instanceof ShadowRoot) reads.push(this.localName);
        return getBoundingClientRect.call(this);
      };
      let el: Awaited<ReturnType<typeof belowTheFold>>['el'];
      try {
        ({el} = await belowTheFold({highlight: TOKYO}, '1200px'));
      } finally {
        Object.assign(Element.prototype, {scrollTo, getBoundingClientRect});
      }
      expect(getComputedStyle(item(el, TOKYO)).getPropertyValue('scroll-initial-target')).to.equal('nearest');
      expect(shadow(el).querySelectorAll('.initial')).to.have.length(1);
      expect(list(el).scrollLeft, 'the track starts at the event').to.be.greaterThan(0);
      expect(scrolls, 'scrollTo calls').to.deep.equal([]);
      expect(reads, 'layout reads inside the widget').to.deep.equal([]);
    });

    it('without reduced motion the track may scroll smoothly; with it, never', async () => {
      const el = await timeline(mode, {highlight: TOKYO});
      expect(getComputedStyle(list(el)).scrollBehavior).to.equal('smooth');
      await emulateMedia({reducedMotion: 'reduce'});
      expect(getComputedStyle(list(el)).scrollBehavior).to.equal('auto');
      // The highlight lands at once.
      const reduced = await timeline(mode, {highlight: TOKYO});
      await nextFrame();
      expect(list(reduced).scrollLeft).to.be.greaterThan(0);
    });

    it('changing highlight opens the new event; removing it closes it', async () => {
      const el = await timeline(mode, {highlight: TOKYO}, '300px');
      await set(el, 'highlight', 'abe-tour-2015');
      expect(expandedIds(el)).to.deep.equal(['abe-tour-2015']);
      await set(el, 'highlight', null);
      expect(expandedIds(el)).to.deep.equal([]);
    });

    it('a new highlight after the first render is brought into the track', async () => {
      const el = await timeline(mode, {highlight: TOKYO}, '1024px');
      expect(list(el).scrollLeft, 'the track starts at the summit').to.be.greaterThan(0);
      await set(el, 'highlight', EVENTS[0].id);
      await until(() => list(el).scrollLeft === 0, 'the track back at the start');
    });

    it('applies to a dataset loaded from src', async () => {
      const el = await timeline(mode, {src: '/data/ca-jad-2025.json', highlight: TOKYO}, '300px');
      await until(() => !!shadow(el).querySelector('.event-button'), 'the fetched dataset');
      await el.updateComplete;
      expect(button(el, TOKYO).getAttribute('aria-expanded')).to.equal('true');
    });
  });

  // -- bad input -----------------------------------------------------------------
  describe('bad input', () => {
    it('an unknown highlight id: one warning, nothing opened', async () => {
      const {el, warnings} = await warningsFor(mode, {highlight: 'osaka-summit-2031'}, '300px');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('highlight').and.contain('osaka-summit-2031');
      expect(expandedIds(el)).to.deep.equal([]);
    });

    it('a highlight filtered out: one warning', async () => {
      const {el, warnings} = await warningsFor(mode, {highlight: TOKYO, to: '2020'}, '300px');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('highlight');
      expect(ids(el)).not.to.include(TOKYO);
    });

    it('from after to: one warning, both bounds ignored', async () => {
      const {el, warnings} = await warningsFor(mode, {from: '2025', to: '2015'});
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
        const {el, warnings} = await warningsFor(mode, {[name]: value, ...other});
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`${name} "${value}"`);
        const expected = name === 'from' ? idsWhere((e) => e.date.start < '2011') : idsWhere((e) => e.date.start >= '2010');
        expect(ids(el)).to.deep.equal(expected);
      });
    }

    it('an unknown kind: one warning, that kind ignored', async () => {
      const {el, warnings} = await warningsFor(mode, {kinds: 'summit, banquet'});
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('banquet');
      expect(ids(el)).to.deep.equal([TOKYO]);
    });

    it('no valid kind left: one warning, every event shown', async () => {
      const {el, warnings} = await warningsFor(mode, {kinds: 'banquet'});
      expect(warnings).to.have.length(1);
      expect(ids(el)).to.deep.equal(allIds);
    });

    it('a bad layout: one warning, auto', async () => {
      const {el, warnings} = await warningsFor(mode, {layout: 'diagonal'}, '300px');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('layout "diagonal"');
      expect(arrangementOf(el)).to.equal('vertical');
      (el.parentElement as HTMLElement).style.width = '1200px';
      expect(arrangementOf(el)).to.equal('horizontal');
    });

    it('a failed src shows the error box with one warning', async () => {
      let el!: SummitTimeline;
      const warnings = await captureWarnings(async () => {
        el = await timeline(mode, {src: '/missing-dataset.json', lang: 'ru'});
        await until(() => !!shadow(el).querySelector('[role="alert"]'), 'the error box');
      });
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(STRINGS.ru.shared.errorTitle);
      expect(list(el)).to.be.null;
      expect(warnings).to.have.length(1);
    });
  });

  // -- media ---------------------------------------------------------------------
  describe('print, scripts off and forced colours', () => {
    for (const width of ['300px', '1200px']) {
      it(`prints every event expanded in a vertical list (${width})`, async () => {
        const el = await timeline(mode, {highlight: TOKYO}, width);
        await emulateMedia({media: 'print'});
        expect(arrangementOf(el)).to.equal('vertical');
        expect(shadow(el).querySelectorAll('.details')).to.have.length(EVENTS.length);
        for (const node of shadow(el).querySelectorAll('.details')) expect(shown(node)).to.be.true;
        expect(shown(panel(el)!)).to.be.false;
        expect(shown(shadow(el).querySelector('.controls')!)).to.be.false;
        const style = getComputedStyle(list(el));
        expect(style.display).to.equal('block');
        expect(style.overflowX + style.overflowY).to.equal('visiblevisible');
        expect(style.maxHeight).to.equal('none');
      });
    }

    for (const width of [320, 1280]) {
      it(`with scripts off (a static copy in a sandboxed frame), ${width} px: the right arrangement, every event's details shown`, async () => {
        const el = await timeline(mode, {highlight: TOKYO}, '100%');
        const frame = await staticCopy(el, width);
        try {
          const doc = frame.contentDocument!;
          const win = frame.contentWindow!;
          expect(win.matchMedia('(scripting: none)').matches, 'scripts are off in the frame').to.be.true;
          const root = doc.querySelector('summit-timeline')!.shadowRoot!;
          expect(root, 'declarative shadow DOM').to.exist;
          const arrangement = win.getComputedStyle(root.querySelector('.timeline')!).getPropertyValue('--_arrangement').trim();
          expect(arrangement).to.equal(width === 320 ? 'vertical' : 'horizontal');
          const all = [...root.querySelectorAll('.details')];
          expect(all).to.have.length(EVENTS.length);
          for (const node of all) expect(win.getComputedStyle(node).display, node.id).to.not.equal('none');
          for (const node of root.querySelectorAll('.panel, .controls')) expect(win.getComputedStyle(node).display).to.equal('none');
          expect(doc.documentElement.scrollWidth).to.be.at.most(width);
          if (width === 1280) {
            // highlight, revealed by CSS alone: the track starts scrolled to the summit, the page does not move.
            const track = root.querySelector<HTMLElement>('.events')!;
            const summit = root.querySelector<HTMLElement>(`li[data-id="${TOKYO}"]`)!.getBoundingClientRect();
            expect(track.scrollLeft).to.be.greaterThan(0);
            expect(summit.left).to.be.at.least(track.getBoundingClientRect().left - 1);
            expect(summit.right).to.be.at.most(track.getBoundingClientRect().right + 1);
            expect(win.scrollY).to.equal(0);
          }
        } finally {
          frame.remove();
        }
      });
    }

    it('has forced-colors rules for the milestone badge, the dots, the gap mark and the open event', async () => {
      // Puppeteer cannot emulate forced-colors: check the widget's stylesheets carry the rules.
      const el = await timeline(mode);
      const rules = shadow(el)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'))
        .map((rule) => rule.cssText)
        .join('\n');
      expect(rules).to.contain('.badge').and.contain('.milestone').and.contain('aria-expanded').and.contain('.gap');
    });

    it('uses no inline style: positions on the axis come from classes and structure', async () => {
      const el = await timeline(mode, {highlight: TOKYO}, '1280px');
      expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
    });
  });

  // -- accessibility -------------------------------------------------------------
  describe('accessibility (axe)', () => {
    for (const viewport of [320, 1280]) {
      for (const theme of ['light', 'dark']) {
        for (const lang of ['en', 'ja', 'ru']) {
          it(`${viewport} px, ${theme}, ${lang}`, async () => {
            await setViewport({width: viewport, height: 900});
            const el = await timeline(mode, {theme, lang, highlight: TOKYO}, viewport === 320 ? 'auto' : '1200px');
            expect(arrangementOf(el)).to.equal(viewport === 320 ? 'vertical' : 'horizontal');
            await expect(el).to.be.accessible();
          });
        }
      }
    }

    it('the empty state, nothing selected, and the forced layouts pass too', async () => {
      await expect(await timeline(mode, {kinds: 'summit', to: '2004'})).to.be.accessible();
      await expect(await timeline(mode, {theme: 'dark'}, '1200px')).to.be.accessible();
      await expect(await timeline(mode, {layout: 'horizontal', theme: 'dark'}, '300px')).to.be.accessible();
      await expect(await timeline(mode, {layout: 'vertical', highlight: TOKYO}, '1200px')).to.be.accessible();
    });
  });
});

/** axe-core, loaded by a first `accessible()` check, set up on the page. */
async function loadAxe(el: SummitTimeline): Promise<typeof import('axe-core')> {
  const win = window as unknown as {axe?: typeof import('axe-core')};
  if (!win.axe) await expect(el).to.be.accessible();
  win.axe!.setup(document);
  return win.axe!;
}

/**
 * The widget as static HTML (declarative shadow DOM with its styles in a <style>), in an iframe
 * whose sandbox runs no script: what a reader with scripts off sees of a pre-rendered widget.
 */
async function staticCopy(el: SummitTimeline, width: number): Promise<HTMLIFrameElement> {
  const root = shadow(el);
  const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`).join('');
  const html = `<!doctype html><html lang="en"><body style="margin:0"><summit-timeline${attrs}><template shadowrootmode="open"><style>${css}</style>${root.innerHTML}</template></summit-timeline></body></html>`;
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
  frame.srcdoc = html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame;
}

// -- long timelines (the `data` property: client-rendered only) ------------------
describe('summit-timeline long timelines', () => {
  /** The bundled dataset with `n` events: the real ones, then copies dated from 2026 on, under new ids. */
  function withEvents(n: number): Dataset {
    const copies = Array.from({length: n - EVENTS.length}, (_, i) => {
      const day = new Date(Date.UTC(2026, 0, 1) + i * 86400000).toISOString().slice(0, 10);
      // Only the real Tokyo summit is a milestone.
      return {...dated[i % dated.length], milestone: undefined, id: `event-${i}`, date: {precision: 'day' as const, start: day}};
    });
    return {...bundledDataset, events: [...EVENTS, ...copies]};
  }
  /** In the order of the axis: the dated events, then the one whose date is not announced. */
  const expectedIds = (n: number) => [...dated.map((e) => e.id), ...Array.from({length: n - EVENTS.length}, (_, i) => `event-${i}`), NEXT];
  const items = (el: SummitTimeline) => shadow(el).querySelectorAll('li.event').length;
  const containers: HTMLElement[] = [];
  afterEach(() => containers.splice(0).forEach((c) => c.remove()));

  /** A timeline of `n` events, right after its first render (before any later task runs). */
  async function longTimeline(n: number, highlight?: string, width = '300px'): Promise<SummitTimeline> {
    const wrapper = document.createElement('div');
    wrapper.style.width = width;
    document.body.append(wrapper);
    containers.push(wrapper);
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

  it('End on 2,000 events reaches the last before the rest is in the DOM; the arrows and Home go on from there', async () => {
    const el = await longTimeline(2000);
    const order = expectedIds(2000);
    const last = order.at(-1)!;
    button(el, EVENTS[0].id).focus();
    button(el, EVENTS[0].id).dispatchEvent(new KeyboardEvent('keydown', {key: 'End', bubbles: true, composed: true}));
    expect(button(el, last), 'not in the DOM yet').to.be.null;
    await el.updateComplete;
    expect(focused(el)).to.equal(last);
    expect(tabStops(el)).to.deep.equal([last]);
    await sendKeys({press: 'ArrowUp'});
    expect(focused(el)).to.equal(order.at(-2));
    await sendKeys({press: 'Home'});
    expect(focused(el)).to.equal(order[0]);
  });

  it('on the horizontal axis too: all in the DOM in the end, in order, none overlapping', async () => {
    const el = await longTimeline(450, undefined, '1280px');
    await until(() => items(el) === 450, 'all 450 events in the DOM');
    const boxes = buttons(el).map(rect);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).to.be.at.least(boxes[i - 1].right);
    expect(shadow(el).querySelectorAll('.year')).to.have.length(years.length + 2 + 1);
  });

  it('an invalid dataset shows the error box', async () => {
    const data = structuredClone(bundledDataset) as unknown as {events: unknown[]};
    (data.events[0] as {date: unknown}).date = {precision: 'day', start: 'yesterday'};
    const warnings = await captureWarnings(async () => {
      const el = await longTimeline(EVENTS.length);
      el.data = data;
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('events[0].date');
      expect(list(el)).to.be.null;
    });
    expect(warnings).to.have.length(1);
  });
});
