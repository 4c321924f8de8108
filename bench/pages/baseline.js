// The platform's floor: hand-written DOM code that renders the same cards as <agenda-events> (thumbnail,
// title button, category with its colour, badges, French date, venue, artists, excerpt) from the same JSON,
// into a shadow root with a style sheet, in one fragment. No framework, no validation beyond what the card
// needs. The render benchmark times it in the same page as the component.
/* global document, CSSStyleSheet -- these run in the browser */

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  .list { display: grid; gap: 1rem; list-style: none; margin: 0; padding: 0; }
  .card { display: grid; grid-template-columns: 160px 1fr; gap: .75rem; border: 1px solid #ddd; border-left: 4px solid var(--cat); border-radius: 8px; padding: .75rem; }
  .thumb { aspect-ratio: 16 / 9; background: #eee; }
  .thumb img { width: 100%; height: auto; display: block; }
  .title { margin: 0; font-size: 1.1rem; } .title button { all: inherit; cursor: pointer; }
  .badge { border-radius: 4px; padding: 0 .3rem; margin-left: .3rem; background: #eee; }
  .swatch { display: inline-block; width: .6rem; height: .6rem; border-radius: 50%; background: var(--cat); }
  .excerpt { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
`);

const dayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
const timeFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** @param {string} tag @param {string} [className] @param {string} [text] */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** @param {any} raw @param {number} index @param {string} apiBase */
function card(raw, index, apiBase) {
  const article = el('article', 'card');
  article.setAttribute('part', 'card');
  if (/^#[0-9a-f]{3,8}$/i.test(raw.couleur)) article.style.setProperty('--cat', raw.couleur);
  const thumb = el('div', 'thumb');
  const img = el('img');
  // `loading` before `src`: set after, the browser would already have started every download.
  img.loading = index < 2 ? 'eager' : 'lazy';
  img.decoding = 'async';
  img.width = 160;
  img.height = 90;
  img.alt = '';
  img.src = `${apiBase}/static/im/thumb.php?src=${encodeURIComponent(raw.visuel)}&w=160&h=90&zc=1`;
  thumb.append(img);
  const content = el('div', 'content');
  const title = el('h3', 'title');
  title.append(el('button', '', raw.titre));
  const meta = el('p', 'meta');
  const category = el('span', 'category');
  category.append(el('span', 'swatch'), raw.cat_nom);
  meta.append(category);
  if (raw.etat === 'annule') meta.append(el('span', 'badge', 'Annulé'));
  if (raw.sponsored === '1') meta.append(el('span', 'badge', 'À la une'));
  if (raw.gratuit === '1') meta.append(el('span', 'badge', 'Gratuit'));
  const [date, time] = String(raw.nextdate).split(' ');
  const when = new Date(`${date}T${time ?? '00:00:00'}Z`);
  const dateLine = el('p', 'date');
  const timeElement = el('time', '', `${dayFormat.format(when)}${time ? `, ${timeFormat.format(when)}` : ''}`);
  timeElement.setAttribute('datetime', time ? `${date}T${time.slice(0, 5)}` : date);
  dateLine.append(timeElement);
  content.append(title, meta, dateLine, el('p', 'venue', raw.lieu));
  if (raw.artistes) content.append(el('p', 'artists', `Avec ${raw.artistes}`));
  const excerpt = String(raw.description).replace(/<[^>]*>/g, '');
  if (excerpt) content.append(el('p', 'excerpt', excerpt.slice(0, 220)));
  article.append(thumb, content);
  return article;
}

/**
 * Fetches `url` (the stubbed API) and renders its events into `host`'s shadow root.
 * @param {HTMLElement} host @param {string} url @param {string} apiBase
 */
export async function renderBaseline(host, url, apiBase) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  const text = await (await fetch(url)).text();
  const { events } = JSON.parse(text);
  const list = el('div', 'list');
  const fragment = document.createDocumentFragment();
  events.forEach((/** @type {any} */ raw, /** @type {number} */ i) => fragment.append(card(raw, i, apiBase)));
  list.append(fragment);
  root.append(list);
}
