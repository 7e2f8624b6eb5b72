// <country-agreements> by its parts: `tablist`, `tab`, `panel`, `card`, `fields`, `stand-out`, `facts`.
import type {CountryAgreements} from '../../../src/define/country-agreements.js';
import {widgetFixture, type Attributes, type FixtureOptions, type RenderMode} from '../fixture.js';
import {Harness, shown} from '../harness.js';

export class CountryHarness extends Harness<CountryAgreements> {
  get tablist(): HTMLElement | null {
    return this.part('tablist');
  }
  get tabs(): HTMLButtonElement[] {
    return this.parts<HTMLButtonElement>('tab');
  }
  get selectedTab(): HTMLButtonElement | undefined {
    return this.tabs.find((tab) => tab.getAttribute('aria-selected') === 'true');
  }
  get panels(): HTMLElement[] {
    return this.parts('panel');
  }
  /** The panels shown (one on screen; all in print). */
  get visiblePanels(): HTMLElement[] {
    return this.panels.filter(shown);
  }
  get card(): HTMLElement | null {
    return this.part('card');
  }
  /** The fields list of the card, or of `within` (a panel). */
  fields(within: ParentNode = this.root): HTMLUListElement {
    return this.part<HTMLUListElement>('fields', within)!;
  }
  /** The fields' items. */
  fieldItems(within: ParentNode = this.root): HTMLLIElement[] {
    return [...this.fields(within).children] as HTMLLIElement[];
  }
  standOutItems(within: ParentNode = this.root): HTMLLIElement[] {
    return [...(this.standOut(within)?.querySelectorAll('li') ?? [])];
  }
  standOut(within: ParentNode = this.root): HTMLElement | null {
    return this.part('stand-out', within);
  }
  facts(within: ParentNode = this.root): HTMLElement[] {
    return [...(this.part('facts', within)?.children ?? [])] as HTMLElement[];
  }
  get reportedIn(): HTMLElement | null {
    return this.part('reported-in');
  }
}

/** `<country-agreements>` with `attributes`, rendered `mode`'s way, read through its harness. */
export const countryAgreements = async (mode: RenderMode, attributes: Attributes = {}, options: Omit<FixtureOptions, 'mode'> = {}) =>
  new CountryHarness(await widgetFixture<CountryAgreements>('country-agreements', mode, attributes, options));
