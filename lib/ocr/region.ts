/** A rectangle in the captured image's own pixels. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The rectangle between two points, clamped to the image and at least 1 px each way. */
export function regionBetween(
  a: { x: number; y: number },
  b: { x: number; y: number },
  size: { width: number; height: number },
): Region {
  const clamp = (v: number, max: number) => Math.min(Math.max(Math.round(v), 0), max);
  const x0 = clamp(Math.min(a.x, b.x), size.width - 1);
  const y0 = clamp(Math.min(a.y, b.y), size.height - 1);
  const x1 = clamp(Math.max(a.x, b.x), size.width);
  const y1 = clamp(Math.max(a.y, b.y), size.height);
  return { x: x0, y: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) };
}

/** A region typed into the form, made to fit the image (null when a field is not a number). */
export function fitRegion(r: Region, size: { width: number; height: number }): Region | null {
  if (![r.x, r.y, r.width, r.height].every(Number.isFinite)) return null;
  return regionBetween({ x: r.x, y: r.y }, { x: r.x + r.width, y: r.y + r.height }, size);
}
