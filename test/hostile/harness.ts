/** Shared set-up of the payload tests: the fake API with hostile answers, the traps, and the per-case check. */
import { FakeApi } from '../helpers/fake-api.js';
import { htmlToText } from '../../src/client/text.js';
import { inspect, Traps, visibleText } from './checks.js';
import { PAYLOADS } from './payloads.js';

/** The fake API and traps of one test. */
export interface Hostile {
  api: FakeApi;
  traps: Traps;
}

/** Installs the fake API, then the traps over it (so the traps see every request first). */
export function setUp(): Hostile {
  const api = new FakeApi().install();
  const traps = new Traps().install();
  return { api, traps };
}

/** Undoes `setUp` and removes any dialog left in the document. */
export function tearDown({ api, traps }: Hostile): void {
  traps.restore();
  api.restore();
  for (const dialog of document.querySelectorAll('agenda-event-dialog')) dialog.remove();
}

/** The text a reader must see for `source`: what the client keeps of it (tags stripped, entities decoded). */
export function expectedText(source: string): string {
  return htmlToText(source).replace(/\s+/g, ' ').trim();
}

/** How much of an expected text must show: long strings may be cut by the UI, which is fine. */
const TEXT_PREFIX = 100;

/**
 * Failures of one case: traps, the rendered trees, and (when given) a text the reader must see as text. A field
 * may be shown literally or as the client's plain text of it (tags stripped), so `expected` lists the readings.
 */
export function caseFailures(
  hostile: Hostile,
  label: string,
  roots: ParentNode[],
  text?: { element: Element | null; expected: string | string[] },
): string[] {
  const failures = [...hostile.traps.failures(), ...inspect(roots)];
  if (text) {
    const readings = (Array.isArray(text.expected) ? text.expected : [text.expected]).map((value) => value.slice(0, TEXT_PREFIX));
    const seen = visibleText(text.element);
    if (readings.every(Boolean) && !readings.some((reading) => seen.includes(reading))) {
      failures.push(`text not shown as text: expected "${readings[0]!.slice(0, 60)}", saw "${seen.slice(0, 60)}"`);
    }
  }
  return failures.map((failure) => `${label}: ${failure}`);
}

/** The readings of a field holding `source`: literal, or the client's plain text of it. */
export function readings(source: string): string[] {
  return [source.replace(/\s+/g, ' ').trim(), expectedText(source)];
}

/** A short name for payload `index` in failure messages. */
export function describePayload(index: number): string {
  const payload = PAYLOADS[index]!;
  return `payload #${index} (${payload.kind}) ${JSON.stringify(payload.value.slice(0, 50))}`;
}

/** Lets pending work (loads of images, late handlers) run before the traps are read. */
export function settle(ms = 50): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
