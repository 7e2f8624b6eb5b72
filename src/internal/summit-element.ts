import {html, isServer, LitElement, nothing, render, type CSSResultGroup, type CSSResultOrNative, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {DataPart} from '../dataset/texts.js';
import type {Dataset} from '../dataset/types.js';
import type {Translation} from '../translations/types.js';
import {oneOf, stringifyAttributeProperties} from './attributes.js';
import {baseStyles} from './base.styles.js';
import {usePart} from './bundled.js';
import {ContentController} from './content-controller.js';
import {errorBox} from './error-box.js';
import {DEFAULT_HEADING_LEVEL, outlineLevel, parseHeadingLevel, precedingHeadingLevel, type HeadingLevel} from './heading.js';
import {Hydratable} from './hydration.js';
import {DEFAULT_LANG, LANG_DIR, LANGS, LangController, type Lang} from './lang.js';
import {format} from './messages.js';
import {serverContext} from './server-context.js';
import {toText} from './to-text.js';
import {VERSION} from './version.js';
import {warnOnce} from './warn.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The `detail` of each event `name` in `GlobalEventHandlersEventMap` that is a `CustomEvent` (never for a DOM event). */
type EventDetail<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Shown only when not even English could be downloaded: the one text the core carries. */
const NO_TEXTS = 'The texts of this widget could not be loaded.';

/**
 * The base every summit widget shares: language, theme, heading level, dataset
 * loading (`src` / `data` / bundled), the error box, and a render that never
 * throws into the host page. A widget implements `renderContent()`.
 *
 * Rendering happens in two places with one result: on a server (`summit-widgets/ssr`, where Lit
 * calls only the constructor, `willUpdate` and `render`) and in the browser, where a pre-rendered
 * element is hydrated (its nodes kept: Lit's hydrate support, and `Hydratable` for what a widget adds) rather than rendered again. So nothing a render
 * reads may depend on the DOM, the window or time. What to show and when it can be shown (the
 * dataset, the language's texts) is the `ContentController`'s.
 */
export abstract class SummitElement extends Hydratable(LitElement) {
  /** Read by `defineElement` to tell copies of the library apart. */
  static readonly summitWidgetsVersion = VERSION;
  /** The parts of the bundled dataset the widget shows (imported from `summit-widgets:parts/<name>`, so they come with its code). */
  static dataParts: readonly DataPart[] = [];
  /** The section of the UI strings (`src/translations/<lang>.ts`) the widget reads besides `shared`. */
  static strings = '';

  /** The shared styles come first in every widget: a widget's `styles` are its own only. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([baseStyles, styles ?? []]);
  }

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
  /** The dataset and the language's texts, and whether they are there yet. */
  protected readonly content = new ContentController(this, {
    strings: (this.constructor as typeof SummitElement).strings,
    parts: (this.constructor as typeof SummitElement).dataParts,
    lang: () => this.requestedLang,
    hydrating: () => this.hydrating,
  });

  /**
   * What the server rendered, read from the declarative shadow root: while hydrating, the render must
   * say what the server said (its language, its heading's level by the page's outline). Afterwards the
   * element's own resolution takes over.
   */
  private readonly server?: {lang: Lang; headingLevel?: HeadingLevel};
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
    if (this.hydrating && this.shadowRoot) {
      const lang = this.shadowRoot.querySelector('[part="base"]')?.getAttribute('lang');
      const heading = this.shadowRoot.querySelector('[part="base"] [part~="heading"]')?.localName;
      this.server = {
        lang: (LANGS as readonly string[]).includes(lang ?? '') ? (lang as Lang) : DEFAULT_LANG,
        headingLevel: parseHeadingLevel(heading?.slice(1)),
      };
    }
  }

  /** The texts the widget renders with (also passed to `renderContent`): its language's, or until they arrive the ones it showed before. */
  protected get t(): Translation | undefined {
    return this.content.t;
  }

  /** The names of the dataset's parts the widget shows (`events`, `countries`, ...). */
  protected get shownParts(): readonly string[] {
    return (this.constructor as typeof SummitElement).dataParts.map((part) => part.name);
  }

  /** The language asked for: the attribute, an ancestor's, `<html lang>` or English (the server's while hydrating). */
  protected get requestedLang(): Lang {
    return this.hydrating && this.server ? this.server.lang : this.langController.lang;
  }

  /** The language the widget renders in. */
  protected get uiLang(): Lang {
    return this.content.t?.lang ?? DEFAULT_LANG;
  }

  /** `theme`, or `auto` with a warning when it is not a known value. */
  protected get resolvedTheme(): Theme {
    return oneOf(this, 'theme', this.theme ?? 'auto', THEMES, 'auto');
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
    return (this.hydrating ? this.server?.headingLevel : undefined) ?? outlineLevel(precedingHeadingLevel(this));
  }

  /**
   * Before an update: what it needs (`ContentController.updateReady`). And the last line of defence of "never throws into the page": an
   * exception anywhere in an update shows the error box with one warning instead of reaching the page.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    let ready: Promise<unknown> | undefined;
    try {
      ready = this.content.updateReady();
    } catch (error) {
      warnOnce(this, `could not prepare an update: ${toText(error)}`);
    }
    return ready ? ready.then(() => this.updateSafely()) : this.updateSafely();
  }

  /** Also waits for what the update started: `await el.updateComplete` means the widget shows what it was asked to show. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.content.settled(() => super.getUpdateComplete());
  }

  private updateSafely(): void {
    try {
      super.scheduleUpdate();
    } catch (error) {
      this.updateFailed(error);
    }
  }

  /**
   * A failed hydration leaves the server's nodes without Lit's parts: they are replaced by a fresh
   * render. Any other failure shows the error box; the next change updates normally.
   */
  private updateFailed(error: unknown): void {
    if (this.hydrationFailed(error)) {
      // Rendered anew within this update, so `updateComplete` resolves once the fresh render is there.
      this.requestUpdate();
      this.updateSafely();
      return;
    }
    try {
      const t = this.content.t;
      const box = t ? this.renderError(t.shared.renderFailed, `could not render: ${toText(error)}`) : nothing;
      render(html`<div class="sw theme-auto" lang=${this.uiLang} dir="ltr" part="base">${box}</div>`, this.renderRoot, this.renderOptions);
    } catch {
      /* nothing more can be shown */
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    stringifyAttributeProperties(this, changed);
    this.content.willUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.loadingStates && this.content.state.status !== 'loading') {
      this.loadingStates.delete('loading');
      this.loadingStates = undefined;
    }
    if (!this.hydrating) return;
    // Hydrated: from now on the element resolves its own language and outline (the page may differ).
    this.hydrationDone();
    const server = this.server;
    if (this.langController.lang === server?.lang && (server.headingLevel === undefined || this.resolvedHeadingLevel === server.headingLevel)) return;
    // After this update, not in it (Lit warns of a change in an update); `updateComplete` waits for it.
    this.content.rerenderAfter(Promise.resolve());
  }

  /** The widget's content for a valid dataset, in `t` (`lang` is `t.lang`). May return `this.renderError(...)` for a bad attribute. */
  protected abstract renderContent(dataset: Dataset, lang: Lang, t: Translation): unknown;

  /** The error box, with one console warning naming what was wrong (called while rendering, when there are texts). */
  protected renderError(detail: string, warning: string): TemplateResult {
    warnOnce(this, warning);
    return errorBox(this.content.t as Translation, detail);
  }

  /**
   * Fires a bubbling, composed `CustomEvent` the page can listen to. `name` must be declared in
   * `GlobalEventHandlersEventMap` (each widget declares its own), and `detail` must be its type.
   */
  protected emit<K extends keyof GlobalEventHandlersEventMap & string>(name: K, detail: EventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));
  }

  protected override render(): TemplateResult {
    const t = this.content.t;
    if (!t) {
      return html`<div class="sw" lang="en" dir="ltr" part="base">
        <div class="error" role="alert" part="error"><p class="error-title">${NO_TEXTS}</p></div>
      </div>`;
    }
    const lang = t.lang;
    const state = this.content.state;
    const failed = this.content.languageFailed;
    let body: unknown;
    try {
      body = failed
        ? errorBox(t, format(t.shared.languageFailed, {language: t.languages[failed]}))
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
