// How the languages travel (issue #15), in a page of its own (a language already loaded in a page
// is never fetched again): a page downloads only the language it shows, and only the widget's pieces
// of it; a live language switch shows no blank state; a language chunk that fails to load is
// reported in the language shown before, and recovers.
import {expect} from '@open-wc/testing';
import '../src/define/all.js';
import {ui as uzbekSections} from 'summit-widgets:loaders/uz';
import {captureWarnings, capturePageErrors, until} from './kit/console.js';
import {markup, renderFixture} from './kit/fixture.js';
import {STRINGS} from './kit/strings.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

describe('a page pays only for its language', function () {
  this.timeout(30000);

  it('a page with one widget in tk requests no other language', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body><summit-timeline lang="tk"></summit-timeline>
      <script type="module" src="/src/define/summit-timeline.ts"></script></body></html>`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      const doc = frame.contentDocument!;
      await until(() => !!doc.querySelector('summit-timeline')?.shadowRoot?.querySelector('.event-button'), 'the tk timeline');
      const chunks = frame.contentWindow!.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/@summit-widgets/texts/') || path.startsWith('/@summit-widgets/ui/'));
      const langs = new Set(chunks.map((path) => path.split('/')[3]));
      expect([...langs]).to.deep.equal(['tk']);
      // The timeline's own strings and texts only: no other widget's section, no other part's texts.
      const pieces = chunks.map((path) => path.split('/tk/')[1].replace('.js', '')).sort();
      expect(pieces).to.include.members(['shared', 'languages', 'timeline', 'locale', 'events', 'core']);
      expect(pieces).to.not.include.members(['country', 'pillars', 'map', 'countries', 'initiative']);
    } finally {
      frame.remove();
    }
  });

  it('from its own dataset back to the bundled one: the texts that then arrive are shown (corrections included)', async () => {
    // A `src` needs no dataset texts; going back to the bundled dataset in a language whose UI strings
    // are here but whose dataset texts are not yet: they are fetched, and the widget shows them, not English.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body><summit-timeline lang="tg" src="/faults/status/500"></summit-timeline>
      <script type="module" src="/src/define/summit-timeline.ts"></script></body></html>`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      const doc = frame.contentDocument!;
      const first = () => doc.querySelector('summit-timeline') as Widget | null;
      await until(() => !!first()?.shadowRoot?.querySelector('[part~="error"]'), 'the error box of the failed src', 15000);
      first()!.removeAttribute('src');
      await until(() => !!first()!.shadowRoot!.querySelector('.event-button'), 'the bundled timeline', 15000);
      await first()!.updateComplete;
      const fresh = doc.createElement('summit-timeline') as Widget;
      fresh.setAttribute('lang', 'tg');
      doc.body.append(fresh);
      await until(() => !!fresh.shadowRoot?.querySelector('.event-button'), 'a fresh tg timeline', 15000);
      await fresh.updateComplete;
      const corrections = (el: Widget) => el.shadowRoot!.querySelector('[part="corrections"]')?.textContent?.replace(/\s+/g, ' ').trim();
      expect(corrections(fresh), 'the fresh one has corrections').to.be.a('string').and.not.equal('');
      expect(corrections(first()!), 'the same corrections, in Tajik').to.equal(corrections(fresh));
      expect(first()!.shadowRoot!.textContent!.replace(/\s+/g, ' '), 'the whole widget').to.equal(fresh.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    } finally {
      frame.remove();
    }
  });

  it('switching lang live from ru to kk and back never shows a blank box or an error', async () => {
    const el = await renderFixture<Widget>(markup('country-agreements', {lang: 'ru', country: 'KZ'}), {mode: 'client'});
    const frame = () => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    // Every state the widget passes through on the way, not only the ones a test happens to look at:
    // until a language has arrived the widget keeps showing the one before, never empty, never an error.
    let shortest = Infinity;
    let alerts = 0;
    const look = () => {
      shortest = Math.min(shortest, frame()?.textContent!.trim().length ?? 0);
      if (el.shadowRoot!.querySelector('[role="alert"]')) alerts++;
    };
    const observer = new MutationObserver(look);
    observer.observe(el.shadowRoot!, {childList: true, subtree: true, characterData: true, attributes: true});
    const errors = await capturePageErrors(async () => {
      for (const lang of ['kk', 'ru', 'kk']) {
        el.setAttribute('lang', lang);
        await el.updateComplete;
        look();
        expect(frame().lang).to.equal(lang);
      }
    });
    observer.disconnect();
    expect(shortest, 'the shortest text shown on the way').to.be.above(100);
    expect(alerts, 'states with an error box').to.equal(0);
    expect(errors).to.deep.equal([]);
    expect(frame().textContent).to.contain('Тоқаев');
  });

  it('a language chunk that fails to load: the error box in the language shown before, one warning; it recovers', async () => {
    const el = await renderFixture<Widget>(markup('initiative-pillars', {lang: 'ru'}), {mode: 'client'});
    // Uzbek's pillar strings come from a server that fails the first request, then serves them.
    const real = uzbekSections.pillars;
    const flaky = `/faults/flaky-module?module=ui/uz/pillars&id=${Math.random()}`;
    uzbekSections.pillars = () => import(/* @vite-ignore */ flaky);
    try {
      const warnings = await captureWarnings(async () => {
        el.setAttribute('lang', 'uz');
        await until(() => !!el.shadowRoot!.querySelector('[role="alert"]'), 'the error box');
      });
      const box = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(box.closest('[part="base"]')!.getAttribute('lang')).to.equal('ru');
      expect(box.textContent).to.contain(STRINGS.ru.shared.errorTitle).and.contain(STRINGS.ru.languages.uz);
      expect(warnings.filter((w) => w.includes('"uz" could not be loaded'))).to.have.length(1);
      // Asked again (the server failed one request only): Uzbek arrives.
      el.setAttribute('lang', 'ru');
      await el.updateComplete;
      el.setAttribute('lang', 'uz');
      await el.updateComplete;
      // Every engine, Firefox too (it never fetches a failed import() again: the retry asks under a new query).
      // A boolean, not the element: a failing assertion on an element stalls the runner.
      expect(el.shadowRoot!.querySelector('[role="alert"]') === null, 'no error box').to.be.true;
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('uz');
      expect(el.shadowRoot!.textContent).to.contain(STRINGS.uz.pillars.pillarsLabel);
    } finally {
      uzbekSections.pillars = real;
    }
  });
});
