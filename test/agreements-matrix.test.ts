import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import {bundledDataset} from '../src/dataset/bundled.js';
import type {Country, Dataset, FieldGroup} from '../src/dataset/types.js';
import {DATA_LANGS} from '../src/dataset/types.js';
import {validateDataset} from '../src/dataset/validate.js';
import {AgreementsMatrix} from '../src/define/agreements-matrix.js';
import * as root from '../src/index.js';
import {formatList, formatNumber, text} from '../src/internal/format.js';
import type {Lang} from '../src/internal/lang.js';
import {format} from '../src/internal/messages.js';
import {loadEverything} from '../src/internal/translations.js';
import {agreementsMatrix, MatrixHarness} from './kit/harness/agreements-matrix.js';
import {
  capturePageErrors,
  captureWarnings,
  describeModes,
  recordEvents,
  runWidgetConformance,
  shown,
  spokenText,
  STRINGS,
  textOf,
  type Attributes,
} from './kit/index.js';

const d = bundledDataset;
const groups = d.fieldGroups!;
const countries = d.countries;
const ALPHA2 = 'KZ, KG, TJ, TM, UZ';
const ALPHA3 = 'KAZ, KGZ, TJK, TKM, UZB';
const GROUP_IDS = groups.map((group) => group.id);
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

const byAlpha2 = (code: string) => countries.find((country) => country.alpha2 === code)!;
const fieldOf = (country: string, id: string) => byAlpha2(country).agreements.fields.find((field) => field.id === id)!;
const standOutOf = (country: string, id: string) => byAlpha2(country).agreements.standOut.find((item) => item.id === id)!;
/** What the data puts in one cell: the country's fields in the group, and its stood-out items there. */
const cellData = (group: FieldGroup, country: string) => ({
  fields: group.fields.filter((entry) => entry.country === country).map((entry) => fieldOf(country, entry.field)),
  standOut: (group.standOut ?? []).filter((entry) => entry.country === country).map((entry) => standOutOf(country, entry.item)),
});
/** The wording of items as the widget writes it: “A” and “B”, in `lang`. */
const quoted = (items: {label: Dataset['title']}[], lang: Lang) =>
  formatList(
    items.map((item) => format(STRINGS[lang].matrix.quoted, {text: text(item.label, lang)})),
    STRINGS[lang]
  );

/** Records `agreements-matrix-select` events reaching the document. */
const recordSelects = () => recordEvents<{country: string; field: string}>('agreements-matrix-select');

/** Presses `key` (with Control held when `ctrl`) and waits for the widget. */
async function press(w: MatrixHarness, key: string, ctrl = false) {
  if (ctrl) await sendKeys({down: 'Control'});
  await sendKeys({press: key});
  if (ctrl) await sendKeys({up: 'Control'});
  await w.el.updateComplete;
  await w.el.updateComplete;
}

before(async () => {
  // The formatting helpers below read the loaded translations (the languages' tables).
  await Promise.all(DATA_LANGS.map((lang) => loadEverything(lang)));
});

describe('<agreements-matrix> registration and data', () => {
  it('exports the class from the package root and declares the dataset parts it reads', () => {
    expect(root.AgreementsMatrix).to.equal(AgreementsMatrix);
    expect(AgreementsMatrix.dataParts.map((part) => part.name)).to.deep.equal(['countries', 'fieldGroups']);
  });

  it('the bundled dataset has the ten editorial groups of issue #16, labelled in all eight languages', () => {
    expect(GROUP_IDS).to.deep.equal([
      'energy',
      'transport',
      'education',
      'health',
      'agriculture-water',
      'digital-space',
      'finance-tax',
      'environment-disaster',
      'industry',
      'political',
    ]);
    for (const group of groups) for (const lang of DATA_LANGS) expect(group.label[lang], `${group.id}.${lang}`).to.be.a('string').and.not.equal('');
  });

  it('puts every field and every stood-out item of every country in exactly one group (the mapping of seed 000)', () => {
    const placement = (kind: 'fields' | 'standOut') =>
      Object.fromEntries(
        countries.map((country) => [
          country.alpha2,
          Object.fromEntries(
            country.agreements[kind].map((item) => {
              const key = kind === 'fields' ? 'field' : 'item';
              const found = groups.filter((group) =>
                (kind === 'fields' ? group.fields : (group.standOut ?? [])).some(
                  (entry) => entry.country === country.alpha2 && (entry as unknown as Record<string, string>)[key] === item.id
                )
              );
              expect(found, `${country.alpha2} ${item.id}`).to.have.length(1);
              return [item.id, found[0].id];
            })
          ),
        ])
      );
    // Pinned: a change to the editors' grouping is a deliberate edit of this table and of docs/widgets/agreements-matrix.md
    // ("The rows are the editors' grouping").
    expect(placement('fields')).to.deep.equal({
      KZ: {'trade-economy': 'industry', 'energy-nuclear': 'energy', environment: 'environment-disaster', agriculture: 'agriculture-water', transportation: 'transport', digitalization: 'digital-space', education: 'education', science: 'education'},
      KG: {'double-taxation': 'finance-tax', 'energy-infrastructure': 'energy', health: 'health', education: 'education', 'disaster-management': 'environment-disaster', 'space-technologies': 'digital-space'},
      TJ: {'investment-protection': 'finance-tax', 'energy-infrastructure': 'energy', agriculture: 'agriculture-water', transportation: 'transport', 'satellite-climate-monitoring': 'environment-disaster', education: 'education'},
      TM: {energy: 'energy', petrochemicals: 'industry', transportation: 'transport', banking: 'finance-tax', 'digital-technologies': 'digital-space', 'higher-education': 'education'},
      UZ: {'strategic-partnership': 'political', 'renewable-energy': 'energy', health: 'health', agriculture: 'agriculture-water', 'water-management': 'agriculture-water', digitalization: 'digital-space', education: 'education', industry: 'industry'},
    });
    expect(placement('standOut')).to.deep.equal({
      KZ: {energy: 'energy', 'nuclear-technology': 'energy', 'industrial-investment': 'industry'},
      KG: {'infrastructure-projects': 'energy', 'human-capital': 'education'},
      TJ: {'electricity-infrastructure': 'energy', 'disaster-climate-monitoring': 'environment-disaster'},
      TM: {'natural-gas': 'energy', 'petrochemical-projects': 'industry'},
      UZ: {energy: 'energy', health: 'health', 'higher-education': 'education'},
    });
  });
});

runWidgetConformance({
  tag: 'agreements-matrix',
  ctor: AgreementsMatrix,
  title: (lang) => STRINGS[lang].matrix.title,
  attributes: {highlight: 'UZ'},
  badAttributes: [
    ['countries', 'XX'],
    ['fields', 'space'],
    ['highlight', 'JP'],
  ],
  validAttributes: {countries: 'KZ,UZ', fields: 'energy', highlight: 'KZ'},
  editText: (data, value) => (data.fieldGroups![0].label.en = value),
});

describeModes('<agreements-matrix> the table', (mode) => {
  it('is a real table: a caption, a column header per country (the dataset\'s names), a row header per group', async () => {
    const w = await agreementsMatrix(mode);
    expect(w.heading.localName).to.equal('h3');
    expect(textOf(w.heading)).to.equal(STRINGS.en.matrix.title);
    const table = w.table;
    expect(shown(table)).to.be.true;
    expect(textOf(table.caption)).to.equal(STRINGS.en.matrix.caption);
    const heads = [...table.tHead!.querySelectorAll('th')];
    expect(heads.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col', 'col', 'col']);
    expect(heads.map(textOf)).to.deep.equal([STRINGS.en.matrix.fieldColumn, ...countries.map((country) => country.name.en)]);
    const rowHeads = w.bodyRows.map((row) => row.cells[0]);
    expect(rowHeads.map((th) => [th.localName, th.getAttribute('scope')])).to.deep.equal(groups.map(() => ['th', 'row']));
    expect(rowHeads.map(textOf)).to.deep.equal(groups.map((group) => group.label.en));
    expect(w.bodyRows.every((row) => row.cells.length === 6)).to.be.true;
  });

  it('every cell says what the data says: ✓ and the exact field names where the country named a field of the row, "Not named" otherwise', async () => {
    const w = await agreementsMatrix(mode);
    groups.forEach((group, r) => {
      countries.forEach((country, c) => {
        const td = w.bodyRows[r].cells[c + 1];
        const {fields, standOut} = cellData(group, country.alpha2);
        const what = `${group.id} / ${country.alpha2}`;
        if (!fields.length) {
          expect(td.classList.contains('no'), what).to.be.true;
          expect(td.querySelector('button'), what).to.be.null;
          expect(spokenText(td), what).to.equal(STRINGS.en.matrix.notNamed);
          return;
        }
        expect(td.classList.contains('yes'), what).to.be.true;
        expect(textOf(td.querySelector('.wording-fields')), what).to.equal(quoted(fields, 'en'));
        if (standOut.length) {
          expect(textOf(td.querySelector('.wording-stand-out')), what).to.equal(`★ ${format(STRINGS.en.matrix.standOutItems, {items: quoted(standOut, 'en')})}`);
        } else expect(td.querySelector('.wording-stand-out'), what).to.be.null;
      });
    });
    expect(w.cells).to.have.length(groups.reduce((sum, group) => sum + new Set(group.fields.map((entry) => entry.country)).size, 0));
  });

  it('Kyrgyzstan / energy: “Energy infrastructure”, and its highlight “Infrastructure projects”', async () => {
    const w = await agreementsMatrix(mode);
    const button = w.cell('0-1');
    const description = w.root.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(textOf(description.querySelector('.wording-fields'))).to.equal('“Energy infrastructure”');
    expect(spokenText(description)).to.contain('Stood out: “Infrastructure projects”');
    // Kazakhstan / education and science: both of its fields, in its own words.
    expect(textOf(w.$('#w-2-0 .wording-fields'))).to.equal('“Education” and “Science”');
  });

  it('each ✓ cell is a button named by its column and row headers and its mark, described by its wording', async () => {
    const w = await agreementsMatrix(mode);
    for (const button of w.cells) {
      const ids = button.getAttribute('aria-labelledby')!.split(' ');
      const [r, c] = button.dataset.roving!.split('-').map(Number);
      expect(ids).to.deep.equal([`c-${c}`, `r-${r}`, `m-${r}-${c}`]);
      const name = ids.map((id) => spokenText(w.root.getElementById(id)!)).join(' ');
      const stood = cellData(groups[r], countries[c].alpha2).standOut.length > 0;
      expect(name).to.equal(`${countries[c].name.en} ${groups[r].label.en} ${STRINGS.en.matrix.named}${stood ? ` ${STRINGS.en.matrix.standOut}` : ''}`);
      expect(w.root.getElementById(button.getAttribute('aria-describedby')!)).to.exist;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    }
  });

  it('what stood out is marked by a ★ and the words "Stood out", not by colour alone, in exactly the cells the data places it', async () => {
    const w = await agreementsMatrix(mode);
    const marked = w.$$('td.yes')
      .filter((td) => td.querySelector('.cell .star'))
      .map((td) => td.querySelector('button')!.dataset.roving);
    const expected = groups.flatMap((group, r) =>
      countries.flatMap((country, c) => (cellData(group, country.alpha2).standOut.length ? [`${r}-${c}`] : []))
    );
    expect(marked).to.deep.equal(expected);
    expect(expected).to.have.length(11);
    for (const key of expected) {
      const mark = w.$(`#m-${key}`)!;
      expect(textOf(mark.querySelector('.star'))).to.equal('★');
      expect(mark.querySelector('.star')!.getAttribute('aria-hidden')).to.equal('true');
      expect(spokenText(mark)).to.equal(`${STRINGS.en.matrix.named} ${STRINGS.en.matrix.standOut}`);
    }
    // The legend says what the shapes mean, in words.
    expect([...w.legend!.querySelectorAll('li')].map(spokenText)).to.deep.equal([STRINGS.en.matrix.named, STRINGS.en.matrix.notNamed, STRINGS.en.matrix.standOut]);
  });

  it('the footer counts each country\'s fields, from the data', async () => {
    const w = await agreementsMatrix(mode);
    const foot = w.$<HTMLTableSectionElement>('tfoot')!;
    const cells = [...foot.rows[0].cells];
    expect(cells[0].localName).to.equal('th');
    expect(cells[0].getAttribute('scope')).to.equal('row');
    expect(textOf(cells[0])).to.equal(STRINGS.en.matrix.total);
    expect(cells.slice(1).map(textOf)).to.deep.equal(countries.map((country) => String(country.agreements.fields.length)));
    expect(cells.slice(1).map(textOf)).to.deep.equal(['8', '6', '6', '6', '8']);
  });

  it('labels the rows "Editorial grouping", with a note saying the grouping is the editors\'', async () => {
    const w = await agreementsMatrix(mode);
    const note = w.part('editorial')!;
    expect(textOf(note.querySelector('.editorial-label'))).to.equal(STRINGS.en.matrix.editorialGrouping);
    expect(textOf(note)).to.equal(`${STRINGS.en.matrix.editorialGrouping} ${STRINGS.en.matrix.editorialNote}`);
    expect(note.compareDocumentPosition(w.table) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
  });

  it('says the fields are as reported in the News.Az opinion column, linked, and lists its source', async () => {
    const w = await agreementsMatrix(mode);
    const newsAz = d.sources.find((source) => source.id === 'seed-newsaz')!;
    const lines = w.$$('.reported-in');
    expect(lines).to.have.length(1);
    const [before, after] = STRINGS.en.shared.fieldsReportedIn.split('{report}');
    const description = countries[0].agreements.reportedBy!.description.en;
    expect(spokenText(lines[0]).replace(` ${STRINGS.en.shared.newTab}`, '')).to.equal(squash(`${before}${description}${after}`));
    expect(lines[0].querySelector('a')!.getAttribute('href')).to.equal(new URL(newsAz.url).href);
    // The corrections about the countries' fields, and those about everything.
    const corrections = d.corrections!.filter((c) => !c.concerns || c.concerns.some((part) => ['countries', 'fieldGroups'].includes(part)));
    expect(textOf(w.sources!.querySelector('summary'))).to.equal(`Sources (1) · Corrections (${corrections.length})`);
    expect(textOf(w.$('.source-list'))).to.contain('News.Az');
  });

  it('sub-headings (the details, the list\'s rows) sit one level below heading-level', async () => {
    const w = await agreementsMatrix(mode, {'heading-level': 2});
    expect(w.heading.localName).to.equal('h2');
    expect(new Set(w.$$('.group-heading').map((h) => h.localName))).to.deep.equal(new Set(['h3']));
    w.cell('0-0').focus();
    await w.el.updateComplete;
    expect(w.$('.details-heading')!.localName).to.equal('h3');
  });
});

describeModes('<agreements-matrix> keyboard, pointer and the event', (mode) => {
  it('the ✓ cells are one tab stop; arrows move in the row and the column to the nearest ✓, Home/End in the row, Ctrl+Home/End in the table', async () => {
    const w = await agreementsMatrix(mode);
    const stops = () => w.cells.filter((button) => button.tabIndex === 0).map((button) => button.dataset.roving);
    expect(stops()).to.deep.equal(['0-0']);
    w.cell('0-0').focus();
    const steps: [string, string, boolean?][] = [
      ['ArrowRight', '0-1'], // Kyrgyzstan / energy
      ['ArrowDown', '2-1'], // Kyrgyzstan named no transport: education and science
      ['ArrowDown', '3-1'], // health
      ['ArrowRight', '3-4'], // Tajikistan and Turkmenistan named no health: Uzbekistan
      ['ArrowRight', '3-4'], // the row's end: focus stays
      ['ArrowLeft', '3-1'],
      ['ArrowUp', '2-1'],
      ['ArrowUp', '0-1'],
      ['ArrowUp', '0-1'], // the column's top
      ['End', '0-4'],
      ['Home', '0-0'],
      ['ArrowDown', '1-0'],
      ['End', '9-4', true], // Ctrl+End: the last ✓ of the table (Uzbekistan / political relations)
      ['Home', '0-0', true], // Ctrl+Home: the first
    ];
    for (const [key, expected, ctrl] of steps) {
      await press(w, key, ctrl);
      expect(w.focusedKey, `${ctrl ? 'Ctrl+' : ''}${key}`).to.equal(expected);
      expect(stops(), `${key}: one tab stop`).to.deep.equal([expected]);
    }
  });

  it('Tab leaves the table from its one stop; Shift+Tab comes back to the same cell', async () => {
    const w = await agreementsMatrix(mode);
    w.cell('0-0').focus();
    await press(w, 'ArrowDown');
    await press(w, 'ArrowRight');
    expect(w.focusedKey).to.equal('1-2');
    await sendKeys({press: 'Tab'});
    expect(w.focusedKey).to.be.undefined;
    expect(w.focused?.closest('table')).to.be.null;
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(w.focusedKey).to.equal('1-2');
  });

  it('focus and hover show a cell\'s wording in the details, named by its row and column; leaving shows the placeholder again', async () => {
    const w = await agreementsMatrix(mode);
    const events = recordSelects();
    try {
      expect(textOf(w.details)).to.equal(STRINGS.en.matrix.choose);
      w.cell('0-1').focus();
      await w.el.updateComplete;
      const region = w.details;
      expect(region.localName).to.equal('section');
      expect(region.getAttribute('aria-labelledby')).to.equal('details-heading');
      expect(textOf(region.querySelector('#details-heading'))).to.equal('Kyrgyzstan: Energy');
      expect(textOf(region)).to.contain('As reported: “Energy infrastructure”');
      expect(textOf(region)).to.contain('Stood out: “Infrastructure projects”');
      expect(w.$('td.shown button')!.dataset.roving).to.equal('0-1');
      // The pointer wins while it is over a cell.
      const rect = w.cell('7-2').getBoundingClientRect();
      await sendMouse({type: 'move', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)]});
      await w.el.updateComplete;
      expect(textOf(w.details.querySelector('#details-heading'))).to.equal('Tajikistan: Environment, climate and disasters');
      expect(textOf(w.details)).to.contain('“Satellite and climate monitoring technologies”');
      await sendMouse({type: 'move', position: [0, 0]});
      await w.el.updateComplete;
      expect(textOf(w.details.querySelector('#details-heading'))).to.equal('Kyrgyzstan: Energy');
      (w.focused as HTMLElement).blur();
      await w.el.updateComplete;
      expect(textOf(w.details)).to.equal(STRINGS.en.matrix.choose);
      expect(events, 'no event for focus or hover').to.have.length(0);
    } finally {
      await sendMouse({type: 'move', position: [0, 0]});
    }
  });

  it('Enter opens a cell (the event, aria-expanded, the details kept), again closes it; Space and Escape; a click and a second click', async () => {
    const w = await agreementsMatrix(mode);
    const events = recordSelects();
    w.cell('0-0').focus();
    await press(w, 'ArrowDown');
    await press(w, 'ArrowDown');
    await press(w, 'Enter');
    const open = w.cell('2-0');
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expect(open.getAttribute('aria-controls')).to.equal('details');
    expect(events.map((event) => event.detail)).to.deep.equal([{country: 'KZ', field: 'education'}]);
    expect(events[0].bubbles && events[0].composed).to.be.true;
    // Focus moves on: the details follow it; back out of the table they show the open cell.
    await press(w, 'ArrowRight');
    expect(textOf(w.details.querySelector('#details-heading'))).to.equal('Kyrgyzstan: Education and science');
    (w.focused as HTMLElement).blur();
    await w.el.updateComplete;
    expect(textOf(w.details.querySelector('#details-heading'))).to.equal('Kazakhstan: Education and science');
    expect(textOf(w.details)).to.contain('“Education” and “Science”');
    // Enter on the open cell closes it: no event.
    open.focus();
    await press(w, 'Enter');
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    expect(open.hasAttribute('aria-controls')).to.be.false;
    expect(events).to.have.length(1);
    await press(w, ' ');
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expect(events).to.have.length(2);
    await press(w, 'Escape');
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    expect(w.focusedKey).to.equal('2-0');
    // Only one cell is open at a time.
    w.cell('9-4').click();
    await w.el.updateComplete;
    w.cell('8-3').click();
    await w.el.updateComplete;
    expect(w.cells.filter((button) => button.getAttribute('aria-expanded') === 'true').map((button) => button.dataset.roving)).to.deep.equal(['8-3']);
    expect(events.slice(2).map((event) => event.detail)).to.deep.equal([
      {country: 'UZ', field: 'political'},
      {country: 'TM', field: 'industry'},
    ]);
    w.cell('8-3').click();
    await w.el.updateComplete;
    expect(w.cell('8-3').getAttribute('aria-expanded')).to.equal('false');
    expect(events).to.have.length(4);
  });

  it('no event on first render, on focus or on an attribute change', async () => {
    const events = recordSelects();
    const w = await agreementsMatrix(mode, {highlight: 'KZ'});
    w.el.setAttribute('countries', 'UZ,KZ');
    await w.el.updateComplete;
    w.cell('0-0').focus();
    await w.el.updateComplete;
    expect(events).to.have.length(0);
  });
});

describeModes('<agreements-matrix> attributes', (mode) => {
  it('countries: the columns in that order, alpha-2 or alpha-3 in any case, repeats once; the footer follows', async () => {
    const w = await agreementsMatrix(mode, {countries: ' uzb, KG ,kgz,kz '});
    expect(w.$$('thead th.country').map(textOf)).to.deep.equal(['Uzbekistan', 'Kyrgyzstan', 'Kazakhstan']);
    expect(w.$$('tfoot td').map(textOf)).to.deep.equal(['8', '6', '8']);
    expect(w.bodyRows.every((row) => row.cells.length === 4)).to.be.true;
    expect(textOf(w.$('#w-0-0 .wording-fields'))).to.equal('“Renewable energy”');
    expect(w.errorBox).to.be.null;
    // Only the shown countries' sources and reports.
    expect(w.$$('.reported-in')).to.have.length(1);
  });

  it('fields: the rows in that order (any case); the footer counts the fields in those rows', async () => {
    const w = await agreementsMatrix(mode, {fields: 'health, ENERGY'});
    expect(w.bodyRows.map((row) => textOf(row.cells[0]))).to.deep.equal(['Health', 'Energy']);
    expect(textOf(w.$('tfoot th'))).to.equal(STRINGS.en.matrix.totalShown);
    expect(w.$$('tfoot td').map(textOf)).to.deep.equal(['1', '2', '1', '1', '2']);
    expect(w.$$('.group-heading').map(textOf)).to.deep.equal(['Health', 'Energy']);
  });

  it('highlight: one column set apart, by its edges as well as its colour, in the table and the list', async () => {
    const w = await agreementsMatrix(mode, {highlight: 'kgz'});
    const column = w.$$<HTMLTableCellElement>('table .hl');
    expect(column).to.have.length(1 + groups.length + 1 + 0); // header, every row, the footer
    expect(column.every((cell) => cell.cellIndex === 2)).to.be.true;
    expect(parseFloat(getComputedStyle(column[0]).borderLeftWidth)).to.be.at.least(3);
    expect(parseFloat(getComputedStyle(column[0]).borderTopWidth)).to.be.at.least(3);
    expect(w.$$('.signed li.hl').map((li) => textOf(li.querySelector('.list-country')))).to.deep.equal(
      groups.filter((group) => group.fields.some((entry) => entry.country === 'KG')).map(() => 'Kyrgyzstan')
    );
  });

  it('empty values mean the default: every country, every row, nothing highlighted', async () => {
    const w = await agreementsMatrix(mode, {countries: ' , ', fields: '', highlight: ' '});
    expect(w.errorBox).to.be.null;
    expect(w.$$('thead th.country')).to.have.length(5);
    expect(w.bodyRows).to.have.length(10);
    expect(w.$$('.hl')).to.have.length(0);
    expect(textOf(w.$('tfoot th'))).to.equal(STRINGS.en.matrix.total);
  });

  it('changing or removing an attribute after render updates the table; removing restores the default', async () => {
    const w = await agreementsMatrix(mode);
    w.el.setAttribute('countries', 'TJ');
    await w.el.updateComplete;
    expect(w.$$('thead th.country .country-name').map(textOf)).to.deep.equal(['Tajikistan']);
    w.el.setAttribute('fields', 'transport,health');
    await w.el.updateComplete;
    expect(w.bodyRows.map((row) => textOf(row.cells[0]))).to.deep.equal(['Transport', 'Health']);
    expect(spokenText(w.bodyRows[1].cells[1])).to.equal(STRINGS.en.matrix.notNamed);
    expect(textOf(w.$('.group:nth-of-type(2) .none'))).to.equal(STRINGS.en.matrix.noCountry);
    w.el.setAttribute('highlight', 'tj');
    await w.el.updateComplete;
    // Set apart by its edges and colour, and in words for a screen reader.
    expect(w.$$('thead th.hl').map(textOf)).to.deep.equal([`Tajikistan (${STRINGS.en.matrix.setApart})`]);
    w.el.removeAttribute('highlight');
    w.el.removeAttribute('countries');
    w.el.fields = null;
    await w.el.updateComplete;
    expect(w.$$('thead th.country')).to.have.length(5);
    expect(w.bodyRows).to.have.length(10);
    expect(w.$$('.hl')).to.have.length(0);
    w.el.setAttribute('lang', 'ja');
    await w.el.updateComplete;
    expect(textOf(w.heading)).to.equal(STRINGS.ja.matrix.title);
    expect(textOf(w.$('thead th.country'))).to.equal('カザフスタン');
  });

  it('an open cell closes when the columns or rows change (cells are positions)', async () => {
    const w = await agreementsMatrix(mode);
    w.cell('0-0').click();
    await w.el.updateComplete;
    w.el.setAttribute('countries', 'KG,KZ');
    await w.el.updateComplete;
    expect(w.cells.some((button) => button.getAttribute('aria-expanded') === 'true')).to.be.false;
    expect(textOf(w.details)).to.equal(STRINGS.en.matrix.choose);
  });
});

describeModes('<agreements-matrix> bad attributes', (mode) => {
  async function bad(attributes: Attributes, lang = 'en') {
    let w!: MatrixHarness;
    const warnings = await captureWarnings(async () => {
      const errors = await capturePageErrors(async () => {
        w = await agreementsMatrix(mode, {...attributes, lang});
        w.el.requestUpdate();
        await w.el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
    });
    expect(w.table).to.be.null;
    return {w, box: textOf(w.errorBox), warnings};
  }

  it('countries with an unknown code: the error box names it and the accepted codes, one warning', async () => {
    const {box, warnings} = await bad({countries: 'KZ, XX, jpn'});
    expect(box).to.contain(STRINGS.en.shared.errorTitle);
    expect(box).to.contain(format(STRINGS.en.matrix.badCountries, {value: 'XX, jpn', alpha2: ALPHA2, alpha3: ALPHA3}));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('countries: "XX", "jpn"');
  });

  it('fields with an unknown id: the error box names it and the row ids', async () => {
    const {box, warnings} = await bad({fields: 'energy, space'});
    expect(box).to.contain(format(STRINGS.en.matrix.badFields, {value: 'space', valid: GROUP_IDS.join(', ')}));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('fields: "space"');
  });

  it('highlight with an unknown code, or a country not among the columns: the error box names it and the columns', async () => {
    const unknown = await bad({highlight: 'JP'});
    expect(unknown.box).to.contain(format(STRINGS.en.matrix.badHighlight, {value: 'JP', valid: ALPHA2}));
    expect(unknown.warnings).to.have.length(1);
    const hidden = await bad({highlight: 'kaz', countries: 'UZ,TM'});
    expect(hidden.box).to.contain(format(STRINGS.en.matrix.badHighlight, {value: 'kaz', valid: 'UZ, TM'}));
  });

  it('several bad attributes: every one named in the box', async () => {
    const {box, warnings} = await bad({countries: 'XX', fields: 'nope'});
    expect(box).to.contain('“XX”').and.contain('“nope”');
    expect(warnings).to.have.length(2);
  });

  it('localized in every language; a value with markup in it stays text', async () => {
    for (const lang of DATA_LANGS) {
      const {box} = await bad({fields: 'x'}, lang);
      expect(box, lang).to.contain(STRINGS[lang].shared.errorTitle);
      expect(box, lang).to.contain(format(STRINGS[lang].matrix.badFields, {value: 'x', valid: GROUP_IDS.join(', ')}));
    }
    const {w, box} = await bad({countries: '<b>KZ</b>'});
    expect(box).to.contain('“<b>KZ</b>”');
    expect(w.errorBox!.querySelector('b')).to.be.null;
  });
});

describeModes('<agreements-matrix> languages', (mode) => {
  for (const lang of DATA_LANGS) {
    it(`${lang}: its texts, the dataset's names and labels, its quotation marks and numbers`, async () => {
      const w = await agreementsMatrix(mode, {lang});
      const t = STRINGS[lang].matrix;
      expect(textOf(w.heading)).to.equal(t.title);
      expect(textOf(w.$('caption'))).to.equal(t.caption);
      expect(textOf(w.$('thead th'))).to.equal(t.fieldColumn);
      expect(w.$$('thead th.country').map(textOf)).to.deep.equal(countries.map((country) => country.name[lang]));
      expect(w.bodyRows.map((row) => textOf(row.cells[0]))).to.deep.equal(groups.map((group) => group.label[lang]));
      expect(textOf(w.$('tfoot th'))).to.equal(t.total);
      expect(w.$$('tfoot td').map(textOf)).to.deep.equal(countries.map((country) => formatNumber(country.agreements.fields.length, STRINGS[lang])));
      expect(textOf(w.$('.editorial-label'))).to.equal(t.editorialGrouping);
      expect(textOf(w.$('#w-2-0 .wording-fields'))).to.equal(
        quoted([fieldOf('KZ', 'education'), fieldOf('KZ', 'science')], lang)
      );
      expect(textOf(w.$('#w-2-0 .wording-fields'))).to.contain(format(t.quoted, {text: fieldOf('KZ', 'science').label[lang]!}));
      expect([...w.legend!.querySelectorAll('li')].map(spokenText)).to.deep.equal([t.named, t.notNamed, t.standOut]);
      expect(textOf(w.$('.keys'))).to.equal(t.keys);
      expect(w.$('[part="base"]')!.getAttribute('lang')).to.equal(lang);
    });
  }
});

describeModes('<agreements-matrix> layout', (mode) => {
  before(() => (document.body.style.margin = '0'));
  after(() => (document.body.style.margin = ''));
  afterEach(() => setViewport({width: 800, height: 600}));

  async function at(width: number, attributes: Attributes = {}) {
    await setViewport({width: Math.max(width, 320), height: 900});
    return agreementsMatrix(mode, attributes, {width: `${width}px`});
  }

  /** Nothing inside the widget reaches past its right edge, and the page does not scroll sideways. */
  function expectNoOverflow(w: MatrixHarness, what: string) {
    const right = w.el.getBoundingClientRect().right;
    for (const node of w.root.querySelectorAll('*')) {
      const rect = node.getBoundingClientRect();
      if (rect.width > 0 && !node.closest('.wording')) expect(rect.right, `${what}: ${node.localName}.${node.className}`).to.be.at.most(right + 0.5);
    }
    expect(document.documentElement.scrollWidth, what).to.be.at.most(window.innerWidth);
  }

  it('at 320 px: one list per row with the countries that named it and their wording, no table, no overflow', async () => {
    const w = await at(320);
    expect(shown(w.table)).to.be.false;
    expect(shown(w.list)).to.be.true;
    expectNoOverflow(w, '320');
    const sections = w.$$('.group');
    expect(sections.map((section) => textOf(section.querySelector('.group-heading')))).to.deep.equal(groups.map((group) => group.label.en));
    groups.forEach((group, i) => {
      const items = [...sections[i].querySelectorAll('.signed li')];
      const named = countries.filter((country) => cellData(group, country.alpha2).fields.length);
      expect(items.map((li) => textOf(li.querySelector('.list-country'))), group.id).to.deep.equal(named.map((country) => country.name.en));
      items.forEach((li, j) => {
        const {fields, standOut} = cellData(group, named[j].alpha2);
        const stood = standOut.length ? ` ★ ${format(STRINGS.en.matrix.standOutItems, {items: quoted(standOut, 'en')})}` : '';
        expect(textOf(li), `${group.id} ${named[j].alpha2}`).to.equal(`${named[j].name.en}: ${quoted(fields, 'en')}${stood}`);
      });
    });
    expect(w.$$('.counts li').map(textOf)).to.deep.equal(countries.map((country) => `${country.name.en}: ${country.agreements.fields.length}`));
  });

  it('from 480 px the table (no horizontal overflow in any language), the names written upwards until 704 px', async () => {
    for (const lang of DATA_LANGS) {
      const w = await at(480, {lang});
      expect(shown(w.table), lang).to.be.true;
      expect(shown(w.list), lang).to.be.false;
      expectNoOverflow(w, `480 ${lang}`);
      expect(getComputedStyle(w.$('.country-name')!).writingMode, lang).to.equal('vertical-rl');
    }
    for (const lang of DATA_LANGS) {
      const w = await at(720, {lang});
      expectNoOverflow(w, `720 ${lang}`);
      expect(getComputedStyle(w.$('.country-name')!).writingMode, lang).to.equal('horizontal-tb');
    }
  });

  it('a wider font (DejaVu Serif, the serif Firefox and WebKit pick on Linux): no overflow at 480 and 720 px in any language', async () => {
    for (const width of [480, 720]) {
      for (const lang of DATA_LANGS) {
        const w = await at(width, {lang});
        w.el.parentElement!.style.fontFamily = "'DejaVu Serif'";
        expectNoOverflow(w, `${width} ${lang} DejaVu Serif`);
      }
    }
  });

  it('at 1280 px the details stand beside the table; nothing overflows in any language', async () => {
    for (const lang of DATA_LANGS) {
      const w = await at(1280, {lang, highlight: 'TM'});
      expectNoOverflow(w, `1280 ${lang}`);
      expect(w.details.getBoundingClientRect().left, lang).to.be.greaterThan(w.table.getBoundingClientRect().right);
    }
    const narrow = await at(800);
    expect(narrow.details.getBoundingClientRect().top).to.be.greaterThan(narrow.table.getBoundingClientRect().bottom);
  });

  it('print shows every wording in its cell, without the buttons, the details and the key help', async () => {
    const w = await at(900);
    try {
      await emulateMedia({media: 'print'});
      expect(w.$$('.wording').every((node) => node.getBoundingClientRect().width > 20)).to.be.true;
      expect(shown(w.$('button.cell'))).to.be.false;
      expect(shown(w.$('.static'))).to.be.true;
      expect(shown(w.details)).to.be.false;
      expect(shown(w.$('.keys'))).to.be.false;
    } finally {
      await emulateMedia({media: 'screen'});
    }
    expect(shown(w.$('button.cell'))).to.be.true;
    expect(w.$('.wording')!.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('forced colours: system colours for the shown and open cells and the highlighted column', async () => {
    // Puppeteer cannot emulate forced-colors: check the widget's stylesheets carry the rules.
    const w = await at(900);
    const sheets = w.root.adoptedStyleSheets.length ? w.root.adoptedStyleSheets : [...w.root.styleSheets];
    const rules = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'))
      .map((rule) => rule.cssText)
      .join('\n');
    for (const part of ['td.shown .cell', ".cell[aria-expanded=\"true\"]", 'th.hl']) expect(rules, part).to.contain(part);
    expect(rules.toLowerCase()).to.contain('highlight;').and.contain('highlighttext');
  });
});

describeModes('<agreements-matrix> accessibility (axe)', (mode) => {
  it('no violations with a cell open and focused, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const w = await agreementsMatrix(mode, {theme}, {width: '1000px'});
      w.cell('0-1').click();
      w.cell('0-1').focus();
      await w.el.updateComplete;
      await expect(w.el).to.be.accessible();
    }
  });
});

describeModes('<agreements-matrix> a dataset of its own (data)', (mode) => {
  const withData = (data: unknown, lang = 'en') => agreementsMatrix(mode, {lang}, {properties: {data}});

  it('a dataset without fieldGroups: one row per field id, named as the data names it, no "Editorial grouping"', async () => {
    const data = structuredClone(d) as Dataset;
    delete data.fieldGroups;
    const w = await withData(data);
    await w.el.updateComplete;
    const ids = [...new Set(countries.flatMap((country) => country.agreements.fields.map((field) => field.id)))];
    expect(w.bodyRows.map((row) => textOf(row.cells[0]))).to.deep.equal(
      ids.map((id) => countries.flatMap((country) => country.agreements.fields).find((field) => field.id === id)!.label.en)
    );
    expect(w.$('.editorial-label')).to.be.null;
    expect(textOf(w.part('editorial')!)).to.equal(STRINGS.en.matrix.ungroupedNote);
    expect(w.$('.cell .star')).to.be.null;
    expect(w.$$('tfoot td').map(textOf)).to.deep.equal(['8', '6', '6', '6', '8']);
    // education: four countries named a field with that id.
    const education = ids.indexOf('education');
    expect([...w.bodyRows[education].cells].slice(1).map((td) => td.className.split(' ')[0])).to.deep.equal(['yes', 'yes', 'yes', 'no', 'yes']);
  });

  it('the small example dataset of docs/dataset.md (one country, no groups) renders its one field', async () => {
    const data = await (await fetch('/test/fixtures/small-dataset.json')).json();
    const w = await withData(data);
    expect(w.$$('thead th.country').map(textOf)).to.deep.equal(['Kazakhstan']);
    expect(w.bodyRows.map((row) => textOf(row.cells[0]))).to.deep.equal(['Energy']);
  });

  it('the accepted codes and ids come from the dataset', async () => {
    const data = structuredClone(d) as Dataset;
    data.countries = data.countries.slice(0, 2);
    data.summit.participants = ['KZ', 'KG'];
    data.fieldGroups = data.fieldGroups!
      .map((group) => ({
        ...group,
        fields: group.fields.filter((entry) => ['KZ', 'KG'].includes(entry.country)),
        standOut: group.standOut?.filter((entry) => ['KZ', 'KG'].includes(entry.country)),
      }))
      .filter((group) => group.fields.length);
    expect(validateDataset(data).ok).to.be.true;
    let w!: MatrixHarness;
    await captureWarnings(async () => {
      w = await withData(data);
      w.el.setAttribute('countries', 'UZ');
      await w.el.updateComplete;
    });
    expect(textOf(w.errorBox)).to.contain('KZ, KG (or KAZ, KGZ)');
  });

  it('dataset text renders as text, never HTML', async () => {
    const data = structuredClone(d) as Dataset;
    data.fieldGroups![0].label.en = 'R&amp;D < b> &lt;i&gt;';
    data.countries[1].agreements.fields[1].label.en = 'a < b & c';
    const w = await withData(data);
    expect(w.bodyRows[0].cells[0].textContent!.trim()).to.equal('R&amp;D < b> &lt;i&gt;');
    expect(w.bodyRows[0].cells[0].children).to.have.length(0);
    expect(textOf(w.$('#w-0-1 .wording-fields'))).to.equal('“a < b & c”');
  });

  it('a country\'s own name, as the dataset writes it, heads its column', async () => {
    const data = structuredClone(d) as Dataset;
    (data.countries[0] as Country).name = {en: 'Republic of Kazakhstan', ru: 'Республика Казахстан'};
    const w = await withData(data, 'ru');
    expect(textOf(w.$('thead th.country'))).to.equal('Республика Казахстан');
  });
});
