/**
 * WCAG 2.x contrast, for checking ExoCheck's own colours (the mark palette in highlight.ts,
 * tested in tests/unit/page/mark-contrast.test.ts). Pure functions over sRGB colours written
 * as `#rgb`, `#rrggbb`, `rgb(r,g,b)` or `rgba(r,g,b,a)`; nothing here reads the page.
 */

/** Channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A colour as CSS writes it, or null for anything else (names, hsl(), system colours). */
export function parseColor(css: string): Rgba | null {
  const s = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const n = Number.parseInt(full, 16);
    return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: 1 };
  }
  const fn = /^rgba?\(([^()]*)\)$/.exec(s)?.[1];
  if (!fn) return null;
  const parts = fn.split(',').map((p) => Number(p.trim()));
  if (parts.length < 3 || parts.length > 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return { r, g, b, a };
}

/** `top` painted over an opaque `bottom` (source-over). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG relative luminance of an opaque colour. */
export function luminance(c: Rgba): number {
  const lin = (v: number) => {
    const x = v / 255;
    return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/**
 * Contrast ratio (1–21) of two colours; a translucent `a` is first painted over `b`, which
 * must be opaque.
 */
export function contrast(a: Rgba | string, b: Rgba | string): number {
  const bottom = typeof b === 'string' ? parseColor(b) : b;
  const topRaw = typeof a === 'string' ? parseColor(a) : a;
  if (!bottom || !topRaw) throw new Error(`not a colour: ${String(topRaw ? b : a)}`);
  const top = topRaw.a < 1 ? over(topRaw, bottom) : topRaw;
  const [hi, lo] = [luminance(top), luminance(bottom)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
