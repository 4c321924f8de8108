// Event posters: an SVG composed from the event (category colour, a few seeded shapes, the title) and
// rendered to JPEG by sharp. Only the event's id, title, category, venue and city go in, so a poster never
// changes from one day to the next and can be cached for long.

import sharp from 'sharp';
import { Random } from '../lib/random.js';
import { escapeXml } from '../lib/text.js';

/** Poster size, in pixels (portrait, like printed posters). */
export const POSTER_WIDTH = 800;
/** Poster height, in pixels. */
export const POSTER_HEIGHT = 1000;

/**
 * Splits a title into lines of at most `width` characters, on word boundaries.
 * @param {string} text
 * @param {number} width
 */
function wrap(text, width) {
  /** @type {string[]} */
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 4 ? [...lines.slice(0, 3), `${lines[3]}…`] : lines;
}

/**
 * A colour `amount` (−1…1) darker or lighter.
 * @param {string} hex #rrggbb
 * @param {number} amount
 */
function shade(hex, amount) {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const mixed = channels.map((c) => Math.round(amount < 0 ? c * (1 + amount) : c + (255 - c) * amount));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The poster's SVG source.
 * @param {import('../data/events.js').AgendaEvent} event
 */
export function posterSvg(event) {
  const random = new Random(`poster:${event.id}`);
  const color = event.category.color;
  const shapes = Array.from({ length: 7 }, () => {
    const x = random.int(-100, POSTER_WIDTH + 100);
    const y = random.int(-100, 650);
    const r = random.int(60, 260);
    const fill = random.chance(0.5) ? shade(color, 0.45) : shade(color, -0.35);
    return random.chance(0.6)
      ? `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}" opacity="${(0.25 + random.next() * 0.4).toFixed(2)}"/>`
      : `<rect x="${x}" y="${y}" width="${r * 1.4}" height="${r}" rx="24" fill="${fill}" opacity="${(0.2 + random.next() * 0.35).toFixed(2)}" transform="rotate(${random.int(-30, 30)} ${x} ${y})"/>`;
  }).join('');
  // The text sits in a band around the middle: thumb.php's zc=1 crops around the centre, so a landscape
  // thumbnail of this portrait poster still shows the whole title rather than a cut-off last line.
  const size = event.title.length > 40 ? 48 : 58;
  const lines = wrap(event.title, size > 50 ? 20 : 26);
  const lineHeight = size + 8;
  const blockHeight = 40 + lines.length * lineHeight + 44;
  const top = Math.round((POSTER_HEIGHT - blockHeight) / 2);
  const title = lines
    .map((line, i) => `<text x="400" y="${top + 40 + (i + 1) * lineHeight - 8}" font-size="${size}" font-weight="bold">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${POSTER_WIDTH}" height="${POSTER_HEIGHT}" viewBox="0 0 ${POSTER_WIDTH} ${POSTER_HEIGHT}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="0.4" y2="1"><stop offset="0" stop-color="${shade(color, 0.15)}"/><stop offset="1" stop-color="${shade(color, -0.55)}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#bg)"/>${shapes}
<rect x="0" y="${top - 36}" width="${POSTER_WIDTH}" height="${blockHeight + 72}" fill="#000" opacity="0.3"/>
<g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" fill="#ffffff" text-anchor="middle">
<text x="400" y="${top + 22}" font-size="26" letter-spacing="4">${escapeXml(event.category.name.toUpperCase())}</text>
${title}
<text x="400" y="${top + blockHeight - 4}" font-size="28" opacity="0.9">${escapeXml(`${event.venue.name} · ${event.city.name}`)}</text>
</g></svg>`;
}

/**
 * The poster as JPEG bytes.
 * @param {import('../data/events.js').AgendaEvent} event
 * @returns {Promise<Buffer>}
 */
export function renderPoster(event) {
  return sharp(Buffer.from(posterSvg(event))).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

/**
 * A resized copy: fits inside width × height without enlarging, or, with crop, covers exactly
 * width × height (each capped at the original size) cut around the centre, as thumb.php's zc=1 does.
 * @param {Buffer} jpeg
 * @param {{width?: number, height?: number, crop: boolean}} size
 * @returns {Promise<Buffer>}
 */
export function resize(jpeg, { width, height, crop }) {
  const w = width === undefined ? undefined : Math.min(width, POSTER_WIDTH);
  const h = height === undefined ? undefined : Math.min(height, POSTER_HEIGHT);
  if (w === undefined && h === undefined) return Promise.resolve(jpeg);
  const fit = crop && w !== undefined && h !== undefined ? 'cover' : 'inside';
  return sharp(jpeg).resize({ width: w, height: h, fit, position: 'centre', withoutEnlargement: true }).jpeg({ quality: 82 }).toBuffer();
}
