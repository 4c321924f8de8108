/**
 * The listing elements against the real reference server mounted at `/api` (no fetch stub): what a partner
 * sees on the demo, end to end through the shared client.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AgendaEvents, AgendaGeo } from '../../src/index.js';
import { $, $$, nextInDocument, until } from '../helpers/elements.js';

describe('listing elements on the reference API', () => {
  it('<agenda-events> lists Amiens with thumbnails from the resizer', async () => {
    const loaded = nextInDocument('agenda-load');
    const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="6"></agenda-events>`);
    const { detail } = await loaded;
    expect(detail.items.length).to.be.within(1, 6);
    await el.updateComplete;
    expect($$(el, 'article.card')).to.have.length(detail.items.length);
    const img = $(el, 'article.card img');
    if (img) expect(img.getAttribute('src')).to.match(/\/api\/static\/im\/thumb\.php\?/);
    await expect(el).to.be.accessible();
  });

  it('<agenda-geo> lists events near Amiens with their distance', async () => {
    const el = await fixture<AgendaGeo>(
      html`<agenda-geo api-base="/api" api-key="demokey1" lat="49.897455" lon="2.301060" radius="10" limit="4"></agenda-geo>`,
    );
    await until(el, 'article.card');
    expect($(el, '[part="venue"] .place')!.textContent).to.match(/à \d+(,\d)?\s*k?m/);
  });

  it('<agenda-geo restricted> lists the zone of a zone-bound key', async () => {
    const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="zonekey1" restricted limit="3"></agenda-geo>`);
    await until(el, 'article.card');
  });

  it('shows Ax019 for a disabled key', async () => {
    const failed = nextInDocument('agenda-error');
    const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="offkey01" city="2"></agenda-events>`);
    expect((await failed).detail.code).to.equal('Ax019');
    await until(el, '[part="error"]');
  });

  it('shows Ax004 for an unknown city', async () => {
    const failed = nextInDocument('agenda-error');
    await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="999999"></agenda-events>`);
    expect((await failed).detail.code).to.equal('Ax004');
  });
});
