import type {Dataset, Figure, FigureRule} from '../dataset/types.js';

/** The parts of a dataset the rules read (the widget's `dataParts` besides `figures`). */
export type RuleData = Pick<Dataset, 'events' | 'summit'>;

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as year and `MM-DD` (a month or a year counts from its first day). */
const yearAndDay = (iso: string): [number, string] => {
  const [year, month = '01', day = '01'] = iso.split('-');
  return [Number(year), `${month}-${day}`];
};

/** Whole years from `from` to `to` (ISO dates): 2004-08-28 to 2025-12-20 is 21. */
export function fullYears(from: string, to: string): number {
  const [fromYear, fromDay] = yearAndDay(from);
  const [toYear, toDay] = yearAndDay(to);
  return toYear - fromYear - (toDay < fromDay ? 1 : 0);
}

/**
 * How each rule counts its figure from the dataset. Definitions, exactly:
 * - `foreign-ministers-meetings`: events of kind `ministerial` held (dated, not "date not announced") on or
 *   before the figure's `asOf`. Online meetings are events like any other (place "Online"), so they count,
 *   as in the Ministry of Foreign Affairs of Japan's count. In the bundled data every ministerial event is a
 *   foreign ministers' meeting: the nine numbered ones (the eighth online) and the 2020 special video conference.
 * - `years-to-first-summit`: whole years from the timeline's first event (the Dialogue's launch, the first
 *   foreign ministers' meeting in Astana, 28 August 2004) to `summit.date` (20 December 2025).
 * - `summit-presidents`: the summit's participating countries, each counted once: each was represented by
 *   its president (the host, Japan's prime minister, is not a participant).
 */
export const RULES: Record<FigureRule, (data: RuleData, figure: Figure) => number> = {
  'foreign-ministers-meetings': ({events}, {asOf}) =>
    events.filter((event) => event.kind === 'ministerial' && event.date.precision !== 'unannounced' && event.date.start <= asOf).length,
  'years-to-first-summit': ({events, summit}) => {
    const launch = events.find((event) => event.date.precision !== 'unannounced');
    return launch ? fullYears(launch.date.start, summit.date) : NaN;
  },
  'summit-presidents': ({summit}) => new Set(summit.participants).size,
};

/** A computed figure: what the rule counts, and whether it agrees with the sourced value. */
export interface FigureCheck {
  figure: Figure;
  rule: FigureRule;
  computed: number;
  agrees: boolean;
}

/** Every figure of `figures` that names a rule, counted from `data`. */
export function checkFigures(figures: readonly Figure[], data: RuleData): FigureCheck[] {
  return figures.flatMap((figure) => {
    const rule = figure.computed;
    if (!rule || !(rule in RULES)) return [];
    const computed = RULES[rule](data, figure);
    return [{figure, rule, computed, agrees: computed === figure.value}];
  });
}
