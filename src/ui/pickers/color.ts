/**
 * Colours of the category chips. The API's `couleur` is checked again here (`safeColor`: exactly `#rrggbb`)
 * before it reaches a style, and the text drawn on it is black or white, whichever contrasts more: for any
 * colour that is at least 4.58:1, so a selected chip meets WCAG AA in the light and the dark theme alike.
 */
import type { StyleProperties } from '../style-properties.js';
import { safeColor } from '../safe.js';

/** sRGB channel (0–255) → linear light, per WCAG 2.x relative luminance. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const r = (value >> 16) & 0xff;
  const g = (value >> 8) & 0xff;
  const b = value & 0xff;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour for a `#rrggbb` background: `#000000` or `#ffffff`, whichever contrasts more. */
export function inkFor(background: string): '#000000' | '#ffffff' {
  // Black wins when (L + 0.05) / 0.05 >= 1.05 / (L + 0.05), i.e. (L + 0.05)² >= 0.0525.
  return (luminance(background) + 0.05) ** 2 >= 0.0525 ? '#000000' : '#ffffff';
}

/** The custom properties a chip gets for an API colour; none when the colour is not a valid `#rrggbb`. */
export function chipColors(color: string | null | undefined): StyleProperties {
  const safe = safeColor(color);
  return safe ? { '--_chip': safe, '--_chip-ink': inkFor(safe) } : {};
}
