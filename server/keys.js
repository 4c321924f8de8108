// The API keys this server knows. The real service issues keys on request; here three fixed demo keys
// cover the three behaviours the documentation describes.

/**
 * What a key may do. `zone` restricts it to a radius around a point (the documentation's "clé d'API
 * auto-limitée à un rayon géographique").
 * @typedef {{ key: string, label: string, disabled?: boolean, zone?: {lat: number, lon: number, radiusKm: number, label: string} }} ApiKey
 */

/** Amiens town hall, the centre of the zone key (Amiens is city id 2 in the documentation). */
const AMIENS = { lat: 49.894067, lon: 2.295753 };

/** @type {ReadonlyMap<string, ApiKey>} */
export const KEYS = new Map(
  [
    { key: 'demokey1', label: 'full access' },
    { key: 'zonekey1', label: 'restricted to 20 km around Amiens', zone: { ...AMIENS, radiusKm: 20, label: 'Amiens' } },
    { key: 'offkey01', label: 'disabled (answers Ax019)', disabled: true },
  ].map((entry) => [entry.key, entry]),
);

/** The documented shape of a key: 8 letters or digits. */
export const KEY_PATTERN = /^[A-Za-z0-9]{8}$/;
