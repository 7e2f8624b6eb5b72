import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {DATA_LANGS, type DataLang} from '../dataset/types.js';
import {serverContext} from './server-context.js';
import {toText} from './to-text.js';
import {warnOnce} from './warn.js';

/** Languages the widgets speak: exactly those every dataset text is written in. */
export const LANGS = DATA_LANGS;
export type Lang = DataLang;
export const DEFAULT_LANG: Lang = 'en';

/**
 * How each language is written. A widget sets its language's direction on its frame:
 * inside a `dir="rtl"` page, English text would otherwise be laid out right to left
 * (the full stop of a sentence at its start).
 */
export const LANG_DIR: Record<Lang, 'ltr' | 'rtl'> = Object.fromEntries(LANGS.map((lang) => [lang, 'ltr'])) as Record<Lang, 'ltr'>;

const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/**
 * The element's own `lang` (the property: Lit reflects it to the attribute only
 * after rendering), else the nearest `lang` attribute up through shadow hosts to `<html>`.
 * On the server, where an element has no parents, the renderer tells what they said.
 */
function declaredLang(element: HTMLElement): string | undefined {
  const own = toText(element.lang ?? '').trim();
  if (own) return own;
  if (isServer) return serverContext()?.inheritedLang?.trim() || undefined;
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute('lang')?.trim();
      if (value) return value;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * Resolves a widget's language: its own `lang`, else the nearest ancestor's,
 * else `<html lang>`, else English. Region subtags are dropped (`ja-JP` is `ja`);
 * an unsupported language falls back to English with one warning.
 */
export function resolveLang(element: HTMLElement): Lang {
  const declared = declaredLang(element);
  const lang = supportedLang(declared);
  if (!lang) warnOnce(element, `lang "${declared}" is not supported (${LANGS.join(', ')}); showing English.`);
  return lang ?? DEFAULT_LANG;
}

/**
 * The widget language a declared `lang` names: `ja-JP` is `ja`, `uz-Latn` is `uz`; nothing
 * declared is English; undefined for a language the widgets do not speak.
 */
export function supportedLang(declared: string | undefined): Lang | undefined {
  if (!declared) return DEFAULT_LANG;
  const primary = declared.toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : undefined;
}

// One observer for the whole document: a `lang` change on any ancestor re-renders every widget.
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/** Re-renders its host when a `lang` attribute anywhere in the document changes. */
export class LangController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get lang(): Lang {
    return resolveLang(this.host);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
      observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
