// The platform's floor: hand-written DOM code that builds the same cards as <agenda-events> (same elements,
// classes, parts and text: thumbnail with its placeholder icon and 2x srcset, title button, category with
// its colour, badges, French dates from Intl with the range and the Paris offset, venue, artists, excerpt,
// booking link) from the same JSON, into a shadow root that adopts the component's own style sheets, so
// layout and paint cost the same on both sides. What differs is only how the DOM is made: no framework,
// no model, no validation beyond what the card needs, icons cloned, each list built in a fragment.
// When the card's markup changes (src/ui/card.ts), this file follows it.
/* global document, location, customElements, CSSStyleSheet -- these run in the browser */

const SVG = 'http://www.w3.org/2000/svg';

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag @param {string} [className] @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** An icon like src/ui/icons.ts's, built once and cloned. @param {[string, Record<string, string>][]} shapes */
function icon(shapes) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const [tag, attributes] of shapes) {
    const shape = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) shape.setAttribute(name, value);
    svg.append(shape);
  }
  return svg;
}

const ICONS = {
  calendar: icon([['rect', { x: '3', y: '4.5', width: '18', height: '16', rx: '2' }], ['path', { d: 'M3 9.5h18M8 2.5v4M16 2.5v4' }]]),
  pin: icon([['path', { d: 'M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z' }], ['circle', { cx: '12', cy: '9.5', r: '2.5' }]]),
  external: icon([['path', { d: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5' }]]),
};

// Formatters built once, as any careful hand-written page would.
const nextDay = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
const nextTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const shortDay = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'short' });
const shortDayYear = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
const parisOffset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' });
const artistList = new Intl.ListFormat('fr-FR', { style: 'long', type: 'conjunction' });
const ENTITIES = /** @type {Record<string, string>} */ ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' });

/** Paris wall clock `YYYY-MM-DD[ HH:MM[:SS]]` → a Date read as UTC, and its day. @param {string} value */
function wallClock(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(value ?? '');
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  return { date: new Date(Date.UTC(+y, +mo - 1, +d, h ? +h : 0, mi ? +mi : 0)), hasTime: h !== undefined, day: `${y}-${mo}-${d}` };
}

/** @param {{date: Date, hasTime: boolean, day: string}} clock @param {string} text */
function time(clock, text) {
  const node = el('time', '', text);
  let datetime = clock.day;
  if (clock.hasTime) {
    const name = parisOffset.formatToParts(clock.date).find((part) => part.type === 'timeZoneName')?.value ?? '';
    datetime = `${clock.date.toISOString().slice(0, 16)}${/GMT([+-]\d{2}:\d{2})/.exec(name)?.[1] ?? '+00:00'}`;
  }
  node.setAttribute('datetime', datetime);
  return node;
}

/** @param {any} raw @param {string} today */
function dates(raw, today) {
  const next = wallClock(raw.nextdate) ?? wallClock(raw.date_debut);
  const end = wallClock(raw.date_fin);
  const p = el('p', 'date');
  p.setAttribute('part', 'date');
  if (next) {
    const ahead = Math.round((Date.parse(`${next.day}T00:00Z`) - Date.parse(`${today}T00:00Z`)) / 86400000);
    let day = ahead === 0 ? 'Aujourd’hui' : ahead === 1 ? 'Demain' : nextDay.format(next.date);
    if (ahead > 1) day = day.charAt(0).toUpperCase() + day.slice(1);
    const span = el('span', 'next');
    span.append(time(next, next.hasTime ? `${day}, ${nextTime.format(next.date)}` : day));
    p.append(span);
  }
  if (next && end && end.day > next.day) {
    const endYear = end.day.slice(0, 4) !== today.slice(0, 4);
    const range = el('span', 'range');
    range.append('jusqu’au ', time({ ...end, hasTime: false }, (endYear ? shortDayYear : shortDay).format(end.date)));
    p.append(range);
  }
  return p;
}

/** @param {string} html */
function plainText(html) {
  return String(html ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (entity, name) => (name[0] === '#' ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name] ?? entity))
    .replace(/\s+/g, ' ')
    .trim();
}

/** @param {string} text @param {number} length */
function truncate(text, length) {
  if (text.length <= length) return text;
  const room = text.slice(0, length - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > length / 2 ? room.slice(0, space) : room).replace(/[\s,;:.!?–—·•-]+$/, '')}…`;
}

/**
 * @typedef {{thumbBase: string, today: string}} Context
 * @param {any} raw @param {number} index @param {Context} context
 */
function card(raw, index, context) {
  const cancelled = /^annul/i.test(raw.etat ?? '');
  const article = el('article', `card${cancelled ? ' cancelled' : ''}${raw.sponsored === '1' ? ' featured' : ''}`);
  article.setAttribute('part', 'card');
  if (/^#[0-9a-f]{6}$/i.test(raw.couleur)) article.style.setProperty('--_category', raw.couleur);

  const thumb = el('div', 'thumb');
  thumb.setAttribute('part', 'thumbnail');
  const placeholder = el('span', 'placeholder');
  placeholder.append(ICONS.calendar.cloneNode(true));
  thumb.append(placeholder);
  if (/^https?:\/\//.test(raw.visuel ?? '')) {
    const src = encodeURIComponent(raw.visuel);
    const img = el('img');
    // `loading` before `src`: set after, the browser would already have started the download.
    img.loading = index < 2 ? 'eager' : 'lazy';
    img.decoding = 'async';
    img.width = 320;
    img.height = 180;
    img.alt = `Visuel de « ${raw.titre} »`;
    img.srcset = `${context.thumbBase}?src=${src}&w=320&h=180&zc=1 1x, ${context.thumbBase}?src=${src}&w=640&h=360&zc=1 2x`;
    img.src = `${context.thumbBase}?src=${src}&w=320&h=180&zc=1`;
    img.addEventListener('error', () => (img.hidden = true));
    thumb.append(img);
  }

  const content = el('div', 'content');
  const title = el('h3', 'title');
  title.setAttribute('part', 'title');
  const button = el('button', 'activate');
  button.type = 'button';
  const label = el('span', 'label', raw.titre);
  label.lang = 'fr';
  if (cancelled) label.append(el('span', 'visually-hidden', ' (Annulé)'));
  button.append(label);
  title.append(button);

  const meta = el('p', 'meta');
  const category = el('span', 'category');
  category.setAttribute('part', 'category');
  const swatch = el('span', 'swatch');
  swatch.setAttribute('aria-hidden', 'true');
  category.append(swatch, raw.cat_nom);
  meta.append(category);
  /** @param {string} kind @param {string} text */
  const badge = (kind, text) => {
    const span = el('span', `badge ${kind}`, text);
    span.setAttribute('part', `badge badge-${kind}`);
    return span;
  };
  if (cancelled) meta.append(badge('cancelled', 'Annulé'));
  if (raw.gratuit === '1') meta.append(badge('free', 'Gratuit'));
  if (raw.sponsored === '1') meta.append(badge('featured', 'À la une'));

  content.append(title, meta, dates(raw, context.today));

  if (raw.lieu) {
    const venue = el('p', 'venue');
    venue.setAttribute('part', 'venue');
    venue.append(ICONS.pin.cloneNode(true), el('span', '', raw.lieu));
    content.append(venue);
  }
  const artists = String(raw.artistes ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  if (artists.length) {
    const shown = artists.slice(0, 3);
    const others = Math.max(Number(raw.nb_artistes) || 0, artists.length) - shown.length;
    const p = el('p', 'artists', others > 0 ? `Avec ${shown.join(', ')} et ${others} ${others > 1 ? 'autres' : 'autre'}` : `Avec ${artistList.format(shown)}`);
    p.setAttribute('part', 'artists');
    content.append(p);
  }
  const excerpt = plainText(raw.description);
  if (excerpt) {
    const p = el('p', 'excerpt', truncate(excerpt, 220));
    p.setAttribute('part', 'excerpt');
    p.lang = 'fr';
    content.append(p);
  }
  if (!cancelled && /^https?:\/\//.test(raw.url_resa ?? '')) {
    const a = el('a', 'booking', 'Réserver');
    a.setAttribute('part', 'booking');
    a.target = '_blank';
    a.rel = 'noopener';
    a.href = raw.url_resa;
    a.append(el('span', 'visually-hidden', ` « ${raw.titre} » (nouvelle fenêtre)`), ICONS.external.cloneNode(true));
    content.append(a);
  }
  article.append(thumb, content);
  const li = el('li');
  li.append(article);
  return li;
}

/** The component's own style sheets (Lit's static `elementStyles`), so both sides lay out the same CSS. */
function componentSheets() {
  const element = /** @type {any} */ (customElements.get('agenda-events'));
  return /** @type {any[]} */ (element?.elementStyles ?? []).map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet)).filter(Boolean);
}

/** Today in Paris, `YYYY-MM-DD`. */
function parisToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/**
 * Fetches one page (the stubbed API) and renders it into every host's shadow root, as the component does
 * when identical listings share one request.
 * @param {HTMLElement[]} hosts @param {string} url @param {string} apiBase
 */
export async function renderBaseline(hosts, url, apiBase) {
  const sheets = componentSheets();
  const context = { thumbBase: new URL(`${apiBase}/static/im/thumb.php`, location.href).href, today: parisToday() };
  const { events } = await (await fetch(url)).json();
  for (const host of hosts) {
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    const wrapper = el('div', 'root light');
    wrapper.setAttribute('part', 'base');
    wrapper.lang = 'fr';
    const body = el('div', 'body');
    const list = el('ul', 'list layout-list');
    list.setAttribute('part', 'list');
    list.setAttribute('aria-label', 'Événements à venir');
    list.style.setProperty('--_thumb-width', '320px');
    list.style.setProperty('--_thumb-ratio', '320 / 180');
    const fragment = document.createDocumentFragment();
    events.forEach((/** @type {any} */ raw, /** @type {number} */ i) => fragment.append(card(raw, i, context)));
    list.append(fragment);
    body.append(list);
    const status = el('p', 'visually-hidden', `${events.length} événements`);
    status.setAttribute('role', 'status');
    wrapper.append(body, status);
    root.replaceChildren(wrapper);
  }
}

/**
 * Fetches the next page and appends its cards to `host`'s list, in one go, then moves focus to the first new
 * card as the component does for keyboard users (which lays the list out at once).
 * @param {HTMLElement} host @param {string} url @param {string} apiBase
 */
export async function appendBaseline(host, url, apiBase) {
  const context = { thumbBase: new URL(`${apiBase}/static/im/thumb.php`, location.href).href, today: parisToday() };
  const list = /** @type {HTMLElement} */ (host.shadowRoot?.querySelector('.list'));
  const shown = list.children.length;
  const { events } = await (await fetch(url)).json();
  const fragment = document.createDocumentFragment();
  events.forEach((/** @type {any} */ raw, /** @type {number} */ i) => fragment.append(card(raw, shown + i, context)));
  const first = fragment.querySelector('.activate');
  list.append(fragment);
  /** @type {HTMLElement | null} */ (first)?.focus();
}
