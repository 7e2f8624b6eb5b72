import type {Lang} from './lang.js';

/** A widget's UI strings in every language; `{name}` marks a value filled in by `format`. */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

/** Fills `{name}` placeholders. Values are plain text: Lit renders them as text, never HTML. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Strings every widget shares: loading, errors, sources. */
export const SHARED_MESSAGES: Messages<
  | 'loading'
  | 'errorTitle'
  | 'renderFailed'
  | 'fetchFailed'
  | 'fetchStatus'
  | 'fetchNetwork'
  | 'fetchTimeout'
  | 'invalidJson'
  | 'invalidData'
  | 'sources'
  | 'asOf'
  | 'reportedBy'
  | 'newTab'
  | 'corrections'
  | 'correctionWhy'
  | 'fieldsReportedIn'
> = {
  en: {
    loading: 'Loading…',
    errorTitle: 'This widget cannot show its content.',
    renderFailed: 'Part of the data could not be displayed.',
    fetchFailed: 'The data at {src} could not be loaded: {reason}.',
    fetchStatus: 'the server answered HTTP {status}',
    fetchNetwork: 'the network request failed',
    fetchTimeout: 'the request timed out',
    invalidJson: 'The data at {src} is not valid JSON.',
    invalidData: 'The data does not fit the schema: {problem}.',
    sources: 'Sources',
    asOf: 'Facts as of {date}.',
    reportedBy: 'as reported by {outlet}',
    newTab: '(opens in a new tab)',
    corrections: 'Corrections',
    correctionWhy: 'Why: {why}',
    fieldsReportedIn: 'The fields and what stood out are as reported in {report}.',
  },
  ja: {
    loading: '読み込み中…',
    errorTitle: 'このウィジェットの内容を表示できません。',
    renderFailed: 'データの一部を表示できませんでした。',
    fetchFailed: '{src} のデータを読み込めませんでした（{reason}）。',
    fetchStatus: 'サーバーの応答は HTTP {status} でした',
    fetchNetwork: 'ネットワーク要求に失敗しました',
    fetchTimeout: '要求がタイムアウトしました',
    invalidJson: '{src} のデータは有効な JSON ではありません。',
    invalidData: 'データがスキーマに合っていません：{problem}。',
    sources: '出典',
    asOf: '{date}時点の情報です。',
    reportedBy: '{outlet}の報道による',
    newTab: '（新しいタブで開きます）',
    corrections: '訂正',
    correctionWhy: '理由：{why}',
    fieldsReportedIn: '分野と特に目立った分野は、{report}による。',
  },
  ru: {
    loading: 'Загрузка…',
    errorTitle: 'Виджет не может показать содержимое.',
    renderFailed: 'Часть данных не удалось показать.',
    fetchFailed: 'Не удалось загрузить данные из {src}: {reason}.',
    fetchStatus: 'сервер ответил HTTP {status}',
    fetchNetwork: 'сетевой запрос не удался',
    fetchTimeout: 'истекло время ожидания',
    invalidJson: 'Данные из {src} не являются корректным JSON.',
    invalidData: 'Данные не соответствуют схеме: {problem}.',
    sources: 'Источники',
    asOf: 'Данные по состоянию на {date}.',
    reportedBy: 'по сообщению {outlet}',
    newTab: '(откроется в новой вкладке)',
    corrections: 'Исправления',
    correctionWhy: 'Причина: {why}',
    fieldsReportedIn: 'Сферы и то, что особо выделялось, — по данным {report}.',
  },
};
