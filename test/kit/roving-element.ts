// A minimal host of the roving focus controller, so its contract is tested once, apart from any widget.
import {html, LitElement, type PropertyValues} from 'lit';
import {RovingFocusController, type RovingFocusOptions} from '../../src/internal/roving-focus.js';

export class SwRovingTest extends LitElement {
  static override properties = {count: {type: Number}, limit: {type: Number}};

  /** How many items: keys `i0`, `i1`, ... */
  count = 5;
  /** How many items are in the DOM (plus the active one, as a list rendered in chunks does); default all. */
  limit = Infinity;
  /** Listen for focusin (a tab list does not). */
  focusin = true;
  /** The keys `onMove` was called with, and the key of the focused item at each call. */
  readonly moves: {key: string; focused: string | undefined}[] = [];

  /** The controller's options, read at event time: a test sets `wrap` and `orientation` here. */
  readonly options: RovingFocusOptions = {
    keys: () => Array.from({length: this.count}, (_, i) => `i${i}`),
    onMove: (key) => this.moves.push({key, focused: this.roving.keyOf(this.shadowRoot!.activeElement)}),
  };
  readonly roving = new RovingFocusController(this, this.options);

  /** How many items the next render puts in the DOM. */
  private shown = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const active = this.roving.active === undefined ? -1 : Number(this.roving.active.slice(1));
    this.shown = Math.min(this.count, Math.max(this.limit, active + 1));
  }

  protected override render() {
    const stop = this.roving.tabStop();
    return html`<div role="group" @keydown=${this.roving.onKeydown} @focusin=${this.focusin ? this.roving.onFocusin : null}>
      ${Array.from({length: this.shown}, (_, i) => {
        const key = `i${i}`;
        return html`<button data-roving=${key} tabindex=${key === stop ? 0 : -1}>${key}</button>`;
      })}
      <button class="other">not an item</button>
    </div>`;
  }
}
customElements.define('sw-roving-test', SwRovingTest);

declare global {
  interface HTMLElementTagNameMap {
    'sw-roving-test': SwRovingTest;
  }
}
