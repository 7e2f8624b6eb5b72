// <summit-map> by its parts: `view-toggle`, `map`, `frame` (one per map frame), `list`, `panel`, `close`.
// Places (the countries' paths and the cities' groups) have no part: the roving key `data-roving`
// (`country:KZ`, `city:astana`) names them.
import type {SummitMap} from '../../../src/define/summit-map.js';
import {widgetFixture, type Attributes, type FixtureOptions, type RenderMode} from '../fixture.js';
import {Harness} from '../harness.js';

export class MapHarness extends Harness<SummitMap> {
  /** Every place a reader can select: the six countries and the cities, in document order. */
  get places(): SVGElement[] {
    return this.$$<SVGElement>('[data-roving]');
  }
  /** A place by its key, `country:KZ` or `city:astana`. */
  place(key: string): SVGElement | null {
    return this.$<SVGElement>(`[data-roving="${key}"]`);
  }
  /** The key of the focused place. */
  get focusedKey(): string | null | undefined {
    return this.focused?.getAttribute('data-roving');
  }
  get frames(): HTMLElement[] {
    return this.parts('frame');
  }
  get map(): HTMLElement {
    return this.part('map')!;
  }
  get list(): HTMLElement {
    return this.part('list')!;
  }
  get toggle(): HTMLButtonElement {
    return this.part<HTMLButtonElement>('view-toggle')!;
  }
  /** The open place's panel, or null. */
  get panel(): HTMLElement | null {
    return this.part('panel');
  }
}

/** `<summit-map>` with `attributes`, rendered `mode`'s way in a 1280 px wrapper (unless told), read through its harness. */
export const summitMap = async (mode: RenderMode, attributes: Attributes = {}, options: Omit<FixtureOptions, 'mode'> = {}) =>
  new MapHarness(await widgetFixture<SummitMap>('summit-map', mode, attributes, {width: '1280px', ...options}));
