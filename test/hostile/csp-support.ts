// Loads a page served with `Content-Security-Policy: default-src 'self'` (scripts/test-middleware.mjs)
// in an iframe, exercises every widget on it, and returns the violations its probe recorded.
import {expect} from '@open-wc/testing';
import {until} from '../kit/console.js';
import {stateOf} from './support.js';
import {WIDGET_TAGS} from '../../src/registry.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
type ProbedWindow = Window & typeof globalThis & {cspViolations: Violation[]};

const TAGS = WIDGET_TAGS;

export async function checkCspPage(path: string): Promise<void> {
  const response = await fetch(path);
  expect(response.headers.get('content-security-policy'), 'the page is served with the policy').to.equal("default-src 'self'");

  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  frame.src = path;
  document.body.append(frame);
  try {
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    const win = frame.contentWindow as ProbedWindow;
    const doc = frame.contentDocument!;
    const widgets = () => [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];
    await until(
      () => widgets().every((el) => el.shadowRoot && ['content', 'error'].includes(stateOf(el))),
      'every widget on the CSP page to render',
      10000
    );
    // Every part renders: each button pressed, each disclosure opened.
    for (const el of widgets()) {
      for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('button')) {
        button.click();
        await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      }
      el.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));

    const states = widgets().map((el) => `${el.localName}${el.getAttribute('country') ? `[${el.getAttribute('country')}]` : ''}${el.getAttribute('src') ? `[src]` : ''}: ${stateOf(el)}`);
    expect(states.filter((s) => s.endsWith('content')).length, states.join('; ')).to.equal(10);
    expect(win.cspViolations, 'CSP violations').to.deep.equal([]);

    // Control: the probe does see a violation (an inline style attribute is one).
    doc.body.setAttribute('style', 'outline: 1px solid red');
    await until(() => win.cspViolations.length > 0, 'the control violation');
    expect(win.cspViolations[0].directive).to.match(/^style-src/);
  } finally {
    frame.remove();
  }
}
