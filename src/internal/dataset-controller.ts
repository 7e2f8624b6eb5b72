import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {Dataset} from '../dataset/types.js';
import type {Translation} from '../translations/types.js';
import {bundledInParts} from './bundled.js';
import {format} from './messages.js';
import {nextTask} from './next-task.js';
import {serverContext} from './server-context.js';
import {toText} from './to-text.js';
import {warnOnce} from './warn.js';

/** What a widget has to show: a dataset, a pending `src` request, or a localized reason it has none. */
export type DatasetState =
  | {status: 'ready'; dataset: Dataset}
  | {status: 'loading'}
  | {status: 'error'; detail: (t: Translation) => string};

const BUNDLED: DatasetState = {status: 'ready', dataset: bundledInParts};

/** The validator, loaded only by pages that give a widget a dataset of their own (`src` or `data`). */
const validator = () => import('../dataset/validate.js');

/** A dataset's state and, when it failed, the one warning that says why: the browser's and the server's. */
export interface DatasetOutcome {
  state: DatasetState;
  warning?: string;
}

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
 * Chooses and loads a widget's dataset: the `data` property if set, else the
 * JSON at `src`, else the bundled dataset. Anything from outside is validated;
 * a failure becomes an error state and one console warning, never an exception.
 * A response that arrives after `src` changed again is ignored.
 */
export class DatasetController implements ReactiveController {
  /** How long a `src` request may take before the widget gives up. */
  static timeoutMs = 15000;

  state: DatasetState = BUNDLED;
  /** Settles when the dataset asked for last is in `state` (undefined: it already is). */
  pending?: Promise<void>;
  /** Settles when the `data` dataset being validated is in `state`. */
  checking?: Promise<void>;
  private src?: string | null;
  private data?: unknown;
  private synced = false;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /**
   * Called by the host before each update: loads the dataset when `src` or `data` changed.
   * On the server, a `src` dataset comes from the renderer, which fetched it beforehand.
   */
  sync(src: unknown, data: unknown): void {
    const source = src === undefined || src === null ? src : toText(src);
    if (this.synced && source === this.src && data === this.data) return;
    this.synced = true;
    this.cancel();
    this.src = source;
    this.data = data;
    this.pending = this.checking = undefined;
    if (data !== undefined && data !== null) {
      this.settle(this.checkData(data));
    } else if (source) {
      if (isServer) {
        this.state = serverContext()?.datasets.get(source) ?? {status: 'loading'};
        return;
      }
      this.state = {status: 'loading'};
      if (this.host.isConnected) this.pending = this.request(source);
    } else {
      this.state = BUNDLED;
    }
  }

  hostConnected(): void {
    // A widget moved in the page while its request was pending asks again.
    if (this.state.status === 'loading' && this.src && !this.abort) this.pending = this.request(this.src);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Shows `next` once it has settled, unless a newer dataset was asked for meanwhile. */
  private settle(next: Promise<DatasetState>): void {
    const pending: Promise<void> = next.then((state) => {
      if (this.pending !== pending) return;
      this.pending = this.checking = undefined;
      this.state = state;
      this.host.requestUpdate();
    });
    this.pending = this.checking = pending;
  }

  private async request(src: string): Promise<void> {
    const abort = (this.abort = new AbortController());
    const timer = setTimeout(() => abort.abort('timeout'), DatasetController.timeoutMs);
    let next: DatasetState;
    try {
      const response = await fetch(src, {signal: abort.signal, credentials: 'same-origin'});
      if (!response.ok) {
        next = this.report(srcFailures.status(src, response.status));
      } else {
        let json: unknown = invalidJson;
        try {
          json = await response.json();
        } catch (error) {
          // The body was cut short by the timeout or by a newer `src`: not a JSON problem.
          if (abort.signal.aborted) throw error;
        }
        // Parsing, validating and rendering a large dataset each get a task of their own,
        // so none of them blocks the page for long.
        await nextTask();
        next = this.report(json === invalidJson ? srcFailures.json(src) : await checkDataset(json, `src "${src}"`));
        await nextTask();
      }
    } catch {
      if (abort !== this.abort) return; // superseded or disconnected: a newer request owns the state
      next = this.report(srcFailures.network(src, abort.signal.reason === 'timeout'));
    } finally {
      clearTimeout(timer);
    }
    if (abort !== this.abort) return; // `src` changed while this one was in flight
    this.abort = undefined;
    this.state = next;
    this.host.requestUpdate();
  }

  /**
   * The `data` property is checked as the JSON it would be at `src`: a snapshot taken once
   * (getters read once; holes, functions and `undefined` gone as in JSON), so the page
   * changing or breaking the object later cannot reach a widget through a dataset it validated.
   */
  private async checkData(data: unknown): Promise<DatasetState> {
    let snapshot: unknown;
    try {
      const json = JSON.stringify(data);
      if (json === undefined) throw new TypeError(`${typeof data} is not JSON`);
      snapshot = JSON.parse(json);
    } catch (error) {
      return this.report(
        failure(`dataset from data is not JSON data: ${toText(error)}`, (t) =>
          format(t.shared.invalidData, {problem: '(root): must be JSON data'})
        )
      );
    }
    return this.report(await checkDataset(snapshot, 'data'));
  }

  private report({state, warning}: DatasetOutcome): DatasetState {
    if (warning) warnOnce(this.host, warning);
    return state;
  }
}

const invalidJson = Symbol('invalid JSON');
