/**
 * The event card shared by every listing: one `<article>` per event, its title a button that stretches over
 * the whole card so a pointer can activate it anywhere, and everything else plain text that reads in order.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { styleProperties } from './style-properties.js';
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
import { calendarIcon, externalIcon, pinIcon } from './icons.js';
import { safeColor, safeHttpUrl } from './safe.js';
import { badgeStyles } from './styles.js';

/** How a listing lays out its cards. */
export type Layout = 'list' | 'grid' | 'compact';

/** What a card needs besides its event. */
export interface CardOptions {
  /** Language of the dates and numbers. */
  lang: Lang;
  /** Messages in that language. */
  t: Messages;
  /** The listing's layout (`compact` cards have no thumbnail, excerpt nor artists). */
  layout: Layout;
  /** Thumbnail size in CSS pixels. */
  thumbWidth: number;
  thumbHeight: number;
  /** Builds the thumbnail's `src` and 2x `srcset`; null when it cannot (the placeholder stays). */
  thumbnail(image: string): ThumbnailSources | null;
  /** Show the town and distance (geo listings). */
  showPlace: boolean;
  /** Load the thumbnail at once (cards at the top) rather than when it nears the viewport. */
  eager: boolean;
  /** Today in Paris, `YYYY-MM-DD`, so "today"/"tomorrow" are right for the whole list. */
  today: string;
  /** Called when the visitor activates the card, with the control they used (focus returns to it). */
  onSelect(event: EventSummary, trigger: HTMLElement): void;
}

/** Longest excerpt shown; the CSS clamps it visually to three lines anyway. */
const EXCERPT_LENGTH = 220;
/** Artists named before "and N more". */
const ARTISTS_SHOWN = 3;

function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?]+$/, '')}…`;
}

/** Hides a thumbnail that failed to load; its box keeps the size, so nothing moves. */
function hideBrokenImage(event: Event): void {
  (event.target as HTMLImageElement).hidden = true;
}

function renderThumbnail(event: EventSummary, options: CardOptions): TemplateResult {
  const { thumbWidth: width, thumbHeight: height } = options;
  const image = safeHttpUrl(event.image);
  const sources = image ? options.thumbnail(image) : null;
  return html`<div class="thumb" part="thumbnail">
    <span class="placeholder">${calendarIcon}</span>
    ${sources
      ? html`<img
          src=${sources.src}
          srcset=${sources.srcset}
          width=${width}
          height=${height}
          alt=${options.t.imageAlt(event.title)}
          loading=${options.eager ? 'eager' : 'lazy'}
          decoding="async"
          @error=${hideBrokenImage}
        />`
      : nothing}
  </div>`;
}

function renderTime(clock: WallClock, text: string): TemplateResult {
  return html`<time datetime=${machineDate(clock)}>${text}</time>`;
}

/** The next date, then the whole run when the event spans several days. */
function renderDates(event: EventSummary, options: CardOptions): TemplateResult | typeof nothing {
  const { lang, t, today } = options;
  const next = parseWallClock(event.nextDate) ?? parseWallClock(event.startDate);
  const start = parseWallClock(event.startDate);
  const end = parseWallClock(event.endDate);
  if (!next && !start) return nothing;
  const range =
    start && end && start.day !== end.day
      ? (() => {
          const crossesYear = start.day.slice(0, 4) !== end.day.slice(0, 4);
          const endYear = crossesYear || end.day.slice(0, 4) !== today.slice(0, 4);
          const startDay = { ...start, hasTime: false };
          const endDay = { ...end, hasTime: false };
          return html`<span class="range"
            >${t.rangeFrom}${renderTime(startDay, formatShortDay(start, lang, crossesYear))}${t.rangeTo}${renderTime(
              endDay,
              formatShortDay(end, lang, endYear),
            )}</span
          >`;
        })()
      : nothing;
  return html`<p class="date" part="date">
    ${next ? html`<span class="next">${renderTime(next, formatNextDate(next, lang, t, today))}</span>` : nothing}${range}
  </p>`;
}

function renderBadges(event: EventSummary, t: Messages): TemplateResult {
  // The cancelled badge is hidden from screen readers because the title already says it.
  return html`${event.cancelled
    ? html`<span class="badge cancelled" part="badge badge-cancelled" aria-hidden="true">${t.cancelled}</span>`
    : nothing}${event.featured ? html`<span class="badge featured" part="badge badge-featured">${t.featured}</span>` : nothing}${event.free
    ? html`<span class="badge free" part="badge badge-free">${t.free}</span>`
    : nothing}`;
}

function renderVenue(event: EventSummary, options: CardOptions): TemplateResult | typeof nothing {
  const place: string[] = [];
  if (options.showPlace && event.cityName) place.push(event.cityName);
  if (options.showPlace && event.distanceKm !== undefined && Number.isFinite(event.distanceKm)) {
    place.push(options.t.away(formatDistance(event.distanceKm, options.lang)));
  }
  if (!event.venue && place.length === 0) return nothing;
  return html`<p class="venue" part="venue">
    ${pinIcon}<span
      >${event.venue}${event.venue && place.length ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}${place.length
        ? html`<span class="place">${place.join(', ')}</span>`
        : nothing}</span
    >
  </p>`;
}

function renderArtists(event: EventSummary, options: CardOptions): TemplateResult | typeof nothing {
  if (event.artists.length === 0) return nothing;
  const shown = event.artists.slice(0, ARTISTS_SHOWN);
  const others = Math.max(event.artistCount, event.artists.length) - shown.length;
  return html`<p class="artists" part="artists">
    ${options.t.withArtists(others > 0 ? shown.join(', ') : formatList(shown, options.lang), others)}
  </p>`;
}

function renderBooking(event: EventSummary, t: Messages): TemplateResult | typeof nothing {
  const href = event.cancelled ? null : safeHttpUrl(event.bookingUrl);
  if (!href) return nothing;
  return html`<a class="booking" part="booking" href=${href} target="_blank" rel="noopener"
    >${t.book}<span class="visually-hidden"> « ${event.title} » (${t.newWindow})</span>${externalIcon}</a
  >`;
}

/** One event card. */
export function renderCard(event: EventSummary, options: CardOptions): TemplateResult {
  const { t, layout } = options;
  const color = safeColor(event.category.color);
  const compact = layout === 'compact';
  const classes = `card${event.cancelled ? ' cancelled' : ''}${event.featured ? ' featured' : ''}`;
  return html`<article class=${classes} part="card" style=${styleProperties(color ? { '--_category': color } : {})}>
    ${compact ? nothing : renderThumbnail(event, options)}
    <div class="content">
      <h3 class="title" part="title">
        <button type="button" class="activate" @click=${(click: Event) => options.onSelect(event, click.currentTarget as HTMLElement)}>
          ${event.title}${event.cancelled ? html`<span class="visually-hidden"> (${t.cancelled})</span>` : nothing}
        </button>
      </h3>
      <p class="meta">
        <span class="category" part="category"><span class="swatch" aria-hidden="true"></span>${event.category.name}</span
        >${renderBadges(event, t)}
      </p>
      ${renderDates(event, options)} ${renderVenue(event, options)}
      ${compact
        ? nothing
        : html`${renderArtists(event, options)}${event.excerpt
            ? html`<p class="excerpt" part="excerpt">${truncate(event.excerpt, EXCERPT_LENGTH)}</p>`
            : nothing}`}
      ${renderBooking(event, t)}
    </div>
  </article>`;
}

/** A card-shaped placeholder of the same size, shown while a page loads. */
export function renderSkeletonCard(layout: Layout): TemplateResult {
  return html`<div class="card skeleton">
    ${layout === 'compact' ? nothing : html`<div class="thumb"></div>`}
    <div class="content">
      <span class="line title-line"></span>
      <span class="line short"></span>
      <span class="line"></span>
      ${layout === 'compact'
        ? nothing
        : html`<span class="line medium"></span><span class="line"></span><span class="line medium"></span>`}
    </div>
  </div>`;
}

/** Styles of the list, the cards and their skeletons, in the three layouts. */
export const cardStyles = css`
  .list {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list > li {
    display: grid;
    min-width: 0;
  }

  .layout-grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }

  .layout-compact {
    gap: calc(var(--_gap) / 2);
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

  .thumb {
    position: relative;
    display: grid;
    place-items: center;
    aspect-ratio: var(--_thumb-ratio, 16 / 9);
    overflow: hidden;
    background: var(--_skeleton);
    color: var(--_muted);
  }

  .thumb .placeholder {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    background: color-mix(in srgb, var(--_category, var(--_skeleton)) 22%, var(--_skeleton));
  }

  .thumb .placeholder .icon {
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
    min-width: 0;
    padding: 0.875rem 1rem 1rem;
  }

  .content > p {
    margin: 0;
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    overflow-wrap: anywhere;
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

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    font-size: 0.875em;
  }

  ${badgeStyles}

  .date {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    font-weight: 600;
  }

  .cancelled .date time {
    text-decoration: line-through;
  }

  .date .range {
    font-weight: 400;
    color: var(--_muted);
  }

  .venue {
    display: flex;
    align-items: flex-start;
    gap: 0.375em;
    color: var(--_muted);
  }

  .venue .icon {
    width: 1.1em;
    height: 1.1em;
    margin-block-start: 0.2em;
  }

  .artists {
    font-style: italic;
  }

  .excerpt {
    display: -webkit-box;
    overflow: hidden;
    color: var(--_muted);
    font-size: 0.9375em;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }

  .booking {
    position: relative;
    z-index: 2;
    display: inline-flex;
    align-self: flex-start;
    justify-self: start;
    align-items: center;
    gap: 0.375em;
    margin-block-start: 0.5rem;
    padding: 0.375rem 0.875rem;
    border: 2px solid var(--_accent);
    border-radius: 2rem;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
  }

  .booking:hover {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .booking .icon {
    width: 1em;
    height: 1em;
  }

  /* List: stacked when narrow, the thumbnail beside the text when there is room. */
  @container agenda (min-width: 34rem) {
    .layout-list .card {
      grid-template-columns: min(var(--_thumb-width, 20rem), 36%) minmax(0, 1fr);
    }

    /* The thumbnail keeps the resizer's crop: inset, at its own ratio, beside the text. */
    .layout-list .thumb {
      align-self: start;
      margin: 0.75rem 0 0.75rem 0.75rem;
      border-radius: calc(var(--_radius) * 0.67);
    }
  }

  /* Compact: one dense row per event, the category colour as a side stripe. */
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
    padding: 0.5rem 0.75rem;
  }

  .layout-compact .title {
    font-size: 1em;
  }

  .layout-compact .date,
  .layout-compact .venue {
    font-size: 0.875em;
  }

  @container agenda (min-width: 40rem) {
    .layout-compact .content {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: 1rem;
    }

    .layout-compact .content > * {
      grid-column: 1;
    }

    .layout-compact .date {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: center;
      text-align: end;
      flex-direction: column;
    }
  }

  /* Skeletons take the place of the cards they stand for. */
  .skeleton .line {
    display: block;
    height: 1em;
    margin-block: 0.25em;
    border-radius: 0.25rem;
    background: var(--_skeleton);
  }

  .skeleton .title-line {
    width: 80%;
    height: 1.4em;
  }

  .skeleton .short {
    width: 35%;
  }

  .skeleton .medium {
    width: 60%;
  }

  .skeleton .thumb,
  .skeleton .line {
    animation: agenda-pulse 1.6s ease-in-out infinite;
  }

  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }

    .swatch {
      forced-color-adjust: none;
    }
  }
`;
