import type {Messages} from '../internal/messages.js';

/** UI strings of `<summit-map>` (kk, ky, tg, tk, uz: /work/drafts/widget-strings/summit-map.json until the lead moves them). */
export const MESSAGES: Messages<
  | 'title'
  | 'intro'
  | 'mapLabel'
  | 'keys'
  | 'listView'
  | 'inset'
  | 'legendCapital'
  | 'legendVenue'
  | 'caspian'
  | 'countries'
  | 'cities'
  | 'leader'
  | 'leaderWithTitle'
  | 'capital'
  | 'fields'
  | 'host'
  | 'documents'
  | 'capitalOf'
  | 'cityIn'
  | 'meetings'
  | 'noMeetings'
  | 'close'
  | 'bordersNote'
  | 'badShow'
  | 'badHighlight'
> = {
  en: {
    title: 'Where the Dialogue met',
    intro: 'The five Central Asian countries and Japan, their capitals, and the cities where the Dialogue’s meetings took place. Choose a country or a city for its facts.',
    mapLabel: 'Map of Central Asia and Japan',
    keys: 'Keys: Tab reaches the map; the arrow keys move between places; Home and End go to the first and last; Enter opens a place; Escape closes it.',
    listView: 'List view',
    inset: 'Inset: Japan',
    legendCapital: 'Capital',
    legendVenue: 'Meeting city',
    caspian: 'Caspian Sea',
    countries: 'Countries',
    cities: 'Cities',
    leader: 'Leader',
    leaderWithTitle: '{title} {name}',
    capital: 'Capital',
    fields: 'Fields of the documents signed with Japan',
    host: 'Hosted the first summit, {date}',
    documents: 'More than {count} documents at the summit',
    capitalOf: 'Capital of {country}',
    cityIn: 'City in {country}',
    meetings: 'The Dialogue here',
    noMeetings: 'No meeting of the Dialogue in these data took place here.',
    close: 'Close',
    bordersNote: 'Map: country shapes from Natural Earth (1:50m), whose borders are de facto lines: a disputed border is drawn where it is held on the ground, which is no statement on who should hold it. City positions from GeoNames.',
    badShow: 'The show attribute has “{value}”, which the map does not know. Accepted: {valid}.',
    badHighlight: 'There is no country or city “{value}” on the map. Accepted: {valid}.',
  },
  ja: {
    title: '対話の開催地',
    intro: '中央アジア5か国と日本、各国の首都、そして対話の会合が開かれた都市。国や都市を選ぶと詳細が表示されます。',
    mapLabel: '中央アジアと日本の地図',
    keys: 'キー操作：Tab で地図へ移動、矢印キーで場所を移動、Home と End で最初と最後へ、Enter で開き、Escape で閉じます。',
    listView: 'リスト表示',
    inset: '挿入図：日本',
    legendCapital: '首都',
    legendVenue: '会合の開催都市',
    caspian: 'カスピ海',
    countries: '国',
    cities: '都市',
    leader: '首脳',
    leaderWithTitle: '{name}{title}',
    capital: '首都',
    fields: '日本と署名した文書の分野',
    host: '初の首脳会合を主催（{date}）',
    documents: '首脳会合で{count}件を超える文書',
    capitalOf: '{country}の首都',
    cityIn: '{country}の都市',
    meetings: 'この都市での対話',
    noMeetings: 'このデータには、この都市で開かれた対話の会合はありません。',
    close: '閉じる',
    bordersNote: '地図：国の形は Natural Earth（5000万分の1）による。国境は事実上の境界線で、係争中の国境は実効支配に基づいて描かれており、帰属についての立場を示すものではありません。都市の位置は GeoNames による。',
    badShow: 'show 属性の「{value}」は使用できません。使用できる値：{valid}。',
    badHighlight: '地図に「{value}」という国または都市はありません。使用できる値：{valid}。',
  },
  ru: {
    title: 'Где проходил Диалог',
    intro: 'Пять стран Центральной Азии и Япония, их столицы и города, где проходили встречи Диалога. Выберите страну или город, чтобы увидеть факты.',
    mapLabel: 'Карта Центральной Азии и Японии',
    keys: 'Клавиши: Tab — переход к карте; стрелки — между местами; Home и End — к первому и последнему; Enter открывает место, Escape закрывает.',
    listView: 'Списком',
    inset: 'Врезка: Япония',
    legendCapital: 'Столица',
    legendVenue: 'Город встреч',
    caspian: 'Каспийское море',
    countries: 'Страны',
    cities: 'Города',
    leader: 'Лидер',
    leaderWithTitle: '{title} {name}',
    capital: 'Столица',
    fields: 'Сферы документов, подписанных с Японией',
    host: 'Принимала первый саммит, {date}',
    documents: 'Более {count} документов на саммите',
    capitalOf: 'Столица страны: {country}',
    cityIn: 'Город, страна: {country}',
    meetings: 'Диалог в этом городе',
    noMeetings: 'По этим данным, встреч Диалога здесь не было.',
    close: 'Закрыть',
    bordersNote: 'Карта: очертания стран по Natural Earth (1:50 млн), границы — фактические линии: спорная граница проведена там, где она проходит на местности, и это не позиция о принадлежности территорий. Положение городов — по GeoNames.',
    badShow: 'В атрибуте show есть «{value}», такого значения карта не знает. Допустимо: {valid}.',
    badHighlight: 'На карте нет страны или города «{value}». Допустимо: {valid}.',
  },
};
