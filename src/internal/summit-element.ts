import {html, LitElement, render, type CSSResultGroup, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {Dataset} from '../dataset/types.js';
import {baseStyles} from './base.styles.js';
import {DatasetController} from './dataset-controller.js';
import {errorBox} from './error-box.js';
import {DEFAULT_HEADING_LEVEL, parseHeadingLevel, type HeadingLevel} from './heading.js';
import {DEFAULT_LANG, LANG_DIR, LangController, type Lang} from './lang.js';
import {SHARED_MESSAGES} from './messages.js';
import {toText} from './to-text.js';
import {VERSION} from './version.js';
import {warnOnce} from './warn.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The base every summit widget shares: language, theme, heading level, dataset
 * loading (`src` / `data` / bundled), the error box, and a render that never
 * throws into the host page. A widget implements `renderContent()`.
 */
export abstract class SummitElement extends LitElement {
  /** Read by `defineElement` to tell copies of the library apart. */
  static readonly summitWidgetsVersion = VERSION;
  static override styles: CSSResultGroup = baseStyles;

  /** `en`, `ja` or `ru`; unset: the nearest ancestor's `lang`, then `<html lang>`, then `en`. */
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

  /** The language the widget renders in. */
  protected get uiLang(): Lang {
    return this.langController.lang;
  }

  /** `theme`, or `auto` with a warning when it is not a known value. */
  protected get resolvedTheme(): Theme {
    const theme = this.theme ?? 'auto';
    if ((THEMES as readonly string[]).includes(theme)) return theme as Theme;
    warnOnce(this, `theme "${theme}" is not one of ${THEMES.join(', ')}; using auto.`);
    return 'auto';
  }

  /** `heading-level`, or 3 with a warning when it is not 2 to 6. */
  protected get resolvedHeadingLevel(): HeadingLevel {
    if (this.headingLevel === undefined || this.headingLevel === null) return DEFAULT_HEADING_LEVEL;
    const level = parseHeadingLevel(this.headingLevel);
    if (level) return level;
    warnOnce(this, `heading-level "${this.headingLevel}" is not 2 to 6; using ${DEFAULT_HEADING_LEVEL}.`);
    return DEFAULT_HEADING_LEVEL;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.normalizeAttributeProperties(changed);
    if (!this.hasUpdated || changed.has('src') || changed.has('data')) {
      this.datasetController.load(this.src, this.data);
    }
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

  /**
   * The last line of defence of "never throws into the page": an exception anywhere in
   * an update (willUpdate, render, updated) shows the error box with one warning, instead
   * of reaching the page as an unhandled rejection. The next change updates normally.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      this.renderFailure(error);
    }
  }

  private renderFailure(error: unknown): void {
    try {
      let lang: Lang = DEFAULT_LANG;
      try {
        lang = this.uiLang;
      } catch {
        /* keep English */
      }
      const box = this.renderError(SHARED_MESSAGES[lang].renderFailed, `could not render: ${toText(error)}`);
      const frame = html`<div class="sw theme-auto" lang=${lang} dir=${LANG_DIR[lang]} part="base">${box}</div>`;
      render(frame, this.renderRoot, this.renderOptions);
    } catch {
      /* nothing more can be shown */
    }
  }

  /** The widget's content for a valid dataset. May return `this.renderError(...)` for a bad attribute. */
  protected abstract renderContent(dataset: Dataset, lang: Lang): unknown;

  /** The error box, with one console warning naming what was wrong. */
  protected renderError(detail: string, warning: string): TemplateResult {
    warnOnce(this, warning);
    return errorBox(this.uiLang, detail);
  }

  /** Fires a bubbling, composed `CustomEvent` the page can listen to. */
  protected emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, {detail, bubbles: true, composed: true}));
  }

  protected override render(): TemplateResult {
    const lang = this.uiLang;
    const state = this.datasetController.state;
    let body: unknown;
    try {
      body =
        state.status === 'ready'
          ? this.renderContent(state.dataset, lang)
          : state.status === 'loading'
            ? html`<p class="loading" role="status">${SHARED_MESSAGES[lang].loading}</p>`
            : errorBox(lang, state.detail(lang));
    } catch (error) {
      // A dataset that passed validation yet breaks a widget must not break the page.
      body = this.renderError(SHARED_MESSAGES[lang].renderFailed, `could not render: ${toText(error)}`);
    }
    return html`<div class="sw theme-${this.resolvedTheme}" lang=${lang} dir=${LANG_DIR[lang]} part="base">${body}</div>`;
  }
}
