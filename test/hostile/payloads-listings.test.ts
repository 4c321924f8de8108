/**
 * Hostile payloads in every field of the listing and geo endpoints, rendered by <agenda-events> and <agenda-geo>
 * in batches of a hundred cards, and in the detail dialog a card opens.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { AgendaEvents, AgendaGeo } from '../../src/index.js';
import { $$ } from '../helpers/elements.js';
import { PAYLOADS } from './payloads.js';
import { batches, FIELDS, hostileDetail, hostileEvent, json, payloadOf, titleOf } from './records.js';
import { caseFailures, describePayload, expectedText, setUp, settle, tearDown, type Hostile } from './harness.js';
import { tally } from './tally.js';

/** Cards per request: the API's largest page. */
const BATCH = 100;

/** Answers listings of city 2 and geo listings with hostile records, and event details likewise. */
function serveHostile(hostile: Hostile): void {
  const page = (path: string) => {
    const paging = path.split('/').find((segment) => /^\d+,\d+$/.test(segment)) ?? '0,15';
    const [offset, limit] = paging.split(',').map(Number) as [number, number];
    return PAYLOADS.slice(offset, offset + limit).map((_, index) => offset + index);
  };
  hostile.api.on(/^\/demokey1\/json\/2(\/|$)/, (path) => json({ events: page(path).map((index) => hostileEvent(index)) }));
  hostile.api.on(/^\/demokey1\/json\/geo\//, (path) => json({ events: page(path).map((index) => hostileEvent(index, true)) }));
  hostile.api.on(/^\/demokey1\/json\/event\/\d+$/, (path) => json({ event: hostileDetail(payloadOf(Number(path.split('/').pop()))) }));
}

/** Checks every card of a rendered batch; returns failures. */
function checkCards(hostile: Hostile, element: HTMLElement, indexes: number[]): string[] {
  const failures = caseFailures(hostile, `${element.localName} batch from #${indexes[0]}`, [element]);
  const titles = $$(element, 'article.card [part="title"]');
  indexes.forEach((index, position) => {
    failures.push(...caseFailures(hostile, `${element.localName} ${describePayload(index)}`, [], { element: titles[position] ?? null, expected: expectedText(titleOf(index)) }));
  });
  return failures;
}

describe('hostile payloads in listings', function () {
  this.timeout(120_000);
  let hostile: Hostile;
  beforeEach(() => {
    hostile = setUp();
    serveHostile(hostile);
  });
  afterEach(() => tearDown(hostile));

  it('<agenda-events>: every payload in every listing field stays inert text', async () => {
    const failures: string[] = [];
    for (const indexes of batches(BATCH)) {
      const el = await fixture<AgendaEvents>(
        html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit=${BATCH} offset=${indexes[0]!}></agenda-events>`,
      );
      await waitUntil(() => $$(el, 'article.card').length === indexes.length, `${indexes.length} cards`, { timeout: 20_000 });
      await settle();
      failures.push(...checkCards(hostile, el, indexes));
      el.remove();
    }
    await tally('payloads', `listing (<agenda-events>): ${PAYLOADS.length} payloads × ${FIELDS.listing} fields`, PAYLOADS.length * FIELDS.listing, failures);
    expect(failures).to.deep.equal([]);
  });

  it('<agenda-geo>: every payload in every geo listing field stays inert text', async () => {
    const failures: string[] = [];
    for (const indexes of batches(BATCH)) {
      const el = await fixture<AgendaGeo>(
        html`<agenda-geo api-base="/api" api-key="demokey1" lat="49.897455" lon="2.301060" radius="10" limit=${BATCH} offset=${indexes[0]!}></agenda-geo>`,
      );
      await waitUntil(() => $$(el, 'article.card').length === indexes.length, `${indexes.length} cards`, { timeout: 20_000 });
      await settle();
      failures.push(...checkCards(hostile, el, indexes));
      el.remove();
    }
    await tally('payloads', `geo listing (<agenda-geo>): ${PAYLOADS.length} payloads × ${FIELDS.geo} fields`, PAYLOADS.length * FIELDS.geo, failures);
    expect(failures).to.deep.equal([]);
  });

  it('the detail dialog a hostile card opens stays inert', async () => {
    const failures: string[] = [];
    // One card per family, opened through the listing's dialog (the dialog lives in the document, not the card).
    const picked = [...new Map(PAYLOADS.map((payload, index) => [payload.kind, index])).values()];
    const el = await fixture<AgendaEvents>(
      html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit=${BATCH} detail="dialog"></agenda-events>`,
    );
    await waitUntil(() => $$(el, 'article.card').length === BATCH, 'the cards', { timeout: 20_000 });
    for (const index of picked.filter((value) => value < BATCH)) {
      $$(el, 'article.card .activate')[index]!.click();
      await waitUntil(() => document.querySelector('agenda-event-dialog'), 'the dialog', { timeout: 10_000 });
      const dialog = document.querySelector('agenda-event-dialog')!;
      await waitUntil(() => dialog.shadowRoot?.querySelector('agenda-event')?.shadowRoot?.querySelector('[part="detail"]'), 'the detail', { timeout: 10_000 });
      await settle();
      // The dialog's heading carries the title; the event inside has none of its own.
      const title = dialog.shadowRoot!.querySelector('[part="title"]');
      failures.push(...caseFailures(hostile, `dialog ${describePayload(index)}`, [dialog, el], { element: title, expected: expectedText(titleOf(index)) }));
      dialog.remove();
    }
    await tally('payloads', `detail dialog from a card: ${picked.length} payloads × ${FIELDS.detail} fields`, picked.length * FIELDS.detail, failures);
    expect(failures).to.deep.equal([]);
  });
});
