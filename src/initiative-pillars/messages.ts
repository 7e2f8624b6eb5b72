import type {Messages} from '../internal/messages.js';

/** UI strings of `<initiative-pillars>`; `{years}` is filled in by `format`. */
export const MESSAGES: Messages<
  | 'targetLabel'
  | 'yearsOne'
  | 'yearsFew'
  | 'yearsMany'
  | 'yearsOther'
  | 'pillarsLabel'
  | 'namedItems'
  | 'interests'
  | 'kindItem'
  | 'kindInterest'
  | 'editorialLabel'
  | 'editorialNote'
> = {
  en: {
    targetLabel: 'Business target',
    yearsOne: 'over {years} year',
    yearsFew: 'over {years} years',
    yearsMany: 'over {years} years',
    yearsOther: 'over {years} years',
    pillarsLabel: 'Priority areas',
    namedItems: 'Named under the Initiative',
    interests: 'Areas of interest voiced by the Central Asian side',
    kindItem: 'named under the Initiative',
    kindInterest: 'Central Asian interest',
    editorialLabel: 'Editorial grouping',
    editorialNote: 'Grouped by the editors; the sources do not assign these to a priority area.',
  },
  ja: {
    targetLabel: 'ビジネス案件の目標',
    yearsOne: '{years}年間で',
    yearsFew: '{years}年間で',
    yearsMany: '{years}年間で',
    yearsOther: '{years}年間で',
    pillarsLabel: '重点分野',
    namedItems: 'イニシアティブの下で挙げられた取り組み',
    interests: '中央アジア側が関心を示した分野',
    kindItem: 'イニシアティブの取り組み',
    kindInterest: '中央アジア側の関心分野',
    editorialLabel: '編集部による分類',
    editorialNote: '編集部が分類したもので、出典はこれらを重点分野に割り当てていません。',
  },
  ru: {
    targetLabel: 'Целевой объём бизнес-проектов',
    yearsOne: 'за {years} год',
    yearsFew: 'за {years} года',
    yearsMany: 'за {years} лет',
    yearsOther: 'за {years} года',
    pillarsLabel: 'Приоритетные направления',
    namedItems: 'Названо в рамках инициативы',
    interests: 'Области интереса, названные центральноазиатской стороной',
    kindItem: 'в рамках инициативы',
    kindInterest: 'интерес центральноазиатской стороны',
    editorialLabel: 'Группировка редакции',
    editorialNote: 'Сгруппировано редакцией: источники не относят эти пункты к приоритетному направлению.',
  },
};
