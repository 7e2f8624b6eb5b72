import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Which arrow keys move: Left/Right, Up/Down, or both (the default). */
export type RovingOrientation = 'horizontal' | 'vertical' | 'both';

export interface RovingFocusOptions {
  /** The items' keys in focus order. Called at render time and at event time, never stored. */
  keys: () => readonly string[];
  /** Past the last item, go to the first (and back). Default false: stop at the ends. */
  wrap?: boolean;
  orientation?: RovingOrientation;
  /**
   * Called with the key of the item a handled key goes to (even the one already focused, at an
   * end), before it is focused: a tab list selects that tab there (selection follows focus).
   */
  onMove?: (key: string) => void;
  /**
   * A two-dimensional layout (a table's cells): the items' keys row by row, `undefined` where a
   * row has no item in a column. Called at event time, never stored. With it, the arrow keys move
   * within the row or the column to the nearest item that way (skipping empty places, stopping at
   * the edge); `orientation` and `wrap` do not apply.
   */
  grid?: () => readonly (readonly (string | undefined)[])[];
}

/** The attribute that names an item's key in the DOM. */
export const ROVING_ATTRIBUTE = 'data-roving';

/**
 * Roving tabindex for a composite widget (a map's places, a timeline's events, a matrix's
 * cells): the items are one tab stop, and arrow keys move focus between them, along a list or,
 * with `grid`, in two dimensions.
 *
 * Contract:
 * - The host renders each item with `data-roving=${key}` and `tabindex=${key === stop ? 0 : -1}`,
 *   where `stop = roving.tabStop()`, and listens on the items' container with
 *   `@keydown=${roving.onKeydown}` and `@focusin=${roving.onFocusin}`. Items may be any
 *   focusable element, SVG ones included.
 * - Keys (a list, without `grid`): ArrowRight / ArrowDown go to the next item, ArrowLeft /
 *   ArrowUp to the previous one (`orientation` limits them to one axis), Home / End to the first /
 *   last. With Alt, Ctrl or Meta held, or on an element that is not an item, nothing happens. A handled key's default
 *   (scrolling) is prevented; other keys (Enter, Escape, Tab) are left to the host.
 * - With `grid`: ArrowRight / ArrowLeft go to the nearest item after / before in the row,
 *   ArrowDown / ArrowUp to the nearest one below / above in the column (at the edge focus stays);
 *   Home / End to the first / last item of the row, Ctrl+Home / Ctrl+End to the first / last item
 *   of all (`keys` order, which should read the grid row by row). Alt or Meta: nothing happens.
 * - `tabStop()` is the active item, else the first one: render reads only that (render stays
 *   pure; nothing is measured). Focus moves by making an item active, asking for an update and
 *   focusing it once the update is done, so the tab stop is never on an item that is gone.
 *   Setting `active` (the host's own code: a click, a highlight) asks for an update too.
 * - `keys()` lists every item, in the DOM or not yet (a long list rendered in chunks): a host that
 *   leaves items out renders at least the active one (reading `active` in `willUpdate`), and a
 *   key that goes to an item not rendered yet focuses it once the update has put it in the DOM.
 * - `onFocusin` makes an item the reader focused some other way (click, the host's code) active.
 *   A tab list leaves it out: its active item is its selection, which only `onMove` and the
 *   host's own code (a click) change.
 * - No listeners outside the host's own template, no timers: nothing to clean up.
 */
export class RovingFocusController implements ReactiveController {
  private activeKey?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingFocusOptions
  ) {
    host.addController(this);
  }

  /** Nothing to do on connect; a controller must declare one of Lit's hooks. */
  hostConnected(): void {}

  /** Key of the item holding the tab stop; unset: the first item. Setting it asks for an update. */
  get active(): string | undefined {
    return this.activeKey;
  }

  set active(key: string | undefined) {
    if (key === this.activeKey) return;
    this.activeKey = key;
    this.host.requestUpdate();
  }

  /** The key of the item that takes Tab: the active one if it is still an item, else the first. */
  tabStop(keys: readonly string[] = this.options.keys()): string | undefined {
    return this.active !== undefined && keys.includes(this.active) ? this.active : keys[0];
  }

  /** Makes `key` the tab stop and focuses its item after the host's next update. */
  focus(key: string): void {
    this.active = key;
    void this.host.updateComplete.then(() => this.item(key)?.focus());
  }

  /** The item element of `key` in the host's render root. */
  item(key: string): HTMLElement | SVGElement | null {
    const root = (this.host as unknown as {renderRoot?: ParentNode}).renderRoot ?? this.host;
    return root.querySelector<HTMLElement | SVGElement>(`[${ROVING_ATTRIBUTE}="${CSS.escape(key)}"]`);
  }

  /** The key of the item `target` is in, if any. */
  keyOf(target: EventTarget | null): string | undefined {
    const item = target instanceof Element ? target.closest(`[${ROVING_ATTRIBUTE}]`) : null;
    return item?.getAttribute(ROVING_ATTRIBUTE) ?? undefined;
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.metaKey || (event.ctrlKey && !this.options.grid)) return;
    const key = this.keyOf(event.target);
    const keys = this.options.keys();
    const index = key === undefined ? -1 : keys.indexOf(key);
    if (index < 0) return;
    if (this.options.grid) {
      const next = this.inGrid(this.options.grid(), keys, key!, event);
      if (next === undefined) return;
      event.preventDefault();
      this.focus(next);
      return;
    }
    const {wrap = false, orientation = 'both'} = this.options;
    const horizontal = orientation !== 'vertical';
    const vertical = orientation !== 'horizontal';
    const last = keys.length - 1;
    const step = (delta: number) => {
      const next = index + delta;
      return wrap ? (next + keys.length) % keys.length : Math.min(Math.max(next, 0), last);
    };
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
        if (horizontal) next = step(1);
        break;
      case 'ArrowDown':
        if (vertical) next = step(1);
        break;
      case 'ArrowLeft':
        if (horizontal) next = step(-1);
        break;
      case 'ArrowUp':
        if (vertical) next = step(-1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
    }
    if (next === undefined) return;
    event.preventDefault();
    this.options.onMove?.(keys[next]);
    this.focus(keys[next]);
  };

  /** The key a grid key press moves to (`key` itself at an edge), or undefined for a key not handled. */
  private inGrid(grid: readonly (readonly (string | undefined)[])[], keys: readonly string[], key: string, event: KeyboardEvent): string | undefined {
    if (event.ctrlKey) return event.key === 'Home' ? keys[0] : event.key === 'End' ? keys[keys.length - 1] : undefined;
    const row = grid.findIndex((cells) => cells.includes(key));
    if (row < 0) return undefined;
    const column = grid[row].indexOf(key);
    const first = (cells: readonly (string | undefined)[]) => cells.find((cell) => cell !== undefined);
    const down = grid.slice(row + 1).map((cells) => cells[column]);
    const up = grid.slice(0, row).map((cells) => cells[column]).reverse();
    let next: string | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = first(grid[row].slice(column + 1));
        break;
      case 'ArrowLeft':
        next = first(grid[row].slice(0, column).reverse());
        break;
      case 'ArrowDown':
        next = first(down);
        break;
      case 'ArrowUp':
        next = first(up);
        break;
      case 'Home':
        next = first(grid[row]);
        break;
      case 'End':
        next = first([...grid[row]].reverse());
        break;
      default:
        return undefined;
    }
    return next ?? key;
  }

  readonly onFocusin = (event: FocusEvent): void => {
    const key = this.keyOf(event.target);
    if (key !== undefined && this.options.keys().includes(key)) this.active = key;
  };
}
