// `summit-widgets/hydrate.js`: Lit's hydrate support (`@lit-labs/ssr-client`). A page with pre-rendered
// widgets imports it before any widget, so that the widgets keep the server's nodes (and honour
// `defer-hydration`) instead of rendering anew. The loader (`summit-widgets/loader.js`) loads it by itself.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {LitElement} from 'lit';

/** Lit's hook for its hydrate support: LitElement's module calls it when it runs after the support. */
type HydrateSupportHook = (lit: {LitElement: typeof LitElement}) => void;

// Where LitElement's module ran first (Storybook's renderer imports Lit before a preview's imports; a
// bundler may order modules so), the support is applied now, through the very hook Lit calls; once only:
// a class that observes `defer-hydration` shows it is applied already.
class Probe extends LitElement {}
if (!Probe.observedAttributes.includes('defer-hydration')) {
  (globalThis as {litElementHydrateSupport?: HydrateSupportHook}).litElementHydrateSupport?.({LitElement});
}
