// Great-circle distances, in kilometres, as the API reports them.

const EARTH_RADIUS_KM = 6371.0088;

/**
 * Haversine distance between two positions, in kilometres.
 * @param {number} lat1
 * @param {number} lon1
 * @param {number} lat2
 * @param {number} lon2
 */
export function distanceKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The point `km` kilometres away from a position in the direction `bearing` (radians, 0 = north); an
 * equirectangular step, precise enough for the few kilometres venues are spread around a town centre.
 * @param {number} lat
 * @param {number} lon
 * @param {number} km
 * @param {number} bearing
 * @returns {{lat: number, lon: number}}
 */
export function offsetPosition(lat, lon, km, bearing) {
  const dLat = (km * Math.cos(bearing)) / 111.32;
  const dLon = (km * Math.sin(bearing)) / (111.32 * Math.cos((lat * Math.PI) / 180));
  return { lat: lat + dLat, lon: lon + dLon };
}
