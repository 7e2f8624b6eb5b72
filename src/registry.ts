// The widgets and languages, typed, from the one declaration (src/registry.json): read by the code in src/,
// the stories and the tests. Scripts and configs in plain JavaScript import the JSON itself.
import registry from './registry.json';

/** A gzip size limit in bytes (`max`, checked) and what the issues ask (`goal`). */
export interface SizeLimit {
  readonly max: number;
  readonly goal: number;
}

export interface WidgetEntry {
  /** The custom element's tag; also its folder under src/ and its define module src/define/<tag>.ts. */
  readonly tag: string;
  /** Its name in words ("Summit timeline") and what it shows, in a sentence (the Embed builder, the docs). */
  readonly title: string;
  readonly summary: string;
  /** The class, exported by src/widgets.ts (and so by the package root). */
  readonly className: string;
  /** Its section of the UI strings (src/translations/<lang>.ts), besides `shared`. */
  readonly strings: string;
  /** The parts of the dataset it shows; the first is the one its language chunk is grouped with. */
  readonly parts: readonly string[];
  /** The attributes of its example embed (the README's, the size page's, the pre-rendered story's). */
  readonly example?: Readonly<Record<string, string>>;
  /** One of the three widgets of the article page (the size table's "three" row, the bench, the article story). */
  readonly article?: boolean;
  /** Its page's budget (scripts/size.mjs); `own`: what no other widget's page fetches, apart from its texts. */
  readonly size?: SizeLimit & {readonly own?: SizeLimit};
}

export const WIDGETS: readonly WidgetEntry[] = registry.widgets;
export const WIDGET_TAGS: readonly string[] = /* @__PURE__ */ WIDGETS.map((widget) => widget.tag);
export const LANGUAGES: readonly string[] = registry.languages;
