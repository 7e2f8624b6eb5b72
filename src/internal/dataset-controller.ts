import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {bundledDataset} from '../dataset/bundled.js';
import type {Dataset} from '../dataset/types.js';
import {formatProblem, validateDataset} from '../dataset/validate.js';
import type {Lang} from './lang.js';
import {format, SHARED_MESSAGES} from './messages.js';
import {nextTask} from './next-task.js';
import {toText} from './to-text.js';
import {warnOnce} from './warn.js';

/** What a widget has to show: a dataset, a pending `src` request, or a localized reason it has none. */
export type DatasetState =
  | {status: 'ready'; dataset: Dataset}
  | {status: 'loading'}
  | {status: 'error'; detail: (lang: Lang) => string};

const BUNDLED: DatasetState = {status: 'ready', dataset: bundledDataset};

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
  private src?: string | null;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** Called by the host before rendering whenever `src` or `data` changed. */
  load(src: string | null | undefined, data: unknown): void {
    this.cancel();
    this.src = src;
    if (data !== undefined && data !== null) {
      this.state = this.checkData(data);
    } else if (src) {
      this.state = {status: 'loading'};
      if (this.host.isConnected) void this.request(src);
    } else {
      this.state = BUNDLED;
    }
  }

  hostConnected(): void {
    // A widget moved in the page while its request was pending asks again.
    if (this.state.status === 'loading' && this.src && !this.abort) void this.request(this.src);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  private async request(src: string): Promise<void> {
    const abort = (this.abort = new AbortController());
    const timer = setTimeout(() => abort.abort('timeout'), DatasetController.timeoutMs);
    let next: DatasetState;
    try {
      const response = await fetch(src, {signal: abort.signal, credentials: 'same-origin'});
      if (!response.ok) {
        next = this.fail(`src "${src}" could not be loaded: HTTP ${response.status}`, (lang) =>
          format(SHARED_MESSAGES[lang].fetchFailed, {
            src,
            reason: format(SHARED_MESSAGES[lang].fetchStatus, {status: response.status}),
          })
        );
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
        next =
          json === invalidJson
            ? this.fail(`src "${src}" is not valid JSON`, (lang) =>
                format(SHARED_MESSAGES[lang].invalidJson, {src})
              )
            : this.check(json, `src "${src}"`);
        await nextTask();
      }
    } catch {
      if (abort !== this.abort) return; // superseded or disconnected: a newer request owns the state
      const timedOut = abort.signal.reason === 'timeout';
      next = this.fail(`src "${src}" could not be loaded: ${timedOut ? 'timed out' : 'network error'}`, (lang) =>
        format(SHARED_MESSAGES[lang].fetchFailed, {
          src,
          reason: SHARED_MESSAGES[lang][timedOut ? 'fetchTimeout' : 'fetchNetwork'],
        })
      );
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
  private checkData(data: unknown): DatasetState {
    let snapshot: unknown;
    try {
      const json = JSON.stringify(data);
      if (json === undefined) throw new TypeError(`${typeof data} is not JSON`);
      snapshot = JSON.parse(json);
    } catch (error) {
      return this.fail(`dataset from data is not JSON data: ${toText(error)}`, (lang) =>
        format(SHARED_MESSAGES[lang].invalidData, {problem: '(root): must be JSON data'})
      );
    }
    return this.check(snapshot, 'data');
  }

  private check(value: unknown, origin: string): DatasetState {
    const result = validateDataset(value);
    if (result.ok) return {status: 'ready', dataset: result.dataset};
    const problems = result.problems.map(formatProblem);
    return this.fail(`dataset from ${origin} is invalid: ${problems.join('; ')}`, (lang) =>
      format(SHARED_MESSAGES[lang].invalidData, {problem: problems[0]})
    );
  }

  private fail(warning: string, detail: (lang: Lang) => string): DatasetState {
    warnOnce(this.host, warning);
    return {status: 'error', detail};
  }
}

const invalidJson = Symbol('invalid JSON');

