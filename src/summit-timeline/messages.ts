import type {EventKind} from '../dataset/types.js';
import type {Messages} from '../internal/messages.js';

type KindKey = `kind.${EventKind}`;

/** `<summit-timeline>`'s own UI strings. */
export const MESSAGES: Messages<
  | 'title'
  | 'milestone'
  | 'place'
  | 'noEvents'
  | 'dateUnannounced'
  | 'noEventsInGap'
  | 'previous'
  | 'next'
  | 'position'
  | 'choose'
  | KindKey
> = {
  en: {
    title: 'Central Asia + Japan Dialogue: timeline',
    milestone: 'Milestone',
    place: 'Place:',
    noEvents: 'No events match the selected dates and kinds.',
    dateUnannounced: 'Date not announced',
    noEventsInGap: 'No events',
    previous: 'Previous event',
    next: 'Next event',
    position: '{index} of {total}',
    choose: 'Choose an event on the line to read about it.',
    'kind.summit': 'Summit',
    'kind.ministerial': 'Ministerial meeting',
    'kind.visit': 'Visit',
    'kind.senior-officials': "Senior officials' meeting",
    'kind.other': 'Other',
  },
  ja: {
    title: '「中央アジア+日本」対話の歩み',
    milestone: '重要な節目',
    place: '場所：',
    noEvents: '指定された期間・種類に該当する出来事はありません。',
    dateUnannounced: '日程未発表',
    noEventsInGap: 'この間の出来事なし',
    previous: '前の出来事',
    next: '次の出来事',
    position: '{total}件中{index}件目',
    choose: '線上の出来事を選ぶと、ここに詳しい内容が表示されます。',
    'kind.summit': '首脳会合',
    'kind.ministerial': '閣僚会合',
    'kind.visit': '訪問',
    'kind.senior-officials': '高級実務者会合',
    'kind.other': 'その他',
  },
  ru: {
    title: 'Диалог «Центральная Азия + Япония»: хронология',
    milestone: 'Ключевое событие',
    place: 'Место:',
    noEvents: 'Нет событий, подходящих под выбранные даты и виды.',
    dateUnannounced: 'Дата не объявлена',
    noEventsInGap: 'Событий не было',
    previous: 'Предыдущее событие',
    next: 'Следующее событие',
    position: '{index} из {total}',
    choose: 'Выберите событие на шкале, чтобы прочитать о нём.',
    'kind.summit': 'Саммит',
    'kind.ministerial': 'Встреча министров',
    'kind.visit': 'Визит',
    'kind.senior-officials': 'Встреча старших должностных лиц',
    'kind.other': 'Другое',
  },
};
