/** Hostile payloads in every field of the event detail endpoint, rendered by a standalone <agenda-event>. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { AgendaEvent } from '../../src/index.js';
import { $ } from '../helpers/elements.js';
import { PAYLOADS } from './payloads.js';
import { eventId, FIELDS, hostileDetail, json, payloadOf, titleOf } from './records.js';
import { caseFailures, describePayload, expectedText, setUp, settle, tearDown, type Hostile } from './harness.js';
import { tally } from './tally.js';

describe('hostile payloads in event details', function () {
  this.timeout(120_000);
  let hostile: Hostile;
  beforeEach(() => {
    hostile = setUp();
    hostile.api.on(/^\/demokey1\/json\/event\/\d+$/, (path) => json({ event: hostileDetail(payloadOf(Number(path.split('/').pop()))) }));
  });
  afterEach(() => tearDown(hostile));

  it('<agenda-event>: every payload in every detail field stays inert text', async () => {
    const failures: string[] = [];
    const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id=${eventId(0)}></agenda-event>`);
    for (const [index] of PAYLOADS.entries()) {
      const expected = expectedText(titleOf(index));
      el.setAttribute('event-id', String(eventId(index)));
      // Each detail replaces the last; the title tells which one is on screen.
      await waitUntil(() => (($(el, '[part="detail"] [part="title"]')?.textContent ?? '').replace(/\s+/g, ' ').includes(`№${index}`)), `detail #${index}`, { timeout: 10_000, interval: 5 });
      await settle(0);
      failures.push(...caseFailures(hostile, `<agenda-event> ${describePayload(index)}`, [el], { element: $(el, '[part="detail"] [part="title"]'), expected }));
    }
    await tally('payloads', `event detail (<agenda-event>): ${PAYLOADS.length} payloads × ${FIELDS.detail} fields`, PAYLOADS.length * FIELDS.detail, failures);
    expect(failures).to.deep.equal([]);
  });
});
