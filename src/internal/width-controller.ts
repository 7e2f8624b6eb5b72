import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Widgets connected but not measured yet. The first one to render measures them all: reading
 * `clientWidth` forces a layout, and one layout for fifty widgets costs what one costs, where
 * fifty widgets each measuring after the previous one rendered would cost fifty layouts.
 */
const unmeasured = new Set<WidthController>();

/**
 * The host's own content width, for layouts that change structure (not just
 * style) with the space the widget has, not the window's.
 *
 * The first render is measured synchronously, so the first frame already has
 * the right layout (no layout shift). Later changes come from a ResizeObserver
 * and re-render one frame later: re-rendering inside the observer's callback
 * would resize the observed host in the same frame, which Chromium reports as
 * "ResizeObserver loop completed with undelivered notifications".
 * Widgets that connect together are measured together (see `unmeasured`).
 */
export class WidthController implements ReactiveController {
  /** `clientWidth` in CSS px; 0 until measured (e.g. while detached). */
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(() => {
      if (this.host.clientWidth === this.width || this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.width = this.host.clientWidth;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
    if (!this.width) unmeasured.add(this);
  }

  hostUpdate(): void {
    if (this.width || !this.host.isConnected) return;
    unmeasured.add(this);
    for (const controller of unmeasured) {
      if (controller.host.isConnected) controller.width = controller.host.clientWidth;
    }
    unmeasured.clear();
  }

  hostDisconnected(): void {
    unmeasured.delete(this);
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
