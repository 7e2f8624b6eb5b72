// Loads every story of the built Storybook (storybook-static/, made by `npm test`)
// in Chromium and checks that it renders its widget, with no error unless the
// story is about the error state.
import {expect} from '@open-wc/testing';
import {until} from '../helpers/console.js';

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

const index: {entries: Record<string, IndexEntry>} = await (await fetch('/storybook-static/index.json')).json();
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

async function openStory(id: string): Promise<{doc: Document; errors: string[]; remove: () => void}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  const errors: string[] = [];
  frame.src = `/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  return {doc: frame.contentDocument!, errors, remove: () => frame.remove()};
}

/** The summit widgets a story rendered (any element with a shadow root holding the widget frame). */
const widgetsIn = (doc: Document) =>
  [...doc.querySelectorAll('#storybook-root *')].filter((el) => el.shadowRoot?.querySelector('.sw'));

describe('built Storybook', () => {
  it('has stories', () => {
    expect(stories.length).to.be.greaterThan(0);
  });

  for (const story of stories) {
    it(`renders ${story.title} / ${story.name}`, async () => {
      const {doc, errors, remove} = await openStory(story.id);
      try {
        await until(
          () => widgetsIn(doc).length > 0 && widgetsIn(doc).every((el) => !el.shadowRoot!.querySelector('.loading')),
          `a rendered widget in story ${story.id}`,
          15000
        );
        expect(doc.body.classList.contains('sb-show-errordisplay'), 'Storybook error display').to.be.false;
        const expectsError = /error/i.test(story.name);
        for (const widget of widgetsIn(doc)) {
          const text = widget.shadowRoot!.textContent!.trim();
          expect(text.length, `${widget.localName} text`).to.be.greaterThan(20);
          const alert = widget.shadowRoot!.querySelector('[role="alert"]');
          if (expectsError) expect(alert, `${widget.localName} error box`).to.exist;
          else expect(alert, `${widget.localName} error box: ${alert?.textContent}`).to.be.null;
        }
        expect(errors).to.deep.equal([]);
      } finally {
        remove();
      }
    });
  }
});
