// <initiative-pillars> by its parts: `aim`, `target`, `pillars`, `pillar`, `pillar-button`, `pillar-body`,
// `editorial`, `items`, `interests`.
import type {InitiativePillars} from '../../../src/define/initiative-pillars.js';
import {until} from '../console.js';
import {widgetFixture, type Attributes, type FixtureOptions, type RenderMode} from '../fixture.js';
import {Harness, shown} from '../harness.js';

export class PillarsHarness extends Harness<InitiativePillars> {
  get pillars(): HTMLLIElement[] {
    return this.parts<HTMLLIElement>('pillar');
  }
  pillar(id: string): HTMLLIElement {
    return this.pillars.find((pillar) => pillar.dataset.pillar === id)!;
  }
  /** The disclosure buttons (in the markup in every layout; CSS shows them in the list only). */
  get buttons(): HTMLButtonElement[] {
    return this.parts<HTMLButtonElement>('pillar-button');
  }
  /** The disclosure buttons a reader sees. */
  get visibleButtons(): HTMLButtonElement[] {
    return this.buttons.filter(shown);
  }
  /** The plain pillar headings a reader sees (columns; no part: the `.pillar-name` class). */
  get visibleNames(): HTMLElement[] {
    return this.$$('.pillar-name').filter(shown);
  }
  button(id: string): HTMLButtonElement {
    return this.part<HTMLButtonElement>('pillar-button', this.pillar(id))!;
  }
  body(id: string): HTMLElement {
    return this.part('pillar-body', this.pillar(id))!;
  }
  /** The pillars whose content shows, in order. */
  get openIds(): string[] {
    return this.pillars.filter((pillar) => shown(this.part('pillar-body', pillar))).map((pillar) => pillar.dataset.pillar!);
  }
  /** The arrangement CSS chose: columns show plain headings, the list shows disclosure buttons. */
  get arrangement(): 'columns' | 'list' {
    return getComputedStyle(this.$('.pillar-toggle')!).display === 'none' ? 'columns' : 'list';
  }
  /** Waits until CSS shows `layout`. */
  untilLayout(layout: 'columns' | 'list'): Promise<void> {
    return until(() => this.arrangement === layout, `${layout} layout`);
  }
  /** Lets the next frames, and any update they cause, run: nothing further changes on its own. */
  async settle(): Promise<void> {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await this.el.updateComplete;
  }
}

/** `<initiative-pillars>` with `attributes`, rendered `mode`'s way, read through its harness. */
export const initiativePillars = async (mode: RenderMode, attributes: Attributes = {}, options: Omit<FixtureOptions, 'mode'> = {}) =>
  new PillarsHarness(await widgetFixture<InitiativePillars>('initiative-pillars', mode, attributes, options));
