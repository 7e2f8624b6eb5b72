// <key-figures> by its parts: `figures` (the list), `figure` (a tile), `value`, `label`, `details`, `as-of`.
import type {KeyFigures} from '../../../src/define/key-figures.js';
import {widgetFixture, type Attributes, type FixtureOptions, type RenderMode} from '../fixture.js';
import {Harness} from '../harness.js';

export class KeyFiguresHarness extends Harness<KeyFigures> {
  get list(): HTMLUListElement | null {
    return this.part<HTMLUListElement>('figures');
  }
  get tiles(): HTMLLIElement[] {
    return this.parts<HTMLLIElement>('figure');
  }
  /** The ids of the tiles shown, in order. */
  get ids(): string[] {
    return this.tiles.map((tile) => tile.dataset.figure!);
  }
  tile(id: string): HTMLLIElement {
    return this.tiles.find((tile) => tile.dataset.figure === id)!;
  }
  /** A tile's value (`part="value"`): the number with its qualifier. */
  value(id: string): HTMLElement {
    return this.part(`value`, this.tile(id))!;
  }
  label(id: string): HTMLElement {
    return this.part(`label`, this.tile(id))!;
  }
}

/** `<key-figures>` with `attributes`, rendered `mode`'s way in a 1280 px wrapper (unless told), read through its harness. */
export const keyFigures = async (mode: RenderMode, attributes: Attributes = {}, options: Omit<FixtureOptions, 'mode'> = {}) =>
  new KeyFiguresHarness(await widgetFixture<KeyFigures>('key-figures', mode, attributes, {width: '1280px', ...options}));
