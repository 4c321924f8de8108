// /{key}/json/event/<id> — the detail of an event.

import { ApiError } from '../errors.js';
import { detailRecord } from '../data/format.js';
import { inZone } from './context.js';

/**
 * @param {import('./context.js').RouteContext} context
 * @param {string[]} rest [id]
 */
export function eventRoute(context, rest) {
  if (rest.length > 1) throw new ApiError('Ax012', 404);
  const segment = rest[0] ?? '';
  if (!/^\d+$/.test(segment)) throw new ApiError('Ax006');
  const id = Number(segment);
  const event = Number.isSafeInteger(id) ? context.store.find(id) : undefined;
  if (!event) throw new ApiError('Ax007');
  if (!inZone(context.key, event.venue.lat, event.venue.lon) && !inZone(context.key, event.city.lat, event.city.lon)) {
    throw new ApiError('Ax016');
  }
  return { event: detailRecord(event, context.base, context.store.today) };
}
