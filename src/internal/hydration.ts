import {adoptStyles, isServer, LitElement, ReactiveElement, type PropertyValues} from 'lit';
import {toText} from './to-text.js';
import {warnOnce} from './warn.js';

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

/** Where Lit keeps a rendered root's part: set once the root has been rendered or hydrated. */
const rendered = (root: unknown): boolean => !!(root as {_$litPart$?: unknown} | null)?._$litPart$;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/** What `Hydratable` adds to an element (declared apart: a mixin's class expression cannot export protected members' types). */
export declare abstract class HydratableElement extends LitElement {
  /** Rendered on a server (a declarative shadow root) and not hydrated yet. */
  protected hydrating: boolean;
  /** What the first update of a pre-rendered element waits for (Lit's hydration code), if anything. */
  protected hydrationReady(): Promise<unknown> | undefined;
  /** The first update went well: from now on the element renders as any other. */
  protected hydrationDone(): void;
  /**
   * After an update threw: when it was the hydration (the server's HTML does not fit this version's
   * templates), the server's nodes are dropped with one warning and true is returned: the caller
   * renders anew. False for any other failure.
   */
  protected hydrationFailed(error: unknown): boolean;
}

/**
 * Lit's hydration for a widget that may arrive pre-rendered (`summit-widgets/ssr`): the first update of
 * such an element hydrates the server's nodes (keeps them, attaches Lit's parts) instead of rendering
 * new ones. The same steps as `@lit-labs/ssr-client`'s `lit-element-hydrate-support.ts` (its
 * `createRenderRoot` and `update` patches), applied to this class only. The one place in the
 * project that touches Lit internals (`_$litPart$`, `ReactiveElement.prototype.update`).
 */
export function Hydratable<T extends Constructor<LitElement>>(Base: T): Constructor<HydratableElement> & T {
  abstract class Hydrated extends Base {
    protected hydrating = !isServer && !!this.shadowRoot;

    protected hydrationReady(): Promise<unknown> | undefined {
      return this.hydrating && !hydrateFunction ? loadHydrate() : undefined;
    }

    protected hydrationDone(): void {
      this.hydrating = false;
    }

    protected hydrationFailed(error: unknown): boolean {
      const root = this.renderRoot;
      if (!root || rendered(root) || !this.hydrating) return false;
      warnOnce(this, `the pre-rendered HTML could not be hydrated (${toText(error)}); rendering it anew.`);
      this.hydrating = false;
      for (const node of [...root.childNodes]) {
        if (!(node instanceof HTMLStyleElement || node instanceof HTMLLinkElement)) node.remove();
      }
      return true;
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
      const root = this.renderRoot;
      if (isServer || !this.hydrating || !hydrateFunction || rendered(root)) {
        super.update(changed);
        return;
      }
      const value = this.render();
      // ReactiveElement's update (attributes reflected), then Lit's hydration in place of LitElement's render.
      ReactiveElement.prototype['update'].call(this, changed);
      hydrateFunction(value, root, this.renderOptions);
    }
  }
  return Hydrated as unknown as Constructor<HydratableElement> & T;
}
