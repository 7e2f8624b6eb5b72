// `summit-widgets/hydrate.js`: Lit's hydrate support (`@lit-labs/ssr-client`), which must run before
// LitElement's module. A page with pre-rendered widgets imports it first, before any widget or Lit, so
// that the widgets keep the server's nodes (and honour `defer-hydration`) instead of rendering anew. The
// loader (`summit-widgets/loader.js`) loads it by itself.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
