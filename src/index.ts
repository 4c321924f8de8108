/**
 * `agenda-widgets`: registers every element (never twice) and exports the configuration entry point, the
 * element classes and their event types. The framework-free client is `agenda-widgets/client`.
 */
import './elements/agenda-provider.js';
import './elements/agenda-events.js';
import './elements/agenda-geo.js';
import './elements/agenda-event.js';
import './elements/agenda-city-search.js';
import './elements/agenda-categories.js';

export { configure, type AgendaConfig } from './config/index.js';
export { AgendaProvider } from './elements/agenda-provider.js';
export { AgendaEvents, type CityQuery } from './elements/agenda-events.js';
export { AgendaGeo, type GeoQuery, type LocateStatus } from './elements/agenda-geo.js';
export { AgendaEvent } from './elements/agenda-event.js';
export type { AgendaEventDialog, OpenEventDialogOptions } from './ui/dialog/index.js';
export { AgendaCitySearch, type CityLocateStatus } from './elements/agenda-city-search.js';
export { AgendaCategories } from './elements/agenda-categories.js';
export type { DetailMode } from './elements/base/agenda-listing.js';
export type { Layout } from './ui/card.js';
export {
  AgendaCategoriesChangeEvent,
  AgendaCityChangeEvent,
  AgendaErrorEvent,
  AgendaLoadEvent,
  AgendaSelectEvent,
  type AgendaCategoriesChangeDetail,
  type AgendaCityChangeDetail,
  type AgendaEventMap,
  type AgendaErrorDetail,
  type AgendaLoadDetail,
  type AgendaSelectDetail,
  type CityChoice,
} from './ui/events.js';
export { AgendaError, type AgendaErrorCode, type EventSummary, type Lang, type Theme } from './client/index.js';
