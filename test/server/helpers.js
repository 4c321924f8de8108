// Shared test helpers: one app per "today", requests without opening a port.

import { createApp } from '../../server/app.js';

/** The fixed day the tests compute the agenda for. */
export const TODAY = '2026-11-22';

/** An app for TODAY, mounted at the root. */
export const app = createApp({ today: TODAY });

/**
 * @typedef {{status: number, headers: Headers, body: any, text: string}} JsonAnswer
 */

/**
 * GETs a path from an app and parses the JSON body.
 * @param {string} path
 * @param {{app?: ReturnType<typeof createApp>, headers?: Record<string, string>, method?: string}} [options]
 * @returns {Promise<JsonAnswer>}
 */
export async function get(path, options = {}) {
  const response = await (options.app ?? app).request(path, { headers: options.headers, method: options.method });
  const text = await response.text();
  /** @type {any} */
  let body;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null; // images and empty 304 bodies
  }
  return { status: response.status, headers: response.headers, body, text };
}

/**
 * The AxNNN code of an error answer.
 * @param {JsonAnswer} answer
 */
export function codeOf(answer) {
  return answer.body?.error?.code;
}
