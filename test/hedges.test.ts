import {expect} from '@open-wc/testing';
import {bundledDataset} from '../src/dataset/bundled.js';
import {DATA_LANGS, type DataLang} from '../src/dataset/types.js';
import {datasetHedgeProblems, HEDGES, missingHedges, uiHedgeProblems} from '../src/translations/hedges.js';
import {STRINGS} from './kit/strings.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('hedges are facts: a hedge of the English is kept in every language', () => {
  it('the table has words for every hedge in every language but English', () => {
    expect(HEDGES.map((hedge) => hedge.id)).to.deep.equal(['in-these-data', 'more-than', 'about', 'reported']);
    for (const hedge of HEDGES) {
      expect(Object.keys(hedge.words).sort(), hedge.id).to.deep.equal(DATA_LANGS.filter((lang) => lang !== 'en').sort());
      for (const words of Object.values(hedge.words)) expect(words.length, hedge.id).to.be.above(0);
    }
  });

  it('every UI string keeps its hedges in all eight languages', () => {
    expect(uiHedgeProblems(STRINGS)).to.deep.equal([]);
  });

  it('every text of the bundled dataset keeps its hedges', () => {
    expect(datasetHedgeProblems(bundledDataset)).to.deep.equal([]);
  });

  it('a dataset text with its hedge removed fails, naming the path, the language and the hedge', () => {
    const data = clone(bundledDataset);
    const note = data.initiative.target.note;
    expect(note.en).to.match(/^About JPY 3 trillion/);
    note.kk = note.kk!.replace('шамамен ', '');
    note.ja = note.ja!.replace('規模', '');
    const problems = datasetHedgeProblems(data);
    expect(problems).to.have.length(2);
    expect(problems[0]).to.match(/^initiative\.target\.note\.ja: drops the hedge "about/);
    expect(problems[1]).to.match(/^initiative\.target\.note\.kk: drops the hedge "about/);
  });

  it('a UI string with its hedge removed fails: the map\'s "no meeting in these data" as five languages shipped it', () => {
    const shipped: Partial<Record<DataLang, string>> = {
      kk: 'Мұнда диалогтың бірде-бір кездесуі өткен жоқ.',
      ky: 'Бул жерде диалогдун бир да жолугушуусу өткөн эмес.',
      tg: 'Дар ин ҷо ягон ҷаласаи Муколама баргузор нашудааст.',
      tk: 'Bu ýerde dialogyň hiç bir duşuşygy geçirilmedi.',
      uz: 'Bu yerda muloqot uchrashuvi oʻtkazilmagan.',
    };
    const strings = clone(STRINGS);
    for (const [lang, text] of Object.entries(shipped)) strings[lang as DataLang].map.noMeetings = text;
    const problems = uiHedgeProblems(strings);
    expect(problems.map((problem) => problem.split(':')[0])).to.deep.equal(['map.noMeetings.kk', 'map.noMeetings.ky', 'map.noMeetings.tg', 'map.noMeetings.tk', 'map.noMeetings.uz']);
    for (const problem of problems) expect(problem).to.contain('drops the hedge "in these data"');
  });

  it('each hedge is told apart: "more than" kept does not stand for "about" dropped, and "about" a topic is no hedge', () => {
    const hedges = (text: Partial<Record<DataLang, string>> & {en: string}) => missingHedges(text).map(({lang, hedge}) => `${lang} ${hedge.id}`);
    expect(hedges({en: 'more than 150 and about 3', ru: 'более 150 и 3'})).to.deep.equal(['ru about']);
    expect(hedges({en: 'more than 150 and about 3', ru: 'более 150 и примерно 3'})).to.deep.equal([]);
    expect(hedges({en: 'A note about the summit', ru: 'Заметка о саммите'})).to.deep.equal([]);
    expect(hedges({en: 'as reported by {outlet}', tk: '{outlet} habar berişi ýaly', uz: '{outlet}'})).to.deep.equal(['uz reported']);
    // A stem counts at the start of a word only: "асты" inside another word is not "more than".
    expect(hedges({en: 'more than 150', kk: 'Қарасты 150'})).to.deep.equal(['kk more-than']);
  });
});
