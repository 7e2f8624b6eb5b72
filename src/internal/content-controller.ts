import {isServer, type ReactiveControllerHost} from 'lit';
import type {DatasetState} from '../dataset/outcome.js';
import type {DataPart} from '../dataset/texts.js';
import type {Dataset} from '../dataset/types.js';
import type {Translation} from '../translations/types.js';
import {DatasetController} from './dataset-controller.js';
import {DEFAULT_LANG, type Lang} from './lang.js';
import {hasLanguage, loadedTranslation, loadLanguage, type LanguageNeeds} from './translations.js';
import {warnOnce} from './warn.js';

/** What the controller reads of its widget. */
export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  src?: unknown;
  data?: unknown;
}

export interface ContentOptions {
  /** The section of the UI strings the widget reads besides `shared` and `languages`. */
  strings: string;
  /** The parts of the bundled dataset it shows. */
  parts: readonly DataPart[];
  /** The language asked for (the server's while hydrating). */
  lang: () => Lang;
  /** Whether the element is a pre-rendered one not hydrated yet. */
  hydrating: () => boolean;
}

/**
 * What a widget shows, and when it can show it: its dataset (`data`, `src` or the bundled one) and its
 * language's texts. The first update waits for both (a pre-rendered element keeps showing the
 * server's HTML meanwhile, so nothing blinks); later ones render at once with what they have and
 * render again when the rest arrives: a new language keeps the previous one's texts until its own
 * have come. A language whose texts cannot be had is said in the widget, in the language it showed
 * (English when it showed nothing yet).
 *
 * Called by the host at its lifecycle's steps (`updateReady`, `willUpdate`, `settled`) rather than as a
 * `ReactiveController`: Lit's controller hooks come after `willUpdate` and cannot hold an update back.
 */
export class ContentController {
  /** The texts the widget renders with: its language's, or until they arrive the ones it showed before. */
  t?: Translation;
  /**
   * In the widget's `willUpdate`: whether this update shows another dataset than the previous update did
   * (a new one, or one again after an update without one to show: loading, an error, no texts yet). With
   * `changed.has(…)`, the trigger of what a widget does once per dataset (opening the `highlight`).
   */
  datasetChanged = false;
  /** The dataset the previous update could show (with texts). */
  private shown?: Dataset;
  /** A language whose texts could not be downloaded, while it is the one asked for. */
  private failedLang?: Lang;
  /** A language's texts (or a re-render) on their way after the first render. */
  private pending?: Promise<unknown>;
  private readonly source: DatasetController;

  constructor(
    private readonly host: ContentHost,
    private readonly options: ContentOptions
  ) {
    this.source = new DatasetController(host);
  }

  /** The dataset's state: ready (with the dataset), loading (a `src` on its way) or failed. */
  get state(): DatasetState {
    return this.source.state;
  }

  /** The dataset to show, once there is one. */
  get dataset(): Dataset | undefined {
    const state = this.source.state;
    return state.status === 'ready' ? state.dataset : undefined;
  }

  /** The language asked for, when its texts could not be had. */
  get languageFailed(): Lang | undefined {
    return this.failedLang && this.failedLang === this.options.lang() ? this.failedLang : undefined;
  }

  /**
   * What the widget needs of a language: its UI strings and, when it shows the bundled dataset, the
   * texts of the parts it shows (a newsroom's dataset brings its own texts).
   */
  private get needs(): LanguageNeeds {
    const {data, src} = this.host;
    const bundled = (data === undefined || data === null) && !src;
    return {
      sections: ['shared', 'languages', this.options.strings].filter(Boolean),
      units: bundled ? ['core', ...this.options.parts.flatMap((part) => part.units)] : [],
    };
  }

  /**
   * Called as an update is scheduled: starts what it needs (the dataset `src`/`data` name, the
   * language's texts) and returns what it must wait for, if anything: for the first update the
   * dataset (unless a `src` is still loading in the browser: "Loading…" is shown meanwhile) and,
   * while nothing is shown yet, the texts.
   */
  updateReady(): Promise<unknown> | undefined {
    const waits: Promise<unknown>[] = [];
    this.source.sync(this.host.src, this.host.data);
    const pending = this.source.pending;
    if (pending && !this.host.hasUpdated && (this.options.hydrating() || this.source.state.status !== 'loading')) {
      waits.push(pending);
    }
    const lang = this.options.lang();
    const needs = this.needs;
    // A language that just failed is asked for again only when asked for anew (another lang, then this one).
    if (this.failedLang !== lang) this.failedLang = undefined;
    if (!hasLanguage(lang, needs) && this.failedLang !== lang) {
      const load = loadLanguage(lang, needs).then(
        () => {
          if (this.failedLang === lang) this.failedLang = undefined;
        },
        () => this.failed(lang)
      );
      if (this.t) this.rerenderAfter(load);
      else waits.push(load);
    }
    return waits.length ? Promise.all(waits) : undefined;
  }

  /**
   * Called by the host's `willUpdate`: the texts to render with (on the server, where nothing is scheduled, the
   * dataset too), and whether the dataset shown is another one.
   */
  willUpdate(): void {
    if (isServer) this.source.sync(this.host.src, this.host.data);
    const needs = this.needs;
    const ready = (lang: Lang) => (hasLanguage(lang, needs) ? loadedTranslation(lang) : undefined);
    this.t = ready(this.options.lang()) ?? this.t ?? ready(DEFAULT_LANG);
    const shown = this.t && this.dataset;
    this.datasetChanged = shown !== this.shown;
    this.shown = shown;
  }

  /** Renders again once `work` is done (after this update, not in it); `settled` waits for it. */
  rerenderAfter(work: Promise<unknown>): void {
    const pending: Promise<unknown> = (this.pending = work.then(() => {
      if (this.pending === pending) this.pending = undefined;
      this.host.requestUpdate();
    }));
  }

  /**
   * Resolves once the widget shows what it was asked to show: `updateComplete` (given) and whatever the
   * update started (a `data` dataset being validated, a language's texts on their way). A `src`
   * request is the exception: while it is pending the widget shows "Loading…".
   */
  async settled(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    // Each wait is awaited once: one that is still there afterwards is not waited for again.
    const awaited = new Set<Promise<unknown>>();
    for (let wait = this.waitingFor(); wait && !awaited.has(wait); wait = this.waitingFor()) {
      awaited.add(wait);
      await wait.catch(() => undefined);
      complete = await updateComplete();
    }
    return complete;
  }

  private waitingFor(): Promise<unknown> | undefined {
    return this.pending ?? this.source.checking;
  }

  private async failed(lang: Lang): Promise<void> {
    this.failedLang = lang;
    warnOnce(this.host, `the texts in "${lang}" could not be loaded.`);
    // Nothing shown yet: say so in English, if English can be had.
    if (!this.t && lang !== DEFAULT_LANG) await loadLanguage(DEFAULT_LANG, this.needs).catch(() => undefined);
  }
}
