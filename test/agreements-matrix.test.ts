import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import {bundledDataset} from '../src/dataset/bundled.js';
import type {Country, Dataset, FieldGroup} from '../src/dataset/types.js';
import {DATA_LANGS} from '../src/dataset/types.js';
import {formatProblem, validateDataset} from '../src/dataset/validate.js';
import {AgreementsMatrix} from '../src/define/agreements-matrix.js';
import '../src/define/agreements-matrix.js';
import * as root from '../src/index.js';
import {formatList, formatNumber, text} from '../src/internal/format.js';
import type {Lang} from '../src/internal/lang.js';
import {format} from '../src/internal/messages.js';
import {loadEverything} from '../src/internal/translations.js';
import {capturePageErrors, captureWarnings} from './helpers/console.js';
import {describeModes, markup, renderFixture, type RenderMode} from './helpers/fixture.js';
import {STRINGS} from './helpers/strings.js';

const d = bundledDataset;
const groups = d.fieldGroups!;
const countries = d.countries;
const ALPHA2 = 'KZ, KG, TJ, TM, UZ';
const ALPHA3 = 'KAZ, KGZ, TJK, TKM, UZB';
const GROUP_IDS = groups.map((group) => group.id);

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)];
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
const textOf = (node: Element | null | undefined) => squash(node?.textContent ?? '');
/** Text a reader hears: without `aria-hidden` decorations. */
const spokenText = (node: Element) => {
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return textOf(clone);
};
const shown = (node: Element | null) => !!node && node.checkVisibility();
const errorBox = (el: Element) => $(el, '[role="alert"]');
const focusedKey = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.roving;
const buttons = (el: Element) => $$<HTMLButtonElement>(el, 'button.cell');
const cellButton = (el: Element, key: string) => $<HTMLButtonElement>(el, `button[data-roving="${key}"]`)!;
const details = (el: Element) => $(el, '#details')!;
const bodyRows = (el: Element) => $$<HTMLTableRowElement>(el, 'tbody tr');

type Attributes = Parameters<typeof markup>[1];
const widget = (mode: RenderMode, attributes: Attributes = {}, width = '900px') =>
  renderFixture<AgreementsMatrix>(markup('agreements-matrix', attributes), {mode, width});

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

function recordSelects() {
  const events: CustomEvent<{country: string; field: string}>[] = [];
  const listener = (event: CustomEvent<{country: string; field: string}>) => events.push(event);
  document.addEventListener('agreements-matrix-select', listener);
  return {events, stop: () => document.removeEventListener('agreements-matrix-select', listener)};
}

/** Presses `key` (with Control held when `ctrl`) and waits for the widget. */
async function press(el: AgreementsMatrix, key: string, ctrl = false) {
  if (ctrl) await sendKeys({down: 'Control'});
  await sendKeys({press: key});
  if (ctrl) await sendKeys({up: 'Control'});
  await el.updateComplete;
  await el.updateComplete;
}

before(async () => {
  // The formatting helpers below read the loaded translations (the languages' tables).
  await Promise.all(DATA_LANGS.map((lang) => loadEverything(lang)));
});

describe('<agreements-matrix> registration and data', () => {
  it('registers the tag, exports the class from the package root and declares the dataset parts it reads', () => {
    expect(customElements.get('agreements-matrix')).to.equal(AgreementsMatrix);
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
    // Pinned: a change to the editors' grouping is a deliberate edit of this table and of the README.
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

describe('validateDataset: fieldGroups', () => {
  const problems = (change: (data: Dataset) => void) => {
    const data = structuredClone(d);
    change(data);
    const result = validateDataset(data);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it('accepts the bundled groups, and a dataset without any (optional)', () => {
    expect(problems(() => {})).to.deep.equal([]);
    expect(problems((data) => delete data.fieldGroups)).to.deep.equal([]);
  });

  it('rejects a field in two groups, naming both', () => {
    expect(problems((data) => data.fieldGroups![1].fields.push({country: 'KZ', field: 'energy-nuclear'}))).to.deep.equal([
      'fieldGroups[1].fields[3]: field "energy-nuclear" of KZ is already in group "energy"',
    ]);
  });

  it('rejects a field in no group, naming the country\'s field', () => {
    expect(problems((data) => data.fieldGroups![3].fields.shift())).to.include('countries[1].agreements.fields[2]: "health" is in no field group (fieldGroups)');
  });

  it('rejects unknown countries, unknown field and stood-out ids, duplicate and bad group ids', () => {
    expect(problems((data) => (data.fieldGroups![0].fields[0].field = 'nuclear'))).to.include('fieldGroups[0].fields[0].field: unknown field "nuclear" of KZ');
    expect(problems((data) => (data.fieldGroups![0].fields[0].country = 'JP'))).to.include('fieldGroups[0].fields[0].country: unknown country "JP"');
    expect(problems((data) => (data.fieldGroups![0].standOut![0].item = 'oil'))).to.include('fieldGroups[0].standOut[0].item: unknown stood-out item "oil" of KZ');
    expect(problems((data) => (data.fieldGroups![1].id = 'energy'))).to.deep.equal(['fieldGroups[1].id: duplicate id "energy"']);
    expect(problems((data) => (data.fieldGroups![1].id = 'Transport'))).to.deep.equal(['fieldGroups[1].id: must be a kebab-case id (a-z, 0-9, -)']);
    expect(problems((data) => delete (data.fieldGroups![1] as Partial<FieldGroup>).label)).to.deep.equal(['fieldGroups[1].label: missing']);
    expect(problems((data) => (data.fieldGroups = []))[0]).to.equal('fieldGroups: must not be empty');
  });

  it('rejects a stood-out item in a group where its country has no field, and one in no group', () => {
    expect(problems((data) => data.fieldGroups![9].standOut!.push(data.fieldGroups![0].standOut!.shift()!))).to.deep.equal([
      'fieldGroups[9].standOut[0]: KZ has no field in this group',
    ]);
    expect(problems((data) => data.fieldGroups![0].standOut!.splice(2, 1))).to.deep.equal([
      'countries[1].agreements.standOut[0]: "infrastructure-projects" is in no field group (fieldGroups)',
    ]);
  });
});

describeModes('<agreements-matrix> the table', (mode) => {
  it('is a real table: a caption, a column header per country (the dataset\'s names), a row header per group', async () => {
    const el = await widget(mode);
    expect($(el, '.heading')!.localName).to.equal('h3');
    expect(textOf($(el, '.heading'))).to.equal(STRINGS.en.matrix.title);
    const table = $<HTMLTableElement>(el, 'table')!;
    expect(shown(table)).to.be.true;
    expect(textOf(table.caption)).to.equal(STRINGS.en.matrix.caption);
    const heads = [...table.tHead!.querySelectorAll('th')];
    expect(heads.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col', 'col', 'col']);
    expect(heads.map(textOf)).to.deep.equal([STRINGS.en.matrix.fieldColumn, ...countries.map((country) => country.name.en)]);
    const rowHeads = bodyRows(el).map((row) => row.cells[0]);
    expect(rowHeads.map((th) => [th.localName, th.getAttribute('scope')])).to.deep.equal(groups.map(() => ['th', 'row']));
    expect(rowHeads.map(textOf)).to.deep.equal(groups.map((group) => group.label.en));
    expect(bodyRows(el).every((row) => row.cells.length === 6)).to.be.true;
  });

  it('every cell says what the data says: ✓ and the exact field names where the country named a field of the row, "Not named" otherwise', async () => {
    const el = await widget(mode);
    groups.forEach((group, r) => {
      countries.forEach((country, c) => {
        const td = bodyRows(el)[r].cells[c + 1];
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
    expect(buttons(el)).to.have.length(groups.reduce((sum, group) => sum + new Set(group.fields.map((entry) => entry.country)).size, 0));
  });

  it('Kyrgyzstan / energy: “Energy infrastructure”, and its highlight “Infrastructure projects”', async () => {
    const el = await widget(mode);
    const button = cellButton(el, '0-1');
    const description = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(textOf(description.querySelector('.wording-fields'))).to.equal('“Energy infrastructure”');
    expect(spokenText(description)).to.contain('Stood out: “Infrastructure projects”');
    // Kazakhstan / education and science: both of its fields, in its own words.
    expect(textOf($(el, '#w-2-0 .wording-fields'))).to.equal('“Education” and “Science”');
  });

  it('each ✓ cell is a button named by its column and row headers and its mark, described by its wording', async () => {
    const el = await widget(mode);
    for (const button of buttons(el)) {
      const ids = button.getAttribute('aria-labelledby')!.split(' ');
      const [r, c] = button.dataset.roving!.split('-').map(Number);
      expect(ids).to.deep.equal([`c-${c}`, `r-${r}`, `m-${r}-${c}`]);
      const name = ids.map((id) => spokenText(el.shadowRoot!.getElementById(id)!)).join(' ');
      const stood = cellData(groups[r], countries[c].alpha2).standOut.length > 0;
      expect(name).to.equal(`${countries[c].name.en} ${groups[r].label.en} ${STRINGS.en.matrix.named}${stood ? ` ${STRINGS.en.matrix.standOut}` : ''}`);
      expect(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)).to.exist;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    }
  });

  it('what stood out is marked by a ★ and the words "Stood out", not by colour alone, in exactly the cells the data places it', async () => {
    const el = await widget(mode);
    const marked = $$(el, 'td.yes')
      .filter((td) => td.querySelector('.cell .star'))
      .map((td) => td.querySelector('button')!.dataset.roving);
    const expected = groups.flatMap((group, r) =>
      countries.flatMap((country, c) => (cellData(group, country.alpha2).standOut.length ? [`${r}-${c}`] : []))
    );
    expect(marked).to.deep.equal(expected);
    expect(expected).to.have.length(11);
    for (const key of expected) {
      const mark = $(el, `#m-${key}`)!;
      expect(textOf(mark.querySelector('.star'))).to.equal('★');
      expect(mark.querySelector('.star')!.getAttribute('aria-hidden')).to.equal('true');
      expect(spokenText(mark)).to.equal(`${STRINGS.en.matrix.named} ${STRINGS.en.matrix.standOut}`);
    }
    // The legend says what the shapes mean, in words.
    expect($$(el, '.legend li').map(spokenText)).to.deep.equal([STRINGS.en.matrix.named, STRINGS.en.matrix.notNamed, STRINGS.en.matrix.standOut]);
  });

  it('the footer counts each country\'s fields, from the data', async () => {
    const el = await widget(mode);
    const foot = $<HTMLTableSectionElement>(el, 'tfoot')!;
    const cells = [...foot.rows[0].cells];
    expect(cells[0].localName).to.equal('th');
    expect(cells[0].getAttribute('scope')).to.equal('row');
    expect(textOf(cells[0])).to.equal(STRINGS.en.matrix.total);
    expect(cells.slice(1).map(textOf)).to.deep.equal(countries.map((country) => String(country.agreements.fields.length)));
    expect(cells.slice(1).map(textOf)).to.deep.equal(['8', '6', '6', '6', '8']);
  });

  it('labels the rows "Editorial grouping", with a note saying the grouping is the editors\'', async () => {
    const el = await widget(mode);
    const note = $(el, '.editorial')!;
    expect(textOf(note.querySelector('.editorial-label'))).to.equal(STRINGS.en.matrix.editorialGrouping);
    expect(textOf(note)).to.equal(`${STRINGS.en.matrix.editorialGrouping} ${STRINGS.en.matrix.editorialNote}`);
    expect(note.compareDocumentPosition($(el, 'table')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
  });

  it('says the fields are as reported in the News.Az opinion column, linked, and lists its source', async () => {
    const el = await widget(mode);
    const newsAz = d.sources.find((source) => source.id === 'seed-newsaz')!;
    const lines = $$(el, '.reported-in');
    expect(lines).to.have.length(1);
    const [before, after] = STRINGS.en.shared.fieldsReportedIn.split('{report}');
    const description = countries[0].agreements.reportedBy!.description.en;
    expect(spokenText(lines[0]).replace(` ${STRINGS.en.shared.newTab}`, '')).to.equal(squash(`${before}${description}${after}`));
    expect(lines[0].querySelector('a')!.getAttribute('href')).to.equal(new URL(newsAz.url).href);
    // The corrections about the countries' fields, and those about everything.
    const corrections = d.corrections!.filter((c) => !c.concerns || c.concerns.some((part) => ['countries', 'fieldGroups'].includes(part)));
    expect(textOf($(el, '.sources summary'))).to.equal(`Sources (1) · Corrections (${corrections.length})`);
    expect(textOf($(el, '.source-list'))).to.contain('News.Az');
  });

  it('sub-headings (the details, the list\'s rows) sit one level below heading-level', async () => {
    const el = await widget(mode, {'heading-level': 2});
    expect($(el, '.heading')!.localName).to.equal('h2');
    expect(new Set($$(el, '.group-heading').map((h) => h.localName))).to.deep.equal(new Set(['h3']));
    cellButton(el, '0-0').focus();
    await el.updateComplete;
    expect($(el, '.details-heading')!.localName).to.equal('h3');
  });
});

describeModes('<agreements-matrix> keyboard, pointer and the event', (mode) => {
  it('the ✓ cells are one tab stop; arrows move in the row and the column to the nearest ✓, Home/End in the row, Ctrl+Home/End in the table', async () => {
    const el = await widget(mode);
    const stops = () => buttons(el).filter((button) => button.tabIndex === 0).map((button) => button.dataset.roving);
    expect(stops()).to.deep.equal(['0-0']);
    cellButton(el, '0-0').focus();
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
      await press(el, key, ctrl);
      expect(focusedKey(el), `${ctrl ? 'Ctrl+' : ''}${key}`).to.equal(expected);
      expect(stops(), `${key}: one tab stop`).to.deep.equal([expected]);
    }
  });

  it('Tab leaves the table from its one stop; Shift+Tab comes back to the same cell', async () => {
    const el = await widget(mode);
    cellButton(el, '0-0').focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowRight');
    expect(focusedKey(el)).to.equal('1-2');
    await sendKeys({press: 'Tab'});
    expect(focusedKey(el)).to.be.undefined;
    expect(el.shadowRoot!.activeElement?.closest('table')).to.be.null;
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(focusedKey(el)).to.equal('1-2');
  });

  it('focus and hover show a cell\'s wording in the details, named by its row and column; leaving shows the placeholder again', async () => {
    const el = await widget(mode);
    const {events, stop} = recordSelects();
    try {
      expect(textOf(details(el))).to.equal(STRINGS.en.matrix.choose);
      cellButton(el, '0-1').focus();
      await el.updateComplete;
      const region = details(el);
      expect(region.localName).to.equal('section');
      expect(region.getAttribute('aria-labelledby')).to.equal('details-heading');
      expect(textOf(region.querySelector('#details-heading'))).to.equal('Kyrgyzstan: Energy');
      expect(textOf(region)).to.contain('Wording in the documents: “Energy infrastructure”');
      expect(textOf(region)).to.contain('Stood out: “Infrastructure projects”');
      expect($(el, 'td.shown button')!.dataset.roving).to.equal('0-1');
      // The pointer wins while it is over a cell.
      const rect = cellButton(el, '7-2').getBoundingClientRect();
      await sendMouse({type: 'move', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)]});
      await el.updateComplete;
      expect(textOf(details(el).querySelector('#details-heading'))).to.equal('Tajikistan: Environment, climate and disasters');
      expect(textOf(details(el))).to.contain('“Satellite and climate monitoring technologies”');
      await sendMouse({type: 'move', position: [0, 0]});
      await el.updateComplete;
      expect(textOf(details(el).querySelector('#details-heading'))).to.equal('Kyrgyzstan: Energy');
      (el.shadowRoot!.activeElement as HTMLElement).blur();
      await el.updateComplete;
      expect(textOf(details(el))).to.equal(STRINGS.en.matrix.choose);
      expect(events, 'no event for focus or hover').to.have.length(0);
    } finally {
      stop();
      await sendMouse({type: 'move', position: [0, 0]});
    }
  });

  it('Enter opens a cell (the event, aria-expanded, the details kept), again closes it; Space and Escape; a click and a second click', async () => {
    const el = await widget(mode);
    const {events, stop} = recordSelects();
    try {
      cellButton(el, '0-0').focus();
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      const open = cellButton(el, '2-0');
      expect(open.getAttribute('aria-expanded')).to.equal('true');
      expect(open.getAttribute('aria-controls')).to.equal('details');
      expect(events.map((event) => event.detail)).to.deep.equal([{country: 'KZ', field: 'education'}]);
      expect(events[0].bubbles && events[0].composed).to.be.true;
      // Focus moves on: the details follow it; back out of the table they show the open cell.
      await press(el, 'ArrowRight');
      expect(textOf(details(el).querySelector('#details-heading'))).to.equal('Kyrgyzstan: Education and science');
      (el.shadowRoot!.activeElement as HTMLElement).blur();
      await el.updateComplete;
      expect(textOf(details(el).querySelector('#details-heading'))).to.equal('Kazakhstan: Education and science');
      expect(textOf(details(el))).to.contain('“Education” and “Science”');
      // Enter on the open cell closes it: no event.
      open.focus();
      await press(el, 'Enter');
      expect(open.getAttribute('aria-expanded')).to.equal('false');
      expect(open.hasAttribute('aria-controls')).to.be.false;
      expect(events).to.have.length(1);
      await press(el, ' ');
      expect(open.getAttribute('aria-expanded')).to.equal('true');
      expect(events).to.have.length(2);
      await press(el, 'Escape');
      expect(open.getAttribute('aria-expanded')).to.equal('false');
      expect(focusedKey(el)).to.equal('2-0');
      // Only one cell is open at a time.
      cellButton(el, '9-4').click();
      await el.updateComplete;
      cellButton(el, '8-3').click();
      await el.updateComplete;
      expect(buttons(el).filter((button) => button.getAttribute('aria-expanded') === 'true').map((button) => button.dataset.roving)).to.deep.equal(['8-3']);
      expect(events.slice(2).map((event) => event.detail)).to.deep.equal([
        {country: 'UZ', field: 'political'},
        {country: 'TM', field: 'industry'},
      ]);
      cellButton(el, '8-3').click();
      await el.updateComplete;
      expect(cellButton(el, '8-3').getAttribute('aria-expanded')).to.equal('false');
      expect(events).to.have.length(4);
    } finally {
      stop();
    }
  });

  it('no event on first render, on focus or on an attribute change', async () => {
    const {events, stop} = recordSelects();
    try {
      const el = await widget(mode, {highlight: 'KZ'});
      el.setAttribute('countries', 'UZ,KZ');
      await el.updateComplete;
      cellButton(el, '0-0').focus();
      await el.updateComplete;
      expect(events).to.have.length(0);
    } finally {
      stop();
    }
  });
});

describeModes('<agreements-matrix> attributes', (mode) => {
  it('countries: the columns in that order, alpha-2 or alpha-3 in any case, repeats once; the footer follows', async () => {
    const el = await widget(mode, {countries: ' uzb, KG ,kgz,kz '});
    expect($$(el, 'thead th.country').map(textOf)).to.deep.equal(['Uzbekistan', 'Kyrgyzstan', 'Kazakhstan']);
    expect($$(el, 'tfoot td').map(textOf)).to.deep.equal(['8', '6', '8']);
    expect(bodyRows(el).every((row) => row.cells.length === 4)).to.be.true;
    expect(textOf($(el, '#w-0-0 .wording-fields'))).to.equal('“Renewable energy”');
    expect(errorBox(el)).to.be.null;
    // Only the shown countries' sources and reports.
    expect($$(el, '.reported-in')).to.have.length(1);
  });

  it('fields: the rows in that order (any case); the footer counts the fields in those rows', async () => {
    const el = await widget(mode, {fields: 'health, ENERGY'});
    expect(bodyRows(el).map((row) => textOf(row.cells[0]))).to.deep.equal(['Health', 'Energy']);
    expect(textOf($(el, 'tfoot th'))).to.equal(STRINGS.en.matrix.totalShown);
    expect($$(el, 'tfoot td').map(textOf)).to.deep.equal(['1', '2', '1', '1', '2']);
    expect($$(el, '.group-heading').map(textOf)).to.deep.equal(['Health', 'Energy']);
  });

  it('highlight: one column set apart, by its edges as well as its colour, in the table and the list', async () => {
    const el = await widget(mode, {highlight: 'kgz'});
    const column = $$<HTMLTableCellElement>(el, 'table .hl');
    expect(column).to.have.length(1 + groups.length + 1 + 0); // header, every row, the footer
    expect(column.every((cell) => cell.cellIndex === 2)).to.be.true;
    expect(parseFloat(getComputedStyle(column[0]).borderLeftWidth)).to.be.at.least(3);
    expect(parseFloat(getComputedStyle(column[0]).borderTopWidth)).to.be.at.least(3);
    expect($$(el, '.signed li.hl').map((li) => textOf(li.querySelector('.list-country')))).to.deep.equal(
      groups.filter((group) => group.fields.some((entry) => entry.country === 'KG')).map(() => 'Kyrgyzstan')
    );
  });

  it('empty values mean the default: every country, every row, nothing highlighted', async () => {
    const el = await widget(mode, {countries: ' , ', fields: '', highlight: ' '});
    expect(errorBox(el)).to.be.null;
    expect($$(el, 'thead th.country')).to.have.length(5);
    expect(bodyRows(el)).to.have.length(10);
    expect($$(el, '.hl')).to.have.length(0);
    expect(textOf($(el, 'tfoot th'))).to.equal(STRINGS.en.matrix.total);
  });

  it('changing or removing an attribute after render updates the table; removing restores the default', async () => {
    const el = await widget(mode);
    el.setAttribute('countries', 'TJ');
    await el.updateComplete;
    expect($$(el, 'thead th.country .country-name').map(textOf)).to.deep.equal(['Tajikistan']);
    el.setAttribute('fields', 'transport,health');
    await el.updateComplete;
    expect(bodyRows(el).map((row) => textOf(row.cells[0]))).to.deep.equal(['Transport', 'Health']);
    expect(spokenText(bodyRows(el)[1].cells[1])).to.equal(STRINGS.en.matrix.notNamed);
    expect(textOf($(el, '.group:nth-of-type(2) .none'))).to.equal(STRINGS.en.matrix.noCountry);
    el.setAttribute('highlight', 'tj');
    await el.updateComplete;
    // Set apart by its edges and colour, and in words for a screen reader.
    expect($$(el, 'thead th.hl').map(textOf)).to.deep.equal([`Tajikistan (${STRINGS.en.matrix.setApart})`]);
    el.removeAttribute('highlight');
    el.removeAttribute('countries');
    el.fields = null;
    await el.updateComplete;
    expect($$(el, 'thead th.country')).to.have.length(5);
    expect(bodyRows(el)).to.have.length(10);
    expect($$(el, '.hl')).to.have.length(0);
    el.setAttribute('lang', 'ja');
    await el.updateComplete;
    expect(textOf($(el, '.heading'))).to.equal(STRINGS.ja.matrix.title);
    expect(textOf($(el, 'thead th.country'))).to.equal('カザフスタン');
  });

  it('an open cell closes when the columns or rows change (cells are positions)', async () => {
    const el = await widget(mode);
    cellButton(el, '0-0').click();
    await el.updateComplete;
    el.setAttribute('countries', 'KG,KZ');
    await el.updateComplete;
    expect(buttons(el).some((button) => button.getAttribute('aria-expanded') === 'true')).to.be.false;
    expect(textOf(details(el))).to.equal(STRINGS.en.matrix.choose);
  });
});

describeModes('<agreements-matrix> bad attributes', (mode) => {
  async function bad(attributes: Attributes, lang = 'en') {
    let el!: AgreementsMatrix;
    const warnings = await captureWarnings(async () => {
      const errors = await capturePageErrors(async () => {
        el = await widget(mode, {...attributes, lang});
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
    });
    expect($(el, 'table')).to.be.null;
    return {el, box: textOf(errorBox(el)), warnings};
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
    const {el, box} = await bad({countries: '<b>KZ</b>'});
    expect(box).to.contain('“<b>KZ</b>”');
    expect(errorBox(el)!.querySelector('b')).to.be.null;
  });

  it('a bad value fixed afterwards shows the table again', async () => {
    const {el} = await bad({countries: 'XX'});
    el.setAttribute('countries', 'KZ');
    await el.updateComplete;
    expect(errorBox(el)).to.be.null;
    expect($$(el, 'thead th.country').map(textOf)).to.deep.equal(['Kazakhstan']);
  });
});

describeModes('<agreements-matrix> languages', (mode) => {
  for (const lang of DATA_LANGS) {
    it(`${lang}: its texts, the dataset's names and labels, its quotation marks and numbers`, async () => {
      const el = await widget(mode, {lang});
      const t = STRINGS[lang].matrix;
      expect(textOf($(el, '.heading'))).to.equal(t.title);
      expect(textOf($(el, 'caption'))).to.equal(t.caption);
      expect(textOf($(el, 'thead th'))).to.equal(t.fieldColumn);
      expect($$(el, 'thead th.country').map(textOf)).to.deep.equal(countries.map((country) => country.name[lang]));
      expect(bodyRows(el).map((row) => textOf(row.cells[0]))).to.deep.equal(groups.map((group) => group.label[lang]));
      expect(textOf($(el, 'tfoot th'))).to.equal(t.total);
      expect($$(el, 'tfoot td').map(textOf)).to.deep.equal(countries.map((country) => formatNumber(country.agreements.fields.length, STRINGS[lang])));
      expect(textOf($(el, '.editorial-label'))).to.equal(t.editorialGrouping);
      expect(textOf($(el, '#w-2-0 .wording-fields'))).to.equal(
        quoted([fieldOf('KZ', 'education'), fieldOf('KZ', 'science')], lang)
      );
      expect(textOf($(el, '#w-2-0 .wording-fields'))).to.contain(format(t.quoted, {text: fieldOf('KZ', 'science').label[lang]!}));
      expect($$(el, '.legend li').map(spokenText)).to.deep.equal([t.named, t.notNamed, t.standOut]);
      expect(textOf($(el, '.keys'))).to.equal(t.keys);
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal(lang);
    });
  }
});

describeModes('<agreements-matrix> layout', (mode) => {
  before(() => (document.body.style.margin = '0'));
  after(() => (document.body.style.margin = ''));
  afterEach(() => setViewport({width: 800, height: 600}));

  async function at(width: number, attributes: Attributes = {}) {
    await setViewport({width: Math.max(width, 320), height: 900});
    return widget(mode, attributes, `${width}px`);
  }

  /** Nothing inside the widget reaches past its right edge, and the page does not scroll sideways. */
  function expectNoOverflow(el: Element, what: string) {
    const right = el.getBoundingClientRect().right;
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      const rect = node.getBoundingClientRect();
      if (rect.width > 0 && !node.closest('.wording')) expect(rect.right, `${what}: ${node.localName}.${node.className}`).to.be.at.most(right + 0.5);
    }
    expect(document.documentElement.scrollWidth, what).to.be.at.most(window.innerWidth);
  }

  it('at 320 px: one list per row with the countries that named it and their wording, no table, no overflow', async () => {
    const el = await at(320);
    expect(shown($(el, 'table'))).to.be.false;
    expect(shown($(el, '.list'))).to.be.true;
    expectNoOverflow(el, '320');
    const sections = $$(el, '.group');
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
    expect($$(el, '.counts li').map(textOf)).to.deep.equal(countries.map((country) => `${country.name.en}: ${country.agreements.fields.length}`));
  });

  it('from 480 px the table (no horizontal overflow in any language), the names written upwards until 704 px', async () => {
    for (const lang of DATA_LANGS) {
      const el = await at(480, {lang});
      expect(shown($(el, 'table')), lang).to.be.true;
      expect(shown($(el, '.list')), lang).to.be.false;
      expectNoOverflow(el, `480 ${lang}`);
      expect(getComputedStyle($(el, '.country-name')!).writingMode, lang).to.equal('vertical-rl');
    }
    for (const lang of DATA_LANGS) {
      const el = await at(720, {lang});
      expectNoOverflow(el, `720 ${lang}`);
      expect(getComputedStyle($(el, '.country-name')!).writingMode, lang).to.equal('horizontal-tb');
    }
  });

  it('at 1280 px the details stand beside the table; nothing overflows in any language', async () => {
    for (const lang of DATA_LANGS) {
      const el = await at(1280, {lang, highlight: 'TM'});
      expectNoOverflow(el, `1280 ${lang}`);
      expect(details(el).getBoundingClientRect().left, lang).to.be.greaterThan($(el, 'table')!.getBoundingClientRect().right);
    }
    const narrow = await at(800);
    expect(details(narrow).getBoundingClientRect().top).to.be.greaterThan($(narrow, 'table')!.getBoundingClientRect().bottom);
  });

  it('print shows every wording in its cell, without the buttons, the details and the key help', async () => {
    const el = await at(900);
    try {
      await emulateMedia({media: 'print'});
      expect($$(el, '.wording').every((node) => node.getBoundingClientRect().width > 20)).to.be.true;
      expect(shown($(el, 'button.cell'))).to.be.false;
      expect(shown($(el, '.static'))).to.be.true;
      expect(shown(details(el))).to.be.false;
      expect(shown($(el, '.keys'))).to.be.false;
    } finally {
      await emulateMedia({media: 'screen'});
    }
    expect(shown($(el, 'button.cell'))).to.be.true;
    expect($(el, '.wording')!.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('forced colours: system colours for the shown and open cells and the highlighted column', async () => {
    // Puppeteer cannot emulate forced-colors: check the widget's stylesheets carry the rules.
    const el = await at(900);
    const sheets = el.shadowRoot!.adoptedStyleSheets.length ? el.shadowRoot!.adoptedStyleSheets : [...el.shadowRoot!.styleSheets];
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
  afterEach(() => setViewport({width: 800, height: 600}));

  for (const width of [320, 1280]) {
    for (const theme of ['light', 'dark']) {
      for (const lang of DATA_LANGS) {
        it(`no violations at ${width} px, ${theme}, ${lang}`, async () => {
          await setViewport({width, height: 900});
          const el = await widget(mode, {theme, lang, highlight: 'UZ'}, `${width}px`);
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  it('no violations with a cell open and focused, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await widget(mode, {theme}, '1000px');
      cellButton(el, '0-1').click();
      cellButton(el, '0-1').focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('no violations in the error state', async () => {
    await captureWarnings(async () => {
      const el = await widget(mode, {countries: 'XX', theme: 'dark'});
      await expect(el).to.be.accessible();
    });
  });
});

// `.data` is a property, which a server cannot render (it sees attributes only): these run in the browser alone.
describe('<agreements-matrix> data property [client-rendered only]', () => {
  const withData = (data: unknown, lang = 'en') =>
    fixture<HTMLDivElement>(html`<div style="width: 900px"><agreements-matrix .data=${data} lang=${lang}></agreements-matrix></div>`).then(async (wrapper) => {
      const el = wrapper.querySelector('agreements-matrix')!;
      await el.updateComplete;
      return el;
    });

  it('a dataset without fieldGroups: one row per field id, named as the data names it, no "Editorial grouping"', async () => {
    const data = structuredClone(d) as Dataset;
    delete data.fieldGroups;
    const el = await withData(data);
    await el.updateComplete;
    const ids = [...new Set(countries.flatMap((country) => country.agreements.fields.map((field) => field.id)))];
    expect(bodyRows(el).map((row) => textOf(row.cells[0]))).to.deep.equal(
      ids.map((id) => countries.flatMap((country) => country.agreements.fields).find((field) => field.id === id)!.label.en)
    );
    expect($(el, '.editorial-label')).to.be.null;
    expect(textOf($(el, '.editorial'))).to.equal(STRINGS.en.matrix.ungroupedNote);
    expect($(el, '.cell .star')).to.be.null;
    expect($$(el, 'tfoot td').map(textOf)).to.deep.equal(['8', '6', '6', '6', '8']);
    // education: four countries named a field with that id.
    const education = ids.indexOf('education');
    expect([...bodyRows(el)[education].cells].slice(1).map((td) => td.className.split(' ')[0])).to.deep.equal(['yes', 'yes', 'yes', 'no', 'yes']);
  });

  it('the small example dataset of docs/dataset.md (one country, no groups) renders its one field', async () => {
    const data = await (await fetch('/test/fixtures/small-dataset.json')).json();
    const el = await withData(data);
    expect($$(el, 'thead th.country').map(textOf)).to.deep.equal(['Kazakhstan']);
    expect(bodyRows(el).map((row) => textOf(row.cells[0]))).to.deep.equal(['Energy']);
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
    let el!: AgreementsMatrix;
    await captureWarnings(async () => {
      el = await withData(data);
      el.setAttribute('countries', 'UZ');
      await el.updateComplete;
    });
    expect(textOf(errorBox(el))).to.contain('KZ, KG (or KAZ, KGZ)');
  });

  it('dataset text renders as text, never HTML', async () => {
    const data = structuredClone(d) as Dataset;
    data.fieldGroups![0].label.en = 'R&amp;D < b> &lt;i&gt;';
    data.countries[1].agreements.fields[1].label.en = 'a < b & c';
    const el = await withData(data);
    expect(bodyRows(el)[0].cells[0].textContent!.trim()).to.equal('R&amp;D < b> &lt;i&gt;');
    expect(bodyRows(el)[0].cells[0].children).to.have.length(0);
    expect(textOf($(el, '#w-0-1 .wording-fields'))).to.equal('“a < b & c”');
  });

  it('a country\'s own name, as the dataset writes it, heads its column', async () => {
    const data = structuredClone(d) as Dataset;
    (data.countries[0] as Country).name = {en: 'Republic of Kazakhstan', ru: 'Республика Казахстан'};
    const el = await withData(data, 'ru');
    expect(textOf($(el, 'thead th.country'))).to.equal('Республика Казахстан');
  });
});
