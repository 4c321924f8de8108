/**
 * The event card shared by every listing: one `<article>` per event, its title a button that stretches over
 * the whole card so a pointer can activate it anywhere, and everything else plain text that reads in order.
 *
 * Two promises shape this file. Speed: a listing may hold hundreds of cards, so each is one flat template
 * (no whitespace between tags, text set as `textContent`, rows an event lacks kept but hidden), nested
 * templates only for rarer pieces, icons written into the templates, one click listener per list.
 * Stability: every card of a layout has the same height at a given width (text in fixed lines, the
 * thumbnail in its aspect-ratio box), and its skeleton has exactly that geometry, so nothing under the
 * listing moves when the cards replace it (see the styles). Only text a visitor spaces out or a partner
 * enlarges beyond those lines grows a card, rather than being cut off.
 */
import { css, html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { styleProperty } from './style-properties.js';
import { truncate } from '../client/text.js';
import type { EventSummary, Lang, ThumbnailSources } from '../client/index.js';
import {
  formatDistance,
  formatList,
  formatNextDate,
  formatShortDay,
  machineDate,
  parseWallClock,
  type WallClock,
} from './format.js';
import type { Messages } from './i18n.js';
import { safeColor, safeHttpUrl } from './safe.js';
import { badgeStyles } from './styles.js';

/** How a listing lays out its cards. */
export type Layout = 'list' | 'grid' | 'compact';

/** What a card needs besides its event; one object shared by every card of a listing. */
export interface CardOptions {
  /** Language of the dates and numbers. */
  lang: Lang;
  /** Messages in that language. */
  t: Messages;
  /** The listing's layout (`compact` cards have no thumbnail, excerpt nor artists). */
  layout: Layout;
  /** Thumbnail width in CSS pixels. */
  thumbWidth: number;
  /** Thumbnail height in CSS pixels. */
  thumbHeight: number;
  /** Builds the thumbnail's `src` and 2x `srcset`; null when it cannot (the placeholder stays). */
  thumbnail(image: string): ThumbnailSources | null;
  /** Show the town and distance (geo listings). */
  showPlace: boolean;
  /** Today in Paris, `YYYY-MM-DD`, so "today"/"tomorrow" are right for the whole list. */
  today: string;
  /** Level of the cards' titles in the page's outline, 1 to 6; 3 when not given. */
  headingLevel?: number;
}

/** Longest excerpt shown; the CSS clamps it visually to three lines anyway. */
const EXCERPT_LENGTH = 220;
/** Artists named before "and N more". */
const ARTISTS_SHOWN = 3;

/** Hides a thumbnail that failed to load (one capturing listener on the list); its box keeps the size. */
export function hideBrokenImage(event: Event): void {
  if (event.target instanceof HTMLImageElement) event.target.hidden = true;
}

function renderImage(event: EventSummary, options: CardOptions, eager: boolean): TemplateResult | typeof nothing {
  const image = safeHttpUrl(event.image);
  const sources = image ? options.thumbnail(image) : null;
  if (!sources) return nothing;
  const { thumbWidth: width, thumbHeight: height } = options;
  const alt = options.t.imageAlt(event.title);
  // `loading` is written before `src`: set after it, the browser would already have started the download.
  return eager
    ? html`<img loading="eager" decoding="async" width=${width} height=${height} alt=${alt} srcset=${sources.srcset} src=${sources.src}>`
    : html`<img loading="lazy" decoding="async" width=${width} height=${height} alt=${alt} srcset=${sources.srcset} src=${sources.src}>`;
}

/**
 * How long the event runs, after its next date: `jusqu’au 20 déc.`. The next date already says when to go, so
 * the run's last day is what is left to say, in a third of the room "du 29 nov. au 20 déc." took.
 */
function renderUntil(end: WallClock, options: CardOptions): TemplateResult {
  const { lang, t, today } = options;
  const withYear = end.day.slice(0, 4) !== today.slice(0, 4);
  return html`<span class="range">${t.until}<time datetime=${end.day} .textContent=${formatShortDay(end, lang, withYear)}></time></span>`;
}

/** The badges, in one part: most cards have none or one. */
function renderBadges(event: EventSummary, t: Messages): TemplateResult | TemplateResult[] | typeof nothing {
  const badges: TemplateResult[] = [];
  // The cancelled badge is hidden from screen readers because the title already says it.
  if (event.cancelled) badges.push(html`<span class="badge cancelled" part="badge badge-cancelled" aria-hidden="true" .textContent=${t.cancelled}></span>`);
  // "Free" before "featured": when the card is too narrow for all three, the last is the one not shown, and a
  // featured card already stands out by its accent.
  if (event.free) badges.push(html`<span class="badge free" part="badge badge-free" .textContent=${t.free}></span>`);
  if (event.featured) badges.push(html`<span class="badge featured" part="badge badge-featured" .textContent=${t.featured}></span>`);
  return badges.length === 0 ? nothing : badges.length === 1 ? badges[0]! : badges;
}

/** The venue line's text: the venue, and for geo listings the town and the distance. */
function renderPlace(event: EventSummary, options: CardOptions): string | TemplateResult {
  const town = options.showPlace ? (event.cityName ?? '') : '';
  const distance =
    options.showPlace && event.distanceKm !== undefined && Number.isFinite(event.distanceKm)
      ? options.t.away(formatDistance(event.distanceKm, options.lang))
      : '';
  if (!town && !distance) return event.venue;
  // A flex box of its own: a row in compact cards, where the venue's name is what gives way (an ellipsis) and the
  // town and distance stay; a column in full cards. A long town ends in "…" before the distance does.
  return html`<span class="where">${event.venue
    ? html`<span class="name" .textContent=${event.venue}></span><span class="sep" aria-hidden="true"> · </span>`
    : nothing}<span class="place"><span class="town" .textContent=${town}></span><span
        class="distance"
        .textContent=${town && distance ? `, ${distance}` : distance}
      ></span></span></span>`;
}

function artistsText(event: EventSummary, options: CardOptions): string {
  if (event.artists.length === 0) return '';
  const shown = event.artists.slice(0, ARTISTS_SHOWN);
  const others = Math.max(event.artistCount, event.artists.length) - shown.length;
  return options.t.withArtists(others > 0 ? shown.join(', ') : formatList(shown, options.lang), others);
}

function renderBooking(event: EventSummary, t: Messages): TemplateResult | typeof nothing {
  const href = event.cancelled ? null : safeHttpUrl(event.bookingUrl);
  if (!href) return nothing;
  return html`<a class="booking" part="booking" href=${href} target="_blank" rel="noopener">${t.book}<span
      class="visually-hidden"
      .textContent=${` ${t.quote(event.title)} (${t.newWindow})`}
    ></span><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/></svg></a>`;
}

/** What both card templates show, computed once. */
function cardValues(event: EventSummary, options: CardOptions) {
  const { t, lang, today } = options;
  const color = safeColor(event.category.color);
  const next = parseWallClock(event.nextDate) ?? parseWallClock(event.startDate);
  const end = parseWallClock(event.endDate);
  const runs = next !== null && end !== null && end.day > next.day;
  const place = renderPlace(event, options);
  // A venue's name with a town or distance after it (geo listings): two lines in full cards (see the styles).
  const placed = typeof place !== 'string' && event.venue;
  return {
    classes: `card${event.cancelled ? ' cancelled' : ''}${event.featured ? ' featured' : ''}${runs ? ' runs' : ''}${placed ? ' placed' : ''}`,
    // The title stays an <h3> (one template for every card); another level is said through aria-level.
    level: options.headingLevel === undefined || options.headingLevel === 3 ? nothing : String(options.headingLevel),
    color,
    category: t.categoryName(event.category.uri, event.category.name),
    title: event.cancelled
      ? html`${event.title}<span class="visually-hidden" lang=${options.lang} .textContent=${` (${t.cancelled})`}></span>`
      : event.title,
    badges: renderBadges(event, t),
    next: next ? machineDate(next) : nothing,
    // Compact rows abbreviate it, so that a run's last day fits beside it on a phone.
    nextText: next ? formatNextDate(next, lang, t, today, options.layout === 'compact') : '',
    range: runs ? renderUntil(end, options) : nothing,
    place,
    booking: renderBooking(event, t),
  };
}

/**
 * One event card in its list item. `eager` loads the thumbnail at once (cards at the top) rather than when
 * it nears the viewport. Activating the title's button is left to a listener on the list (one for all the
 * cards), which finds the event by the card's position.
 *
 * One template per layout, each flat: text set as `textContent` (no marker comment per value), rows an
 * event may lack present but hidden (date, venue) or empty (artists, excerpt), nested templates only for
 * rarer pieces (date range, badges, booking link). The compact template repeats the full one without the
 * thumbnail, artists and excerpt: keep the two in step. The icons are the drawings of src/ui/icons.ts
 * (calendar) and ui/detail/icons.ts (pin, external) written out in the templates: cloned with the card, they
 * need no part, marker or clone of their own, about a tenth of a card's rendering. Keep them in step too.
 */
export function renderCard(event: EventSummary, options: CardOptions, eager = false): TemplateResult {
  const v = cardValues(event, options);
  if (options.layout === 'compact') {
    return html`<li><article class=${v.classes} part="card" style=${styleProperty('--_category', v.color)}><div class="content"><h3 class="title" part="title" aria-level=${v.level}><button
      type="button" class="activate"><span class="label" lang="fr">${v.title}</span></button></h3><p class="meta"><span class="category" part="category" .textContent=${v.category}></span>${v.badges}</p><p
      class="date" part="date" ?hidden=${v.next === nothing}><span class="next"><time datetime=${v.next} .textContent=${v.nextText}></time></span>${v.range}</p><p
      class="venue" part="venue" ?hidden=${v.place === ''}><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/></svg><span>${v.place}</span></p>${v.booking}</div></article></li>`;
  }
  const artists = artistsText(event, options);
  return html`<li><article class=${v.classes} part="card" style=${styleProperty('--_category', v.color)}><div class="thumb" part="thumbnail"><span
    class="placeholder"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="3" y="4.5" width="18" height="16" rx="2"/><path d="M3 9.5h18M8 2.5v4M16 2.5v4"/></svg></span>${renderImage(event, options, eager)}</div><div class="content"><h3 class="title" part="title" aria-level=${v.level}><button
    type="button" class="activate"><span class="label" lang="fr">${v.title}</span></button></h3><p class="meta"><span class="category" part="category" .textContent=${v.category}></span>${v.badges}</p><p
    class="date" part="date" ?hidden=${v.next === nothing}><span class="next"><time datetime=${v.next} .textContent=${v.nextText}></time></span>${v.range}</p><p
    class="venue" part="venue" ?hidden=${v.place === ''}><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/></svg><span>${v.place}</span></p><p
    class="artists" part="artists" .textContent=${artists}></p><p class="excerpt" part="excerpt" lang="fr" .textContent=${truncate(
      event.excerpt,
      EXCERPT_LENGTH,
    )}></p>${v.booking}</div></article></li>`;
}

/**
 * Renders a run of cards, and renders it again only when the run or the options change: a listing updates
 * for its status, its "more" button and each batch of appended cards, and the cards already shown need
 * nothing from those updates (Lit would otherwise compare every binding of every card each time).
 */
class CardRunDirective extends Directive {
  #events?: readonly EventSummary[];
  #options?: CardOptions;

  override render(events: readonly EventSummary[], options: CardOptions, eagerCount: number): unknown {
    if (events === this.#events && options === this.#options) return noChange;
    this.#events = events;
    this.#options = options;
    return events.map((event, index) => renderCard(event, options, index < eagerCount));
  }
}

/**
 * The cards of `events`, the first `eagerCount` loading their thumbnail at once; the same array and options
 * on a later render leave the DOM as it is.
 */
export const cardRun = directive(CardRunDirective);

/** A card-shaped placeholder in its list item, of exactly the card's geometry, shown while a page loads. */
export function renderSkeletonCard(layout: Layout): TemplateResult {
  return layout === 'compact' ? compactSkeleton : fullSkeleton;
}

const skeletonLines = html`<span class="line title-line"></span><span class="line short"></span><span class="line"></span>`;
const fullSkeleton = html`<li><div class="card skeleton"><div class="thumb"></div><div class="content">${skeletonLines}<span class="line medium"></span><span class="line"></span><span class="line medium"></span></div></div></li>`;
const compactSkeleton = html`<li><div class="card skeleton"><div class="content">${skeletonLines}</div></div></li>`;

/**
 * Styles of the list, the cards and their skeletons, in the three layouts.
 *
 * The geometry is fixed so nothing moves: a card's text block has one height per layout (`--_text-h`,
 * `--_compact-h`: each line its own fixed height, longer text clipped or ellipsed, missing lines leaving
 * space; a minimum, so text spaced or enlarged beyond it grows the card rather than losing its last rows),
 * the thumbnail keeps its aspect ratio, and skeletons share these rules. The loader
 * (src/reserve-space.ts) reserves the same box before the element's code arrives: keep the two in step.
 */
export const cardStyles = css`
  .root {
    /* A full card's text block: padding, a two-line title, four one-line rows, a three-line excerpt, the booking button. */
    --_text-h: var(--agenda-card-text-height, calc(var(--_font-size) * 14.45625 + 4.625rem + 4px));
    /* A compact card: padding, title, category, date, venue and booking link, one line each. */
    --_compact-h: var(--agenda-compact-card-height, calc(var(--_font-size) * 6.55 + 1.5rem));
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /*
   * Block layout, not grid, for one column: appending cards then lays out only the new ones. Cards out of
   * view skip style, layout and paint until they near it; their reserved size (--_li-h) is exact.
   */
  .layout-list > li,
  .layout-compact > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--_li-h);
  }

  .layout-list {
    --_li-h: calc(var(--_text-h) + 2px + (100cqi - 2px) * var(--_thumb-scale, 0.5625));
  }

  .layout-list > li + li {
    margin-block-start: var(--_gap);
  }

  .layout-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: var(--_gap);
  }

  .layout-grid > li {
    display: grid;
    min-width: 0;
  }

  .card {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }

  .card.featured {
    border-color: var(--_accent);
    box-shadow: inset 0 4px 0 var(--_accent), var(--_shadow);
  }

  /* The thumbnail's box, and the placeholder in it (the category's tint) until an image covers it. */
  .thumb {
    position: relative;
    display: grid;
    aspect-ratio: var(--_thumb-ratio, 16 / 9);
    overflow: hidden;
    background: var(--_skeleton);
  }

  .placeholder {
    display: grid;
    place-items: center;
    background: color-mix(in srgb, var(--_category, var(--_skeleton)) 22%, var(--_skeleton));
    color: var(--_muted);
  }

  .placeholder .icon {
    width: 2.5rem;
    height: 2.5rem;
    opacity: 0.6;
  }

  .thumb img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .content {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    /*
     * A minimum, which the default text never passes (each row has its height): text a visitor spaces out
     * (WCAG 1.4.12) or a partner enlarges grows the card rather than cutting off its last rows, booking link
     * included.
     */
    min-height: var(--_text-h);
    padding: 0.875rem 1rem 1rem;
    overflow: hidden;
  }

  .content > * {
    flex: none;
    margin: 0;
  }

  /* Rows an event lacks stay in the template, hidden or empty (the rules below would otherwise show them). */
  .content > [hidden],
  .content > p:empty {
    display: none;
  }

  /*
   * Two lines (one in compact cards) ending in "…": the button (the accessible name) keeps the whole title.
   * Counted in lines (lh), so a visitor's larger line height (WCAG 1.4.12) keeps both lines whole.
   */
  .title {
    height: 2lh;
    overflow: hidden;
    font-size: 1.125em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  /*
   * Stacked cards need not line up their rows as a grid's neighbours do: a one-line title leaves its spare line
   * at the bottom of the card, not between the title and the category. The card's height stays the same.
   */
  .layout-list .title {
    height: auto;
    max-height: 2lh;
  }

  .activate {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }

  /* The clamp is on a span: WebKit does not clamp a button's own text. */
  .activate .label {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
  }

  /* The title's button covers the card: a pointer can activate it anywhere, the keyboard stops once. */
  .activate::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
    border-radius: var(--_radius);
  }

  .activate:focus-visible {
    outline: none;
  }

  .activate:focus-visible::after {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }

  .card:hover .activate {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .meta,
  .venue {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  /*
   * The category and its badges on one line. Badges keep their size; the name takes what is left and ends in
   * "…". A badge that would leave the name less than a few letters goes, with the ones after it, to a second
   * line that the row's height hides (the text stays for screen readers).
   */
  .meta {
    flex-wrap: wrap;
    font-size: 0.875em;
  }

  ${badgeStyles}

  .card .category {
    display: block;
    flex: 1 1 5em;
    min-width: 0;
    max-width: max-content;
    /* Room for the dot's ring (a box shadow), which the overflow would otherwise cut on the left. */
    padding-inline-start: 2px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  /* The category's colour dot (an element, .swatch, in the detail view) drawn by CSS: one element less per card. */
  .card .category::before {
    content: '';
    display: inline-block;
    margin-inline-end: 0.375em;
    vertical-align: -0.0625em;
  }

  .meta .badge {
    flex: none;
    line-height: 1.3;
  }

  /* One line each; what does not fit ends in an ellipsis (the whole text stays for screen readers). */
  .meta,
  .date,
  .venue,
  .artists {
    height: 1.5em;
    overflow: hidden;
  }

  .date,
  .artists,
  .venue > span {
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  /*
   * The next date, then (compact cards) the whole run when it fits beside it: a run that does not fit goes to a
   * second line that the row's height hides (screen readers still read it), rather than being cut mid-date.
   */
  .date {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75rem;
    font-weight: 600;
  }

  .date .next {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .date .range {
    flex: none;
    font-weight: 400;
  }

  /*
   * In full cards the run's last day has a line of its own under the next date, at the excerpt's size, and
   * the excerpt gives up one of its lines for it: never hidden, however narrow the card, and the card keeps its
   * height (so does the box the loader reserved).
   */
  :not(.layout-compact) > li .runs .date {
    flex-direction: column;
    align-items: stretch;
    height: auto;
  }

  :not(.layout-compact) > li .range {
    max-width: 100%;
    overflow: hidden;
    font-size: 0.9375em;
    text-overflow: ellipsis;
  }

  :not(.layout-compact) > li :is(.runs, .placed) .excerpt {
    -webkit-line-clamp: 2;
    line-clamp: 2;
  }

  :not(.layout-compact) > li .runs.placed .excerpt {
    -webkit-line-clamp: 1;
    line-clamp: 1;
  }

  .cancelled .date > span {
    text-decoration: line-through;
  }

  .venue,
  .range,
  .excerpt {
    color: var(--_muted);
  }

  .venue {
    align-items: flex-start;
    gap: 0.375em;
  }

  .venue > span {
    min-width: 0;
    overflow: hidden;
  }

  /*
   * Geo listings' compact rows: the venue's name gives way first and the town and distance stay, unless they
   * would leave the name less than a few letters (a long town in a narrow row): then they end in "…" too.
   */
  .venue .where {
    display: flex;
  }

  .venue .name {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .venue .sep {
    flex: none;
    white-space: pre;
  }

  .venue .place {
    display: flex;
    flex: none;
    max-width: 100%;
  }

  .venue .town {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .venue .distance {
    flex: none;
    white-space: pre;
  }

  .venue .sep + .place {
    max-width: calc(100% - 4em);
  }

  /*
   * In full cards the town and distance have a line of their own under the venue's name, at the excerpt's size,
   * and the excerpt gives up a line for it, as for a run: a grid card used to keep only "Maiso…" of the name.
   */
  :not(.layout-compact) > li .placed .venue {
    height: auto;
  }

  :not(.layout-compact) > li .placed .where {
    flex-direction: column;
  }

  :not(.layout-compact) > li .placed .sep {
    display: none;
  }

  :not(.layout-compact) > li .placed .place {
    max-width: 100%;
    font-size: 0.9375em;
  }

  .venue .icon {
    width: 1.1em;
    height: 1.1em;
    margin-block-start: 0.2em;
  }

  .artists {
    font-style: italic;
  }

  /* Three lines at most, ending in "…". */
  .excerpt {
    display: -webkit-box;
    overflow: hidden;
    font-size: 0.9375em;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }

  /* At the bottom of the card, whatever rows the event lacks; a pill but in compact cards, where it is a link. */
  .booking {
    position: relative;
    z-index: 2;
    display: inline-flex;
    align-self: flex-start;
    justify-self: start;
    align-items: center;
    gap: 0.375em;
    color: var(--_accent);
    font-weight: 600;
  }

  :not(.layout-compact) > li .booking {
    margin-block-start: auto;
    padding: 0.375rem 0.875rem;
    border: 2px solid var(--_accent);
    border-radius: 2rem;
    text-decoration: none;
  }

  :not(.layout-compact) > li .booking:hover {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .booking .icon {
    width: 1em;
    height: 1em;
  }

  /* List: stacked when narrow, the thumbnail beside the text when there is room. */
  @container agenda (min-width: 34rem) {
    .layout-list {
      --_li-h: calc(var(--_text-h) + 2px);
    }

    .layout-list .card {
      grid-template-columns: min(var(--_thumb-width, 20rem), 36%) minmax(0, 1fr);
    }

    /* The thumbnail keeps the resizer's crop, inset beside the text, never taller than it. */
    .layout-list .thumb {
      max-height: calc(var(--_text-h) - 1.5rem);
      margin: 0.75rem 0 0.75rem 0.75rem;
      border-radius: calc(var(--_radius) * 0.67);
    }
  }

  /* Compact: one dense row per event, the category colour as a side stripe. */
  .layout-compact {
    --_li-h: var(--_compact-h);
  }

  .layout-compact > li + li {
    margin-block-start: calc(var(--_gap) / 2);
  }

  .layout-compact .card {
    border-width: 0 0 0 0.3rem;
    border-color: var(--_category, var(--_border));
    border-radius: calc(var(--_radius) / 2);
  }

  .layout-compact .card.featured {
    box-shadow: var(--_shadow);
    background: var(--_featured-bg);
  }

  .layout-compact .content {
    gap: 0.125rem;
    min-height: var(--_compact-h);
    padding: 0.5rem 0.75rem;
  }

  .layout-compact .title {
    height: 1lh;
    font-size: 1em;
  }

  .layout-compact .activate .label {
    -webkit-line-clamp: 1;
    line-clamp: 1;
  }

  .layout-compact .date,
  .layout-compact .venue,
  .layout-compact .booking {
    font-size: 0.875em;
  }

  .layout-compact .booking {
    height: 1.5em;
  }

  @container agenda (min-width: 40rem) {
    .layout-compact .content {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      align-content: start;
      column-gap: 1rem;
    }

    .layout-compact .content > * {
      grid-column: 1;
    }

    /* The next date above the whole run, both at full length. */
    .layout-compact .date {
      grid-column: 2;
      grid-row: 1 / span 2;
      flex-direction: column;
      align-self: center;
      height: auto;
      text-align: end;
    }
  }

  /* Skeletons take the place of the cards they stand for: same boxes, lines drawn inside. */
  .line {
    display: block;
    height: 1em;
    margin-block: 0.25em;
    border-radius: 0.25rem;
  }

  .title-line {
    width: 80%;
    height: 1.4em;
  }

  .short {
    width: 35%;
  }

  .medium {
    width: 60%;
  }

  /* The "more" button's place, of its height, while the first page loads. */
  .more-placeholder {
    display: block;
    width: 11rem;
    height: max(2.75rem, calc(var(--_font-size) * 1.2 + 1rem + 4px));
    border-radius: calc(var(--_radius) * 2);
  }

  .line,
  .skeleton .thumb,
  .more-placeholder {
    background: var(--_skeleton);
    animation: agenda-pulse 1.6s ease-in-out infinite;
  }

  @media (forced-colors: active) {
    /* An outline, not a border: the compact card's box keeps its size. */
    .card {
      outline: 1px solid CanvasText;
      outline-offset: -1px;
    }

    .category::before {
      forced-color-adjust: none;
    }
  }
`;
