/**
 * The DOM events of the pickers (`<agenda-city-search>`, `<agenda-categories>`). Like the listing events in
 * `ui/events.ts`: `Event` subclasses with a typed `detail`, bubbling and composed, declared in
 * `HTMLElementEventMap` so `addEventListener('agenda-city-change', (e) => e.detail.city.id)` is typed.
 */

/** A city as the pickers hand it to the page: the contract's `{id, name, dep}`. */
export interface CityChoice {
  /** Agenda Culturel city id (Amiens is 2). */
  id: number;
  /** City name, e.g. `Amiens`. */
  name: string;
  /** Department name, e.g. `Somme` (empty when the API sent none). */
  dep: string;
}

/** Detail of `agenda-city-change`. */
export interface AgendaCityChangeDetail {
  /** The city the visitor picked. */
  city: CityChoice;
}

/** Detail of `agenda-categories-change`. */
export interface AgendaCategoriesChangeDetail {
  /** The selected category URIs, in the API's order; empty when none is selected (all categories). */
  categories: string[];
}

const flags = { bubbles: true, composed: true } as const;

/** The visitor picked a city in `<agenda-city-search>`. */
export class AgendaCityChangeEvent extends Event {
  /** The event's type. */
  static readonly eventName = 'agenda-city-change';
  /** The city picked. */
  readonly detail: AgendaCityChangeDetail;

  /** An event for `detail`. */
  constructor(detail: AgendaCityChangeDetail) {
    super(AgendaCityChangeEvent.eventName, flags);
    this.detail = detail;
  }
}

/** The visitor changed the selection of `<agenda-categories>`. */
export class AgendaCategoriesChangeEvent extends Event {
  /** The event's type. */
  static readonly eventName = 'agenda-categories-change';
  /** The new selection. */
  readonly detail: AgendaCategoriesChangeDetail;

  /** An event for `detail`. */
  constructor(detail: AgendaCategoriesChangeDetail) {
    super(AgendaCategoriesChangeEvent.eventName, flags);
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'agenda-city-change': AgendaCityChangeEvent;
    'agenda-categories-change': AgendaCategoriesChangeEvent;
  }
}
