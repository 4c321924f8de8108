/**
 * The detail view of one event: every field of `event/{id}` laid out for a visitor, and the skeleton of the
 * same size shown while it loads. Plain text is rendered by Lit as text; the description arrives already
 * sanitized as a DOM node (see `ui/sanitize`), so nothing here ever parses HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleProperties } from '../style-properties.js';
import type { EventDetail, EventSummary, Lang, Performance, ThumbnailSources } from '../../client/index.js';
import { hideBrokenImage } from '../card.js';
import { dayDistance, formatList, formatNextDate, formatShortDay, formatter, machineDate, parseWallClock, type WallClock } from '../format.js';
import type { Messages } from '../i18n.js';
import { calendarIcon } from '../icons.js';
import { townBesideAddress } from '../../detail/text.js';
import { externalIcon, pinIcon } from './icons.js';
import { formatPrice, validPriceRange } from '../price.js';
import { safeColor, safeHttpUrl } from '../safe.js';
import type { DetailMessages } from './messages.js';
import type { HeadingLevel } from '../../config/checks.js';

export type { HeadingLevel };

/** What the detail template needs besides the event. */
export interface DetailOptions {
  /** Language of dates and numbers. */
  lang: Lang;
  /** Shared messages (badges, booking, new window…). */
  t: Messages;
  /** Detail-only messages. */
  d: DetailMessages;
  /** Image size in CSS pixels (the resizer crops to it; 2x in `srcset`). */
  imageWidth: number;
  imageHeight: number;
  /** `src` and 2x `srcset` of the resized image, or null when there is none. */
  thumbnail(image: string): ThumbnailSources | null;
  /** Level of the event's title; section headings are one below. */
  headingLevel: HeadingLevel;
  /** False when a container (the dialog) shows the title as its own heading. */
  showHeading: boolean;
  /** Today in Paris, `YYYY-MM-DD`. */
  today: string;
}

/** What the loaded view adds: the sanitized description and the calendar actions. */
export interface LoadedOptions extends DetailOptions {
  /**
   * The sanitized description in a `.description` element, the same node at every render: a fragment would
   * empty on its first insertion.
   */
  description: Node | null;
  /** A Google Calendar link, or null when the event has no date. */
  googleCalendarUrl: string | null;
  /** Offers the .ics download; absent when the event has no date. */
  onDownloadIcs?: () => void;
}

/**
 * Id of the "new window" words that the description's links name as their `aria-describedby` (passed to
 * `sanitizeDescription`): the sanitizer knows no language, and the words follow the element's.
 */
export const NEW_WINDOW_HINT = 'new-window-hint';

/** Lines of dates (a day, or a run of days) listed before the rest fold under a disclosure. */
const DATES_SHOWN = 5;

/**
 * Consecutive days with the same times shown as one "Du … au …" line from this many: a daily exhibition then
 * reads as its span, while two days in a row read better as two dates than as a range.
 */
const RUN_MIN_DAYS = 3;

/**
 * A heading at `level` (clamped to 1–6). One plain template per level rather than lit/static-html, whose
 * runtime (0.5 KB gzip) would otherwise ship to every page for this one use.
 */
function heading(level: number, c: string, content: unknown, part?: string): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1:
      return html`<h1 class=${c} part=${ifDefined(part)}>${content}</h1>`;
    case 2:
      return html`<h2 class=${c} part=${ifDefined(part)}>${content}</h2>`;
    case 3:
      return html`<h3 class=${c} part=${ifDefined(part)}>${content}</h3>`;
    case 4:
      return html`<h4 class=${c} part=${ifDefined(part)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${c} part=${ifDefined(part)}>${content}</h5>`;
    default:
      return html`<h6 class=${c} part=${ifDefined(part)}>${content}</h6>`;
  }
}

const timeFormats = new Map<Lang, Intl.DateTimeFormat>();

/** `20:30`, the wall clock as written (the clock is already Paris time read as UTC). */
function formatTime(clock: WallClock, lang: Lang): string {
  let format = timeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', {
      timeZone: 'UTC',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    timeFormats.set(lang, format);
  }
  return format.format(clock.date);
}

function renderTime(clock: WallClock, text: string): TemplateResult {
  return html`<time datetime=${machineDate(clock)}>${text}</time>`;
}

/** The event's visual, cropped to the configured size, with a 2x source. */
function renderImage(event: EventSummary, options: DetailOptions): TemplateResult | typeof nothing {
  const image = safeHttpUrl(event.image);
  const sources = image ? options.thumbnail(image) : null;
  if (!sources) return nothing;
  return html`<div class="image" part="image thumbnail">
    <span class="placeholder">${calendarIcon}</span>
    <img
      src=${sources.src}
      srcset=${sources.srcset}
      width=${options.imageWidth}
      height=${options.imageHeight}
      alt=${options.t.imageAlt(event.title)}
      decoding="async"
      @error=${hideBrokenImage}
    />
  </div>`;
}

/** Category (name and validated colour: the name carries the meaning, the colour only decorates) and badges. */
function renderMeta(event: EventSummary, t: Messages): TemplateResult {
  return html`<p class="meta">
    ${event.category.name
      ? html`<span class="category" part="category"><span class="swatch" aria-hidden="true"></span>${t.categoryName(
          event.category.uri,
          event.category.name,
        )}</span>`
      : nothing}${event.cancelled
      ? // Visible to everyone; screen readers get the same word in the title, so the badge is not read twice.
        html`<span class="badge cancelled" part="badge badge-cancelled" aria-hidden="true">${t.cancelled}</span>`
      : nothing}${event.featured ? html`<span class="badge featured" part="badge badge-featured">${t.featured}</span>` : nothing}${event.free
      ? html`<span class="badge free" part="badge badge-free">${t.free}</span>`
      : nothing}
  </p>`;
}

/** The title; a cancelled one is struck through and says so in words. */
function renderTitle(event: EventSummary, options: DetailOptions): TemplateResult | typeof nothing {
  if (!options.showHeading) return nothing;
  return heading(
    options.headingLevel,
    `title${event.cancelled ? ' cancelled' : ''}`,
    html`<span class="title-text" lang="fr">${event.title}</span>${event.cancelled
      ? html`<span class="visually-hidden"> (${options.t.cancelled})</span>`
      : nothing}`,
    'title',
  );
}

/** Performances worth listing: the upcoming ones, or all of them once the event is over. */
function shownPerformances(detail: EventDetail, today: string): Performance[] {
  const all = (detail.performances ?? []).filter((performance) => parseWallClock(performance.date));
  const upcoming = all.filter((performance) => performance.date >= today);
  return upcoming.length > 0 ? upcoming : all;
}

/** The times of a performance that parse, as wall clocks on its day. */
function clocksOf(performance: Performance): WallClock[] {
  return performance.times
    .map((time) => parseWallClock(`${performance.date}T${time}`))
    .filter((clock): clock is WallClock => clock !== null);
}

/** The times after a day or a run, muted; `datetime` gives what machines read for each. */
function renderTimes(clocks: WallClock[], lang: Lang, datetime: (clock: WallClock) => string): TemplateResult | typeof nothing {
  if (clocks.length === 0) return nothing;
  return html`<span class="times"
    >${clocks.map((clock, index) => html`${index > 0 ? ', ' : ''}<time datetime=${datetime(clock)}>${formatTime(clock, lang)}</time>`)}</span
  >`;
}

/** The time of day alone (`10:00`): a run's times hold on every day, whose Paris offset may change within it. */
function timeOfDay(clock: WallClock): string {
  return clock.date.toISOString().slice(11, 16);
}

/** One day and its times; the space between them is not laid out (flex items) but parts them when copied or read. */
function renderPerformance(performance: Performance, options: DetailOptions): TemplateResult {
  const { lang, t, today } = options;
  const day = parseWallClock(performance.date)!;
  return html`<li>${renderTime(day, formatNextDate(day, lang, t, today))} ${renderTimes(clocksOf(performance), lang, machineDate)}</li>`;
}

/**
 * A short day with its weekday, for runs of days: `lun. 1 déc.` / `Mon 1 Dec` (and the year when `withYear`).
 * Put together from two formats because en-GB alone adds a comma only when there is a year. Here rather than
 * in format.ts, whose code every listing loads.
 */
function formatShortWeekday(clock: WallClock, lang: Lang, withYear: boolean): string {
  const weekday = formatter('weekday-short', lang, { timeZone: 'UTC', weekday: 'short' }).format(clock.date);
  return `${weekday} ${formatShortDay(clock, lang, withYear)}`;
}

/**
 * `Du lun. 1 déc. au sam. 20 déc.`, a `<time datetime>` day at each end. A year other than this one is said
 * once, at the end (`… au sam. 20 déc. 2031`), and at both ends when they differ.
 */
function renderSpan(start: WallClock, end: WallClock, options: DetailOptions): TemplateResult {
  const { lang, t, today } = options;
  const startYear = start.day.slice(0, 4) !== end.day.slice(0, 4);
  const endYear = startYear || end.day.slice(0, 4) !== today.slice(0, 4);
  return html`${t.rangeFrom}${renderTime({ ...start, hasTime: false }, formatShortWeekday(start, lang, startYear))}${t.rangeTo}${renderTime(
    { ...end, hasTime: false },
    formatShortWeekday(end, lang, endYear),
  )}`;
}

/** A run of consecutive days with the same times, as one line: the span, then the times every day has. */
function renderRun(run: Performance[], options: DetailOptions): TemplateResult {
  const first = run[0]!;
  const span = renderSpan(parseWallClock(first.date)!, parseWallClock(run.at(-1)!.date)!, options);
  return html`<li class="run"><span class="days">${span}</span> ${renderTimes(clocksOf(first), options.lang, timeOfDay)}</li>`;
}

/**
 * The performances (in date order) as lines of the list: each run of at least RUN_MIN_DAYS consecutive days
 * with the same times is one line, every other day a line of its own.
 */
function dateLines(performances: Performance[]): Performance[][] {
  const runs: Performance[][] = [];
  for (const performance of performances) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && dayDistance(last.date, performance.date) === 1 && last.times.join() === performance.times.join()) run.push(performance);
    else runs.push([performance]);
  }
  return runs.flatMap((run) => (run.length >= RUN_MIN_DAYS ? [run] : run.map((performance) => [performance])));
}

/** One line of the dates list: a run of days, or a single day. */
function renderLine(line: Performance[], options: DetailOptions): TemplateResult {
  return line.length > 1 ? renderRun(line, options) : renderPerformance(line[0]!, options);
}

/**
 * The start–end span, when no performance could be listed (a run of more than a year has none), with the
 * default times of every day.
 */
function renderRange(detail: EventDetail, options: DetailOptions): TemplateResult | typeof nothing {
  const start = parseWallClock(detail.startDate);
  const end = parseWallClock(detail.endDate);
  if (!start) return nothing;
  const { lang, t, today } = options;
  if (!end || end.day === start.day) return html`<p>${renderTime(start, formatNextDate(start, lang, t, today))}</p>`;
  const clocks = clocksOf({ date: start.day, times: detail.defaultTimes ?? [] });
  return html`<p><span class="days">${renderSpan(start, end, options)}</span> ${renderTimes(clocks, lang, timeOfDay)}</p>`;
}

function renderDates(detail: EventDetail, options: LoadedOptions): TemplateResult | typeof nothing {
  const { d } = options;
  const performances = shownPerformances(detail, options.today);
  const lines = dateLines(performances);
  const first = lines.slice(0, DATES_SHOWN);
  const rest = lines.slice(DATES_SHOWN);
  const dates = performances.length
    ? html`<ul class="performances">
          ${first.map((line) => renderLine(line, options))}
        </ul>
        ${rest.length
          ? html`<details class="more-dates">
              <summary>${d.moreDates(rest.flat().length)}</summary>
              <ul class="performances">
                ${rest.map((line) => renderLine(line, options))}
              </ul>
            </details>`
          : nothing}`
    : renderRange(detail, options);
  if (dates === nothing && detail.nextShows.length === 0) return nothing;
  return html`<div class="fact" part="dates date">
    <dt>${d.when}</dt>
    <dd>
      ${dates}
      ${detail.nextShows.length && !performances.length
        ? // Only without performances to list, which they would repeat in other words. The API writes these in
          // French whatever the page's language.
          html`<p class="next-shows-label">${d.nextShows}</p>
            <ul class="next-shows" part="next-shows" lang="fr">
              ${detail.nextShows.map((show) => html`<li>${show}</li>`)}
            </ul>`
        : nothing}
    </dd>
  </div>`;
}

function renderPrice(detail: EventDetail, options: DetailOptions): TemplateResult | typeof nothing {
  const price = formatPrice(detail, options.lang);
  if (!price) return nothing;
  // The API's own words ("Entrée libre"), when no amount could be read from them, are French.
  const apiWords = !detail.free && validPriceRange(detail.price) === null;
  return html`<div class="fact" part="price">
    <dt>${options.d.price}</dt>
    <dd lang=${ifDefined(apiWords ? 'fr' : undefined)}>${price}</dd>
  </div>`;
}

function renderVenue(detail: EventDetail, options: DetailOptions): TemplateResult | typeof nothing {
  const address = detail.venueAddress.trim();
  const townShown = townBesideAddress(detail);
  if (!detail.venue && !address && !townShown && !detail.arrondissement) return nothing;
  return html`<div class="fact" part="venue">
    <dt>${options.d.where}</dt>
    <dd class="venue">
      ${pinIcon}
      <span>
        ${detail.venue ? html`<span class="venue-name">${detail.venue}</span>` : nothing}
        ${address ? html`<span class="address">${address}</span>` : nothing}
        ${townShown ? html`<span class="town">${townShown}</span>` : nothing}
        ${detail.arrondissement ? html`<span class="district">${options.d.district(detail.arrondissement)}</span>` : nothing}
      </span>
    </dd>
  </div>`;
}

function renderOrganizer(detail: EventDetail, options: DetailOptions): TemplateResult | typeof nothing {
  if (!detail.organizer) return nothing;
  return html`<div class="fact" part="organizer">
    <dt>${options.d.organizer}</dt>
    <dd>${detail.organizer}</dd>
  </div>`;
}

function renderArtists(detail: EventDetail, options: DetailOptions): TemplateResult | typeof nothing {
  const names = detail.artists.filter(Boolean);
  if (names.length === 0) return nothing;
  const others = Math.max(0, detail.artistCount - names.length);
  const list = formatList(others > 0 ? [...names, options.d.moreArtists(others)] : names, options.lang);
  return html`<div class="fact" part="artists">
    <dt>${options.d.artists}</dt>
    <dd>${list}</dd>
  </div>`;
}

/** Booking information, the booking link and the event's page; a cancelled event only says it is. */
function renderBooking(detail: EventDetail, options: LoadedOptions): TemplateResult | typeof nothing {
  const { t, d } = options;
  const booking = detail.cancelled ? null : safeHttpUrl(detail.bookingUrl);
  const page = safeHttpUrl(detail.pageUrl);
  const info = detail.bookingInfo.trim();
  if (!booking && !page && !info && !detail.cancelled) return nothing;
  return html`<section class="section booking-section" part="booking">
    ${heading(options.headingLevel + 1, 'section-title', d.booking)}
    ${detail.cancelled ? html`<p class="cancelled-notice" part="cancelled-notice">${d.cancelledNotice}</p>` : nothing}
    ${info ? html`<p class="booking-info" lang="fr">${info}</p>` : nothing}
    <p class="actions">
      ${booking
        ? html`<a class="button" part="booking-link" href=${booking} target="_blank" rel="noopener"
            >${t.book}<span class="visually-hidden"> ${t.quote(detail.title)} (${t.newWindow})</span>${externalIcon}</a
          >`
        : nothing}
      ${page
        ? html`<a class="button secondary" part="page-link" href=${page} target="_blank" rel="noopener"
            >${d.pageLink}<span class="visually-hidden"> (${t.newWindow})</span>${externalIcon}</a
          >`
        : nothing}
    </p>
  </section>`;
}

function renderCalendar(detail: EventDetail, options: LoadedOptions): TemplateResult | typeof nothing {
  const { t, d } = options;
  if (detail.cancelled || (!options.onDownloadIcs && !options.googleCalendarUrl)) return nothing;
  const google = safeHttpUrl(options.googleCalendarUrl);
  return html`<section class="section" part="calendar">
    ${heading(options.headingLevel + 1, 'section-title', d.calendar)}
    <p class="actions">
      ${options.onDownloadIcs
        ? html`<button type="button" class="button secondary" part="calendar-ics" @click=${options.onDownloadIcs}>
            ${calendarIcon}${d.downloadIcs}
          </button>`
        : nothing}
      ${google
        ? html`<a class="button secondary" part="calendar-google" href=${google} target="_blank" rel="noopener"
            >${d.googleCalendar}<span class="visually-hidden"> (${t.newWindow})</span>${externalIcon}</a
          >`
        : nothing}
    </p>
  </section>`;
}

/** The whole detail of a loaded event. */
export function renderDetail(detail: EventDetail, options: LoadedOptions): TemplateResult {
  const color = safeColor(detail.category.color);
  const classes = `detail${detail.cancelled ? ' cancelled' : ''}${detail.featured ? ' featured' : ''}`;
  return html`<article class=${classes} part="detail" style=${styleProperties(color ? { '--_category': color } : {})}>
    <div class="top">
      ${renderImage(detail, options)}
      <div class="summary">
        ${renderMeta(detail, options.t)} ${renderTitle(detail, options)}
        <dl class="facts">
          ${renderDates(detail, options)} ${renderVenue(detail, options)} ${renderPrice(detail, options)}
          ${renderArtists(detail, options)} ${renderOrganizer(detail, options)}
        </dl>
      </div>
    </div>
    ${options.description
      ? html`<section class="section" part="description">
          ${heading(options.headingLevel + 1, 'section-title', options.d.description)} ${options.description}
          <span id=${NEW_WINDOW_HINT} hidden>${options.t.newWindow}</span>
        </section>`
      : nothing}
    ${renderBooking(detail, options)} ${renderCalendar(detail, options)}
  </article>`;
}

/**
 * The loading state, laid out like the loaded view so nothing jumps: the image box at its final ratio and
 * lines for the text. With `preview` (a listing's summary of the same event), its title, image and category
 * are shown at once, and an event without an image gets no image box (the loaded view has none).
 */
export function renderDetailSkeleton(options: DetailOptions, preview?: EventSummary | null): TemplateResult {
  const color = preview ? safeColor(preview.category.color) : null;
  const image = preview ? renderImage(preview, options) : html`<div class="image" aria-hidden="true"></div>`;
  return html`<div class="detail skeleton" part="skeleton" style=${styleProperties(color ? { '--_category': color } : {})}>
    <div class="top">
      ${image}
      <div class="summary">
        ${preview ? html`${renderMeta(preview, options.t)} ${renderTitle(preview, options)}` : html`<span class="line short" aria-hidden="true"></span
              ><span class="line title-line" aria-hidden="true"></span>`}
        <div aria-hidden="true">
          <span class="line medium"></span><span class="line"></span><span class="line short"></span
          ><span class="line medium"></span><span class="line short"></span>
        </div>
      </div>
    </div>
    <div aria-hidden="true">
      <span class="line title-line short"></span><span class="line"></span><span class="line"></span
      ><span class="line medium"></span>
    </div>
  </div>`;
}
