/**
 * What becomes of a dataset from outside (a `src` JSON or the `data` property): pure functions the
 * browser's `DatasetController` and the server renderer (`src/ssr/render.ts`) share, so both say the
 * same thing about the same dataset.
 */
import {format} from '../internal/messages.js';
import {toText} from '../internal/to-text.js';
import type {Translation} from '../translations/types.js';
import type {Dataset} from './types.js';

/** What a widget has to show: a dataset, a pending `src` request, or a localized reason it has none. */
export type DatasetState =
  | {status: 'ready'; dataset: Dataset}
  | {status: 'loading'}
  | {status: 'error'; detail: (t: Translation) => string};

/** A dataset's state and, when it failed, the one warning that says why: the browser's and the server's. */
export interface DatasetOutcome {
  state: DatasetState;
  warning?: string;
}

/** The validator, loaded only by pages that give a widget a dataset of their own (`src` or `data`). */
const validator = () => import('./validate.js');

const failure = (warning: string, detail: (t: Translation) => string): DatasetOutcome => ({
  state: {status: 'error', detail},
  warning,
});

/** Why a `src` could not be had. */
export const srcFailures = {
  status: (src: string, status: number) =>
    failure(`src "${src}" could not be loaded: HTTP ${status}`, (t) =>
      format(t.shared.fetchFailed, {src, reason: format(t.shared.fetchStatus, {status})})
    ),
  network: (src: string, timedOut: boolean) =>
    failure(`src "${src}" could not be loaded: ${timedOut ? 'timed out' : 'network error'}`, (t) =>
      format(t.shared.fetchFailed, {src, reason: t.shared[timedOut ? 'fetchTimeout' : 'fetchNetwork']})
    ),
  json: (src: string) => failure(`src "${src}" is not valid JSON`, (t) => format(t.shared.invalidJson, {src})),
};

/** `value` (parsed JSON) through the validator. */
export async function checkDataset(value: unknown, origin: string): Promise<DatasetOutcome> {
  const {validateDataset, formatProblem} = await validator();
  const result = validateDataset(value);
  if (result.ok) return {state: {status: 'ready', dataset: result.dataset}};
  const problems = result.problems.map(formatProblem);
  return failure(`dataset from ${origin} is invalid: ${problems.join('; ')}`, (t) =>
    format(t.shared.invalidData, {problem: problems[0]})
  );
}

/**
 * The `data` property is checked as the JSON it would be at `src`: a snapshot taken once
 * (getters read once; holes, functions and `undefined` gone as in JSON), so the page
 * changing or breaking the object later cannot reach a widget through a dataset it validated.
 */
export async function checkData(data: unknown): Promise<DatasetOutcome> {
  let snapshot: unknown;
  try {
    // An identity replacer keeps the engines off their fast paths, which meet a cycle by serializing
    // the object over and over down to their depth limit before they throw: 13 s in WebKit (0.5 s in
    // Chromium) for the dataset with itself as its last field. The output is the same.
    const json = JSON.stringify(data, (_key, value: unknown) => value);
    if (json === undefined) throw new TypeError(`${typeof data} is not JSON`);
    snapshot = JSON.parse(json);
  } catch (error) {
    return failure(`dataset from data is not JSON data: ${toText(error)}`, (t) =>
      format(t.shared.invalidData, {problem: '(root): must be JSON data'})
    );
  }
  return checkDataset(snapshot, 'data');
}
