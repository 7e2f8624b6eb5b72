import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import {bundledDataset} from '../src/dataset/bundled.js';
import type {Dataset, TimelineEvent} from '../src/dataset/types.js';
import {SummitTimeline, type SummitTimelineSelectDetail} from '../src/define/summit-timeline.js';
import {formatEventDate, formatIsoDate, formatYearRange} from '../src/internal/format.js';
import {citedSources} from '../src/internal/sources.js';
import {summitTimeline, TimelineHarness} from './kit/harness/summit-timeline.js';
import {captureWarnings, describeModes, RENDER_MODES, runWidgetConformance, shown, STRINGS, until, type RenderMode} from './kit/index.js';

const EVENTS = bundledDataset.events;
const TOKYO = 'tokyo-summit-2025';
const NEXT = 'next-summit-kazakhstan';
const tokyo = EVENTS.find((event) => event.id === TOKYO)!;
const dated = EVENTS.filter((event) => event.date.precision !== 'unannounced');

const rect = (node: Element) => node.getBoundingClientRect();
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

type Attrs = {
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
};

/** Warnings logged while building the widget and re-rendering it once more (a warning must not repeat). */
async function warningsFor(mode: RenderMode, attrs: Attrs, width = '1200px'): Promise<{w: TimelineHarness; warnings: string[]}> {
  let w!: TimelineHarness;
  const warnings = await captureWarnings(async () => {
    w = await summitTimeline(mode, {...attrs}, {width});
    w.el.requestUpdate();
    await w.el.updateComplete;
  });
  return {w, warnings};
}

/** Segments of the axis in DOM order: years, quiet years, gaps and the undated stretch. */
const segments = (w: TimelineHarness) => [...w.list.children] as HTMLElement[];
const yearSegments = (w: TimelineHarness) => segments(w).filter((s) => s.matches('.year:not(.unannounced), .quiet'));
const segLabel = (segment: Element) => segment.querySelector('.seg-label')!.textContent!.trim();

/** The events in the order the timeline shows them: the dated ones, then the one whose date is not announced (after the 2026 events). */
const SHOWN = [...dated, ...EVENTS.filter((event) => event.date.precision === 'unannounced')];
const allIds = SHOWN.map((event) => event.id);
const idsWhere = (test: (event: TimelineEvent) => boolean) => SHOWN.filter(test).map((event) => event.id);
/** The last dated event: the line ends there (since issue #23, an event of 2026 after the summit). */
const LAST_DATED = dated.at(-1)!.id;
const years = [...new Set(dated.map((event) => Number(event.date.start.slice(0, 4))))];

beforeEach(async () => {
  await setViewport({width: 1280, height: 900});
  await emulateMedia({media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference'});
});

runWidgetConformance({
  tag: 'summit-timeline',
  ctor: SummitTimeline,
  title: (lang) => STRINGS[lang].timeline.title,
  // The summit open: on the axis at 1280 px, in the list at 320 px.
  attributes: {highlight: TOKYO},
  wrapperWidth: (viewport) => (viewport === 320 ? 288 : 1200),
  prepare: async (el, viewport) => {
    expect(new TimelineHarness(el as SummitTimeline).arrangement).to.equal(viewport === 320 ? 'vertical' : 'horizontal');
  },
  badAttributes: [['src', '/missing-dataset.json']],
  fallbackAttributes: [
    ['layout', 'diagonal'],
    ['kinds', 'banquet'],
    ['from', 'last year'],
  ],
  validAttributes: {src: '/data/ca-jad-2025.json'},
  editText: (data, value) => (data.events[0].title.en = value),
});

describeModes('summit-timeline', (mode) => {
  // -- content -----------------------------------------------------------------
  describe('content', () => {
    it('shows every event in date order with its date, kind, place, title and summary; the undated one last', async () => {
      const w = await summitTimeline(mode, {lang: 'en'});
      expect(w.ids).to.deep.equal(allIds);
      expect(w.ids.at(-1)).to.equal(NEXT);
      for (const event of EVENTS) {
        const text = w.item(event.id).textContent!;
        const date = event.date.precision === 'unannounced' ? STRINGS.en.shared.dateUnannounced : formatEventDate(event.date, STRINGS.en);
        expect(text, event.id).to.contain(date);
        expect(text).to.contain(STRINGS.en.timeline[`kind.${event.kind}`]);
        expect(text).to.contain(event.place.en);
        expect(text).to.contain(event.title.en);
        expect(text).to.contain(event.summary.en);
      }
    });

    it('formats dates with Intl in Japanese and Russian, honouring each precision', async () => {
      const ja = await summitTimeline(mode, {lang: 'ja'});
      expect(ja.item(TOKYO).querySelector('time')!.textContent).to.equal('2025年12月20日');
      expect(ja.item('koizumi-visit-2006').querySelector('time')!.textContent).to.equal('2006年8月');
      // A range as the Japanese press writes it (ICU would write 2015/10/22～2015/10/28).
      expect(ja.item('abe-tour-2015').querySelector('time')!.textContent).to.equal('2015年10月22日～28日');
      expect(ja.item(TOKYO).textContent).to.contain('首脳会合').and.contain(tokyo.title.ja);
      expect(ja.item(NEXT).querySelector('.date')!.textContent).to.equal(STRINGS.ja.shared.dateUnannounced);

      const ru = await summitTimeline(mode, {lang: 'ru'});
      expect(ru.item(TOKYO).querySelector('time')!.textContent).to.equal('20 декабря 2025 г.');
      expect(ru.item('koizumi-visit-2006').querySelector('time')!.textContent).to.equal('август 2006 г.');
      expect(ru.item('abe-tour-2015').querySelector('time')!.textContent).to.match(/^22[–-]28 октября 2015/);
      expect(ru.item('fmm-1-astana-2004').textContent).to.contain('Встреча министров');
      expect(ru.item(NEXT).querySelector('.date')!.textContent).to.equal('Дата не объявлена');
    });

    it('keeps every precision: a day, a month, a year, a range, "date not announced" (a dataset from src)', async () => {
      for (const lang of ['en', 'ja', 'ru'] as const) {
        const w = await summitTimeline(mode, {lang, src: '/test/fixtures/precision-dataset.json'});
        await until(() => !!w.root.querySelector('.event-button'), 'the fetched dataset');
        await w.el.updateComplete;
        const date = (id: string) => w.item(id).querySelector('.date')!;
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
      const w = await summitTimeline(mode, {lang: 'ru'});
      const title = () => w.root.querySelector('.heading')!;
      const yearHeading = () => w.root.getElementById('y-2025')!;
      const eventHeading = () => w.button(TOKYO).parentElement!;
      const levels = () => [title(), yearHeading(), eventHeading()].map((h) => h.localName);
      expect(levels()).to.deep.equal(['h3', 'h4', 'h5']);
      expect(title().textContent).to.equal(STRINGS.ru.timeline.title);
      expect(yearHeading().textContent).to.equal(formatIsoDate('2025', STRINGS.ru));
      await w.set('heading-level', '5');
      expect(levels()).to.deep.equal(['h5', 'h6', 'h6']);
      await w.set('heading-level', null);
      expect(levels()).to.deep.equal(['h3', 'h4', 'h5']);
      expect(w.list.getAttribute('aria-labelledby')).to.equal(title().id);
      // Each year's list of events is named by its heading.
      expect(w.item(TOKYO).closest('ol')!.getAttribute('aria-labelledby')).to.equal('y-2025');
      expect(w.root.getElementById('y-unannounced')!.textContent).to.equal(STRINGS.ru.shared.dateUnannounced);
    });

    it('sets the Tokyo summit apart with a badge and a thick border, in the button a screen reader hears', async () => {
      const w = await summitTimeline(mode, {lang: 'en'}, {width: '300px'});
      const badges = w.root.querySelectorAll('.event-button .badge');
      expect(badges).to.have.length(1);
      const badge = badges[0] as HTMLElement;
      expect(w.button(TOKYO).contains(badge)).to.be.true;
      expect(badge.textContent).to.equal(STRINGS.en.timeline.milestone);
      expect(shown(badge) && badge.offsetWidth > 1 && !badge.closest('[aria-hidden="true"]')).to.be.true;
      const border = (id: string) => parseFloat(getComputedStyle(w.button(id)).borderTopWidth);
      expect(border(TOKYO)).to.be.at.least(3);
      expect(border('fmm-1-astana-2004')).to.be.below(2);

      // The button's accessible name, as axe computes it, carries the milestone label.
      await expect(w.el).to.be.accessible(); // also loads axe
      const axe = (window as unknown as {axe: typeof import('axe-core')}).axe;
      axe.setup(document);
      try {
        expect(axe.commons.text.accessibleText(w.button(TOKYO))).to.contain(tokyo.title.en).and.contain(STRINGS.en.timeline.milestone);
        expect(axe.commons.text.accessibleText(w.button('fmm-1-astana-2004'))).not.to.contain(STRINGS.en.timeline.milestone);
      } finally {
        axe.teardown();
      }
    });

    it('lists the sources of the events shown, after filtering', async () => {
      const w = await summitTimeline(mode, {from: '2022', to: '2022'});
      const events = EVENTS.filter((event) => event.date.start.startsWith('2022'));
      const expected = [...citedSources(events)];
      const sources = w.root.querySelector('.sources')!;
      expect(sources.querySelectorAll('.source-list > li')).to.have.length(expected.length);
      for (const id of expected) {
        expect(sources.textContent).to.contain(bundledDataset.sources.find((s) => s.id === id)!.title);
      }
      const astana = bundledDataset.sources.find((s) => s.id === 'mofa-fmm1-2004')!;
      expect(sources.textContent).not.to.contain(astana.title);
      await w.set('to', null);
      expect(w.root.querySelector('.sources')!.textContent).to.contain(
        bundledDataset.sources.find((s) => s.id === 'kantei-summit-2025')!.title
      );
    });

    it('the first render is the first interactive state: nothing in it changes afterwards', async () => {
      for (const [attrs, width] of [
        [{}, '1200px'],
        [{highlight: TOKYO}, '1200px'],
        [{highlight: TOKYO}, '320px'],
      ] as const) {
        const w = await summitTimeline(mode, attrs, {width});
        const changes: MutationRecord[] = [];
        const observer = new MutationObserver((records) => changes.push(...records));
        observer.observe(w.root, {subtree: true, childList: true, attributes: true, characterData: true});
        await nextFrame();
        await nextFrame();
        observer.disconnect();
        expect(changes, `${JSON.stringify(attrs)} at ${width}`).to.deep.equal([]);
        expect(w.el.isUpdatePending).to.be.false;
      }
    });
  });

  // -- arrangement ---------------------------------------------------------------
  describe('arrangement (container queries)', () => {
    it("is chosen by the widget's own width, from 640 px horizontal, without re-rendering", async () => {
      const w = await summitTimeline(mode, {}, {width: '639px'});
      expect(w.arrangement).to.equal('vertical');
      expect(shown(w.panel!)).to.be.false;
      expect(shown(w.root.querySelector('.controls')!)).to.be.false;
      const nodes = [...w.root.querySelectorAll('*')];
      (w.el.parentElement as HTMLElement).style.width = '640px';
      expect(w.arrangement).to.equal('horizontal');
      expect(shown(w.panel!)).to.be.true;
      expect(shown(w.root.querySelector('.controls')!)).to.be.true;
      expect(getComputedStyle(w.list).display).to.equal('flex');
      expect(w.el.isUpdatePending, 'no update: CSS alone switched the arrangement').to.be.false;
      expect([...w.root.querySelectorAll('*')]).to.deep.equal(nodes);
      (w.el.parentElement as HTMLElement).style.width = '300px';
      expect(w.arrangement).to.equal('vertical');
    });

    it('layout forces one by a class, and removing it goes back to auto', async () => {
      const w = await summitTimeline(mode, {layout: 'vertical'}, {width: '1200px'});
      expect(w.arrangement).to.equal('vertical');
      expect(w.root.querySelector('.timeline')!.classList.contains('vertical')).to.be.true;
      await w.set('layout', 'horizontal');
      expect(w.arrangement).to.equal('horizontal');
      (w.el.parentElement as HTMLElement).style.width = '300px';
      expect(w.arrangement).to.equal('horizontal');
      await w.set('layout', null);
      expect(w.arrangement).to.equal('vertical');
    });

    for (const layout of ['auto', 'horizontal', 'vertical']) {
      it(`does not widen the page at 320 px (layout ${layout})`, async () => {
        await setViewport({width: 320, height: 640});
        const w = await summitTimeline(mode, {layout}, {width: 'auto'});
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
        expect(rect(w.el).right).to.be.at.most(320);
        if (layout === 'horizontal') expect(w.list.scrollWidth).to.be.greaterThan(w.list.clientWidth);
      });
    }

    it('fits a 300 px sidebar and a 1200 px column', async () => {
      for (const width of ['300px', '1200px']) {
        const w = await summitTimeline(mode, {}, {width: width});
        const box = w.el.parentElement!.getBoundingClientRect();
        for (const part of w.root.querySelectorAll('.heading, ol.events, .controls, .panel, .sources')) {
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
        const w = await summitTimeline(mode, {lang: 'en'}, {width: `${width}px`});
        expect(w.arrangement).to.equal('horizontal');

        // Every year from the first event to the last dated one is marked, in order, left to right,
        // except the compressed gap, which names its years.
        const marks = yearSegments(w);
        const gap = segments(w).filter((s) => s.matches('.gap'));
        const labelled = [...marks.map((s) => Number(segLabel(s)))];
        const first = years[0];
        const last = years.at(-1)!;
        const gapYears = [2007, 2008, 2009];
        const expected = Array.from({length: last - first + 1}, (_, i) => first + i).filter((y) => !gapYears.includes(y));
        expect(labelled).to.deep.equal(expected);
        expect(gap.map(segLabel)).to.deep.equal([formatYearRange(2007, 2009, STRINGS.en)]);
        const lefts = [...marks, ...gap].sort((a, b) => rect(a).left - rect(b).left).map((s) => segLabel(s));
        expect(lefts).to.deep.equal(segments(w).filter((s) => !s.matches('.unannounced')).map(segLabel));
        for (let i = 1; i < marks.length; i++) expect(rect(marks[i]).left).to.be.greaterThan(rect(marks[i - 1]).left);

        // Each event sits inside its year, further along than the one before.
        const boxes = w.buttons.map(rect);
        for (let i = 1; i < boxes.length; i++) {
          expect(boxes[i].left, `${w.ids[i]} after ${w.ids[i - 1]}`).to.be.greaterThan(boxes[i - 1].left);
          expect(boxes[i].left, `${w.ids[i]} does not overlap ${w.ids[i - 1]}`).to.be.at.least(boxes[i - 1].right);
        }
        for (const event of dated) {
          const year = w.root.getElementById(`y-${event.date.start.slice(0, 4)}`)!.closest('li')!;
          expect(rect(w.button(event.id)).left).to.be.at.least(rect(year).left);
          expect(rect(w.button(event.id)).right).to.be.at.most(rect(year).right);
        }
        // The dots on the line never overlap either.
        const dots = w.buttons.map((b) => {
          const li = b.closest('li')!;
          const style = getComputedStyle(li, '::after');
          const left = rect(li).left + parseFloat(style.left);
          return {left, right: left + parseFloat(style.width)};
        });
        for (let i = 1; i < dots.length; i++) expect(dots[i].left).to.be.greaterThan(dots[i - 1].right);
      });
    }

    it('spaces events by month inside a year, and gives a quiet year the width of a year', async () => {
      const w = await summitTimeline(mode, {}, {width: '1280px'});
      const tickOf = (year: number) => rect(w.root.getElementById(`y-${year}`) ?? segments(w).find((s) => segLabel(s) === String(year))!);
      // June and August 2006: two months apart, side by side.
      const june = rect(w.button('fmm-2-tokyo-2006'));
      const august = rect(w.button('koizumi-visit-2006'));
      expect(august.left - june.right).to.be.greaterThan(rect(w.button('summit-eve-2025')).left - rect(w.button('summit-announced-2025')).right);
      // An August event sits further from its year's start than a May one.
      const offset = (id: string, year: number) => rect(w.button(id)).left - tickOf(year).left;
      expect(offset('fmm-1-astana-2004', 2004)).to.be.greaterThan(offset('fmm-6-ashgabat-2017', 2017));
      const quiet = segments(w).find((s) => segLabel(s) === '2005')!;
      expect(quiet.matches('.quiet')).to.be.true;
      expect(quiet.getAttribute('aria-hidden')).to.equal('true');
    });

    it('marks a long gap: 2007–2009 compressed into one broken stretch, labelled with its years and "No events"', async () => {
      const w = await summitTimeline(mode, {lang: 'en'}, {width: '1280px'});
      const gap = w.root.querySelector<HTMLElement>('.gap')!;
      expect(gap.previousElementSibling!.querySelector('.seg-label')!.textContent).to.equal('2006');
      expect(gap.nextElementSibling!.querySelector('.seg-label')!.textContent).to.equal('2010');
      expect(gap.textContent).to.contain(formatYearRange(2007, 2009, STRINGS.en)).and.contain(STRINGS.en.timeline.noEventsInGap);
      expect(gap.checkVisibility()).to.be.true;
      // Broken: a mark across the line, and a dashed line.
      expect(getComputedStyle(gap, '::after').content).to.not.equal('none');
      expect(getComputedStyle(gap, '::before').borderTopStyle).to.equal('dashed');
      // Compressed: three quiet years take less room than one quiet year drawn at scale, three times.
      const quiet = w.root.querySelector('.quiet')!;
      expect(rect(gap).width).to.be.lessThan(3 * rect(quiet).width);
      // A reader of the other languages gets the same.
      await w.set('lang', 'ja');
      expect(w.root.querySelector('.gap')!.textContent).to.contain(formatYearRange(2007, 2009, STRINGS.ja)).and.contain(STRINGS.ja.timeline.noEventsInGap);
    });

    it('ends the line at the last dated event (2026, after the summit); the event not dated yet follows on a dashed stretch', async () => {
      const w = await summitTimeline(mode, {lang: 'en'}, {width: '1280px'});
      const end = w.root.querySelector('.year.end')!;
      expect(end.querySelector('.seg-label')!.textContent).to.equal('2026');
      const lastDated = [...end.querySelectorAll<HTMLElement>('li.event')].at(-1)!;
      expect(lastDated.dataset.id).to.equal(LAST_DATED);
      const line = getComputedStyle(lastDated, '::before');
      const dot = getComputedStyle(lastDated, '::after');
      const lineEnd = rect(lastDated).left + parseFloat(line.left) + parseFloat(line.width);
      const dotCentre = rect(lastDated).left + parseFloat(dot.left) + parseFloat(dot.width) / 2;
      expect(Math.abs(lineEnd - dotCentre)).to.be.below(2);
      expect(parseFloat(getComputedStyle(w.item(TOKYO), '::after').width), 'the summit has the largest dot').to.be.greaterThan(
        parseFloat(getComputedStyle(w.item('summit-eve-2025'), '::after').width)
      );
      // Every dated event is before the line's end point, the events after the summit after it.
      for (const event of dated) expect(rect(w.button(event.id)).left).to.be.at.most(rect(w.button(LAST_DATED)).left);
      for (const event of dated.filter((e) => e.date.start > tokyo.date.start)) {
        expect(rect(w.button(event.id)).left, event.id).to.be.greaterThan(rect(w.button(TOKYO)).left);
      }
      const undated = w.root.querySelector('.unannounced')!;
      expect(undated.querySelector('.seg-label')!.textContent).to.equal(STRINGS.en.shared.dateUnannounced);
      expect(rect(w.button(NEXT)).left).to.be.greaterThan(rect(w.button(LAST_DATED)).right);
      expect(getComputedStyle(undated, '::before').borderTopStyle).to.equal('dashed');
    });

    it('the track scrolls sideways by itself (wheel, touch and keyboard); the page does not', async () => {
      const w = await summitTimeline(mode, {}, {width: '1024px'});
      const style = getComputedStyle(w.list);
      expect(style.overflowX).to.equal('auto');
      expect(style.overscrollBehaviorX).to.equal('contain');
      expect(w.list.scrollWidth).to.be.greaterThan(w.list.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      // The keyboard: moving along the events brings the focused one into the track's view.
      w.buttons[0].focus();
      await sendKeys({press: 'End'});
      await until(() => rect(w.button(NEXT)).right <= rect(w.list).right + 1, 'the track to scroll to the last event');
      expect(w.list.scrollLeft).to.be.greaterThan(0);
      expect(window.scrollX).to.equal(0);
    });

    it('inline details stay hidden on the line; the panel shows the open event', async () => {
      const w = await summitTimeline(mode, {highlight: TOKYO}, {width: '1200px'});
      expect(shown(w.details(TOKYO))).to.be.false;
      expect(shown(w.panel!)).to.be.true;
      expect(w.panel!.textContent).to.contain(tokyo.summary.en);
    });
  });

  // -- Previous / Next -------------------------------------------------------------
  describe('previous and next buttons', () => {
    it('are named in each language, after the events, and hidden in the vertical list', async () => {
      for (const lang of ['en', 'ja', 'ru'] as const) {
        const w = await summitTimeline(mode, {lang}, {width: '1200px'});
        expect(w.step('prev').textContent!.trim()).to.contain(STRINGS[lang].timeline.previous);
        expect(w.step('next').textContent!.trim()).to.contain(STRINGS[lang].timeline.next);
        const axe = await loadAxe(w);
        expect(axe.commons.text.accessibleText(w.step('prev'))).to.equal(STRINGS[lang].timeline.previous);
        expect(axe.commons.text.accessibleText(w.step('next'))).to.equal(STRINGS[lang].timeline.next);
        axe.teardown();
        // After the events in the document, hence in tab order.
        expect(w.list.compareDocumentPosition(w.step('prev')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      }
      const narrow = await summitTimeline(mode, {}, {width: '300px'});
      expect(narrow.step('next').checkVisibility()).to.be.false;
    });

    it('Next opens the first event when none is open, then each next one, scrolling the track, not the page', async () => {
      const w = await summitTimeline(mode, {lang: 'en'}, {width: '1024px'});
      const fired = w.selections();
      expect(w.expandedIds).to.deep.equal([]);
      expect(w.panel!.textContent!.trim()).to.equal(STRINGS.en.timeline.choose);
      expect(w.step('prev').getAttribute('aria-disabled')).to.equal('true');
      expect(w.step('next').getAttribute('aria-disabled')).to.equal('false');

      await w.click(w.step('next'));
      expect(w.expandedIds).to.deep.equal([EVENTS[0].id]);
      expect(w.button(EVENTS[0].id).getAttribute('aria-current')).to.equal('true');
      expect(w.panel!.getAttribute('aria-labelledby')).to.equal(`h-${EVENTS[0].id}`);
      expect(w.step('prev').getAttribute('aria-disabled'), 'nothing before the first').to.equal('true');
      expect(w.root.querySelector('.position')!.textContent).to.contain(`1 of ${EVENTS.length}`);

      const scrollY = window.scrollY;
      for (let i = 1; i < 8; i++) await w.click(w.step('next'));
      expect(w.expandedIds).to.deep.equal([EVENTS[7].id]);
      expect(fired).to.deep.equal(EVENTS.slice(0, 8).map((e) => e.id));
      await until(() => {
        const box = rect(w.button(EVENTS[7].id));
        return box.left >= rect(w.list).left - 1 && box.right <= rect(w.list).right + 1;
      }, 'the track to bring the event into view');
      expect(w.list.scrollLeft).to.be.greaterThan(0);
      expect(window.scrollY).to.equal(scrollY);
      // The roving tab stop follows the current event.
      expect(w.tabStops).to.deep.equal([EVENTS[7].id]);

      await w.click(w.step('prev'));
      expect(w.expandedIds).to.deep.equal([EVENTS[6].id]);
      expect(fired.at(-1)).to.equal(EVENTS[6].id);
    });

    it('are unavailable at the ends, keep the focus there, and fire nothing', async () => {
      const w = await summitTimeline(mode, {highlight: NEXT}, {width: '1024px'});
      const fired = w.selections();
      expect(w.step('next').getAttribute('aria-disabled')).to.equal('true');
      w.step('next').focus();
      await w.click(w.step('next'));
      expect(w.expandedIds).to.deep.equal([NEXT]);
      expect(fired).to.deep.equal([]);
      await w.click(w.step('prev'));
      expect(w.expandedIds).to.deep.equal([LAST_DATED]);
      expect(w.step('next').getAttribute('aria-disabled')).to.equal('false');

      await w.set('highlight', EVENTS[0].id);
      expect(w.step('prev').getAttribute('aria-disabled')).to.equal('true');
      w.step('prev').focus();
      await sendKeys({press: 'Enter'});
      await w.el.updateComplete;
      expect(w.expandedIds).to.deep.equal([EVENTS[0].id]);
      expect(w.root.activeElement).to.equal(w.step('prev'));
      expect(fired).to.deep.equal([LAST_DATED]);
    });

    it('work from the keyboard: Tab from the events reaches Previous, then Next', async () => {
      const w = await summitTimeline(mode, {highlight: 'abe-tour-2015'}, {width: '1200px', before: '<button id="before">before</button>'});
      const fired = w.selections();
      document.getElementById('before')!.focus();
      await sendKeys({press: 'Tab'});
      expect(w.focusedId).to.equal('abe-tour-2015');
      await sendKeys({press: 'Tab'});
      expect(w.root.activeElement).to.equal(w.step('prev'));
      await sendKeys({press: 'Tab'});
      expect(w.root.activeElement).to.equal(w.step('next'));
      await sendKeys({press: 'Enter'});
      await w.el.updateComplete;
      await sendKeys({press: 'Space'});
      await w.el.updateComplete;
      const after = EVENTS.findIndex((e) => e.id === 'abe-tour-2015');
      expect(fired).to.deep.equal([EVENTS[after + 1].id, EVENTS[after + 2].id]);
      expect(w.expandedIds).to.deep.equal([EVENTS[after + 2].id]);
      // Back into the events: Shift+Tab twice lands on the current event.
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      expect(w.focusedId).to.equal(EVENTS[after + 2].id);
    });
  });

  // -- the vertical list -----------------------------------------------------------
  describe('vertical list in the flow', () => {
    for (const width of [320, 375]) {
      it(`${width} px: no element of the widget scrolls inside itself; every event is in the page's flow`, async () => {
        await setViewport({width, height: 700});
        const w = await summitTimeline(mode, {highlight: TOKYO}, {width: 'auto'});
        expect(w.arrangement).to.equal('vertical');
        for (const node of w.root.querySelectorAll<HTMLElement>('*')) {
          const style = getComputedStyle(node);
          const scrolls = /auto|scroll/.test(style.overflowX + style.overflowY);
          if (!scrolls) continue;
          const what = `<${node.localName} class="${node.className}">`;
          expect(node.scrollHeight, `${what} scrolls vertically`).to.be.at.most(node.clientHeight + 1);
          expect(node.scrollWidth, `${what} scrolls sideways`).to.be.at.most(node.clientWidth + 1);
        }
        expect(getComputedStyle(w.list).maxHeight).to.equal('none');
        // Every event: laid out one below the other, inside the list's own box, taller than a screen.
        const boxes = w.buttons.map(rect);
        expect(boxes).to.have.length(EVENTS.length);
        const listBox = rect(w.list);
        for (let i = 0; i < boxes.length; i++) {
          expect(w.buttons[i].checkVisibility(), w.ids[i]).to.be.true;
          expect(boxes[i].height).to.be.greaterThan(10);
          expect(boxes[i].bottom).to.be.at.most(listBox.bottom + 1);
          if (i) expect(boxes[i].top).to.be.greaterThan(boxes[i - 1].bottom - 1);
        }
        expect(listBox.height).to.be.greaterThan(700);
        expect(document.documentElement.scrollHeight).to.be.greaterThan(listBox.height);
      });
    }

    it('groups the events under year headings, marks the long gap, and leaves out the quiet single years', async () => {
      const w = await summitTimeline(mode, {lang: 'en'}, {width: '300px'});
      const headings = [...w.root.querySelectorAll('.year > .seg-label')].map((h) => h.textContent);
      expect(headings).to.deep.equal([...years.map(String), STRINGS.en.shared.dateUnannounced]);
      for (const event of dated) {
        expect(w.item(event.id).closest('.year')!.querySelector('.seg-label')!.textContent).to.equal(event.date.start.slice(0, 4));
      }
      expect(w.item(NEXT).closest('.year')!.classList.contains('unannounced')).to.be.true;
      const gap = w.root.querySelector('.gap')!;
      expect(gap.checkVisibility()).to.be.true;
      expect(gap.textContent).to.contain(formatYearRange(2007, 2009, STRINGS.en));
      for (const quiet of w.root.querySelectorAll('.quiet')) expect(quiet.checkVisibility()).to.be.false;
    });

    it('--sw-timeline-max-height keeps the opt-in capped box that scrolls inside itself', async () => {
      const w = await summitTimeline(mode, {style: '--sw-timeline-max-height: 20rem'}, {width: '300px'});
      expect(getComputedStyle(w.list).maxHeight).to.equal('320px');
      expect(w.list.clientHeight).to.be.at.most(320);
      expect(w.list.scrollHeight).to.be.greaterThan(w.list.clientHeight);
    });
  });

  // -- opening events ------------------------------------------------------------
  describe('opening events', () => {
    it('vertical: a button expands and collapses its event, several may be open, firing summit-timeline-select on open only', async () => {
      const w = await summitTimeline(mode, {}, {width: '300px'});
      const fired = w.selections();
      const id = 'fmm-2-tokyo-2006';
      expect(w.button(id).getAttribute('aria-expanded')).to.equal('false');
      expect(w.button(id).getAttribute('aria-controls')!.split(' ')).to.include(`d-${id}`);
      expect(shown(w.details(id))).to.be.false;
      await w.click(w.button(id));
      expect(w.button(id).getAttribute('aria-expanded')).to.equal('true');
      expect(shown(w.details(id))).to.be.true;
      expect(fired).to.deep.equal([id]);
      await w.click(w.button(TOKYO));
      expect(w.expandedIds).to.deep.equal([id, TOKYO]);
      expect(shown(w.details(id)) && shown(w.details(TOKYO))).to.be.true;
      await w.click(w.button(id));
      expect(w.button(id).getAttribute('aria-expanded')).to.equal('false');
      expect(shown(w.details(id))).to.be.false;
      expect(fired).to.deep.equal([id, TOKYO]);
    });

    it('horizontal: nothing open, the panel invites a choice; the chosen button is current and expanded, the panel named by its heading', async () => {
      const w = await summitTimeline(mode, {lang: 'en'}, {width: '1200px'});
      const fired = w.selections();
      expect(w.expandedIds).to.deep.equal([]);
      expect(w.panel!.textContent!.trim()).to.equal(STRINGS.en.timeline.choose);
      expect(w.panel!.hasAttribute('aria-labelledby')).to.be.false;
      await w.click(w.button(TOKYO));
      const p = w.panel!;
      expect(p.getAttribute('role')).to.equal('region');
      const label = w.root.getElementById(p.getAttribute('aria-labelledby')!)!;
      expect(label.localName).to.equal('h5');
      expect(label.textContent).to.contain(tokyo.title.en);
      expect(p.textContent).to.contain(tokyo.summary.en).and.contain(tokyo.place.en).and.contain(STRINGS.en.timeline.milestone);
      expect(w.button(TOKYO).getAttribute('aria-current')).to.equal('true');
      expect(w.button(TOKYO).getAttribute('aria-controls')!.split(' ')).to.include('panel');
      expect(w.expandedIds).to.deep.equal([TOKYO]);
      expect(fired).to.deep.equal([TOKYO]);
      // Another one replaces it; clicking the one already open opens nothing new.
      await w.click(w.button('abe-tour-2015'));
      expect(w.expandedIds).to.deep.equal(['abe-tour-2015']);
      await w.click(w.button('abe-tour-2015'));
      expect(fired).to.deep.equal([TOKYO, 'abe-tour-2015']);
    });

    it("the event reaches listeners outside the page's shadow roots (composed)", async () => {
      const w = await summitTimeline(mode, {}, {width: '300px'});
      const got = new Promise<CustomEvent<SummitTimelineSelectDetail>>((resolve) =>
        document.addEventListener('summit-timeline-select', resolve, {once: true})
      );
      w.button(TOKYO).click();
      const event = await got;
      expect(event.detail).to.deep.equal({id: TOKYO});
      expect(event.bubbles && event.composed).to.be.true;
    });
  });

  // -- keyboard ------------------------------------------------------------------
  describe('keyboard', () => {
    const withButtonBefore = async (attrs: Attrs, width: string) => {
      const w = await summitTimeline(mode, attrs, {width, before: '<button id="before">before</button>'});
      const fired = w.selections();
      document.getElementById('before')!.focus();
      return {w, fired};
    };

    it('is one tab stop into the events (roving tabindex); vertical: then the Sources', async () => {
      const {w} = await withButtonBefore({}, '300px');
      expect(w.tabStops).to.deep.equal([EVENTS[0].id]);
      await sendKeys({press: 'Tab'});
      expect(w.focusedId).to.equal(EVENTS[0].id);
      await sendKeys({press: 'Tab'});
      expect(w.root.activeElement?.localName).to.equal('summary');
    });

    for (const layout of ['vertical', 'horizontal']) {
      it(`${layout}: arrows, Home and End move focus; Enter and Space open`, async () => {
        const {w, fired} = await withButtonBefore({layout}, '1200px');
        await sendKeys({press: 'Tab'});
        await sendKeys({press: 'ArrowDown'});
        expect(w.focusedId).to.equal(EVENTS[1].id);
        await sendKeys({press: 'ArrowRight'});
        expect(w.focusedId).to.equal(EVENTS[2].id);
        await sendKeys({press: 'ArrowUp'});
        expect(w.focusedId).to.equal(EVENTS[1].id);
        await sendKeys({press: 'ArrowLeft'});
        await sendKeys({press: 'ArrowLeft'}); // stays on the first
        expect(w.focusedId).to.equal(EVENTS[0].id);
        await sendKeys({press: 'End'});
        expect(w.focusedId).to.equal(allIds.at(-1));
        await sendKeys({press: 'Home'});
        expect(w.focusedId).to.equal(EVENTS[0].id);
        await w.el.updateComplete;
        expect(w.tabStops).to.deep.equal([EVENTS[0].id]);
        expect(fired).to.deep.equal([]);

        await sendKeys({press: 'ArrowDown'});
        await sendKeys({press: 'Enter'});
        await w.el.updateComplete;
        const second = EVENTS[1].id;
        expect(w.button(second).getAttribute('aria-expanded')).to.equal('true');
        expect(fired).to.deep.equal([second]);
        expect(w.tabStops).to.deep.equal([second]);
        if (layout === 'horizontal') {
          expect(w.button(second).getAttribute('aria-current')).to.equal('true');
          expect(w.panel!.getAttribute('aria-labelledby')).to.equal(`h-${second}`);
        } else {
          expect(shown(w.details(second))).to.be.true;
        }

        await sendKeys({press: 'ArrowDown'});
        await sendKeys({press: 'Space'});
        await w.el.updateComplete;
        const third = EVENTS[2].id;
        expect(w.button(third).getAttribute('aria-expanded')).to.equal('true');
        expect(fired).to.deep.equal([second, third]);
        if (layout === 'horizontal') {
          expect(w.button(second).getAttribute('aria-expanded')).to.equal('false');
          expect(w.panel!.getAttribute('aria-labelledby')).to.equal(`h-${third}`);
        } else {
          expect(w.expandedIds).to.deep.equal([second, third]);
        }
      });
    }

    it('the tab stop starts on the highlighted event', async () => {
      const {w} = await withButtonBefore({highlight: TOKYO}, '300px');
      expect(w.tabStops).to.deep.equal([TOKYO]);
      await sendKeys({press: 'Tab'});
      expect(w.focusedId).to.equal(TOKYO);
    });
  });

  // -- filters -------------------------------------------------------------------
  describe('from, to and kinds', () => {
    it('from / to as years: from its 1 January, to its 31 December', async () => {
      const w = await summitTimeline(mode, {from: '2022', to: '2025'});
      expect(w.ids).to.deep.equal(idsWhere((e) => e.date.start >= '2022' && e.date.start < '2026'));
      expect(w.ids).to.include(TOKYO).and.include('fmm-8-online-2022');
    });

    it('from / to as ISO dates include events starting on that day', async () => {
      const w = await summitTimeline(mode, {from: '2015-10-22', to: '2025-12-20'});
      expect(w.ids[0]).to.equal('abe-tour-2015');
      expect(w.ids).to.include(TOKYO);
      await w.set('from', '2015-10-23');
      expect(w.ids).not.to.include('abe-tour-2015');
      await w.set('to', '2025-12-19');
      expect(w.ids.at(-1)).to.equal('summit-eve-2025');
    });

    it('kinds filters by kind, tolerant of whitespace and case', async () => {
      const w = await summitTimeline(mode, {kinds: 'summit,ministerial'});
      const expected = idsWhere((e) => e.kind === 'summit' || e.kind === 'ministerial');
      expect(w.ids).to.deep.equal(expected);
      await w.set('kinds', ' Summit ,  MINISTERIAL ');
      expect(w.ids).to.deep.equal(expected);
      await w.set('kinds', 'visit');
      expect(w.ids).to.deep.equal(idsWhere((e) => e.kind === 'visit'));
    });

    it('the axis follows the filter: its years, its gaps', async () => {
      const w = await summitTimeline(mode, {kinds: 'summit,visit'}, {width: '1280px'});
      // 2006, 2015, 2025: quiet stretches between them become gaps.
      expect(w.root.querySelectorAll('.year')).to.have.length(3);
      expect([...w.root.querySelectorAll('.gap')].map(segLabel)).to.deep.equal([
        formatYearRange(2007, 2014, STRINGS.en),
        formatYearRange(2016, 2024, STRINGS.en),
      ]);
    });

    it('changing or removing from, to and kinds after first render updates the widget', async () => {
      const w = await summitTimeline(mode, {from: '2020'});
      expect(w.ids).to.deep.equal(idsWhere((e) => e.date.start >= '2020'));
      await w.set('to', '2022');
      expect(w.ids).to.deep.equal(idsWhere((e) => e.date.start >= '2020' && e.date.start < '2023'));
      await w.set('kinds', 'ministerial');
      expect(w.ids).to.deep.equal(['fm-video-conference-2020', 'fmm-8-online-2022', 'fmm-9-tokyo-2022']);
      for (const name of ['from', 'to', 'kinds']) await w.set(name, null);
      expect(w.ids).to.deep.equal(allIds);
      w.el.from = '2025';
      await w.el.updateComplete;
      expect(w.ids[0]).to.equal('iwaya-visit-2025');
    });

    it('a filter that leaves nothing shows a localized "no events" message', async () => {
      const w = await summitTimeline(mode, {lang: 'en', kinds: 'summit', to: '2020'});
      expect(w.list).to.be.null;
      const empty = w.root.querySelector('.empty')!;
      expect(empty.textContent).to.equal(STRINGS.en.timeline.noEvents);
      expect(empty.getAttribute('role')).to.equal('status');
      expect(w.panel).to.be.null;
      expect(w.root.querySelector('.controls')).to.be.null;
      await w.set('lang', 'ja');
      expect(w.root.querySelector('.empty')!.textContent).to.equal(STRINGS.ja.timeline.noEvents);
      await w.set('to', null);
      expect(w.ids).to.deep.equal([TOKYO]);
    });

    it('lang changes re-render the dates, years and labels', async () => {
      const w = await summitTimeline(mode, {lang: 'en'});
      await w.set('lang', 'ru');
      expect(w.item(TOKYO).querySelector('time')!.textContent).to.equal('20 декабря 2025 г.');
      expect(w.root.querySelector('.heading')!.textContent).to.equal(STRINGS.ru.timeline.title);
      expect(w.root.getElementById('y-2025')!.textContent).to.equal(formatIsoDate('2025', STRINGS.ru));
      expect(w.step('next').textContent).to.contain(STRINGS.ru.timeline.next);
    });
  });

  // -- highlight -----------------------------------------------------------------
  describe('highlight', () => {
    afterEach(() => window.scrollTo(0, 0));

    /** A timeline below a tall spacer: scrolling the page to it would move window.scrollY. */
    async function belowTheFold(attrs: Attrs, width: string) {
      window.scrollTo(0, 0);
      const w = await summitTimeline(mode, attrs, {width, before: '<div style="height: 150vh"></div>'});
      const fired = w.selections();
      // Two frames: a scroll the widget asked for (instant, or the first step of a smooth one) has moved by then.
      await nextFrame();
      await nextFrame();
      return {w, fired};
    }

    it('vertical: opens the event, scrolls nothing (the list is in the page\'s flow); fires no event', async () => {
      const {w, fired} = await belowTheFold({highlight: TOKYO}, '300px');
      expect(w.arrangement).to.equal('vertical');
      expect(w.button(TOKYO).getAttribute('aria-expanded')).to.equal('true');
      expect(shown(w.details(TOKYO))).to.be.true;
      expect(w.list.scrollTop).to.equal(0);
      expect(window.scrollY).to.equal(0);
      expect(fired).to.deep.equal([]);
    });

    it('vertical in a capped box (--sw-timeline-max-height): scrolls the box, not the page', async () => {
      const {w} = await belowTheFold({highlight: TOKYO, style: '--sw-timeline-max-height: 20rem'}, '300px');
      const ol = w.list;
      expect(ol.scrollTop).to.be.greaterThan(0);
      const top = rect(w.item(TOKYO)).top - rect(ol).top;
      expect(top).to.be.within(-1, ol.clientHeight - 20);
      expect(window.scrollY).to.equal(0);
    });

    it('horizontal: selects the event and scrolls the track, not the page; fires no event', async () => {
      const {w, fired} = await belowTheFold({highlight: 'abe-tour-2015'}, '1200px');
      expect(w.arrangement).to.equal('horizontal');
      expect(w.button('abe-tour-2015').getAttribute('aria-current')).to.equal('true');
      expect(w.panel!.getAttribute('aria-labelledby')).to.equal('h-abe-tour-2015');
      const ol = w.list;
      expect(ol.scrollLeft).to.be.greaterThan(0);
      const box = rect(w.item('abe-tour-2015'));
      expect(box.left).to.be.at.least(rect(ol).left - 1);
      expect(box.right).to.be.at.most(rect(ol).right + 1);
      expect(window.scrollY).to.equal(0);
      expect(fired).to.deep.equal([]);
    });

    it('is revealed by CSS alone (a snap to the event as the track appears), before any script could scroll, in every engine', async () => {
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
      let w: Awaited<ReturnType<typeof belowTheFold>>['w'];
      try {
        ({w} = await belowTheFold({highlight: TOKYO}, '1200px'));
      } finally {
        Object.assign(Element.prototype, {scrollTo, getBoundingClientRect});
      }
      expect(w.root.querySelectorAll('.initial')).to.have.length(1);
      expect(w.list.scrollLeft, 'the track starts at the event').to.be.greaterThan(0);
      const box = rect(w.item(TOKYO));
      expect(box.left, 'the event in the track').to.be.at.least(rect(w.list).left - 1);
      expect(box.right, 'the event in the track').to.be.at.most(rect(w.list).right + 1);
      // Once the snap has ended, the reader scrolls freely: the track stays where it is put.
      await Promise.all(w.list.getAnimations().map((animation) => animation.finished));
      w.list.scrollTo({left: 0, behavior: 'instant'});
      await nextFrame();
      await nextFrame();
      expect(w.list.scrollLeft, 'scrolled back to the start by the reader').to.equal(0);
      expect(scrolls, 'scrollTo calls').to.deep.equal([]);
      expect(reads, 'layout reads inside the widget').to.deep.equal([]);
    });

    it('without reduced motion the track may scroll smoothly; with it, never', async () => {
      const w = await summitTimeline(mode, {highlight: TOKYO});
      // Instant while the first paint's snap lasts (below), then smooth.
      await Promise.all(w.list.getAnimations().map((animation) => animation.finished));
      expect(getComputedStyle(w.list).scrollBehavior).to.equal('smooth');
      await emulateMedia({reducedMotion: 'reduce'});
      expect(getComputedStyle(w.list).scrollBehavior).to.equal('auto');
      // The highlight lands at once.
      const reduced = await summitTimeline(mode, {highlight: TOKYO});
      await nextFrame();
      expect(reduced.list.scrollLeft).to.be.greaterThan(0);
    });

    it('changing highlight opens the new event; removing it closes it', async () => {
      const w = await summitTimeline(mode, {highlight: TOKYO}, {width: '300px'});
      await w.set('highlight', 'abe-tour-2015');
      expect(w.expandedIds).to.deep.equal(['abe-tour-2015']);
      await w.set('highlight', null);
      expect(w.expandedIds).to.deep.equal([]);
    });

    it('a new highlight after the first render is brought into the track', async () => {
      const w = await summitTimeline(mode, {highlight: TOKYO}, {width: '1024px'});
      expect(w.list.scrollLeft, 'the track starts at the summit').to.be.greaterThan(0);
      await w.set('highlight', EVENTS[0].id);
      await until(() => w.list.scrollLeft === 0, 'the track back at the start');
    });

    it('applies to a dataset loaded from src', async () => {
      const w = await summitTimeline(mode, {src: '/data/ca-jad-2025.json', highlight: TOKYO}, {width: '300px'});
      await until(() => !!w.root.querySelector('.event-button'), 'the fetched dataset');
      await w.el.updateComplete;
      expect(w.button(TOKYO).getAttribute('aria-expanded')).to.equal('true');
    });
  });

  // -- bad input -----------------------------------------------------------------
  describe('bad input', () => {
    it('an unknown highlight id: one warning, nothing opened', async () => {
      const {w, warnings} = await warningsFor(mode, {highlight: 'osaka-summit-2031'}, '300px');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('highlight').and.contain('osaka-summit-2031');
      expect(w.expandedIds).to.deep.equal([]);
    });

    it('a highlight filtered out: one warning', async () => {
      const {w, warnings} = await warningsFor(mode, {highlight: TOKYO, to: '2020'}, '300px');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('highlight');
      expect(w.ids).not.to.include(TOKYO);
    });

    it('from after to: one warning, both bounds ignored', async () => {
      const {w, warnings} = await warningsFor(mode, {from: '2025', to: '2015'});
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('from').and.contain('to');
      expect(w.ids).to.deep.equal(allIds);
    });

    for (const [name, value] of [
      ['from', 'last year'],
      ['to', '2025-13-45'],
      ['from', '2025-02-30'],
    ] as const) {
      it(`${name}="${value}": one warning, that bound ignored`, async () => {
        const other = name === 'from' ? {to: '2010'} : {from: '2010'};
        const {w, warnings} = await warningsFor(mode, {[name]: value, ...other});
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`${name} "${value}"`);
        const expected = name === 'from' ? idsWhere((e) => e.date.start < '2011') : idsWhere((e) => e.date.start >= '2010');
        expect(w.ids).to.deep.equal(expected);
      });
    }

    it('an unknown kind: one warning, that kind ignored', async () => {
      const {w, warnings} = await warningsFor(mode, {kinds: 'summit, banquet'});
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('banquet');
      expect(w.ids).to.deep.equal([TOKYO]);
    });

    it('no valid kind left: one warning, every event shown', async () => {
      const {w, warnings} = await warningsFor(mode, {kinds: 'banquet'});
      expect(warnings).to.have.length(1);
      expect(w.ids).to.deep.equal(allIds);
    });

    it('a bad layout: one warning, auto', async () => {
      const {w, warnings} = await warningsFor(mode, {layout: 'diagonal'}, '300px');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('layout "diagonal"');
      expect(w.arrangement).to.equal('vertical');
      (w.el.parentElement as HTMLElement).style.width = '1200px';
      expect(w.arrangement).to.equal('horizontal');
    });

    it('a failed src shows the error box with one warning', async () => {
      let w!: TimelineHarness;
      const warnings = await captureWarnings(async () => {
        w = await summitTimeline(mode, {src: '/missing-dataset.json', lang: 'ru'});
        await until(() => !!w.root.querySelector('[role="alert"]'), 'the error box');
      });
      expect(w.root.querySelector('[role="alert"]')!.textContent).to.contain(STRINGS.ru.shared.errorTitle);
      expect(w.list).to.be.null;
      expect(warnings).to.have.length(1);
    });
  });

  // -- media ---------------------------------------------------------------------
  describe('print, scripts off and forced colours', () => {
    for (const width of ['300px', '1200px']) {
      it(`prints every event expanded in a vertical list (${width})`, async () => {
        const w = await summitTimeline(mode, {highlight: TOKYO}, {width: width});
        await emulateMedia({media: 'print'});
        expect(w.arrangement).to.equal('vertical');
        expect(w.root.querySelectorAll('.details')).to.have.length(EVENTS.length);
        for (const node of w.root.querySelectorAll('.details')) expect(shown(node)).to.be.true;
        expect(shown(w.panel!)).to.be.false;
        expect(shown(w.root.querySelector('.controls')!)).to.be.false;
        const style = getComputedStyle(w.list);
        expect(style.display).to.equal('block');
        expect(style.overflowX + style.overflowY).to.equal('visiblevisible');
        expect(style.maxHeight).to.equal('none');
      });
    }

    for (const width of [320, 1280]) {
      it(`with scripts off (a static copy in a sandboxed frame), ${width} px: the right arrangement, every event's details shown`, async () => {
        const w = await summitTimeline(mode, {highlight: TOKYO}, {width: '100%'});
        const frame = await staticCopy(w, width);
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
      const w = await summitTimeline(mode);
      const rules = w.root
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'))
        .map((rule) => rule.cssText)
        .join('\n');
      expect(rules).to.contain('.badge').and.contain('.milestone').and.contain('aria-expanded').and.contain('.gap');
    });

    it('uses no inline style: positions on the axis come from classes and structure', async () => {
      const w = await summitTimeline(mode, {highlight: TOKYO}, {width: '1280px'});
      expect(w.root.querySelectorAll('[style]')).to.have.length(0);
    });
  });

  // -- accessibility -------------------------------------------------------------
  describe('accessibility (axe)', () => {
    it('the empty state, nothing selected, and the forced layouts pass too', async () => {
      await expect((await summitTimeline(mode, {kinds: 'summit', to: '2004'})).el).to.be.accessible();
      await expect((await summitTimeline(mode, {theme: 'dark'}, {width: '1200px'})).el).to.be.accessible();
      await expect((await summitTimeline(mode, {layout: 'horizontal', theme: 'dark'}, {width: '300px'})).el).to.be.accessible();
      await expect((await summitTimeline(mode, {layout: 'vertical', highlight: TOKYO}, {width: '1200px'})).el).to.be.accessible();
    });
  });
});

/** axe-core, loaded by a first `accessible()` check, set up on the page. */
async function loadAxe(w: TimelineHarness): Promise<typeof import('axe-core')> {
  const win = window as unknown as {axe?: typeof import('axe-core')};
  if (!win.axe) await expect(w.el).to.be.accessible();
  win.axe!.setup(document);
  return win.axe!;
}

/**
 * The widget as static HTML (declarative shadow DOM with its styles in a <style>), in an iframe
 * whose sandbox runs no script: what a reader with scripts off sees of a pre-rendered widget.
 */
async function staticCopy(w: TimelineHarness, width: number): Promise<HTMLIFrameElement> {
  const root = w.root;
  const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  const attrs = [...w.el.attributes].map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`).join('');
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

// -- long timelines: what the first client render holds (a pre-rendered page has every event) ---
if (RENDER_MODES.includes('client')) describe('summit-timeline long timelines [client-rendered]', () => {
  /** The bundled dataset with `n` events: the real ones, then copies dated from 2027 on, under new ids. */
  function withEvents(n: number): Dataset {
    const copies = Array.from({length: n - EVENTS.length}, (_, i) => {
      // After the last real event (2026-07-26), so that the copies stay in date order.
      const day = new Date(Date.UTC(2027, 0, 1) + i * 86400000).toISOString().slice(0, 10);
      // Only the real Tokyo summit is a milestone.
      return {...dated[i % dated.length], milestone: undefined, id: `event-${i}`, date: {precision: 'day' as const, start: day}};
    });
    return {...bundledDataset, events: [...EVENTS, ...copies]};
  }
  /** In the order of the axis: the dated events, then the one whose date is not announced. */
  const expectedIds = (n: number) => [...dated.map((e) => e.id), ...Array.from({length: n - EVENTS.length}, (_, i) => `event-${i}`), NEXT];
  const items = (w: TimelineHarness) => w.parts('event').length;
  /** A timeline of `n` events, right after its first render (before any later task runs). */
  const longTimeline = (n: number, highlight?: string, width = '300px') =>
    summitTimeline('client', {highlight}, {width, properties: {data: withEvents(n)}});

  it('renders the first 100 events at once and adds the rest in later tasks', async () => {
    const w = await longTimeline(450);
    expect(items(w)).to.equal(100);
    await until(() => items(w) === 450, 'all 450 events in the DOM');
    expect(w.ids).to.deep.equal(expectedIds(450));
  });

  it('has the highlighted event in the DOM, open, from the first render', async () => {
    const w = await longTimeline(450, 'event-321');
    expect(items(w)).to.be.at.least(322);
    expect(w.item('event-321').classList.contains('open')).to.be.true;
    expect(w.details('event-321').hidden).to.be.false;
  });

  it('End on 2,000 events reaches the last before the rest is in the DOM; the arrows and Home go on from there', async () => {
    const w = await longTimeline(2000);
    const order = expectedIds(2000);
    const last = order.at(-1)!;
    w.button(EVENTS[0].id)!.focus();
    w.button(EVENTS[0].id)!.dispatchEvent(new KeyboardEvent('keydown', {key: 'End', bubbles: true, composed: true}));
    expect(w.button(last), 'not in the DOM yet').to.be.null;
    await w.el.updateComplete;
    expect(w.focusedId).to.equal(last);
    expect(w.tabStops).to.deep.equal([last]);
    await sendKeys({press: 'ArrowUp'});
    expect(w.focusedId).to.equal(order.at(-2));
    await sendKeys({press: 'Home'});
    expect(w.focusedId).to.equal(order[0]);
  });

  it('on the horizontal axis too: all in the DOM in the end, in order, none overlapping', async () => {
    const w = await longTimeline(450, undefined, '1280px');
    await until(() => items(w) === 450, 'all 450 events in the DOM');
    const boxes = w.buttons.map(rect);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).to.be.at.least(boxes[i - 1].right);
    expect(w.root.querySelectorAll('.year')).to.have.length(years.length + 2 + 1);
  });

  it('an invalid dataset shows the error box', async () => {
    const data = structuredClone(bundledDataset) as unknown as {events: unknown[]};
    (data.events[0] as {date: unknown}).date = {precision: 'day', start: 'yesterday'};
    const warnings = await captureWarnings(async () => {
      const w = await longTimeline(EVENTS.length);
      w.el.data = data;
      await w.el.updateComplete;
      expect(w.root.querySelector('[role="alert"]')!.textContent).to.contain('events[0].date');
      expect(w.list).to.be.null;
    });
    expect(warnings).to.have.length(1);
  });
});
