import type {Messages} from '../internal/messages.js';

/** UI strings of `<country-agreements>`. */
export const MESSAGES: Messages<
  | 'title'
  | 'leader'
  | 'capital'
  | 'leaderWithTitle'
  | 'fields'
  | 'standOut'
  | 'facts'
  | 'factSource'
  | 'listSeparator'
  | 'parenthesized'
  | 'emptyCountry'
  | 'unknownCountry'
> = {
  en: {
    title: 'What each country signed with Japan',
    leader: 'Leader',
    capital: 'Capital',
    leaderWithTitle: '{title} {name}',
    fields: 'Fields of the documents signed with Japan',
    standOut: 'Stood out',
    facts: 'More facts',
    factSource: 'Source: {sources}',
    listSeparator: ', ',
    parenthesized: '({text})',
    emptyCountry: 'The country attribute is empty. Accepted codes: {alpha2} (or {alpha3}).',
    unknownCountry: 'There is no card for the country code “{value}”. Accepted codes: {alpha2} (or {alpha3}).',
  },
  ja: {
    title: '各国が日本と署名した文書',
    leader: '首脳',
    capital: '首都',
    leaderWithTitle: '{name}{title}',
    fields: '日本と署名した文書の分野',
    standOut: '特に目立った分野',
    facts: 'その他の事実',
    factSource: '出典：{sources}',
    listSeparator: '、',
    parenthesized: '（{text}）',
    emptyCountry: 'country 属性が空です。使用できるコード：{alpha2}（または {alpha3}）。',
    unknownCountry: '国コード「{value}」のカードはありません。使用できるコード：{alpha2}（または {alpha3}）。',
  },
  ru: {
    title: 'Что каждая страна подписала с Японией',
    leader: 'Лидер',
    capital: 'Столица',
    leaderWithTitle: '{title} {name}',
    fields: 'Сферы документов, подписанных с Японией',
    standOut: 'Особо выделялись',
    facts: 'Другие факты',
    factSource: 'Источник: {sources}',
    listSeparator: ', ',
    parenthesized: '({text})',
    emptyCountry: 'Атрибут country пуст. Допустимые коды: {alpha2} (или {alpha3}).',
    unknownCountry: 'Для кода страны «{value}» карточки нет. Допустимые коды: {alpha2} (или {alpha3}).',
  },
};
