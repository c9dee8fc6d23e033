/**
 * The app's handle on the graph: it creates a `GraphController` (src/cy) for each cytoscape Core the
 * canvas mounts and destroys it with that Core, passes on what the app wants drawn (`update`), and
 * forwards the viewport commands (fit, zoom, centre, re-run the layout). React code holds this
 * handle, never the Core.
 */
import type { Core } from 'cytoscape';
import {
  GraphController,
  type ControllerCallbacks,
  type DrawInput,
  type Insets,
} from '../../cy/controller.ts';

export class GraphHandle {
  private controller: GraphController | undefined;
  private input: Partial<DrawInput> = {};
  private insets: () => Insets = () => ({ left: 0, right: 0, top: 0, bottom: 0 });
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly callbacks: ControllerCallbacks = {}) {}

  /**
   * Idempotent (react-cytoscapejs calls its `cy` callback after every update): a new Core gets a
   * new controller, which draws what the app last asked for; the old controller is destroyed.
   */
  attach(cy: Core, large: boolean): void {
    if (this.controller?.owns(cy)) return;
    this.controller?.destroy();
    this.controller = new GraphController(cy, {
      ...this.callbacks,
      large,
      insets: () => this.insets(),
    });
    this.controller.update(this.input);
    for (const w of this.waiting.splice(0)) w();
  }

  /** The canvas unmounted: its controller goes with it. */
  detach(): void {
    this.controller?.destroy();
    this.controller = undefined;
  }

  /** What to draw: merged into what was asked before (the canvas and the analyses each send theirs). */
  update(change: Partial<DrawInput>): void {
    this.input = { ...this.input, ...change };
    this.controller?.update(change);
  }

  setInsets(insets: () => Insets): void {
    this.insets = insets;
  }

  resized(): void {
    this.controller?.resized();
  }

  fit(): void {
    this.controller?.fit();
  }

  zoomBy(factor: number): void {
    this.controller?.zoomBy(factor);
  }

  centreOn(id: string): void {
    this.controller?.centreOn(id);
  }

  /** Pans so that node `id` is in the part of the canvas `covered` leaves free. */
  keepInView(id: string, covered: Insets): void {
    this.controller?.keepInView(id, covered);
  }

  /** The actors drawn now with their rendered positions (empty without a canvas). */
  shownActors(): { id: string; at: { x: number; y: number } }[] {
    return this.controller?.shownActors() ?? [];
  }

  relayout(): void {
    void this.controller?.relayout();
  }

  cancelLayout(): void {
    this.controller?.cancelLayout();
  }

  /** Resolves when a canvas exists and its current scene is laid out. */
  async ready(): Promise<void> {
    if (!this.controller) await new Promise<void>((r) => this.waiting.push(r));
    await this.controller?.ready();
  }

  /** The controller drawing now, for the image export (src/cy/export) and the test hook. */
  current(): GraphController | undefined {
    return this.controller;
  }
}
