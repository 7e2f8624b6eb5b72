// The eight languages (issue #15): every widget in every language, in its own script, with its own
// month names and no English UI string left, and the same text rendered on the server and in the
// browser. (How the languages are downloaded: language-loading.test.ts, in a page of its own. Axe in every
// language, theme and width: each widget's conformance suite, test/kit/conformance.ts.)
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../src/define/all.js';
import {bundledDataset} from '../src/dataset/bundled.js';
import {DATA_LANGS, validateDataset} from '../src/dataset/index.js';
import type {Lang} from '../src/internal/lang.js';
import {WIDGET_TAGS} from '../src/registry.js';
import {Harness, markup, renderFixture, serverRender, STRINGS, type Widget} from './kit/index.js';

const SCRIPT: Record<Lang, RegExp> = {
  en: /[A-Za-z]/gu,
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  ru: /\p{Script=Cyrillic}/gu,
  kk: /\p{Script=Cyrillic}/gu,
  ky: /\p{Script=Cyrillic}/gu,
  tg: /\p{Script=Cyrillic}/gu,
  tk: /\p{Script=Latin}/gu,
  uz: /\p{Script=Latin}/gu,
};
/** The widget's text as a reader sees it, without its Sources and per-fact source lines (publishers and titles are in their own languages). */
function readerText(el: Element): string {
  const base = new Harness(el as Widget).base.cloneNode(true) as HTMLElement;
  base.querySelectorAll('.sources, [part~="sources"], .figure-sources, .fact-source').forEach((node) => node.remove());
  return base.textContent!.replace(/\s+/g, ' ');
}
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
/** Every English UI string long enough to be telling, that the language translates differently. */
const englishLeaks = (lang: Lang, text: string) =>
  Object.entries(STRINGS.en).flatMap(([section, strings]) =>
    typeof strings === 'object'
      ? Object.entries(strings as Record<string, string>)
          .filter(([key, value]) => value.length > 8 && !/[{}]/.test(value) && (STRINGS[lang] as unknown as Record<string, Record<string, string>>)[section]?.[key] !== value)
          .filter(([, value]) => text.includes(value))
          .map(([key]) => `${section}.${key}`)
      : []
  );

describe('eight languages', function () {
  this.timeout(60000);
  before(() => setViewport({width: 1400, height: 900}));

  it('the bundled dataset has every text in all eight languages', () => {
    expect(validateDataset(bundledDataset, {languages: DATA_LANGS}).ok).to.be.true;
  });

  for (const lang of DATA_LANGS) {
    for (const tag of WIDGET_TAGS) {
      it(`<${tag}> in ${lang}: its script, its dates, no English UI string, the same text from the server`, async () => {
        const el = await renderFixture<Widget>(markup(tag, {lang}), {mode: 'client', width: '1280px'});
        const text = readerText(el);
        const letters = count(text, /\p{L}/gu);
        const own = count(text, SCRIPT[lang]);
        expect(own / letters, `${tag} ${lang}: share of ${lang}'s script`).to.be.above(lang === 'ja' ? 0.6 : 0.9);
        if (lang !== 'en') expect(englishLeaks(lang, text), 'English UI strings').to.deep.equal([]);
        if (tag === 'summit-timeline' && lang !== 'en') {
          const tokyo = el.shadowRoot!.querySelector('li[data-id="tokyo-summit-2025"] time')!.textContent!;
          expect(tokyo).to.not.match(/December|M12/);
          expect(tokyo).to.match(/20/);
        }
        // The server writes what the browser writes, in every language (Node's ICU has data Chromium lacks).
        const {html} = await serverRender(markup(tag, {lang}));
        const parsed = Document.parseHTMLUnsafe(html).querySelector(tag)!;
        expect(readerText(parsed)).to.equal(text);
      });
    }
  }
});
