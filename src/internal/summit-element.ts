import {
  adoptStyles,
  html,
  isServer,
  LitElement,
  nothing,
  ReactiveElement,
  render,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {property} from 'lit/decorators.js';
import type {DataPart} from '../dataset/texts.js';
import type {Dataset} from '../dataset/types.js';
import {usePart} from './bundled.js';
import type {Translation} from '../translations/types.js';
import {baseStyles} from './base.styles.js';
import {DatasetController} from './dataset-controller.js';
import {errorBox} from './error-box.js';
import {DEFAULT_HEADING_LEVEL, outlineLevel, parseHeadingLevel, precedingHeadingLevel, type HeadingLevel} from './heading.js';
import {serverContext} from './server-context.js';
import {DEFAULT_LANG, LANG_DIR, LANGS, LangController, type Lang} from './lang.js';
import {format} from './messages.js';
import {toText} from './to-text.js';
import {hasLanguage, loadedTranslation, loadLanguage, type LanguageNeeds} from './translations.js';

type Hydrate = (typeof import('@lit-labs/ssr-client'))['hydrate'];
let hydrateFunction: Hydrate | undefined;
/**
 * Lit's hydration, downloaded only by a page that has pre-rendered widgets (about 2 KB): a page whose
 * widgets render in the browser never needs it. Loaded this way rather than by Lit's
 * `lit-element-hydrate-support.js` (which must run before Lit itself), so a widget hydrates whatever
 * loaded Lit first.
 */
const loadHydrate = (): Promise<unknown> =>
  hydrateFunction ? Promise.resolve() : import('@lit-labs/ssr-client').then((module) => (hydrateFunction = module.hydrate));
import {VERSION} from './version.js';
import {warnOnce} from './warn.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Shown only when not even English could be downloaded: the one text the core carries. */
const NO_TEXTS = 'The texts of this widget could not be loaded.';

/**
 * The base every summit widget shares: language, theme, heading level, dataset
 * loading (`src` / `data` / bundled), the error box, and a render that never
 * throws into the host page. A widget implements `renderContent()`.
 *
 * Rendering happens in two places with one result: on a server (`summit-widgets/ssr`, where Lit
 * calls only the constructor, `willUpdate` and `render`) and in the browser, where a pre-rendered
 * element is hydrated (its nodes kept) rather than rendered again. So nothing a render reads may
 * depend on the DOM, the window or time. A widget's texts arrive per language (`loadLanguage`):
 * the first render waits for them, later language changes keep showing the previous language until
 * the new one has arrived.
 */
export abstract class SummitElement extends LitElement {
  /** Read by `defineElement` to tell copies of the library apart. */
  static readonly summitWidgetsVersion = VERSION;
  static override styles: CSSResultGroup = baseStyles;
  /** The parts of the bundled dataset the widget shows (imported from `src/generated/parts/`, so they come with its code). */
  static dataParts: readonly DataPart[] = [];
  /** The section of the UI strings (`src/translations/<lang>.ts`) the widget reads besides `shared`. */
  static strings = '';

  /** `en`, `ja`, `ru`, `kk`, `ky`, `tg`, `tk` or `uz`; unset: the nearest ancestor's `lang`, then `<html lang>`, then `en`. */
  @property({reflect: true}) override lang!: string;

  /** `light`, `dark` or `auto` (follows the reader's colour-scheme preference). */
  @property() theme?: string | null;

  /** URL of a dataset JSON in the bundled dataset's schema. */
  @property() src?: string | null;

  /** A dataset object; takes precedence over `src`. */
  @property({attribute: false}) data?: unknown;

  /** Level of the widget's own heading, 2 to 6 (default 3). */
  @property({attribute: 'heading-level'}) headingLevel?: string | number | null;

  protected readonly langController = new LangController(this);
  protected readonly datasetController = new DatasetController(this);

  /** The texts the widget renders with: its language's, or until they arrive the ones it showed before. */
  protected t?: Translation;
  /** A language whose texts could not be downloaded, while it is the one asked for. */
  private failedLang?: Lang;
  /**
   * The language the server rendered, read from the declarative shadow root: the hydrating render
   * must say what the server said. Afterwards the element's own resolution takes over.
   */
  private serverLang?: Lang;
  /** The level the server gave the widget's heading by the page's outline, while hydrating. */
  private serverHeadingLevel?: HeadingLevel;
  /** A language's texts on their way after the first render. */
  private languagePending?: Promise<unknown>;
  /**
   * `:state(loading)` from the upgrade until the widget first shows its content or an error box, so that
   * `reserve.css` keeps holding its height while the texts are on their way (else the upgraded, still
   * empty element would collapse and the text below jump twice). A pre-rendered element never has it.
   */
  private loadingStates?: CustomStateSet;

  constructor() {
    super();
    for (const part of (this.constructor as typeof SummitElement).dataParts) usePart(part);
    if (!isServer && !this.shadowRoot) {
      try {
        this.loadingStates = this.attachInternals().states;
        this.loadingStates.add('loading');
      } catch {
        // No custom states here (or internals taken): the reservation ends at the upgrade.
        this.loadingStates = undefined;
      }
    }
    if (!isServer && this.shadowRoot) {
      const lang = this.shadowRoot.querySelector('[part="base"]')?.getAttribute('lang');
      this.serverLang = (LANGS as readonly string[]).includes(lang ?? '') ? (lang as Lang) : DEFAULT_LANG;
      const heading = this.shadowRoot.querySelector('[part="base"] [part~="heading"]')?.localName;
      this.serverHeadingLevel = parseHeadingLevel(heading?.slice(1));
    }
  }

  /**
   * What the widget needs of a language: its UI strings and, when it shows the bundled dataset, the
   * texts of the parts it shows (a newsroom's dataset brings its own texts).
   */
  protected get languageNeeds(): LanguageNeeds {
    const ctor = this.constructor as typeof SummitElement;
    const bundled = (this.data === undefined || this.data === null) && !this.src;
    return {
      sections: ['shared', 'languages', ctor.strings].filter(Boolean),
      units: bundled ? ['core', ...ctor.dataParts.flatMap((part) => part.units)] : [],
    };
  }

  /** The names of the dataset's parts the widget shows (`events`, `countries`, ...). */
  protected get shownParts(): readonly string[] {
    return (this.constructor as typeof SummitElement).dataParts.map((part) => part.name);
  }

  /** Whether this element was rendered on a server and has not been hydrated yet. */
  protected get hydrating(): boolean {
    return this.serverLang !== undefined;
  }

  /** The language asked for: the attribute, an ancestor's, `<html lang>` or English (the server's while hydrating). */
  protected get requestedLang(): Lang {
    return this.serverLang ?? this.langController.lang;
  }

  /** The language the widget renders in. */
  protected get uiLang(): Lang {
    return this.t?.lang ?? DEFAULT_LANG;
  }

  /** `theme`, or `auto` with a warning when it is not a known value. */
  protected get resolvedTheme(): Theme {
    const theme = this.theme ?? 'auto';
    if ((THEMES as readonly string[]).includes(theme)) return theme as Theme;
    warnOnce(this, `theme "${theme}" is not one of ${THEMES.join(', ')}; using auto.`);
    return 'auto';
  }

  /**
   * `heading-level`, or when it is not set the page's outline: one below the nearest heading before the
   * widget (an article's `<h1>`, then the widget's `<h2>`), 3 when there is none. A bad value gives 3
   * with a warning.
   */
  protected get resolvedHeadingLevel(): HeadingLevel {
    if (this.headingLevel === undefined || this.headingLevel === null) return this.outlineHeadingLevel;
    const level = parseHeadingLevel(this.headingLevel);
    if (level) return level;
    warnOnce(this, `heading-level "${this.headingLevel}" is not 2 to 6; using ${DEFAULT_HEADING_LEVEL}.`);
    return DEFAULT_HEADING_LEVEL;
  }

  /** The level by the page's outline: told by the renderer on the server, the server's while hydrating, else read from the page. */
  private get outlineHeadingLevel(): HeadingLevel {
    if (isServer) return outlineLevel(serverContext()?.precedingHeadingLevel);
    return this.serverHeadingLevel ?? outlineLevel(precedingHeadingLevel(this));
  }

  /**
   * A pre-rendered shadow root is kept as it is; its styles are adopted here, since a page under
   * `Content-Security-Policy: default-src 'self'` blocks the `<style>` the server wrote in it.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (isServer || !this.hydrating || !this.shadowRoot) return super.createRenderRoot();
    adoptStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
    return this.shadowRoot;
  }

  /** The first update of a pre-rendered element hydrates the server's nodes instead of rendering new ones. */
  protected override update(changed: PropertyValues): void {
    const root = this.renderRoot as ShadowRoot & {_$litPart$?: unknown};
    if (isServer || !this.hydrating || !hydrateFunction || root._$litPart$) {
      super.update(changed);
      return;
    }
    const value = this.render();
    // ReactiveElement's update (attributes reflected), then Lit's hydration in place of LitElement's render.
    ReactiveElement.prototype['update'].call(this, changed);
    hydrateFunction(value, root, this.renderOptions);
  }

  /**
   * Before an update: the dataset and the language's texts. The first update waits for both (a
   * pre-rendered element keeps showing the server's HTML meanwhile, so nothing blinks); later ones
   * render at once with what they have and render again when the rest arrives.
   *
   * And the last line of defence of "never throws into the page": an exception anywhere in an
   * update shows the error box with one warning instead of reaching the page.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits: Promise<unknown>[] = [];
    try {
      this.datasetController.sync(this.src, this.data);
      if (this.hydrating && !hydrateFunction) waits.push(loadHydrate());
      const pending = this.datasetController.pending;
      if (pending && !this.hasUpdated && (this.hydrating || this.datasetController.state.status !== 'loading')) {
        waits.push(pending);
      }
      const lang = this.requestedLang;
      const needs = this.languageNeeds;
      // A language that just failed is asked for again only when asked for anew (another lang, then this one).
      if (this.failedLang !== lang) this.failedLang = undefined;
      if (!hasLanguage(lang, needs) && this.failedLang !== lang) {
        const load = loadLanguage(lang, needs).then(
          () => {
            if (this.failedLang === lang) this.failedLang = undefined;
          },
          () => this.languageFailed(lang)
        );
        if (this.t) {
          const pending: Promise<unknown> = (this.languagePending = load.then(() => {
            if (this.languagePending === pending) this.languagePending = undefined;
            this.requestUpdate();
          }));
        } else waits.push(load);
      }
    } catch (error) {
      warnOnce(this, `could not prepare an update: ${toText(error)}`);
    }
    return waits.length ? Promise.all(waits).then(() => this.updateSafely()) : this.updateSafely();
  }

  /**
   * Also waits for what the update started: a `data` dataset being validated, a language's texts
   * on their way. So `await el.updateComplete` means the widget shows what it was asked to show
   * (a `src` request is the exception: while it is pending the widget shows "Loading…").
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // Each wait is awaited once: one that is still there afterwards is not waited for again.
    const awaited = new Set<Promise<unknown>>();
    for (let wait = this.waitingFor(); wait && !awaited.has(wait); wait = this.waitingFor()) {
      awaited.add(wait);
      await wait.catch(() => undefined);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private waitingFor(): Promise<unknown> | undefined {
    return this.languagePending ?? this.datasetController.checking;
  }

  private async languageFailed(lang: Lang): Promise<void> {
    this.failedLang = lang;
    warnOnce(this, `the texts in "${lang}" could not be loaded.`);
    // Nothing shown yet: say so in English, if English can be had.
    if (!this.t && lang !== DEFAULT_LANG) await loadLanguage(DEFAULT_LANG, this.languageNeeds).catch(() => undefined);
  }

  private updateSafely(): void {
    try {
      super.scheduleUpdate();
    } catch (error) {
      this.updateFailed(error);
    }
  }

  /**
   * A failed hydration (the server's HTML does not fit this version's templates) leaves the
   * server's nodes without Lit's parts: they are replaced by a fresh render. Any other failure
   * shows the error box; the next change updates normally.
   */
  private updateFailed(error: unknown): void {
    const root = this.renderRoot as (ShadowRoot | HTMLElement) & {_$litPart$?: unknown};
    if (root && !root._$litPart$ && this.hydrating) {
      warnOnce(this, `the pre-rendered HTML could not be hydrated (${toText(error)}); rendering it anew.`);
      this.serverLang = this.serverHeadingLevel = undefined;
      for (const node of [...root.childNodes]) {
        if (!(node instanceof HTMLStyleElement || node instanceof HTMLLinkElement)) node.remove();
      }
      this.requestUpdate();
      return;
    }
    try {
      const t = this.t;
      const box = t ? this.renderError(t.shared.renderFailed, `could not render: ${toText(error)}`) : nothing;
      render(html`<div class="sw theme-auto" lang=${this.uiLang} dir="ltr" part="base">${box}</div>`, this.renderRoot, this.renderOptions);
    } catch {
      /* nothing more can be shown */
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.normalizeAttributeProperties(changed);
    if (isServer) this.datasetController.sync(this.src, this.data);
    const needs = this.languageNeeds;
    const ready = (lang: Lang) => (hasLanguage(lang, needs) ? loadedTranslation(lang) : undefined);
    this.t = ready(this.requestedLang) ?? this.t ?? ready(DEFAULT_LANG);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.loadingStates && this.datasetController.state.status !== 'loading') {
      this.loadingStates.delete('loading');
      this.loadingStates = undefined;
    }
    if (!this.hydrating) return;
    // Hydrated: from now on the element resolves its own language and outline (the page may differ).
    const server = this.serverLang;
    const serverLevel = this.serverHeadingLevel;
    this.serverLang = this.serverHeadingLevel = undefined;
    if (this.langController.lang === server && (serverLevel === undefined || this.resolvedHeadingLevel === serverLevel)) return;
    // After this update, not in it (Lit warns of a change in an update); `updateComplete` waits for it.
    const relang: Promise<unknown> = (this.languagePending = Promise.resolve().then(() => {
      if (this.languagePending === relang) this.languagePending = undefined;
      this.requestUpdate();
    }));
  }

  /**
   * Attribute-backed properties hold a string or nothing. A framework or script may set
   * one to a number, a URL object or anything else (`from={2015}`): it becomes its string
   * here, before any widget code reads it, as the attribute would have been.
   */
  private normalizeAttributeProperties(changed: PropertyValues): void {
    const properties = (this.constructor as typeof SummitElement).elementProperties;
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const name of changed.keys()) {
      const options = properties.get(name);
      if (!options || options.state || options.attribute === false) continue;
      const value = self[name];
      if (value !== undefined && value !== null && typeof value !== 'string') self[name] = toText(value);
    }
  }

  /** The widget's content for a valid dataset. May return `this.renderError(...)` for a bad attribute. */
  protected abstract renderContent(dataset: Dataset, lang: Lang, t: Translation): unknown;

  /** The error box, with one console warning naming what was wrong. */
  protected renderError(detail: string, warning: string): TemplateResult {
    warnOnce(this, warning);
    return errorBox(this.t!, detail);
  }

  /** Fires a bubbling, composed `CustomEvent` the page can listen to. */
  protected emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, {detail, bubbles: true, composed: true}));
  }

  protected override render(): TemplateResult {
    const t = this.t;
    if (!t) {
      return html`<div class="sw" lang="en" dir="ltr" part="base">
        <div class="error" role="alert" part="error"><p class="error-title">${NO_TEXTS}</p></div>
      </div>`;
    }
    const lang = t.lang;
    const state = this.datasetController.state;
    let body: unknown;
    try {
      body =
        this.failedLang && this.failedLang === this.requestedLang
          ? errorBox(
              t,
format(t.shared.languageFailed, {language: t.languages[this.failedLang]})
            )
          : state.status === 'ready'
            ? this.renderContent(state.dataset, lang, t)
            : state.status === 'loading'
              ? html`<p class="loading" role="status">${t.shared.loading}</p>`
              : errorBox(t, state.detail(t));
    } catch (error) {
      // A dataset that passed validation yet breaks a widget must not break the page.
      body = this.renderError(t.shared.renderFailed, `could not render: ${toText(error)}`);
    }
    return html`<div class="sw theme-${this.resolvedTheme}" lang=${lang} dir=${LANG_DIR[lang]} part="base">${body}</div>`;
  }
}
