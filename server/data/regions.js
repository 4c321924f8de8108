// Region names by INSEE region code, from @etalab/decoupage-administratif (the communes module keeps only
// the code), for the geocoder's "context" ("80, Somme, Hauts-de-France").

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @type {Map<string, string> | undefined} */
let cached;

/**
 * Region code → name ("32" → "Hauts-de-France"), read on first call (2 kB) and shared afterwards.
 * @returns {Map<string, string>}
 */
export function regionNames() {
  if (cached) return cached;
  /** @type {{code: string, nom: string}[]} */
  const regions = JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/regions.json'), 'utf8'));
  cached = new Map(regions.map((region) => [region.code, region.nom]));
  return cached;
}
