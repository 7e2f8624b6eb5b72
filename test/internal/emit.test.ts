import {expect, fixture, html} from '@open-wc/testing';
import '../../src/summit-timeline/summit-timeline.js';
import {SwTestElement} from '../kit/test-element.js';

/** The base's `emit`, reached from a widget as a widget reaches it. */
class Emitter extends SwTestElement {
  fire(id: string): void {
    this.emit('summit-timeline-select', {id});
  }

  // Checked by `tsc` (never run): an event's name decides its detail's type, and DOM events are not emitted.
  wrong(): void {
    // @ts-expect-error the detail of summit-timeline-select is {id}
    this.emit('summit-timeline-select', {country: 'KZ'});
    // @ts-expect-error not a declared event
    this.emit('summit-timeline-open', {id: 'x'});
    // @ts-expect-error a DOM event, not one of the widgets'
    this.emit('click', {});
  }
}
customElements.define('sw-emitter', Emitter);

describe('emit', () => {
  it('fires a bubbling, composed CustomEvent with the detail, heard outside the shadow root', async () => {
    const el = await fixture<Emitter>(html`<div><sw-emitter></sw-emitter></div>`).then((div) => div.querySelector<Emitter>('sw-emitter')!);
    const heard: CustomEvent[] = [];
    document.addEventListener('summit-timeline-select', (event) => heard.push(event), {once: true});
    el.fire('tokyo-summit-2025');
    expect(heard).to.have.length(1);
    expect(heard[0].detail).to.deep.equal({id: 'tokyo-summit-2025'});
    expect(heard[0].bubbles && heard[0].composed).to.be.true;
    expect(heard[0].target).to.equal(el);
  });
});
