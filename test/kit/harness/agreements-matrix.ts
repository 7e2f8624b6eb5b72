// <agreements-matrix> by its parts: `table`, `cell` (a ✓ button), `details`, `legend`, `list`, `editorial`.
// A cell is named by its key, `row-column` (the positions of the group and of the country shown).
import type {AgreementsMatrix} from '../../../src/define/agreements-matrix.js';
import {widgetFixture, type Attributes, type FixtureOptions, type RenderMode} from '../fixture.js';
import {Harness} from '../harness.js';

export class MatrixHarness extends Harness<AgreementsMatrix> {
  get table(): HTMLTableElement {
    return this.part<HTMLTableElement>('table')!;
  }
  /** The table's body rows. */
  get bodyRows(): HTMLTableRowElement[] {
    return [...(this.table?.tBodies[0]?.rows ?? [])];
  }
  /** The ✓ cells' buttons. */
  get cells(): HTMLButtonElement[] {
    return this.parts<HTMLButtonElement>('cell');
  }
  /** The ✓ cell of group row `r` and country column `c`, by its key `r-c`. */
  cell(key: string): HTMLButtonElement {
    return this.cells.find((cell) => cell.dataset.roving === key)!;
  }
  /** The key of the focused cell. */
  get focusedKey(): string | undefined {
    return this.focused?.dataset.roving;
  }
  get details(): HTMLElement {
    return this.part('details')!;
  }
  get legend(): HTMLElement | null {
    return this.part('legend');
  }
  get list(): HTMLElement | null {
    return this.part('list');
  }
}

/** `<agreements-matrix>` with `attributes`, rendered `mode`'s way in a 900 px wrapper (unless told), read through its harness. */
export const agreementsMatrix = async (mode: RenderMode, attributes: Attributes = {}, options: Omit<FixtureOptions, 'mode'> = {}) =>
  new MatrixHarness(await widgetFixture<AgreementsMatrix>('agreements-matrix', mode, attributes, {width: '900px', ...options}));
