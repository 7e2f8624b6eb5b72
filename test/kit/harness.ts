// Reading a widget the way a page's stylesheet reaches it: by its shadow parts (`part="..."`, the
// documented styling contract), as Material Web's harnesses do. One `Harness` for what every widget
// shares (its frame, heading, error box, Sources); each widget's harness in harness/<tag>.ts adds
// its own parts. Selectors by class stay for what has no part (and say so where they are used).

/** Text content, whitespace collapsed. */
export const textOf = (node: Node | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Text a reader hears: without `aria-hidden` decorations. */
export function spokenText(node: Element): string {
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return textOf(clone);
}

/**
 * Is `node` rendered: itself and every ancestor displayed (SVG elements too, which `checkVisibility()`
 * alone reports as visible inside a `display: none` group) and not `content-visibility: hidden`?
 */
export function shown(node: Element | null | undefined): boolean {
  if (!node) return false;
  for (let ancestor: Element | null = node; ancestor; ancestor = ancestor.parentElement) {
    if (getComputedStyle(ancestor).display === 'none') return false;
  }
  return node.checkVisibility();
}

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

export class Harness<T extends Widget = Widget> {
  constructor(readonly el: T) {}

  get root(): ShadowRoot {
    if (!this.el.shadowRoot) throw new Error(`<${this.el.localName}> has no shadow root`);
    return this.el.shadowRoot;
  }

  /** The first element matching `selector` in the shadow root. */
  $<E extends Element = HTMLElement>(selector: string): E | null {
    return this.root.querySelector<E>(selector);
  }

  /** Every element matching `selector` in the shadow root. */
  $$<E extends Element = HTMLElement>(selector: string): E[] {
    return [...this.root.querySelectorAll<E>(selector)];
  }

  /** The first element exposed as `name` (`part~="name"`). */
  part<E extends Element = HTMLElement>(name: string, within: ParentNode = this.root): E | null {
    return within.querySelector<E>(`[part~="${name}"]`);
  }

  /** Every element exposed as `name`. */
  parts<E extends Element = HTMLElement>(name: string, within: ParentNode = this.root): E[] {
    return [...within.querySelectorAll<E>(`[part~="${name}"]`)];
  }

  /** The frame around everything (`part="base"`): it carries the language, the direction and the theme class. */
  get base(): HTMLElement {
    return this.part('base')!;
  }

  /** The widget's own heading: the first `part="heading"`. */
  get heading(): HTMLElement {
    return this.part('heading')!;
  }

  /** The error box (`part="error"`, `role="alert"`), or null. */
  get errorBox(): HTMLElement | null {
    return this.part('error');
  }

  /** The Sources section (`part="sources"`), a `<details>`. */
  get sources(): HTMLDetailsElement | null {
    return this.part<HTMLDetailsElement>('sources');
  }

  /** All the widget's text, whitespace collapsed. */
  get text(): string {
    return textOf(this.root);
  }

  /** The element focused inside the shadow root. */
  get focused(): HTMLElement | null {
    return this.root.activeElement as HTMLElement | null;
  }

  /** Sets (or, with null, removes) an attribute and waits for the update. */
  async set(name: string, value: string | null): Promise<void> {
    if (value === null) this.el.removeAttribute(name);
    else this.el.setAttribute(name, value);
    await this.el.updateComplete;
  }

  /** Clicks `target` and waits for the update. */
  async click(target: HTMLElement): Promise<void> {
    target.click();
    await this.el.updateComplete;
  }
}

/** Any widget read through the shared harness (its frame, heading, error box, text). */
export const harness = (el: Element): Harness => new Harness(el as Widget);

const recorders: (() => void)[] = [];

/**
 * Records the `type` events reaching `target` (the document by default: so they bubble out of the
 * shadow root too) from now until the end of the test.
 */
export function recordEvents<D>(type: string, target: EventTarget = document): CustomEvent<D>[] {
  const events: CustomEvent<D>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<D>);
  target.addEventListener(type, listener);
  recorders.push(() => target.removeEventListener(type, listener));
  return events;
}
afterEach(() => recorders.splice(0).forEach((stop) => stop()));
