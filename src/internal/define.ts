import {VERSION} from './version.js';

/** Classes registered by this library carry the version that registered them. */
export interface VersionedElement extends CustomElementConstructor {
  readonly summitWidgetsVersion?: string;
}

/**
 * Registers `tag` unless it is already registered: a page may load two embeds,
 * or two versions, of this library. The same version again is silent; another
 * version (or another library) gets one console warning and keeps its definition.
 * The element is defined when this returns: pre-rendered instances upgrade at once and, unless the loader
 * (`summit-widgets/loader.js`) manages them, hydrate (`Hydratable` removes their `defer-hydration`).
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  const version = existing.summitWidgetsVersion;
  if (existing === ctor || version === VERSION) return;
  console.warn(
    `summit-widgets: <${tag}> is already registered by ${
      version ? `summit-widgets ${version}` : 'another script'
    }; keeping that registration, not ${VERSION}.`
  );
}
