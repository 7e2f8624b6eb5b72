// The contract of RovingFocusController (its comment in src/internal/roving-focus.ts), on a bare test host.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {ROVING_ATTRIBUTE, type RovingFocusOptions} from '../../src/internal/roving-focus.js';
import {SwRovingTest} from '../kit/roving-element.js';

const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((container) => container.remove()));

type HostFields = Partial<Pick<SwRovingTest, 'count' | 'limit' | 'focusin'> & Pick<RovingFocusOptions, 'wrap' | 'orientation'>>;

/** A host between two buttons, its fields and options set before its first render. */
async function host({wrap, orientation, ...fields}: HostFields = {}): Promise<SwRovingTest> {
  const container = document.createElement('div');
  container.innerHTML = '<button id="before">before</button>';
  const el = Object.assign(new SwRovingTest(), fields);
  Object.assign(el.options, {wrap, orientation});
  container.append(el);
  container.insertAdjacentHTML('beforeend', '<button id="after">after</button>');
  document.body.append(container);
  containers.push(container);
  await el.updateComplete;
  return el;
}

const items = (el: SwRovingTest) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[${ROVING_ATTRIBUTE}]`)];
const item = (el: SwRovingTest, key: string) => el.shadowRoot!.querySelector<HTMLElement>(`[${ROVING_ATTRIBUTE}="${key}"]`);
const focused = (el: SwRovingTest) => el.shadowRoot!.activeElement?.getAttribute(ROVING_ATTRIBUTE) ?? undefined;
const tabStops = (el: SwRovingTest) => items(el).filter((i) => i.tabIndex === 0).map((i) => i.getAttribute(ROVING_ATTRIBUTE));

/** Presses `key` on the focused element and waits for the host's update. */
async function press(el: SwRovingTest, key: string): Promise<void> {
  await sendKeys({press: key});
  await el.updateComplete;
}

/** Dispatches a keydown on `target` as the browser would, and says whether its default was prevented. */
function keydown(target: Element, key: string, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keydown', {key, bubbles: true, composed: true, cancelable: true, ...init});
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('RovingFocusController', () => {
  it('makes the items one tab stop: the first, until another is active', async () => {
    const el = await host();
    expect(tabStops(el)).to.deep.equal(['i0']);
    document.getElementById('before')!.focus();
    await sendKeys({press: 'Tab'});
    expect(focused(el)).to.equal('i0');
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement?.className).to.equal('other');
  });

  it('ArrowRight / ArrowDown go to the next item, ArrowLeft / ArrowUp to the previous, stopping at the ends; Home / End', async () => {
    const el = await host();
    item(el, 'i0')!.focus();
    const steps: [string, string][] = [
      ['ArrowRight', 'i1'],
      ['ArrowDown', 'i2'],
      ['ArrowLeft', 'i1'],
      ['ArrowUp', 'i0'],
      ['ArrowUp', 'i0'], // stays on the first
      ['End', 'i4'],
      ['ArrowDown', 'i4'], // stays on the last
      ['Home', 'i0'],
    ];
    for (const [key, expected] of steps) {
      await press(el, key);
      expect(focused(el), key).to.equal(expected);
      expect(tabStops(el), key).to.deep.equal([expected]);
    }
  });

  it('prevents the default of the keys it handles only; Alt, Ctrl or Meta held, or a non-item, leave the key alone', async () => {
    const el = await host();
    const first = item(el, 'i0')!;
    first.focus();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End']) {
      expect(keydown(first, key), key).to.be.true;
      await el.updateComplete;
      first.focus();
    }
    for (const key of ['Enter', ' ', 'Escape', 'Tab', 'a', 'PageDown']) expect(keydown(first, key), key).to.be.false;
    for (const modifier of ['altKey', 'ctrlKey', 'metaKey']) {
      expect(keydown(first, 'ArrowRight', {[modifier]: true}), modifier).to.be.false;
      await el.updateComplete;
      expect(focused(el), modifier).to.equal('i0');
    }
    const other = el.shadowRoot!.querySelector<HTMLElement>('.other')!;
    other.focus();
    expect(keydown(other, 'End')).to.be.false;
    await el.updateComplete;
    expect(el.roving.active).to.equal('i0');
    expect(el.shadowRoot!.activeElement).to.equal(other);
  });

  it('wrap: past the last item to the first, and back', async () => {
    const el = await host({wrap: true, count: 3});
    item(el, 'i0')!.focus();
    await press(el, 'ArrowLeft');
    expect(focused(el)).to.equal('i2');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('i0');
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal('i2');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('i0');
  });

  for (const [orientation, moves, ignored] of [
    ['horizontal', ['ArrowRight', 'ArrowLeft'], ['ArrowDown', 'ArrowUp']],
    ['vertical', ['ArrowDown', 'ArrowUp'], ['ArrowRight', 'ArrowLeft']],
  ] as const) {
    it(`orientation ${orientation}: ${moves.join(' / ')} move, ${ignored.join(' / ')} are left alone`, async () => {
      const el = await host({orientation});
      const first = item(el, 'i0')!;
      first.focus();
      for (const key of ignored) {
        expect(keydown(first, key), key).to.be.false;
        await el.updateComplete;
        expect(focused(el), key).to.equal('i0');
      }
      await press(el, moves[0]);
      expect(focused(el)).to.equal('i1');
      await press(el, moves[1]);
      expect(focused(el)).to.equal('i0');
      await press(el, 'End');
      expect(focused(el)).to.equal('i4');
    });
  }

  it('onMove gets the key a handled key goes to, before it is focused, even at an end; focusin and other keys call nothing', async () => {
    const el = await host();
    item(el, 'i0')!.focus();
    await press(el, 'ArrowRight');
    await press(el, 'End');
    await press(el, 'End');
    await press(el, 'Enter');
    item(el, 'i2')!.focus();
    await el.updateComplete;
    expect(el.moves).to.deep.equal([
      {key: 'i1', focused: 'i0'},
      {key: 'i4', focused: 'i1'},
      {key: 'i4', focused: 'i4'},
    ]);
  });

  it('focusin makes the item focused some other way (a click, code) the tab stop; a host may leave it out', async () => {
    const el = await host();
    item(el, 'i3')!.focus();
    await el.updateComplete;
    expect(el.roving.active).to.equal('i3');
    expect(tabStops(el)).to.deep.equal(['i3']);
    el.shadowRoot!.querySelector<HTMLElement>('.other')!.focus();
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['i3']);

    const tabs = await host({focusin: false});
    item(tabs, 'i3')!.focus();
    await tabs.updateComplete;
    expect(tabs.roving.active).to.be.undefined;
    expect(tabStops(tabs)).to.deep.equal(['i0']);
    await press(tabs, 'ArrowRight'); // keys still move from the focused item
    expect(focused(tabs)).to.equal('i4');
    expect(tabStops(tabs)).to.deep.equal(['i4']);
  });

  it("setting active (the host's own code) moves the tab stop at the next update, without focusing", async () => {
    const el = await host();
    el.roving.active = 'i2';
    expect(el.isUpdatePending).to.be.true;
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['i2']);
    expect(focused(el)).to.be.undefined;
    el.roving.active = 'i2';
    expect(el.isUpdatePending, 'the same key again asks for nothing').to.be.false;
  });

  it('focus(key) makes it the tab stop and focuses it once the update is done', async () => {
    const el = await host();
    el.roving.focus('i3');
    expect(focused(el)).to.be.undefined;
    await el.updateComplete;
    expect(focused(el)).to.equal('i3');
    expect(tabStops(el)).to.deep.equal(['i3']);
  });

  it('the tab stop falls back to the first item when the active one is gone', async () => {
    const el = await host();
    el.roving.active = 'i4';
    await el.updateComplete;
    el.count = 3;
    await el.updateComplete;
    expect(el.roving.tabStop()).to.equal('i0');
    expect(tabStops(el)).to.deep.equal(['i0']);
    el.count = 0;
    await el.updateComplete;
    expect(el.roving.tabStop()).to.be.undefined;
  });

  it('a key that goes to an item not in the DOM yet (a list rendered in chunks) focuses it once the update has rendered it', async () => {
    const el = await host({count: 2000, limit: 100});
    expect(items(el)).to.have.length(100);
    item(el, 'i0')!.focus();
    expect(keydown(item(el, 'i0')!, 'End')).to.be.true;
    expect(item(el, 'i1999'), 'not in the DOM yet').to.be.null;
    await el.updateComplete;
    expect(focused(el)).to.equal('i1999');
    expect(tabStops(el)).to.deep.equal(['i1999']);
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal('i1998');
    await press(el, 'Home');
    expect(focused(el)).to.equal('i0');
  });
});
