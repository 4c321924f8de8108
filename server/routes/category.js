// /{key}/json/category — the seven categories.

import { ApiError } from '../errors.js';
import { CATEGORIES } from '../data/categories.js';

/**
 * @param {import('./context.js').RouteContext} _context
 * @param {string[]} rest segments after "category" (none allowed)
 */
export function categoryRoute(_context, rest) {
  if (rest.length > 0) throw new ApiError('Ax012', 404);
  return { categories: CATEGORIES.map((category) => ({ cat_s: category.name, nomcat: category.uri, couleur: category.color })) };
}
