// The widgets and languages, typed, from the one declaration (src/registry.json): read by the code in src/,
// the stories and the tests. Scripts and configs in plain JavaScript import the JSON itself.
import registry from './registry.json';

export interface WidgetEntry {
  /** The custom element's tag; also its folder under src/ and its define module src/define/<tag>.ts. */
  readonly tag: string;
  /** The exported class. */
  readonly className: string;
  /** Its section of the UI strings (src/translations/<lang>.ts), besides `shared`. */
  readonly strings: string;
  /** The parts of the dataset it shows; the first is the one its language chunk is grouped with. */
  readonly parts: readonly string[];
}

export const WIDGETS: readonly WidgetEntry[] = registry.widgets;
export const WIDGET_TAGS: readonly string[] = WIDGETS.map((widget) => widget.tag);
export const LANGUAGES: readonly string[] = registry.languages;
