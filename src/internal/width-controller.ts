import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * The host's own content width, for layouts that change structure (not just
 * style) with the space the widget has, not the window's. ResizeObserver calls
 * back after layout and before paint, so the first frame already shows the
 * right layout: no layout shift.
 */
export class WidthController implements ReactiveController {
  /** Content-box width in CSS px; 0 until first measured. */
  width = 0;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const width = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
