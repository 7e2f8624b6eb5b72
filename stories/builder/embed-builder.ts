// <summit-embed-builder>: the Embed builder page of the Storybook site (not part of the package).
// Choose a widget and its attributes (controls from stories/builder/widgets.ts), see it live at a column
// width on a light or dark page, copy one of three snippets. The preview renders the very element markup
// every snippet carries, so what is seen is what is pasted.
//
// It renders into its own light DOM (no shadow root): the page is one document for keyboard, axe and the
// tests, and the preview widget is an ordinary element of the page, as it will be in an article.
import {html, LitElement, nothing, type TemplateResult} from 'lit';
import {customElement, state} from 'lit/decorators.js';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import '../../src/define/all.js';
import {contentBlock, elementMarkup, FRAMEWORKS, snippets, type Attributes, type Block, type Framework} from './snippets.js';
import {renderWithContent} from './render-client.js';
import {builderStyles} from './styles.js';
import {attributeValue, builderWidgets, COMMON, initialValue, PACKAGE, problemOf, type BuilderWidget, type Choice, type Control, type Values} from './widgets.js';

/** Column widths offered for the preview: a phone, an article column, a wide page. */
export const PREVIEW_WIDTHS = [
  {value: '360', label: 'Phone, 360 px'},
  {value: '736', label: 'Article column, 736 px'},
  {value: '1200', label: 'Wide, 1200 px'},
  {value: 'custom', label: 'Custom'},
] as const;
const MIN_WIDTH = 240;
const MAX_WIDTH = 2400;

/** Ids inside the page: one builder per page. */
const controlId = (attribute: string) => `control-${attribute}`;

@customElement('summit-embed-builder')
export class SummitEmbedBuilder extends LitElement {
  private readonly widgets: BuilderWidget[] = builderWidgets();

  @state() private tag = this.widgets[0].tag;
  /** Each widget's values, kept while another widget is chosen. */
  @state() private values: Record<string, Record<string, string>> = Object.fromEntries(
    this.widgets.map((widget) => [widget.tag, Object.fromEntries(widget.controls.map(({attribute, control}) => [attribute, initialValue(control)]))])
  );
  @state() private width: (typeof PREVIEW_WIDTHS)[number]['value'] = '736';
  @state() private customWidth = 500;
  @state() private background: 'light' | 'dark' = 'light';
  @state() private framework: Framework = 'plain';
  /** Choices a change reset, by attribute: shown under that control until it is changed again. */
  @state() private notices: Record<string, string> = {};
  /** What the last change reset, for the status region (announced). */
  @state() private announcement = '';
  /** Per copyable block: "Copied", or how to copy by hand. */
  @state() private copyStatus: Record<string, string> = {};
  private copyTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** "HTML with its content" by element markup: the package's renderer's answer (or its error), once it has come. */
  @state() private rendered: Record<string, {html?: string; error?: string}> = {};

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const sheet = builderStyles.styleSheet!;
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const sheet = builderStyles.styleSheet!;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    for (const timer of this.copyTimers.values()) clearTimeout(timer);
    this.copyTimers.clear();
  }

  private get widget(): BuilderWidget {
    return this.widgets.find((widget) => widget.tag === this.tag)!;
  }

  private get current(): Values {
    return this.values[this.tag];
  }

  /** The attributes the snippets write and the preview renders: the one source of both. */
  get widgetAttributes(): Attributes {
    const values = this.current;
    return this.widget.controls.flatMap(({attribute, control}) => {
      const value = attributeValue(control, values[attribute] ?? '', values);
      return value === undefined ? [] : [[attribute, value] as const];
    });
  }

  /** The preview's column width in CSS pixels. */
  get previewWidth(): number {
    return this.width === 'custom' ? this.customWidth : Number(this.width);
  }

  private chooseWidget(tag: string): void {
    // The attributes every widget takes (lang, theme, ...) keep their values across widgets.
    const previous = this.current;
    const next = {...this.values[tag]};
    for (const {attribute, control} of this.widgets.find((widget) => widget.tag === tag)!.controls) {
      if (control === COMMON[attribute] && attribute in previous) next[attribute] = previous[attribute];
    }
    this.tag = tag;
    this.values = {...this.values, [tag]: next};
    this.notices = {};
    this.announcement = '';
    this.copyStatus = {};
  }

  private setValue(attribute: string, value: string): void {
    let values: Record<string, string> = {...this.current, [attribute]: value};
    const notices: Record<string, string> = {...this.notices};
    delete notices[attribute];
    const reset: string[] = [];
    // A choice the other values no longer allow (an event outside the range, a city off the map) is reset.
    for (const {attribute: other, control} of this.widget.controls) {
      if (control.kind !== 'select' || other === attribute) continue;
      const choices = control.choices(values);
      const chosen = values[other];
      if (chosen && !choices.some((choice) => choice.value === chosen)) {
        values = {...values, [other]: ''};
        notices[other] = `${control.label}: "${chosen}" is not shown with these choices, so it is reset to "${choices[0]?.label ?? 'none'}".`;
        reset.push(notices[other]);
      }
    }
    this.values = {...this.values, [this.tag]: values};
    this.notices = notices;
    this.announcement = reset.join(' ');
    this.copyStatus = {};
  }

  private async copy(block: Block, event: Event): Promise<void> {
    const button = event.currentTarget as HTMLButtonElement;
    const area = this.querySelector<HTMLTextAreaElement>(`#snippet-${block.id}`)!;
    const text = area.value;
    let copied = false;
    if (navigator.clipboard?.writeText) {
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        // Not allowed here (an iframe without clipboard-write, an insecure page): select and copy instead.
      }
    }
    if (!copied) {
      area.focus();
      area.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      // Copied: back to the button. Not copied: the text stays selected, ready for Ctrl+C.
      if (copied) button.focus();
    }
    this.setCopyStatus(block.id, copied ? 'Copied' : 'Select and copy with Ctrl+C (⌘C on a Mac): the text is selected.');
  }

  private setCopyStatus(id: string, message: string): void {
    this.copyStatus = {...this.copyStatus, [id]: message};
    clearTimeout(this.copyTimers.get(id));
    this.copyTimers.set(
      id,
      setTimeout(() => {
        this.copyTimers.delete(id);
        this.copyStatus = {...this.copyStatus, [id]: ''};
      }, 8000)
    );
  }

  protected override render(): TemplateResult {
    const widget = this.widget;
    const attributes = this.widgetAttributes;
    const markup = elementMarkup(widget.tag, attributes);
    const kinds = snippets(widget.tag, attributes, widget.npmImport, this.framework);
    kinds.find((kind) => kind.id === 'prerendered')!.blocks.unshift(contentBlock(this.renderedFor(markup)));
    const width = this.previewWidth;
    return html`<main class="builder" lang="en">
        <header>
          <h1>Embed builder</h1>
          <p>
            Choose a widget and its options, check it in the preview, copy a snippet. Every snippet is for
            <code>${PACKAGE.name}@${PACKAGE.version}</code> and writes the same element as the preview.
          </p>
        </header>
        <div class="columns">
          <!-- No tab stop of its own when it scrolls (Firefox makes a scroller one): Tab goes from control to control. -->
          <form class="controls" tabindex="-1" aria-labelledby="choose-heading" @submit=${(event: Event) => event.preventDefault()}>
            <h2 id="choose-heading">Choose</h2>
            <fieldset class="widgets">
              <legend>Widget</legend>
              ${this.widgets.map(
                (option) => html`<label class="choice">
                  <input type="radio" name="widget" value=${option.tag} .checked=${option.tag === widget.tag} @change=${() => this.chooseWidget(option.tag)} />
                  <span>${option.name} <code>&lt;${option.tag}&gt;</code></span>
                </label>`
              )}
            </fieldset>
            <p class="summary" id="widget-summary">${widget.summary}</p>
            ${widget.incomplete ? html`<p class="problem">This widget's controls are not all in stories/builder/widgets.ts yet: some are plain text.</p>` : nothing}
            ${this.renderControls(widget)}
            <p class="visually-hidden" role="status">${this.announcement}</p>
          </form>
          <div class="output">
            <section class="preview" aria-labelledby="preview-heading">
              <h2 id="preview-heading">Preview</h2>
              <div class="preview-options">
                <fieldset>
                  <legend>Column width</legend>
                  ${PREVIEW_WIDTHS.map(
                    (option) => html`<label class="choice">
                      <input type="radio" name="preview-width" value=${option.value} .checked=${this.width === option.value} @change=${() => (this.width = option.value)} />
                      <span>${option.label}</span>
                    </label>`
                  )}
                  ${this.width === 'custom'
                    ? html`<label class="custom-width">
                        <span>Custom width (px)</span>
                        <input
                          type="number"
                          id="custom-width"
                          min=${MIN_WIDTH}
                          max=${MAX_WIDTH}
                          step="1"
                          .value=${String(this.customWidth)}
                          @input=${(event: Event) => {
                            const input = event.target as HTMLInputElement;
                            const value = input.valueAsNumber;
                            if (input.validity.valid && Number.isFinite(value)) this.customWidth = value;
                          }}
                        />
                      </label>`
                    : nothing}
                </fieldset>
                <fieldset>
                  <legend>Page background</legend>
                  ${(['light', 'dark'] as const).map(
                    (option) => html`<label class="choice">
                      <input type="radio" name="preview-background" value=${option} .checked=${this.background === option} @change=${() => (this.background = option)} />
                      <span>${option === 'light' ? 'Light' : 'Dark'}</span>
                    </label>`
                  )}
                </fieldset>
              </div>
              <p class="hint">
                The widget exactly as the snippets write it, alone on a page in the browser's default font.
                ${attributes.some(([name]) => name === 'theme') ? nothing : 'With the automatic theme it follows your light or dark setting, not the page.'}
              </p>
              <div class="scroller" role="region" tabindex="0" aria-label=${`Preview: <${widget.tag}> in a ${width} px column on a ${this.background} page`}>
                <div class="page ${this.background}" style="width: ${width}px">${unsafeHTML(markup)}</div>
              </div>
            </section>
            <section class="snippets" aria-labelledby="copy-heading">
              <h2 id="copy-heading">Copy</h2>
              ${kinds.map(
                (kind) => html`<section class="kind" aria-labelledby="kind-${kind.id}">
                  <h3 id="kind-${kind.id}">${kind.title}</h3>
                  <p class="intro">${kind.intro}</p>
                  ${kind.id === 'npm' ? this.renderFrameworks() : nothing}
                  ${kind.blocks.map((block) => this.renderBlock(kind.id, block))}
                </section>`
              )}
            </section>
          </div>
        </div>
      </main>`;
  }

  /** The pre-rendered HTML of `markup`, asked of the renderer (in a worker) the first time it is needed. */
  private renderedFor(markup: string): {html?: string; error?: string} | undefined {
    if (!(markup in this.rendered)) {
      this.rendered = {...this.rendered, [markup]: {}};
      renderWithContent(markup).then(
        (html) => (this.rendered = {...this.rendered, [markup]: {html}}),
        (error: Error) => (this.rendered = {...this.rendered, [markup]: {error: error.message}})
      );
    }
    const answer = this.rendered[markup];
    return answer.html || answer.error ? answer : undefined;
  }

  private renderControls(widget: BuilderWidget): unknown[] {
    const values = this.current;
    const out: unknown[] = [];
    const done = new Set<string>();
    for (const {attribute, control} of widget.controls) {
      if (done.has(attribute)) continue;
      if (control.group) {
        const members = widget.controls.filter((other) => other.control.group === control.group);
        members.forEach((member) => done.add(member.attribute));
        out.push(html`<fieldset class="group">
          <legend>${control.group}</legend>
          ${members.map((member) => this.renderControl(member.attribute, member.control, values))}
        </fieldset>`);
      } else {
        done.add(attribute);
        out.push(this.renderControl(attribute, control, values));
      }
    }
    return out;
  }

  private renderControl(attribute: string, control: Control, values: Values): TemplateResult {
    const id = controlId(attribute);
    const value = values[attribute] ?? '';
    const problem = problemOf(control, value, values);
    const hintId = control.hint ? `${id}-hint` : '';
    const problemId = problem ? `${id}-problem` : '';
    const describedBy = [hintId, problemId].filter(Boolean).join(' ') || nothing;
    const name = html`${control.label} <code>${attribute}</code>`;
    const notice = this.notices[attribute];
    const after = html`${control.hint ? html`<p class="hint" id=${hintId}>${control.hint}</p>` : nothing}
    ${problem ? html`<p class="problem" id=${problemId}>${problem}</p>` : nothing}
    ${notice ? html`<p class="notice" id="${id}-notice">${notice}</p>` : nothing}`;
    const set = (event: Event) => this.setValue(attribute, (event.target as HTMLInputElement | HTMLSelectElement).value);

    switch (control.kind) {
      case 'select': {
        const choices = control.choices(values);
        return html`<div class="control">
          <label for=${id}>${name}</label>
          <select id=${id} aria-describedby=${describedBy} @change=${set}>
            ${groupChoices(choices).map(([group, members]) =>
              group
                ? html`<optgroup label=${group}>${members.map((choice) => renderOption(choice, value))}</optgroup>`
                : members.map((choice) => renderOption(choice, value))
            )}
          </select>
          ${after}
        </div>`;
      }
      case 'radios':
        return html`<fieldset class="control" aria-describedby=${describedBy}>
          <legend>${name}</legend>
          ${control.choices.map(
            (choice, index) => html`<label class="choice">
              <input type="radio" name=${id} id=${index === 0 ? id : nothing} value=${choice.value} .checked=${value === choice.value} @change=${set} />
              <span>${choice.label}</span>
            </label>`
          )}
          ${after}
        </fieldset>`;
      case 'checkboxes': {
        const checked = value.split(',').filter(Boolean);
        return html`<fieldset class="control" aria-describedby=${describedBy}>
          <legend>${name}</legend>
          ${control.choices.map(
            (choice, index) => html`<label class="choice">
              <input
                type="checkbox"
                id=${index === 0 ? id : nothing}
                value=${choice.value}
                .checked=${checked.includes(choice.value)}
                @change=${(event: Event) => {
                  const on = (event.target as HTMLInputElement).checked;
                  const next = control.choices.map((c) => c.value).filter((v) => (v === choice.value ? on : checked.includes(v)));
                  this.setValue(attribute, next.join(','));
                }}
              />
              <span>${choice.label}</span>
            </label>`
          )}
          ${after}
        </fieldset>`;
      }
      case 'date':
        return html`<div class="control">
          <label for=${id}>${name}</label>
          <input type="date" id=${id} min=${control.min} max=${control.max} .value=${value} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${describedBy} @input=${set} />
          ${after}
        </div>`;
      case 'url':
      case 'text':
        return html`<div class="control">
          <label for=${id}>${name}</label>
          <input
            type="text"
            id=${id}
            inputmode=${control.kind === 'url' ? 'url' : nothing}
            spellcheck="false"
            autocomplete="off"
            placeholder=${control.kind === 'url' ? control.placeholder : nothing}
            .value=${value}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${describedBy}
            @input=${set}
          />
          ${after}
        </div>`;
    }
  }

  private renderFrameworks(): TemplateResult {
    return html`<fieldset class="frameworks">
      <legend>Project</legend>
      ${FRAMEWORKS.map(
        (option) => html`<label class="choice">
          <input type="radio" name="framework" value=${option.value} .checked=${this.framework === option.value} @change=${() => {
            this.framework = option.value;
            this.copyStatus = {};
          }} />
          <span>${option.label}</span>
        </label>`
      )}
    </fieldset>`;
  }

  private renderBlock(kind: string, block: Block): TemplateResult {
    const id = `snippet-${block.id}`;
    const lines = block.text.replace(/\n$/, '').split('\n').length;
    return html`<div class="block">
      <label for=${id} id="${id}-label">${block.label}</label>
      <textarea
        id=${id}
        readonly
        spellcheck="false"
        autocomplete="off"
        aria-labelledby="kind-${kind} ${id}-label"
        rows=${Math.min(Math.max(lines, 1), 14)}
        .value=${block.text}
      ></textarea>
      <div class="copy-row">
        <button
          type="button"
          class="copy"
          id="copy-${block.id}"
          data-block=${block.id}
          aria-labelledby="copy-${block.id} kind-${kind} ${id}-label"
          @click=${(event: Event) => this.copy(block, event)}
        >
          Copy
        </button>
        <span class="copy-status" role="status">${this.copyStatus[block.id] ?? ''}</span>
      </div>
      ${block.note ? html`<p class="hint">${block.note}</p>` : nothing}
    </div>`;
  }
}

const renderOption = (choice: Choice, value: string) =>
  html`<option value=${choice.value} lang=${choice.lang ?? nothing} ?selected=${choice.value === value}>${choice.label}</option>`;

/** Choices in document order, consecutive ones of one group together. */
function groupChoices(choices: readonly Choice[]): [string | undefined, Choice[]][] {
  const groups: [string | undefined, Choice[]][] = [];
  for (const choice of choices) {
    const last = groups[groups.length - 1];
    if (last && last[0] === choice.group) last[1].push(choice);
    else groups.push([choice.group, [choice]]);
  }
  return groups;
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-embed-builder': SummitEmbedBuilder;
  }
}
