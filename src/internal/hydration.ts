import {adoptStyles, isServer, LitElement, type PropertyValues} from 'lit';
import {toText} from './to-text.js';
import {warnOnce} from './warn.js';

/**
 * Set on `globalThis` by the loader (`summit-widgets/loader.js`) when it runs: from then on it decides when
 * a `defer-hydration` widget hydrates. Without it, a widget removes the attribute itself as it connects.
 */
export const LOADER_CLAIM = Symbol.for('summit-widgets.loader');

/** Whether the loader manages the page's deferred widgets. */
export const loaderClaimed = (): boolean => !!(globalThis as Record<symbol, unknown>)[LOADER_CLAIM];

/**
 * Whether `@lit-labs/ssr-client`'s hydrate support ran before LitElement's module (`summit-widgets/hydrate.js`):
 * its one public sign is `defer-hydration` among every LitElement's observed attributes.
 */
const hydrateSupported = (element: LitElement): boolean =>
  (element.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');

let warnedNoSupport = false;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/** What `Hydratable` adds to an element (declared apart: a mixin's class expression cannot export protected members' types). */
export declare abstract class HydratableElement extends LitElement {
  /** Rendered on a server (a declarative shadow root) and not hydrated yet. */
  protected hydrating: boolean;
  /** The first update went well: from now on the element renders as any other. */
  protected hydrationDone(): void;
  /**
   * After an update threw: when it was the hydration (the server's HTML does not fit this version's
   * templates), the server's nodes are dropped with one warning and true is returned: the caller
   * renders anew. False for any other failure.
   */
  protected hydrationFailed(error: unknown): boolean;
}

/** The server's nodes out of a pre-rendered root, its styles kept (no unstyled frame until the new render). */
function dropServerNodes(root: ShadowRoot): void {
  for (const node of [...root.childNodes]) {
    if (!(node instanceof HTMLStyleElement || node instanceof HTMLLinkElement)) node.remove();
  }
}

/**
 * A widget that may arrive pre-rendered (`summit-widgets/ssr`). Lit's own hydrate support
 * (`@lit-labs/ssr-client/lit-element-hydrate-support.js`, loaded before Lit by `summit-widgets/hydrate.js`
 * or the loader) keeps the server's nodes and honours `defer-hydration`; this adds what a widget needs
 * beyond it, through public API only:
 * - styles adopted into the pre-rendered root (`default-src 'self'` blocks the server's inline `<style>`);
 * - no loader on the page: a `defer-hydration` widget hydrates as soon as its class is defined;
 * - no hydrate support: the server's content stays until the first render replaces it (one warning);
 * - server HTML that does not fit the templates: a fresh render with one warning.
 */
export function Hydratable<T extends Constructor<LitElement>>(Base: T): Constructor<HydratableElement> & T {
  abstract class Hydrated extends Base {
    protected hydrating = !isServer && !!this.shadowRoot;

    override connectedCallback(): void {
      if (this.hasAttribute('defer-hydration') && !loaderClaimed()) {
        // Lit's hydrate support connects the element when the attribute goes (synchronously, a custom element reaction).
        this.removeAttribute('defer-hydration');
        if (hydrateSupported(this)) return;
      }
      super.connectedCallback();
    }

    protected hydrationDone(): void {
      this.hydrating = false;
    }

    protected hydrationFailed(error: unknown): boolean {
      if (!this.hydrating || !this.shadowRoot) return false;
      warnOnce(this, `the pre-rendered HTML could not be hydrated (${toText(error)}); rendering it anew.`);
      this.hydrating = false;
      dropServerNodes(this.shadowRoot);
      return true;
    }

    protected override createRenderRoot(): HTMLElement | DocumentFragment {
      if (!this.hydrating || !this.shadowRoot) return super.createRenderRoot();
      // With hydrate support, Lit's own createRenderRoot marks the root for hydration and returns it as it is.
      const root = hydrateSupported(this) ? super.createRenderRoot() : this.shadowRoot;
      adoptStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
      return root;
    }

    protected override update(changed: PropertyValues): void {
      if (this.hydrating && this.shadowRoot && !this.hasUpdated && !hydrateSupported(this)) {
        if (!warnedNoSupport) {
          warnedNoSupport = true;
          console.warn(
            'summit-widgets: pre-rendered widgets are rendered anew because Lit\'s hydrate support was not loaded first; import "summit-widgets/hydrate.js" before any widget or Lit (or use summit-widgets/loader.js) to keep the server\'s nodes.'
          );
        }
        dropServerNodes(this.shadowRoot);
      }
      super.update(changed);
    }
  }
  return Hydrated as unknown as Constructor<HydratableElement> & T;
}
