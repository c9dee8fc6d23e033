/**
 * Drawing a relation with the pointer while editing (cytoscape-edgehandles, registered in
 * src/cy/register.ts): a small handle appears at the corner of the actor under the pointer (as in
 * Kumu); dragging it to another actor (a group box too) draws an edge. Or, in draw mode, dragging
 * from any actor does it (for touch screens; nodes do not move then). The gesture's edge is
 * edgehandles' own: the controller removes it on completion and reports the two actors, and the app
 * opens the relation form. Only in a browser: a headless Core has no pointer.
 */
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { CoreWithEdgeHandles, EdgeHandlesInstance } from 'cytoscape-edgehandles';

const HANDLE_PX = 14;
/** How long the handle stays once the pointer has left its actor (time to reach it). */
const HIDE_DELAY_MS = 700;

const isActor = (n: NodeSingular): boolean => n.data('elementType') === 'actor';

export class EdgeDrawing {
  private readonly eh: EdgeHandlesInstance;
  private readonly handle: HTMLDivElement;
  private node: NodeSingular | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly offs: (() => void)[] = [];
  private drawMode = false;

  constructor(
    private readonly cy: Core,
    container: HTMLElement,
  ) {
    this.eh = (cy as CoreWithEdgeHandles).edgehandles({
      canConnect: (source, target) => !source.same(target) && isActor(source) && isActor(target),
      edgeParams: () => ({ data: { elementType: 'drawing' } }),
      hoverDelay: 0,
      snap: true,
      snapThreshold: 20,
      noEdgeEventsInDraw: true,
      disableBrowserGestures: true,
    });
    this.handle = this.makeHandle(container);
    this.listen();
  }

  private makeHandle(container: HTMLElement): HTMLDivElement {
    const h = container.ownerDocument.createElement('div');
    h.className = 'bc-edge-handle';
    h.title = 'Drag to another actor to draw a relation';
    h.setAttribute('aria-hidden', 'true');
    h.setAttribute('data-testid', 'edge-handle');
    Object.assign(h.style, {
      position: 'absolute',
      width: `${HANDLE_PX}px`,
      height: `${HANDLE_PX}px`,
      borderRadius: '50%',
      background: 'var(--accent, #0072b2)',
      border: '2px solid var(--bg, #ffffff)',
      boxShadow: '0 0 0 1px var(--accent, #0072b2)',
      cursor: 'crosshair',
      zIndex: '5',
      display: 'none',
      touchAction: 'none',
      userSelect: 'none',
    });
    // The canvas under the handle must not see the press (it would pan, or grab the node); no text
    // selection either. (Not preventDefault on pointerdown: it would stop the mouse events that
    // cytoscape, and so edgehandles, follow.)
    h.addEventListener('mousedown', (e) => {
      e.preventDefault();
      e.stopPropagation();
    });
    h.addEventListener('touchstart', (e) => e.stopPropagation());
    h.addEventListener('pointerdown', (e) => {
      e.stopPropagation();
      if (!this.node || this.node.removed()) return;
      this.eh.start(this.node);
      this.hide();
    });
    h.addEventListener('pointerenter', () => this.cancelHide());
    h.addEventListener('pointerleave', () => this.hideSoon());
    container.appendChild(h);
    return h;
  }

  private listen(): void {
    const cy = this.cy;
    const on = (
      events: string,
      selector: string | undefined,
      f: (e: EventObject) => void,
    ): void => {
      if (selector === undefined) cy.on(events, f);
      else cy.on(events, selector, f);
      this.offs.push(() =>
        selector === undefined ? cy.off(events, f) : cy.off(events, selector, f),
      );
    };
    on('mouseover tap', 'node', (e) => {
      const n = e.target as NodeSingular;
      if (isActor(n)) this.show(n);
    });
    on('mouseout', 'node', () => this.hideSoon());
    on('viewport grab drag ehstart remove', undefined, () => this.hide());
    const up = (): void => this.eh.stop();
    const win = this.handle.ownerDocument.defaultView;
    win?.addEventListener('pointerup', up);
    this.offs.push(() => win?.removeEventListener('pointerup', up));
  }

  private show(n: NodeSingular): void {
    this.cancelHide();
    this.node = n;
    let x: number;
    let y: number;
    if (n.isParent()) {
      const bb = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      x = bb.x2;
      y = bb.y1;
    } else {
      const p = n.renderedPosition();
      // The corner of the node's circle (0.35: a little inside the box's corner).
      x = p.x + n.renderedOuterWidth() * 0.35;
      y = p.y - n.renderedOuterHeight() * 0.35;
    }
    Object.assign(this.handle.style, {
      left: `${x - HANDLE_PX / 2}px`,
      top: `${y - HANDLE_PX / 2}px`,
      display: 'block',
    });
  }

  private hide(): void {
    this.cancelHide();
    this.handle.style.display = 'none';
  }

  private hideSoon(): void {
    this.cancelHide();
    this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  /** Draw mode: a drag from any actor draws (nodes cannot be dragged meanwhile). */
  setDrawMode(on: boolean): void {
    if (on === this.drawMode) return;
    this.drawMode = on;
    if (on) this.eh.enableDrawMode();
    else this.eh.disableDrawMode();
  }

  destroy(): void {
    this.hide();
    this.eh.stop();
    this.setDrawMode(false);
    this.eh.destroy();
    for (const off of this.offs.splice(0)) off();
    this.handle.remove();
  }
}
