/**
 * Every DOM event the elements dispatch: the listings' and the detail's (`agenda-load`, `agenda-error`,
 * `agenda-select`) and the pickers' (`agenda-city-change`, `agenda-categories-change`). Each is an `Event`
 * subclass with a typed `detail`, bubbling and composed so a host page can listen on any ancestor, and each
 * is declared in `HTMLElementEventMap` so `addEventListener('agenda-select', (e) => e.detail.event)` is typed.
 */
import type { AgendaErrorCode, EventSummary } from '../client/index.js';

/** Detail of `agenda-load`. */
export interface AgendaLoadDetail {
  /** The events of the page just rendered (not the whole list when pages were appended); a listing's are frozen. */
  items: EventSummary[];
  /** Offset the page was requested at. */
  offset: number;
  /** Limit the page was requested with. */
  limit: number;
  /** True when a further page may follow (the "more" button is shown). */
  hasMore: boolean;
}

/** Detail of `agenda-error`. */
export interface AgendaErrorDetail {
  /** The API's `AxNNN`, or `network`, `timeout`, `http`, `parse`, `config`. */
  code: AgendaErrorCode;
  /** A human message in the element's language, the one the element shows. */
  message: string;
  /** HTTP status, when an answer came back. */
  status?: number;
}

/** Detail of `agenda-select`. */
export interface AgendaSelectDetail {
  /** The event the visitor activated; a listing's is frozen (read-only). */
  event: EventSummary;
}

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

/** A page of results was rendered, also when it is empty. */
export class AgendaLoadEvent extends Event {
  /** The event's type. */
  static readonly eventName = 'agenda-load';
  /** The page. */
  readonly detail: AgendaLoadDetail;

  constructor(detail: AgendaLoadDetail) {
    super(AgendaLoadEvent.eventName, flags);
    this.detail = detail;
  }
}

/** Something went wrong; the element shows it too. */
export class AgendaErrorEvent extends Event {
  /** The event's type. */
  static readonly eventName = 'agenda-error';
  /** What went wrong. */
  readonly detail: AgendaErrorDetail;

  constructor(detail: AgendaErrorDetail) {
    super(AgendaErrorEvent.eventName, flags);
    this.detail = detail;
  }
}

/**
 * A visitor activated an event card. Cancelable: `preventDefault()` stops the element's own follow-up
 * (navigation with `detail="link"`, the dialog with `detail="dialog"`) so the host can route.
 */
export class AgendaSelectEvent extends Event {
  /** The event's type. */
  static readonly eventName = 'agenda-select';
  /** The event that was picked. */
  readonly detail: AgendaSelectDetail;

  constructor(detail: AgendaSelectDetail) {
    super(AgendaSelectEvent.eventName, { ...flags, cancelable: true });
    this.detail = detail;
  }
}

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

/** The widgets' events by name, for typed listeners. */
export interface AgendaEventMap {
  'agenda-load': AgendaLoadEvent;
  'agenda-error': AgendaErrorEvent;
  'agenda-select': AgendaSelectEvent;
  'agenda-city-change': AgendaCityChangeEvent;
  'agenda-categories-change': AgendaCategoriesChangeEvent;
}

// They bubble and are composed, so a listener on the document or the window hears them too.
/* eslint-disable @typescript-eslint/no-empty-object-type -- merged into the DOM's own maps */
declare global {
  interface HTMLElementEventMap extends AgendaEventMap {}
  interface DocumentEventMap extends AgendaEventMap {}
  interface WindowEventMap extends AgendaEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */
