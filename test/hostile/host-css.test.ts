// Hostile host CSS: every widget on a page that resets everything (`* { all: unset }`), hides
// `div, li` with !important, sets a 40 px base font and `box-sizing: content-box` everywhere, and
// is `dir="rtl"` (pages/hostile-css.html, pages/hostile.css). Each widget must still show its
// content readably: visible, non-zero size, its text present, set left to right as its language
// is written, no horizontal overflow beyond the page, and in the page's font.
import {expect} from '@open-wc/testing';
import {until} from '../kit/console.js';
import {stateOf} from './support.js';
import {WIDGET_TAGS} from '../../src/registry.js';

const PAGE = '/test/hostile/pages/hostile-css.html';
const TAGS = WIDGET_TAGS;

async function openPage(width: number): Promise<{frame: HTMLIFrameElement; doc: Document; widgets: HTMLElement[]}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
  frame.src = PAGE;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const doc = frame.contentDocument!;
  const widgets = [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];
  await until(() => widgets.every((el) => el.shadowRoot && ['content', 'error'].includes(stateOf(el))), 'the widgets to render', 10000);
  await new Promise((resolve) => setTimeout(resolve, 100)); // a ResizeObserver round, if any
  return {frame, doc, widgets};
}

/** Elements a reader is meant to see now (not in a closed disclosure, an inactive tab or visually hidden). */
function visibleTextElements(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('h2, h3, h4, h5, h6, p, li, dt, dd, button, summary, a')].filter(
    (el) =>
      el.checkVisibility({visibilityProperty: true, opacityProperty: true}) &&
      !el.closest('.visually-hidden') &&
      el.textContent!.trim() !== ''
  );
}

describe('hostile host CSS (all: unset, hidden div/li, 40 px font, content-box, dir=rtl)', function () {
  this.timeout(30000);

  for (const width of [320, 1024]) {
    it(`at ${width} px every widget shows its content readably, inside the page, in the page's font`, async () => {
      const {frame, doc, widgets} = await openPage(width);
      try {
        const win = frame.contentWindow!;
        // The hostile rules did apply to the page itself.
        expect(win.getComputedStyle(doc.querySelector('main')!).display).to.equal('inline');
        expect(win.getComputedStyle(doc.documentElement).fontSize).to.equal('40px');
        const pageFont = win.getComputedStyle(doc.documentElement).fontFamily;
        const viewport = doc.documentElement.clientWidth;
        expect(widgets).to.have.length(12);

        for (const el of widgets) {
          const what = `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}> at ${width} px`;
          const root = el.shadowRoot!;
          const frameEl = root.querySelector<HTMLElement>('.sw')!;
          const box = frameEl.getBoundingClientRect();
          expect(box.width, `${what}: width`).to.be.greaterThan(width / 2);
          expect(box.height, `${what}: height`).to.be.greaterThan(40);
          expect(box.left, `${what}: left edge`).to.be.at.least(-1);
          expect(box.right, `${what}: right edge`).to.be.at.most(viewport + 1);
          expect(frameEl.scrollWidth, `${what}: overflow inside the widget`).to.be.at.most(frameEl.clientWidth + 1);
          expect(root.textContent!.replace(/\s+/g, ' ').trim().length, `${what}: text`).to.be.greaterThan(el.getAttribute('country') === 'XX' ? 40 : 200);

          const texts = visibleTextElements(root);
          expect(texts.length, `${what}: visible text elements`).to.be.greaterThan(1);
          for (const text of texts) {
            const rect = text.getBoundingClientRect();
            const label = `${what}: <${text.localName}> "${text.textContent!.trim().slice(0, 30)}"`;
            expect(rect.width * rect.height, `${label} size`).to.be.greaterThan(0);
            // Inside the page horizontally, unless it sits in a scroller of the widget's own (the horizontal track).
            if (!text.closest('.horizontal .events')) {
              expect(rect.left, `${label} left`).to.be.at.least(box.left - 1);
              expect(rect.right, `${label} right`).to.be.at.most(box.right + 1);
            }
            expect(win.getComputedStyle(text).fontFamily, `${label} font`).to.equal(pageFont);
          }
          const heading = root.querySelector('h2, h3, h4, h5, h6');
          if (heading) expect(win.getComputedStyle(heading).fontFamily, `${what}: heading font`).to.equal(pageFont);
          // Its languages are written left to right: an rtl page must not reorder its text (".sides").
          expect(win.getComputedStyle(frameEl).direction, `${what}: direction`).to.equal('ltr');
        }
        expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(viewport + 1);
      } finally {
        frame.remove();
      }
    });
  }
});
