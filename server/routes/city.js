// /{key}/json/<city id>[/<categories>][/<offset,limit>] — a city's upcoming events.

import { ApiError } from '../errors.js';
import { listingRecord } from '../data/format.js';
import { assignSlots, parseCategories, parsePage } from '../segments.js';
import { DEFAULT_EVENT_PAGE, cityFromSegment, slice } from './context.js';

/**
 * @param {import('./context.js').RouteContext} context
 * @param {string} citySegment
 * @param {string[]} rest segments after the city id
 */
export function cityRoute(context, citySegment, rest) {
  const city = cityFromSegment(context, citySegment);
  const slots = assignSlots(rest, ['categories', 'page']);
  const categories = slots.categories === undefined ? null : parseCategories(slots.categories);
  const page = slots.page === undefined ? DEFAULT_EVENT_PAGE : parsePage(slots.page);
  const events = slice(context.store.upcoming(city, categories), page);
  if (events.length === 0) throw new ApiError('Ax015');
  return { events: events.map((occurrence) => listingRecord(occurrence, context.base)) };
}
