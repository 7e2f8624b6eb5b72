import initiative from 'summit-widgets:parts/initiative';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Dataset, InitiativeItem, Pillar, SourceId} from '../dataset/types.js';
import {oneOf} from '../internal/attributes.js';
import {formatCompactCurrency, formatNumber, pluralOf, text} from '../internal/format.js';
import {heading} from '../internal/heading.js';
import type {Lang} from '../internal/lang.js';
import {format} from '../internal/messages.js';
import {citedSources, sourcesSection} from '../internal/sources.js';
import {memo} from '../internal/memo.js';
import {SummitElement} from '../internal/summit-element.js';
import type {Translation} from '../translations/types.js';
import {warnOnce} from '../internal/warn.js';
import {styles} from './initiative-pillars.styles.js';

export const PILLAR_LAYOUTS = ['auto', 'columns', 'list'] as const;
export type PillarLayout = (typeof PILLAR_LAYOUTS)[number];

export interface InitiativePillarsToggleDetail {
  /** The pillar's id, e.g. `connectivity`. */
  pillar: string;
  /** Whether the reader opened (true) or closed (false) it. */
  open: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'initiative-pillars-toggle': CustomEvent<InitiativePillarsToggleDetail>;
  }
}

const YEARS_KEY = {one: 'yearsOne', few: 'yearsFew', many: 'yearsMany'} as const;

/** An item shown inside a pillar, with where it comes from. */
interface GroupedItem {
  item: InitiativeItem;
  kind: 'item' | 'interest';
}

/** What a pillar holds: items the sources place there, and items the editors placed there. */
interface PillarGroup {
  pillar: Pillar;
  sourced: GroupedItem[];
  editorial: GroupedItem[];
}

/** Derived once per dataset, not per render. */
interface Model {
  groups: PillarGroup[];
  sources: Set<SourceId>;
}

function buildModel(dataset: Dataset): Model {
  const {initiative} = dataset;
  const groups = initiative.pillars.map((pillar): PillarGroup => ({pillar, sourced: [], editorial: []}));
  const byId = new Map(groups.map((group) => [group.pillar.id, group]));
  const place = (item: InitiativeItem, kind: GroupedItem['kind']) => {
    const group = item.grouping && byId.get(item.grouping.pillar);
    if (group) (item.grouping!.editorial ? group.editorial : group.sourced).push({item, kind});
  };
  initiative.items.forEach((item) => place(item, 'item'));
  initiative.interests.forEach((item) => place(item, 'interest'));
  const sources = citedSources([
    initiative,
    ...initiative.pillars,
    initiative.target,
    ...initiative.items,
    ...initiative.interests,
  ]);
  return {groups, sources};
}

/**
 * The CA+JAD Tokyo Initiative at a glance: its aim, the JPY 3 trillion / 5 years
 * business target, its priority areas ("pillars") with the items that belong to
 * each, the items named under it, and the areas of interest voiced by the Central
 * Asian side. Groupings the sources do not make themselves are labelled as editorial.
 *
 * Layout: in `columns` every pillar is shown side by side (plain headings, no
 * disclosure buttons: nothing there to open or close); in `list` each pillar is a
 * disclosure, all closed unless `pillar` names one. `auto` (default) uses columns
 * when the widget itself is at least 720 px wide. A reader's opened pillars are kept
 * when the layout changes. Print shows every pillar expanded.
 *
 * Keyboard (list layout):
 * - Tab / Shift+Tab: move between the pillar buttons, then the Sources summary and its links.
 * - Enter or Space on a pillar button: open or close that pillar.
 * - Enter or Space on "Sources": open or close the sources.
 *
 * @summary The CA+JAD Tokyo Initiative: priority areas, named items, business target.
 *
 * @fires initiative-pillars-toggle - A reader opened or closed a pillar (list layout); `detail: { pillar, open }`. Not fired for the initial `pillar`.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - Every heading (the widget's and its sections').
 * @csspart aim - The Initiative's aim.
 * @csspart target - The business target box.
 * @csspart pillars - The list of pillars.
 * @csspart pillar - One pillar.
 * @csspart pillar-button - A pillar's disclosure button (list layout).
 * @csspart pillar-body - A pillar's content.
 * @csspart editorial - The box of items grouped by the editors, with its note.
 * @csspart items - The list of items named under the Initiative.
 * @csspart interests - The list of areas of interest voiced by the Central Asian side.
 * @csspart sources - The Sources section (with the dataset's corrections).
 * @csspart corrections - The dated list of corrections inside the Sources section.
 * @csspart error - The error box.
 *
 * @cssprop --sw-color-text - Text colour.
 * @cssprop --sw-color-background - Background colour.
 * @cssprop --sw-color-surface - Background of the pillars and the target box.
 * @cssprop --sw-color-muted - Secondary text.
 * @cssprop --sw-color-border - Borders and dividers.
 * @cssprop --sw-color-accent - Links, pillar accents and the target figure.
 * @cssprop --sw-color-accent-contrast - Text on the accent colour.
 * @cssprop --sw-color-highlight - Background of the editorial-grouping label.
 * @cssprop --sw-color-error - Error text.
 * @cssprop --sw-color-error-background - Error box background.
 * @cssprop --sw-color-focus - Focus ring.
 * @cssprop --sw-radius - Corner radius.
 * @cssprop --sw-space - Base spacing.
 * @cssprop --sw-font-family - Font (default: the page's).
 *
 * @tag initiative-pillars
 */
export class InitiativePillars extends SummitElement {
  static override styles = styles;
  static override dataParts = [initiative];
  static override strings = 'pillars';

  /** Id of the pillar to open first in list layout: `green-resilience`, `connectivity` or `human-resources`. */
  @property() pillar?: string | null;

  /** `auto` (columns when the widget is at least 720 px wide, else list), `columns` or `list`. */
  @property() layout?: string | null;

  /** Ids of the open pillars (list layout). */
  @state() private openPillars = new Set<string>();

  private readonly model = memo(buildModel);

  /** Opens the pillar named by `pillar` (and only it); none when unset or unknown. */
  private applyPillar(model: Model): void {
    const pillar = this.pillar;
    const id = pillar?.trim().toLowerCase();
    const ids = model.groups.map((group) => group.pillar.id);
    if (id && !ids.includes(id)) {
      warnOnce(this, `pillar "${pillar}" is not one of ${ids.join(', ')}; opening none.`);
    }
    this.openPillars = new Set(id && ids.includes(id) ? [id] : []);
  }

  /** `layout`, or `auto` with one warning when it is not a known value. */
  get resolvedLayout(): PillarLayout {
    return oneOf(this, 'layout', this.layout, PILLAR_LAYOUTS, 'auto');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.content.dataset;
    // Again for another dataset shown or a new `pillar` (it may change while no dataset is shown).
    if (dataset && (this.content.datasetChanged || changed.has('pillar'))) this.applyPillar(this.model(dataset));
  }

  private toggle(id: string): void {
    const open = !this.openPillars.has(id);
    const next = new Set(this.openPillars);
    if (open) next.add(id);
    else next.delete(id);
    this.openPillars = next;
    this.emit('initiative-pillars-toggle', {pillar: id, open});
  }

  protected override renderContent(dataset: Dataset, lang: Lang, texts: Translation): TemplateResult {
    const t = texts.pillars;
    const {initiative} = dataset;
    const level = this.resolvedHeadingLevel;
    const layout = this.resolvedLayout;
    const {groups, sources} = this.model(dataset);
    const {target} = initiative;
    const years = format(t[YEARS_KEY[pluralOf(target.years, texts) as keyof typeof YEARS_KEY] ?? 'yearsOther'], {
      years: formatNumber(target.years, texts),
    });

    return html`${heading(level, text(initiative.name, lang))}
      <p class="aim" part="aim">${text(initiative.aim, lang)}</p>
      <div class="target" part="target">
        <p class="target-label">${t.targetLabel}</p>
        <p class="target-figure">
          <span class="target-amount">${formatCompactCurrency(target.amount, target.currency, texts)}</span>
          <span class="target-years">${years}</span>
        </p>
        <p class="target-note">${text(target.note, lang)}</p>
      </div>
      <p class="pillars-label" id="pillars-label">${t.pillarsLabel}</p>
      <ul class="pillars layout-${layout}" part="pillars" role="list" aria-labelledby="pillars-label">
        ${groups.map((group, index) => this.renderPillar(group, index, layout, level + 1, texts))}
      </ul>
      ${heading(level + 1, t.namedItems, 'section-heading')}
      <ul class="items" part="items">
        ${initiative.items.map(
          (item) =>
            html`<li>
              ${text(item.label, lang)}${item.description
                ? html`<span class="description">${text(item.description, lang)}</span>`
                : nothing}
            </li>`
        )}
      </ul>
      ${initiative.interests.length
        ? html`${heading(level + 1, t.interests, 'section-heading')}
            <ul class="interests" part="interests">
              ${initiative.interests.map((item) => html`<li>${text(item.label, lang)}</li>`)}
            </ul>`
        : nothing}
      ${sourcesSection(dataset, sources, texts, {shows: this.shownParts})}`;
  }

  private renderPillar(
    {pillar, sourced, editorial}: PillarGroup,
    index: number,
    layout: PillarLayout,
    level: number,
    {lang, pillars: t}: Translation
  ): TemplateResult {
    // Ids from the position, not the data: any id string stays a valid IDREF.
    const bodyId = `pillar-${index}-body`;
    const name = text(pillar.name, lang);
    // The list's state; in columns (forced, or `auto` in a wide widget) CSS shows every body.
    const open = this.openPillars.has(pillar.id);
    const groupedList = (entries: GroupedItem[]) =>
      html`<ul class="grouped">
        ${entries.map(
          ({item, kind}) =>
            html`<li>
              <span class="label">${text(item.label, lang)}</span>
              <span class="kind">(${kind === 'item' ? t.kindItem : t.kindInterest})</span>
            </li>`
        )}
      </ul>`;

    // Both headings are in the markup; CSS shows the button in the list and the plain name in columns.
    return html`<li class="pillar" part="pillar" data-pillar=${pillar.id}>
      ${heading(
        level,
        html`<button
            type="button"
            class="pillar-toggle"
            part="pillar-button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${bodyId}
            @click=${() => this.toggle(pillar.id)}
          >
            <span>${name}</span><span class="chevron" aria-hidden="true"></span></button
          ><span class="pillar-name">${name}</span>`,
        'pillar-heading'
      )}
      <div class="pillar-body" part="pillar-body" id=${bodyId} ?hidden=${layout !== 'columns' && !open}>
        <p class="pillar-description">${text(pillar.description, lang)}</p>
        ${sourced.length ? groupedList(sourced) : nothing}
        ${editorial.length
          ? html`<div class="editorial" part="editorial">
              <p class="editorial-note">
                <strong class="editorial-label">${t.editorialLabel}</strong>
                ${t.editorialNote}
              </p>
              ${groupedList(editorial)}
            </div>`
          : nothing}
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'initiative-pillars': InitiativePillars;
  }
}
