import { nothing, type PropertyDeclarations } from 'lit';
import type { EventPage } from '../client/index.js';
import type { EventsClient } from '../client/events-client.js';
import { checkInteger, isProblem, missing, parseCategories, type ConfigProblem } from '../config/index.js';
import { renderPrompt } from '../ui/states.js';
import { AgendaListing, type Paging } from './base/agenda-listing.js';

/** What `<agenda-events>` asks the API for. */
export interface CityQuery {
  city: number;
  categories: string[];
}

/**
 * Upcoming events in one city, as cards, with paging.
 *
 * @summary Upcoming cultural events in a city, from the Agenda Culturel API.
 * @tagname agenda-events
 *
 * @fires {AgendaLoadEvent} agenda-load - A page of results was rendered (also when empty): `{items, offset, limit, hasMore}`.
 * @fires {AgendaErrorEvent} agenda-error - Something went wrong and is shown: `{code, message, status?}`.
 * @fires {AgendaSelectEvent} agenda-select - A card was activated: `{event}`. Cancelable: `preventDefault()` stops navigation.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart list - The `<ul>` of cards.
 * @csspart card - One event card (`<article>`).
 * @csspart thumbnail - The thumbnail box (image, or a placeholder of the same size).
 * @csspart title - The card's heading.
 * @csspart date - The next date and the date range.
 * @csspart venue - The venue line.
 * @csspart category - The category name and colour.
 * @csspart badge - Every badge.
 * @csspart badge-free - The "free" badge.
 * @csspart badge-cancelled - The "cancelled" badge.
 * @csspart badge-featured - The "featured" badge.
 * @csspart artists - The performers line.
 * @csspart excerpt - The description excerpt.
 * @csspart booking - The booking link.
 * @csspart more - The "more events" button.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 * @csspart open-error - Why an activated card's event could not be opened, above the cards.
 *
 * @cssprop [--agenda-font=inherit] - Font family.
 * @cssprop [--agenda-font-size=1rem] - Base font size.
 * @cssprop [--agenda-color-text=#1b1b1f] - Text colour (dark theme: #ececf1).
 * @cssprop [--agenda-color-text-muted=#55555f] - Secondary text (dark: #b4b4c0).
 * @cssprop [--agenda-color-bg=transparent] - Background behind the cards: the page shows through in the light theme; `dark` paints #16161a, and `auto` its scheme's own (#ffffff when light).
 * @cssprop [--agenda-color-surface=#ffffff] - Card background (dark: #1f1f25).
 * @cssprop [--agenda-color-border=#d7d7de] - Card borders (dark: #3a3a44).
 * @cssprop [--agenda-color-accent=#a3195b] - Buttons, links, featured cards (dark: #f48fb1).
 * @cssprop [--agenda-color-on-accent=#ffffff] - Text on the accent (dark: #16161a).
 * @cssprop [--agenda-color-focus=#a3195b] - Focus ring (dark: #f48fb1).
 * @cssprop [--agenda-color-skeleton=#ececf0] - Loading placeholders (dark: #2c2c34).
 * @cssprop [--agenda-color-free=#0f6b3a] - "Free" badge text (dark: #8fd9a8).
 * @cssprop [--agenda-color-free-bg=#e3f4ea] - "Free" badge background (dark: #1d3326).
 * @cssprop [--agenda-color-cancelled=#a1151b] - "Cancelled" badge text and errors (dark: #ffb4ab).
 * @cssprop [--agenda-color-cancelled-bg=#fde8e8] - "Cancelled" badge background (dark: #3b1d1d).
 * @cssprop [--agenda-color-featured-bg=#f9e7ef] - "Featured" badge background.
 * @cssprop [--agenda-radius=0.75rem] - Corner radius.
 * @cssprop [--agenda-gap=1rem] - Space between cards.
 * @cssprop [--agenda-shadow=0 1px 2px rgb(0 0 0 / 0.06)] - Card shadow.
 * @cssprop [--agenda-card-text-height=calc(var(--agenda-font-size) * 14.45625 + 4.625rem + 4px)] - Minimum height of a card's text block (`list`, `grid`; larger text grows it); raise it for larger text, as loading reserves this height.
 * @cssprop [--agenda-compact-card-height=calc(var(--agenda-font-size) * 6.55 + 1.5rem)] - Minimum height of a `compact` card.
 */
export class AgendaEvents extends AgendaListing<CityQuery> {
  static override get properties(): PropertyDeclarations {
    return {
      city: { type: Number },
    };
  }

  /** Agenda Culturel city id (Amiens is 2). Required, unless an `<agenda-city-search for>` is there to set it. */
  declare city?: number;

  protected override checkQuery(): ConfigProblem | null {
    // A town picker pointed at this listing gives it its city: until the visitor picks one, wait quietly.
    if (this.city == null && !this.pickerFor('agenda-city-search')) return missing('city');
    const problem = this.city == null ? null : checkInteger(this, 'city', this.city, 1, Number.MAX_SAFE_INTEGER);
    if (problem) return problem;
    const categories = parseCategories(this, this.chosenCategories);
    return isProblem(categories) ? categories : null;
  }

  protected override buildQuery(): CityQuery | null {
    return this.city == null ? null : { city: this.city, categories: parseCategories(this, this.chosenCategories) as string[] };
  }

  protected override renderInitial(): unknown {
    return this.city == null ? renderPrompt(this.t.chooseCity) : nothing;
  }

  protected override fetchPage(client: EventsClient, query: CityQuery, paging: Paging, signal: AbortSignal): Promise<EventPage> {
    return client.cityEvents({ ...query, ...paging }, { signal, shared: true });
  }
}
