import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * The host's own content width, for layouts that change structure (not just
 * style) with the space the widget has, not the window's.
 *
 * The first render is measured synchronously, so the first frame already has
 * the right layout (no layout shift). Later changes come from a ResizeObserver
 * and re-render one frame later: re-rendering inside the observer's callback
 * would resize the observed host in the same frame, which Chromium reports as
 * "ResizeObserver loop completed with undelivered notifications".
 */
export class WidthController implements ReactiveController {
  /** `clientWidth` in CSS px; 0 until measured (e.g. while detached). */
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
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
  }

  hostUpdate(): void {
    if (!this.width && this.host.isConnected) this.width = this.host.clientWidth;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
