/**
 * Checks of element attributes, each returning the `ConfigProblem` to show (naming the attribute and the
 * value as written) or null. They run before any request: a bad attribute costs no network round trip, and
 * the message names the attribute rather than the API's error code.
 */
import { categoryUris, mayBeCategory } from '../client/validate.js';
import type { ConfigProblem } from './config.js';

/** The value as the integrator wrote it: the attribute when there is one, else the property. */
function written(host: Element, attribute: string, value: unknown): string {
  return host.getAttribute(attribute) ?? String(value);
}

/** The problem of an invalid attribute, quoting it as written. */
export function invalid(host: Element, attribute: string, value: unknown): ConfigProblem {
  return { attribute, source: 'element', value: written(host, attribute, value) };
}

/** A required attribute that is absent. */
export function missing(attribute: string): ConfigProblem {
  return { attribute, source: 'element', value: null };
}

/** A whole number within [min, max]. */
export function checkInteger(host: Element, attribute: string, value: number, min: number, max: number): ConfigProblem | null {
  return Number.isSafeInteger(value) && value >= min && value <= max ? null : invalid(host, attribute, value);
}

/** One of `choices`. */
export function checkChoice(host: Element, attribute: string, value: string, choices: readonly string[]): ConfigProblem | null {
  return choices.includes(value) ? null : invalid(host, attribute, value);
}

/**
 * A comma list (or array) of category URIs, each known or awaiting the API's list (which the listing fetches
 * before its first request); blanks are ignored. The list, or the problem.
 */
export function parseCategories(host: Element, value: unknown): string[] | ConfigProblem {
  const uris = categoryUris(value);
  return uris?.every(mayBeCategory) ? uris : invalid(host, 'categories', value);
}

/** A heading level, `<h1>` to `<h6>`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A `heading-level` value as a level: rounded and clamped to 1–6, `fallback` when it is not a number. Quietly:
 * an outline one level off is not worth an error state in place of the events.
 */
export function headingLevelOf(value: unknown, fallback: HeadingLevel): HeadingLevel {
  return Math.min(6, Math.max(1, Math.round(Number(value) || fallback))) as HeadingLevel;
}

/** True for a problem rather than a parsed value. */
export function isProblem(value: unknown): value is ConfigProblem {
  return typeof value === 'object' && value !== null && 'attribute' in value && 'source' in value;
}

/** A problem as a string (`element:limit=0`), for Task arguments and to tell one problem from another; null for none. */
export function problemKey(problem: ConfigProblem | null): string | null {
  return problem && `${problem.source}:${problem.attribute}=${problem.value}`;
}
