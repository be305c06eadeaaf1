/**
 * The box of every text a chart image draws, recorded as it is drawn: a proxy over the canvas context catches
 * each fillText (Chart.js ticks, legend, data labels, our frame) and stores its four corners in CSS pixels of the
 * whole image. The overlap test reads these boxes; nothing has to guess where Chart.js put a label.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';

export interface Point {
  x: number;
  y: number;
}

export interface TextBox {
  text: string;
  /** Font size in CSS pixels of the image. */
  px: number;
  /** The ink box's corners, clockwise, in CSS pixels of the whole image (rotated text keeps its slant). */
  corners: [Point, Point, Point, Point];
}

/** The context Chart.js sees for a plot placed at `origin` (CSS px) on a canvas drawn at `scale` device px per CSS px. */
export interface PlotContext {
  ctx: SKRSContext2D;
  canvas: { width: number; height: number; getContext: () => SKRSContext2D };
}

function fontPx(font: string): number {
  const m = /(\d+(?:\.\d+)?)px/.exec(font);
  return m ? Number(m[1]) : 0;
}

/**
 * A context that draws on `target` and records every fillText in `boxes`. `origin` shifts what Chart.js draws
 * (it believes its canvas starts at 0,0); clearRect is dropped so a plot never erases the frame drawn before it.
 */
export function recordingContext(target: SKRSContext2D, boxes: TextBox[], scale: number, origin: Point = { x: 0, y: 0 }, canvas?: object): SKRSContext2D {
  const dx = origin.x * scale;
  const dy = origin.y * scale;
  const record = (text: string, x: number, y: number) => {
    if (!String(text).trim()) return;
    const m = target.measureText(String(text));
    const left = x - m.actualBoundingBoxLeft;
    const right = x + m.actualBoundingBoxRight;
    const top = y - m.actualBoundingBoxAscent;
    const bottom = y + m.actualBoundingBoxDescent;
    const t = target.getTransform();
    const map = (px: number, py: number): Point => ({ x: (t.a * px + t.c * py + t.e) / scale, y: (t.b * px + t.d * py + t.f) / scale });
    boxes.push({ text: String(text), px: fontPx(target.font) * Math.hypot(t.a, t.b) / scale, corners: [map(left, top), map(right, top), map(right, bottom), map(left, bottom)] });
  };
  const overrides: Record<string, unknown> = {
    fillText: (text: string, x: number, y: number, maxWidth?: number) => {
      record(text, x, y);
      if (maxWidth === undefined) target.fillText(text, x, y);
      else target.fillText(text, x, y, maxWidth);
    },
    setTransform: (...args: number[]) => {
      if (args.length === 6) {
        const [a, b, c, d, e, f] = args as [number, number, number, number, number, number];
        target.setTransform(a, b, c, d, e + dx, f + dy);
      } else target.setTransform(...(args as []));
    },
    resetTransform: () => target.setTransform(1, 0, 0, 1, dx, dy),
    clearRect: () => undefined,
  };
  return new Proxy(target, {
    get(t, prop) {
      if (typeof prop === 'string' && prop in overrides) return overrides[prop];
      // Chart.js reads its canvas back from the context: answer with the plot's stand-in, not the shared canvas.
      if (prop === 'canvas' && canvas) return canvas;
      const value = (t as unknown as Record<string | symbol, unknown>)[prop];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
    set(t, prop, value) {
      (t as unknown as Record<string | symbol, unknown>)[prop] = value;
      return true;
    },
  });
}

/** A stand-in canvas for Chart.js: its own size in CSS px at `origin`, drawing onto the shared canvas `target`. */
export function plotCanvas(target: SKRSContext2D, boxes: TextBox[], scale: number, origin: Point, width: number, height: number): PlotContext['canvas'] {
  const canvas: PlotContext['canvas'] = { width, height, getContext: () => ctx };
  const ctx = recordingContext(target, boxes, scale, origin, canvas);
  return canvas;
}

// ---- Checks over recorded boxes -------------------------------------------------------------------------------

function axes(c: Point[]): Point[] {
  return [0, 1].map((i) => ({ x: c[i + 1]!.x - c[i]!.x, y: c[i + 1]!.y - c[i]!.y }));
}

/** Separating-axis test for two convex quadrilaterals, shrunk by `slack` px so touching ink does not count. */
export function boxesOverlap(a: TextBox, b: TextBox, slack = 0.5): boolean {
  for (const axis of [...axes(a.corners), ...axes(b.corners)]) {
    const len = Math.hypot(axis.x, axis.y);
    if (!len) continue;
    const project = (box: TextBox) => box.corners.map((p) => (p.x * axis.x + p.y * axis.y) / len);
    const pa = project(a);
    const pb = project(b);
    if (Math.max(...pa) - slack <= Math.min(...pb) + slack || Math.max(...pb) - slack <= Math.min(...pa) + slack) return false;
  }
  return true;
}

/** Every text that leaves the canvas or overlaps another, in words a test failure can print. */
export function textProblems(boxes: TextBox[], width: number, height: number): string[] {
  const problems: string[] = [];
  const out = (p: Point) => p.x < -0.5 || p.y < -0.5 || p.x > width + 0.5 || p.y > height + 0.5;
  for (const b of boxes) {
    if (b.corners.some(out)) {
      const xs = b.corners.map((p) => p.x);
      const ys = b.corners.map((p) => p.y);
      problems.push(`"${b.text}" leaves the ${width}×${height} canvas (x ${Math.min(...xs).toFixed(0)}…${Math.max(...xs).toFixed(0)}, y ${Math.min(...ys).toFixed(0)}…${Math.max(...ys).toFixed(0)})`);
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (boxesOverlap(boxes[i]!, boxes[j]!)) problems.push(`"${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`);
    }
  }
  return problems;
}

/** A drawn line's straight piece, in CSS px of the whole image. */
export interface LineSegment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Separating-axis test of a text box against a segment: the box's two edge directions and the segment's normal. */
export function segmentCrossesBox(s: LineSegment, b: TextBox, slack = 0.5): boolean {
  const ends = [{ x: s.x0, y: s.y0 }, { x: s.x1, y: s.y1 }];
  for (const axis of [...axes(b.corners), { x: -(s.y1 - s.y0), y: s.x1 - s.x0 }]) {
    const len = Math.hypot(axis.x, axis.y);
    if (!len) continue;
    const project = (ps: Point[]) => ps.map((p) => (p.x * axis.x + p.y * axis.y) / len);
    const pb = project(b.corners);
    const ps = project(ends);
    if (Math.max(...pb) - slack <= Math.min(...ps) + slack || Math.max(...ps) - slack <= Math.min(...pb) + slack) return false;
  }
  return true;
}

/** Every text that a data line runs through, in words a test failure can print. */
export function textOnLines(boxes: TextBox[], segments: LineSegment[]): string[] {
  return boxes.flatMap((b) => {
    const s = segments.find((seg) => segmentCrossesBox(seg, b));
    return s ? [`"${b.text}" sits on a line (${s.x0.toFixed(0)},${s.y0.toFixed(0)}–${s.x1.toFixed(0)},${s.y1.toFixed(0)})`] : [];
  });
}
