import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {checkData, checkDataset, srcFailures, type DatasetOutcome, type DatasetState} from '../dataset/outcome.js';
import {bundledInParts} from './bundled.js';
import {nextTask} from './next-task.js';
import {serverContext} from './server-context.js';
import {toText} from './to-text.js';
import {warnOnce} from './warn.js';

/** Marks a body that did not parse. */
const invalidJson = Symbol('invalid JSON');

const BUNDLED: DatasetState = {status: 'ready', dataset: bundledInParts};

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
      this.settle(checkData(data).then((outcome) => this.report(outcome)));
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

  private report({state, warning}: DatasetOutcome): DatasetState {
    if (warning) warnOnce(this.host, warning);
    return state;
  }
}
