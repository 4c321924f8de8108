/**
 * Asking the browser for the visitor's position, the same way for every element that offers "near me" /
 * "use my position": a coarse position (no GPS wake-up), a recent one accepted, and the answer rounded.
 */

/** The visitor's position, or why there is none. */
export type PositionAnswer = { lat: number; lon: number } | 'denied' | 'unavailable';

/** A coarse position is enough; one up to 5 minutes old is reused; 15 s at most before "unavailable". */
const OPTIONS: PositionOptions = { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 };

/** Six decimals (about 11 cm) is what the API's examples use, all a position needs, and keeps URLs (and cache keys) stable. */
const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/** Rounds a position to six decimals. */
export function roundPosition(position: { lat: number; lon: number }): { lat: number; lon: number } {
  return { lat: round6(position.lat), lon: round6(position.lon) };
}

/** True when the browser offers geolocation at all (it may still be refused or fail). */
export function hasGeolocation(): boolean {
  return Boolean(globalThis.navigator?.geolocation);
}

/** Asks for the visitor's position (the browser prompts first) and calls `done` with the answer; see `hasGeolocation()`. */
export function askPosition(done: (answer: PositionAnswer) => void): void {
  globalThis.navigator.geolocation.getCurrentPosition(
    (position) => done(roundPosition({ lat: position.coords.latitude, lon: position.coords.longitude })),
    (error) => done(error.code === 1 ? 'denied' : 'unavailable'),
    OPTIONS,
  );
}

/**
 * Marks a document whose loader found the geolocation permission already granted (src/reserve-space.ts: the
 * same `Symbol.for` key), so `<agenda-geo locate>` locates before its first render, in the box reserved for it.
 */
export const GEOLOCATION_GRANTED = Symbol.for('agenda-widgets.geolocation-granted');
