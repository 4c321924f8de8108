/**
 * Hostile payloads in the pickers' endpoints: category list (<agenda-categories>), citylist and geocities
 * (<agenda-city-search>), and the geocoder's address search (<agenda-geo locate>).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { AgendaGeo } from '../../src/index.js';
import { $, $$ } from '../helpers/elements.js';
import { stubGeolocation, type GeolocationStub } from '../helpers/geolocation.js';
import { PAYLOADS } from './payloads.js';
import { batches, FIELDS, hostileCategory, hostileCity, hostileFeature, json } from './records.js';
import { caseFailures, describePayload, readings, setUp, settle, tearDown, type Hostile } from './harness.js';
import { tally } from './tally.js';

/** Types `text` into a shadow field as a visitor would, without key-by-key round trips to the driver. */
function typeInto(input: HTMLInputElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertText' }));
}

/** The payload numbers named in query `q<first>-<size>`. */
function batchOf(query: string): number[] {
  const [first, size] = /^q(\d+)-(\d+)$/.exec(decodeURIComponent(query))?.slice(1).map(Number) ?? [0, 0];
  return PAYLOADS.slice(first, first! + size!).map((_, offset) => first! + offset);
}

/** Checks options against the payloads they should show, by their `№n` markers; returns failures. */
function checkOptions(hostile: Hostile, element: HTMLElement, indexes: number[], label: string): string[] {
  const failures = caseFailures(hostile, `${label} batch from #${indexes[0]}`, [element]);
  const options = $$(element, '[role="option"]');
  for (const index of indexes) {
    const option = options.find((candidate) => (candidate.textContent ?? '').includes(`№${index}`)) ?? null;
    failures.push(...caseFailures(hostile, `${label} ${describePayload(index)}`, [], { element: option, expected: `№${index}` }));
    if (option) failures.push(...caseFailures(hostile, `${label} ${describePayload(index)}`, [], { element: option, expected: readings(`${PAYLOADS[index]!.value} №${index}`) }));
  }
  return failures;
}

describe('hostile payloads in pickers', function () {
  this.timeout(120_000);
  let hostile: Hostile;
  let geolocation: GeolocationStub | undefined;
  beforeEach(() => {
    hostile = setUp();
  });
  afterEach(() => {
    geolocation?.restore();
    tearDown(hostile);
  });

  it('<agenda-categories>: every payload in every category field stays inert text', async () => {
    hostile.api.on(/^\/demokey1\/json\/category$/, () => json({ categories: PAYLOADS.map((_, index) => hostileCategory(index)) }));
    const el = await fixture(html`<agenda-categories api-base="/api" api-key="demokey1"></agenda-categories>`);
    // Categories whose uri the client refuses are left out; every one shown must be inert and read as text.
    await waitUntil(() => $$(el, '.chip').length > 0, 'the chips', { timeout: 10_000 });
    await settle();
    const failures = caseFailures(hostile, '<agenda-categories>', [el]);
    const chips = $$(el, '.chip');
    for (const [index, payload] of PAYLOADS.entries()) {
      const chip = chips.find((candidate) => (candidate.textContent ?? '').includes(`№${index}`));
      if (chip) failures.push(...caseFailures(hostile, `<agenda-categories> ${describePayload(index)}`, [], { element: chip, expected: readings(`${payload.value} №${index}`) }));
    }
    await tally('payloads', `category list (<agenda-categories>): ${PAYLOADS.length} payloads × ${FIELDS.category} fields`, PAYLOADS.length * FIELDS.category, failures);
    expect(failures).to.deep.equal([]);
  });

  it('<agenda-city-search>: every payload in citylist and geocities answers stays inert text', async () => {
    hostile.api.on(/^\/demokey1\/json\/citylist\//, (path) => json({ cities: batchOf(path.split('/')[4]!).map(hostileCity) }));
    hostile.api.on(/^\/demokey1\/json\/geocities\//, () => json({ cities: PAYLOADS.slice(0, 10).map((_, index) => hostileCity(index)) }));
    const el = await fixture<HTMLElement>(html`<agenda-city-search api-base="/api" api-key="demokey1"></agenda-city-search>`);
    (el as unknown as { debounceMs: number }).debounceMs = 0;
    const input = $(el, 'input') as HTMLInputElement;
    const failures: string[] = [];
    for (const indexes of batches(10)) {
      typeInto(input, `q${indexes[0]}-${indexes.length}`);
      await waitUntil(() => $$(el, '[role="option"]').some((option) => option.textContent!.includes(`№${indexes.at(-1)}`)), `options from #${indexes[0]}`, { timeout: 10_000, interval: 5 });
      await settle(10);
      failures.push(...checkOptions(hostile, el, indexes, 'citylist'));
    }
    el.remove();
    const nearby = await fixture<HTMLElement>(html`<agenda-city-search api-base="/api" api-key="demokey1" nearby lat="49.9" lon="2.3"></agenda-city-search>`);
    const field = $(nearby, 'input') as HTMLInputElement;
    field.focus();
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitUntil(() => $$(nearby, '[role="option"]').length === 10, 'the nearby towns', { timeout: 10_000 });
    failures.push(...checkOptions(hostile, nearby, PAYLOADS.slice(0, 10).map((_, index) => index), 'geocities'));
    await tally('payloads', `citylist (<agenda-city-search>): ${PAYLOADS.length} payloads × ${FIELDS.city} fields`, PAYLOADS.length * FIELDS.city, failures);
    await tally('payloads', `geocities (<agenda-city-search nearby>): 10 payloads × ${FIELDS.city} fields`, 10 * FIELDS.city);
    expect(failures).to.deep.equal([]);
  });

  it('<agenda-geo locate>: every payload in geocoder answers stays inert text', async () => {
    geolocation = stubGeolocation({ error: 1 });
    // The field shows at most the geocoder's `limit=5` suggestions.
    const size = 5;
    hostile.api.on(/^\/search\//, () => json({}));
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
      if (!url.pathname.startsWith('/api/search')) return original(input, init);
      const features = batchOf(url.searchParams.get('q') ?? '').map(hostileFeature);
      return Promise.resolve(json({ type: 'FeatureCollection', features, query: url.searchParams.get('q') }));
    };
    try {
      const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" geocoder-base="/api" locate></agenda-geo>`);
      $(el, '[part="locate-button"]')!.click();
      await waitUntil(() => el.locateStatus === 'denied', 'the refusal', { timeout: 10_000 });
      await el.updateComplete;
      const input = $(el, '[part="address-input"]') as HTMLInputElement;
      const failures: string[] = [];
      for (const indexes of batches(size)) {
        typeInto(input, `q${indexes[0]}-${indexes.length}`);
        await waitUntil(() => $$(el, '[role="option"]').some((option) => option.textContent!.includes(`№${indexes.at(-1)}`)), `suggestions from #${indexes[0]}`, { timeout: 10_000, interval: 5 });
        await settle(10);
        failures.push(...checkOptions(hostile, el, indexes, 'address search'));
      }
      await tally('payloads', `address search (<agenda-geo locate>): ${PAYLOADS.length} payloads × ${FIELDS.address} fields`, PAYLOADS.length * FIELDS.address, failures);
      expect(failures).to.deep.equal([]);
    } finally {
      window.fetch = original;
    }
  });
});
