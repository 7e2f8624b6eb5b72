import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import {bundledDataset} from '../src/dataset/bundled.js';
import {DATA_LANGS, type Dataset, type Figure} from '../src/dataset/types.js';
import {KeyFigures} from '../src/define/key-figures.js';
import {formatCompactCurrency, formatIsoDate, formatNumber, text} from '../src/internal/format.js';
import type {Lang} from '../src/internal/lang.js';
import {format} from '../src/internal/messages.js';
import {checkFigures, fullYears, RULES} from '../src/key-figures/rules.js';
import {generatedContent} from './kit/engines.js';
import {keyFigures, KeyFiguresHarness} from './kit/harness/key-figures.js';
import {captureWarnings, describeModes, markup, renderFixture, runWidgetConformance, STRINGS, textOf} from './kit/index.js';

const LANGS = DATA_LANGS;
const figures = bundledDataset.figures!;
const IDS = ['summit-documents', 'business-target', 'years-to-first-summit', 'foreign-ministers-meetings', 'summit-presidents'];
const byId = (id: string) => figures.find((figure) => figure.id === id)!;
const sourceOf = (id: string) => bundledDataset.sources.find((source) => source.id === id)!;

/** The number a tile shows for `figure` in `lang`, as the widget's pattern words it. */
function expectedValue(figure: Figure, lang: Lang): string {
  const number = figure.currency ? formatCompactCurrency(figure.value, figure.currency, STRINGS[lang]) : formatNumber(figure.value, STRINGS[lang]);
  const t = STRINGS[lang].figures;
  return figure.qualifier === 'more-than' ? format(t.moreThan, {number}) : figure.qualifier === 'about' ? format(t.about, {number}) : number;
}

/** "More than 150" and "about JPY 3 trillion" as a reader of each language reads them. */
const WORDED: Record<Lang, {documents: string; target: string}> = {
  en: {documents: 'more than 150', target: 'about 3 trillion Japanese yen'},
  ja: {documents: '150超', target: '約3兆円'},
  ru: {documents: 'более 150', target: 'примерно 3 триллиона японских иен'},
  kk: {documents: '150 межесінен асады', target: 'шамамен 3 трлн иена'},
  ky: {documents: '150 чегинен ашык', target: 'болжол менен 3 трлн иена'},
  tg: {documents: 'беш аз 150', target: 'тақрибан 3 трлн иена'},
  tk: {documents: '150 mukdaryndan gowrak', target: 'takmynan 3 trln ýen'},
  uz: {documents: '150 dan ortiq', target: 'taxminan 3 trln iyena'},
};

runWidgetConformance({
  tag: 'key-figures',
  ctor: KeyFigures,
  title: (lang) => STRINGS[lang].figures.title,
  badAttributes: [['figures', 'gdp']],
  validAttributes: {figures: 'summit-documents'},
  editText: (data, value) => (data.figures![0].label.en = value),
});

describe('<key-figures> data: the figures, their definitions and the counts behind them', () => {
  it('names the dataset parts it reads', () => {
    expect(KeyFigures.dataParts.map((part) => part.name)).to.deep.equal(['figures', 'events', 'summit']);
  });

  it('has the five figures of issue #16, in order, with the sources’ values and hedges', () => {
    expect(figures.map((f) => [f.id, f.value, f.qualifier, f.currency, f.asOf, f.computed])).to.deep.equal([
      ['summit-documents', 150, 'more-than', undefined, '2025-12-20', undefined],
      ['business-target', 3e12, 'about', 'JPY', '2025-12-20', undefined],
      ['years-to-first-summit', 21, 'exact', undefined, '2025-12-20', 'years-to-first-summit'],
      ['foreign-ministers-meetings', 10, 'exact', undefined, '2025-12-17', 'foreign-ministers-meetings'],
      ['summit-presidents', 5, 'exact', undefined, '2025-12-20', 'summit-presidents'],
    ]);
    // The sources' own words: "more than 150", "about JPY 3 trillion of business projects over five years".
    expect(byId('summit-documents').definition.en).to.contain('signed or presented').and.contain('Not all of them are agreements');
    expect(byId('business-target').label.en).to.contain('business projects').and.contain('five years');
    expect(byId('business-target').definition.en).to.not.match(/public and private/i);
    // Known error: 3 trillion, not 30.
    expect(byId('business-target').value).to.not.equal(3e13);
  });

  it('agrees with the dataset’s other statements of the same facts (one fact, one number)', () => {
    const {summit, initiative} = bundledDataset;
    expect(byId('summit-documents').value).to.equal(summit.documentsSigned.moreThan);
    expect(summit.documentsSigned.note.en).to.match(/signed or presented/);
    expect(byId('business-target').value).to.equal(initiative.target.amount);
    expect(byId('business-target').currency).to.equal(initiative.target.currency);
    expect(initiative.target.years).to.equal(5);
    expect(initiative.target.note.en).to.match(/^About JPY 3 trillion of business projects over five years/);
    expect(byId('summit-documents').sources).to.include.members(['kantei-summit-2025']);
  });

  it('cites for each figure sources of its own kind: MOFA’s count of meetings, the launch and the summit for the years', () => {
    expect(byId('foreign-ministers-meetings').sources).to.deep.equal(['mofa-summit-notice-2025']);
    expect(sourceOf('mofa-summit-notice-2025').publisher).to.equal('Ministry of Foreign Affairs of Japan');
    expect(byId('years-to-first-summit').sources).to.deep.equal(['mofa-fmm1-2004', 'kantei-summit-2025']);
    for (const figure of figures) {
      const publishers = figure.sources.map((id) => sourceOf(id).publisher);
      expect(new Set(publishers).size, `${figure.id}: one link per publisher`).to.equal(publishers.length);
      for (const id of figure.sources) expect(sourceOf(id).confidence, `${figure.id} ${id}`).to.match(/^[AB]$/);
    }
  });

  it('every computed figure equals its sourced value on the bundled data', () => {
    const checks = checkFigures(figures, bundledDataset);
    expect(checks.map((c) => [c.figure.id, c.rule, c.computed, c.agrees])).to.deep.equal([
      ['years-to-first-summit', 'years-to-first-summit', 21, true],
      ['foreign-ministers-meetings', 'foreign-ministers-meetings', 10, true],
      ['summit-presidents', 'summit-presidents', 5, true],
    ]);
  });

  it('foreign ministers’ meetings: MOFA’s ten are the timeline’s ministerial events up to its notice, the two online ones included', () => {
    const figure = byId('foreign-ministers-meetings');
    const counted = bundledDataset.events.filter((event) => event.kind === 'ministerial' && event.date.start <= figure.asOf);
    expect(counted.map((event) => event.id)).to.deep.equal([
      'fmm-1-astana-2004',
      'fmm-2-tokyo-2006',
      'fmm-3-tashkent-2010',
      'fmm-4-tokyo-2012',
      'fmm-5-kyrgyzstan-2014',
      'fmm-6-ashgabat-2017',
      'fmm-7-dushanbe-2019',
      'fm-video-conference-2020',
      'fmm-8-online-2022',
      'fmm-9-tokyo-2022',
    ]);
    // Online ones included: without the 2020 video conference and the 2022 online meeting the count would be 8.
    const online = counted.filter((event) => event.place.en === 'Online').map((event) => event.id);
    expect(online).to.deep.equal(['fm-video-conference-2020', 'fmm-8-online-2022']);
    expect(counted.length - online.length).to.equal(8);
    expect(RULES['foreign-ministers-meetings'](bundledDataset, figure)).to.equal(figure.value);
    // The MOFA notice the figure cites says the same, as the timeline reports it.
    const notice = bundledDataset.events.find((event) => event.id === 'summit-announced-2025')!;
    expect(notice.date.start).to.equal(figure.asOf);
    expect(notice.summary.en).to.contain('ten foreign ministers\' meetings, online ones included');
    expect(figure.definition.en).to.contain('online ones included').and.contain('special video conference in 2020');
    // No ministerial event after the notice (the summit is a summit, not a ministerial meeting).
    expect(bundledDataset.events.filter((event) => event.kind === 'ministerial' && event.date.start > figure.asOf)).to.deep.equal([]);
  });

  it('years: 2004 (the launch, the timeline’s first event) to 2025 (the summit) are 21 full years', () => {
    const [launch] = bundledDataset.events;
    expect(launch.id).to.equal('fmm-1-astana-2004');
    expect(launch.date.start).to.equal('2004-08-28');
    expect(bundledDataset.summit.date).to.equal('2025-12-20');
    expect(2025 - 2004).to.equal(byId('years-to-first-summit').value);
    expect(fullYears('2004-08-28', '2025-12-20')).to.equal(21);
    expect(fullYears('2004-12-21', '2025-12-20')).to.equal(20);
    expect(fullYears('2004-12-20', '2025-12-20')).to.equal(21);
    expect(fullYears('2004-08', '2025-12-20')).to.equal(21);
    expect(fullYears('2004', '2025-01-01')).to.equal(21);
    expect(byId('years-to-first-summit').definition.en).to.contain('28 August 2004').and.contain('20 December 2025');
  });

  it('presidents: the summit’s five participants, each a country whose leader is its president', () => {
    const {summit, countries} = bundledDataset;
    expect(RULES['summit-presidents'](bundledDataset, byId('summit-presidents'))).to.equal(5);
    for (const code of summit.participants) {
      expect(countries.find((country) => country.alpha2 === code)!.leader.title.en, code).to.equal('President');
    }
    // The host is not a participant, and a duplicate participant counts once.
    expect(summit.participants).to.not.include('JP');
    const twice = {...bundledDataset, summit: {...summit, participants: [...summit.participants, 'KZ']}};
    expect(RULES['summit-presidents'](twice, byId('summit-presidents'))).to.equal(5);
  });

  it('has every label and definition in all eight languages, in each language’s script and letters', () => {
    const script: Partial<Record<Lang, RegExp>> = {ja: /[\u3040-\u30ff\u4e00-\u9fff]/, ru: /^[^a-z]*$/i, kk: /^[^a-z]*$/i, ky: /^[^a-z]*$/i, tg: /^[^a-z]*$/i, tk: /^[^\u0400-\u04ff]*$/, uz: /^[^\u0400-\u04ff]*$/};
    /** Letters each language's own texts use somewhere (Kazakh Қ Ә, Kyrgyz Ң Ө Ү, Tajik Ҷ Ӣ, Turkmen Ý Ş, Uzbek ʻ). */
    const letters: Partial<Record<Lang, RegExp>> = {kk: /[әғқңөұүі]/i, ky: /[ңөү]/i, tg: /[ғӣқӯҳҷ]/i, tk: /[äçňöşüýž]/i, uz: /[ʻʼ]/, ru: /[а-я]/i};
    for (const lang of LANGS) {
      const texts = figures.flatMap((figure) => [figure.label[lang], figure.definition[lang]]);
      texts.forEach((value, i) => {
        expect(value, `${lang} text ${i}`).to.be.a('string').and.not.equal('');
        if (script[lang]) expect(value, `${lang}: ${value}`).to.match(script[lang]!);
        if (lang !== 'en') expect(value, `${lang}: translated`).to.not.equal(figures[Math.floor(i / 2)][i % 2 ? 'definition' : 'label'].en);
      });
      if (letters[lang]) expect(texts.join(' '), lang).to.match(letters[lang]!);
    }
    // Uzbek writes oʻ and gʻ with U+02BB and the sign with U+02BC, never ASCII quotes.
    for (const figure of figures) expect([figure.label.uz, figure.definition.uz].join(' ')).to.not.match(/['‘’`]/);
  });
});

describeModes('<key-figures>', (mode) => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('shows every figure of the dataset, in its order, with label, definition, linked sources and as-of date, in all eight languages', async () => {
    for (const lang of LANGS) {
      const h = await keyFigures(mode, {lang});
      const t = STRINGS[lang];
      expect(textOf(h.heading), lang).to.equal(t.figures.title);
      expect(h.ids, lang).to.deep.equal(IDS);
      for (const figure of figures) {
        const tile = h.tile(figure.id);
        const what = `${figure.id} in ${lang}`;
        expect(textOf(tile.querySelector('.value')), what).to.equal(expectedValue(figure, lang));
        expect(textOf(tile.querySelector('.label')), what).to.equal(text(figure.label, lang));
        expect(textOf(tile.querySelector('.definition')), what).to.equal(text(figure.definition, lang));
        const terms = [...tile.querySelectorAll('dt')].map(textOf);
        expect(terms, what).to.deep.equal([t.figures.definition, figure.sources.length > 1 ? t.shared.sources : t.figures.source]);
        const links = [...tile.querySelectorAll<HTMLAnchorElement>('.figure-sources a')];
        expect(links.map((a) => a.href), what).to.deep.equal(figure.sources.map((id) => sourceOf(id).url));
        links.forEach((a, i) => {
          const source = sourceOf(figure.sources[i]);
          expect(textOf(a), what).to.equal(`${source.publisher}: ${source.title} ${t.shared.newTab}`);
          expect(a.target).to.equal('_blank');
          expect(a.rel).to.equal('noopener noreferrer');
        });
        const time = tile.querySelector('time')!;
        expect(time.getAttribute('datetime')).to.equal(figure.asOf);
        expect(textOf(tile.querySelector('.as-of')), what).to.equal(format(t.figures.asOf, {date: formatIsoDate(figure.asOf, STRINGS[lang])}));
      }
      expect(h.errorBox).to.be.null;
    }
  });

  it('keeps "more than" and "about" exactly as the sources say, worded for each language', async () => {
    for (const lang of LANGS) {
      const h = await keyFigures(mode, {lang});
      expect(textOf(h.value('summit-documents')), lang).to.equal(WORDED[lang].documents);
      expect(textOf(h.value('business-target')), lang).to.equal(WORDED[lang].target);
      // The exact figures carry no qualifier; the number is set apart from the qualifier's words.
      for (const id of ['years-to-first-summit', 'foreign-ministers-meetings', 'summit-presidents']) {
        expect(h.tile(id).querySelector('.qualifier'), `${id} ${lang}`).to.be.null;
        expect(textOf(h.tile(id).querySelector('.number'))).to.equal(String(byId(id).value));
      }
      expect(textOf(h.tile('summit-documents').querySelector('.number'))).to.equal('150');
    }
  });

  it('adds nothing up: the tiles show the figures’ own numbers and no other', async () => {
    const h = await keyFigures(mode);
    const numbers = h.$$('.number').map(textOf);
    expect(numbers).to.deep.equal(['150', '3 trillion Japanese yen', '21', '10', '5']);
  });

  it('is a list of tiles named by the heading, each a description list; the title at heading-level', async () => {
    const h = await keyFigures(mode, {'heading-level': '2'});
    const list = h.list!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-labelledby')).to.equal('title');
    expect(h.heading.id).to.equal('title');
    expect(h.heading.localName).to.equal('h2');
    expect(list.querySelectorAll(':scope > li')).to.have.length(5);
    for (const tile of h.tiles) {
      const dl = tile.querySelector('dl')!;
      expect([...dl.children].map((child) => child.localName)).to.deep.equal(['dt', 'dd', 'dt', 'dd']);
    }
    for (const level of ['3', '4', '5', '6']) {
      const other = await keyFigures(mode, {'heading-level': level});
      expect(other.heading.localName).to.equal(`h${level}`);
    }
  });

  it('figures: picks and orders the tiles (any case, spaces, each once); empty shows all; the Sources follow', async () => {
    const h = await keyFigures(mode, {figures: ' summit-presidents, BUSINESS-TARGET ,summit-presidents'});
    expect(h.ids).to.deep.equal(['summit-presidents', 'business-target']);
    const listed = [...h.sources!.querySelectorAll('.source-list li')].map(textOf);
    const expected = ['kantei-summit-2025', 'seed-newsaz', 'seed-alojapan', 'kantei-summit-ja-2025', 'jiji-summit-2025-12-20', 'afp-summit-2025'];
    expect(listed).to.have.length(expected.length);
    listed.forEach((line, i) => expect(line).to.contain(sourceOf(expected[i]).publisher));
    for (const value of ['', ' ', ',,']) {
      const all = await keyFigures(mode, {figures: value});
      expect(all.ids, JSON.stringify(value)).to.deep.equal(IDS);
      expect(all.errorBox).to.be.null;
    }
    const full = await keyFigures(mode);
    expect(full.sources!.querySelector('summary')!.textContent).to.contain(`${STRINGS.en.shared.sources} (8)`);
  });

  it('unknown ids: the error box names them and the valid ids, with one warning; a valid value brings the tiles back', async () => {
    let h!: KeyFiguresHarness;
    const warnings = await captureWarnings(async () => {
      h = await keyFigures(mode, {figures: 'summit-documents, gdp,Meetings'});
    });
    const box = textOf(h.errorBox);
    expect(box).to.contain(STRINGS.en.shared.errorTitle);
    expect(box).to.contain(format(STRINGS.en.figures.badFigures, {value: 'gdp, Meetings', valid: IDS.join(', ')}));
    expect(warnings.filter((w) => w.includes('gdp'))).to.have.length(1);
    expect(h.tiles).to.have.length(0);
    h.el.setAttribute('figures', 'foreign-ministers-meetings');
    await h.el.updateComplete;
    expect(h.errorBox).to.be.null;
    expect(h.ids).to.deep.equal(['foreign-ministers-meetings']);
    h.el.removeAttribute('figures');
    await h.el.updateComplete;
    expect(h.tiles).to.have.length(5);
    const ja = await keyFigures(mode, {lang: 'ja', figures: 'gdp'});
    expect(textOf(ja.errorBox)).to.contain('「gdp」').and.contain(STRINGS.ja.shared.errorTitle);
    const uz = await keyFigures(mode, {lang: 'uz', figures: 'gdp'});
    expect(textOf(uz.errorBox)).to.contain(format(STRINGS.uz.figures.badFigures, {value: 'gdp', valid: IDS.join(', ')}));
  });

  it('live attribute changes: lang, theme, heading-level, figures; removing one restores its default', async () => {
    const h = await keyFigures(mode);
    h.el.setAttribute('lang', 'ru');
    await h.el.updateComplete;
    expect(textOf(h.heading)).to.equal(STRINGS.ru.figures.title);
    expect(textOf(h.value('summit-documents'))).to.equal('более 150');
    h.el.setAttribute('lang', 'tk');
    await h.el.updateComplete;
    expect(textOf(h.value('business-target'))).to.equal('takmynan 3 trln ýen');
    expect(textOf(h.label('summit-presidents'))).to.equal(byId('summit-presidents').label.tk);
    h.el.removeAttribute('lang');
    await h.el.updateComplete;
    expect(textOf(h.heading)).to.equal(STRINGS.en.figures.title);
    h.el.setAttribute('theme', 'dark');
    await h.el.updateComplete;
    expect(h.base.classList.contains('theme-dark')).to.be.true;
    h.el.removeAttribute('theme');
    await h.el.updateComplete;
    expect(h.base.classList.contains('theme-auto')).to.be.true;
    h.el.setAttribute('heading-level', '5');
    await h.el.updateComplete;
    expect(h.heading!.localName).to.equal('h5');
    h.el.removeAttribute('heading-level');
    await h.el.updateComplete;
    expect(h.heading!.localName).to.equal('h3');
    h.el.setAttribute('figures', 'years-to-first-summit,summit-documents');
    await h.el.updateComplete;
    expect(h.ids).to.deep.equal(['years-to-first-summit', 'summit-documents']);
    h.el.removeAttribute('figures');
    await h.el.updateComplete;
    expect(h.ids).to.deep.equal(IDS);
  });

  it('tiles wrap by the widget’s own width: one column at 300 px, all five in one row at 1200 px', async () => {
    const narrow = await keyFigures(mode, {}, {width: '300px'});
    const boxes = narrow.tiles.map((tile) => tile.getBoundingClientRect());
    expect(new Set(boxes.map((box) => Math.round(box.left))).size).to.equal(1);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).to.be.at.least(boxes[i - 1].bottom);
    const wide = await keyFigures(mode, {}, {width: '1200px'});
    const row = wide.tiles.map((tile) => tile.getBoundingClientRect());
    expect(new Set(row.map((box) => Math.round(box.top))).size).to.equal(1);
    for (let i = 1; i < row.length; i++) expect(row[i].left).to.be.at.least(row[i - 1].right);
    // In between they wrap (two or more columns, more than one row), never wider than the widget.
    const middle = await keyFigures(mode, {}, {width: '700px'});
    const mid = middle.tiles.map((tile) => tile.getBoundingClientRect());
    expect(new Set(mid.map((box) => Math.round(box.top))).size).to.be.within(2, 3);
    const frame = middle.el.getBoundingClientRect();
    for (const box of mid) expect(box.right).to.be.at.most(frame.right);
  });

  for (const width of ['320px', '1280px']) {
    it(`fits ${width} in every language: no tile or text wider than the widget`, async () => {
      for (const lang of LANGS) {
        const h = await keyFigures(mode, {lang}, {width});
        const frame = h.base;
        expect(frame.scrollWidth, `${lang} at ${width}`).to.be.at.most(frame.clientWidth);
        const right = h.el.getBoundingClientRect().right;
        for (const tile of h.tiles) expect(tile.getBoundingClientRect().right, `${lang} ${tile.dataset.figure}`).to.be.at.most(right + 0.5);
      }
    });
  }

  it('keyboard: nothing but links to operate; Tab goes through every tile’s source links in reading order, then the Sources', async () => {
    const h = new KeyFiguresHarness(await renderFixture<KeyFigures>(`<button id="before">before</button>${markup('key-figures')}`, {mode, width: '1280px'}));
    const before = document.getElementById('before')!;
    before.focus();
    const expected = figures.flatMap((figure) => figure.sources.map((id) => `${figure.id} ${sourceOf(id).url}`));
    const reached: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await sendKeys({press: 'Tab'});
      const active = h.focused as HTMLAnchorElement;
      expect(active?.localName, `stop ${i}`).to.equal('a');
      reached.push(`${active.closest<HTMLElement>('.figure')!.dataset.figure} ${active.href}`);
    }
    expect(reached).to.deep.equal(expected);
    await sendKeys({press: 'Tab'});
    expect(h.focused?.localName).to.equal('summary');
    // The tiles themselves take no focus and have no controls.
    expect(h.list!.querySelectorAll('button, [tabindex], input')).to.have.length(0);
    // A visible focus ring on a link.
    (h.tiles[0].querySelector('a') as HTMLElement).focus();
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(document.activeElement).to.equal(before);
    await sendKeys({press: 'Tab'});
    const link = h.focused as HTMLElement;
    expect(getComputedStyle(link).outlineStyle).to.equal('solid');
  });

  it('print: every tile and the Sources shown, the source links with their addresses, no tile split', async () => {
    const h = await keyFigures(mode);
    await emulateMedia({media: 'print'});
    for (const tile of h.tiles) {
      expect(tile.checkVisibility(), tile.dataset.figure).to.be.true;
      expect(getComputedStyle(tile).breakInside).to.equal('avoid');
      for (const part of tile.querySelectorAll('.value, .label, .definition, .figure-sources, .as-of')) {
        expect((part as HTMLElement).checkVisibility(), `${tile.dataset.figure} ${part.className}`).to.be.true;
      }
      const link = tile.querySelector('a')!;
      expect(generatedContent(link, '::after')).to.contain(link.getAttribute('href')!);
    }
    const list = h.sources!.querySelector<HTMLElement>('.source-list')!;
    expect(list.checkVisibility()).to.be.true;
  });

  it('forced colours: the tiles keep a border and the numbers the text colour', async () => {
    // Puppeteer cannot emulate forced-colors: check the widget's stylesheets carry the rules.
    const h = await keyFigures(mode);
    const sheets = h.root.adoptedStyleSheets.length ? h.root.adoptedStyleSheets : [...h.root.styleSheets];
    const rules = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'))
      .map((rule) => rule.cssText)
      .join('\n');
    expect(rules).to.contain('.figure').and.contain('.value');
    expect(rules.toLowerCase()).to.contain('canvastext');
  });
});

describeModes('<key-figures> with a dataset of its own (data)', (mode) => {
  it('a computed figure that disagrees with its count shows the sourced value and warns once, naming both', async () => {
    const data = structuredClone(bundledDataset) as Dataset;
    data.events = data.events.filter((event) => event.id !== 'fmm-8-online-2022');
    let h!: KeyFiguresHarness;
    const warnings = await captureWarnings(async () => {
      h = await keyFigures(mode, {}, {properties: {data}});
      h.el.setAttribute('lang', 'ja');
      await h.el.updateComplete;
    });
    expect(textOf(h.tile('foreign-ministers-meetings').querySelector('.number'))).to.equal('10');
    const lines = warnings.filter((w) => w.includes('foreign-ministers-meetings'));
    expect(lines).to.have.length(1);
    expect(lines[0]).to.contain('counts 9').and.contain('say 10');
    expect(h.errorBox).to.be.null;
  });

  it('agreeing counts warn nothing', async () => {
    const warnings = await captureWarnings(() => keyFigures(mode, {}, {properties: {data: structuredClone(bundledDataset)}}));
    expect(warnings).to.deep.equal([]);
  });

  it('a dataset without figures shows the heading and says it has none (no blank box), with one warning', async () => {
    const data = structuredClone(bundledDataset) as Dataset;
    delete data.figures;
    let h!: KeyFiguresHarness;
    const warnings = await captureWarnings(async () => {
      h = await keyFigures(mode, {lang: 'kk'}, {properties: {data}});
    });
    expect(textOf(h.heading)).to.equal(STRINGS.kk.figures.title);
    expect(textOf(h.$('.empty'))).to.equal(STRINGS.kk.figures.noFigures);
    expect(h.errorBox).to.be.null;
    expect(warnings.filter((w) => w.includes('no figures'))).to.have.length(1);
    h.el.setAttribute('figures', 'summit-documents');
    await h.el.updateComplete;
    expect(textOf(h.errorBox)).to.contain('summit-documents');
  });

  it('a newsroom’s figure in English only: shown in English in any language, its amount in its currency', async () => {
    const data = structuredClone(bundledDataset) as Dataset;
    data.figures = [
      {
        id: 'uz-portfolio',
        value: 12e9,
        qualifier: 'more-than',
        currency: 'USD',
        label: {en: 'Portfolio of projects formed for the visit (Uzbekistan)'},
        definition: {en: 'As Uzbekistan’s presidential press service put it.'},
        asOf: '2025-12-20',
        sources: ['president-uz-2025'],
      },
    ];
    const h = await keyFigures(mode, {lang: 'ru'}, {properties: {data}});
    expect(textOf(h.label('uz-portfolio'))).to.equal('Portfolio of projects formed for the visit (Uzbekistan)');
    expect(textOf(h.value('uz-portfolio'))).to.equal(format(STRINGS.ru.figures.moreThan, {number: formatCompactCurrency(12e9, 'USD', STRINGS.ru)}));
    expect(textOf(h.value('uz-portfolio'))).to.contain('12');
    expect(h.tiles).to.have.length(1);
  });
});
