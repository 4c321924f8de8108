/**
 * `agenda-widgets/client`: the framework-free Agenda Culturel API client. See docs/client.md.
 */
export * from './types.js';
export { AgendaClient, getClient, type AgendaClientOptions } from './agenda-client.js';
export { AgendaError, isRetryable, type AgendaErrorCode, type AgendaErrorInit } from './errors.js';
// Also completes AgendaError's messages (it registers the wording); the CDN bundle drops it (vite.config.ts).
export { errorMessage } from './error-messages.js';
export { DEFAULT_API_BASE, resolveApiBase, type ApiTarget, type ThumbnailSources } from './urls-core.js';
export { MAX_LIMIT, DEFAULT_LIMIT } from './validate.js';
export { DEFAULT_GEOCODER_BASE, Geocoder, getGeocoder, type GeocoderOptions, type GeocodeOptions, type Place } from './geocoder.js';
