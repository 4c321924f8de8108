import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AgendaEvents } from '../../src/index.js';
import { loadMessages, messages } from '../../src/ui/i18n.js';
import { FakeApi } from '../helpers/fake-api.js';
import { $, announcement, until } from '../helpers/elements.js';

// English is a chunk of its own; this file's page starts without it (the tests run in order).
describe('messages', () => {
  it('has French built in, and nothing to load for it', () => {
    expect(messages('fr').more).to.equal('Plus d’événements');
    expect(loadMessages('fr')).to.equal(null);
  });

  it('loads English for an English element, which waits for it: English from its first frame', async () => {
    expect(messages('en').more, 'French stands in before the load').to.equal('Plus d’événements');
    const loading = loadMessages('en');
    expect(loading).to.be.instanceOf(Promise);
    expect(loadMessages('en'), 'one load for every caller').to.equal(loading);
    const api = new FakeApi().install();
    try {
      const release = api.hold();
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" lang="en"></agenda-events>`);
      expect(announcement(el)).to.equal('Loading events…');
      release();
      await until(el, 'article.card');
      expect($(el, '[part="list"]')!.getAttribute('aria-label')).to.equal('Upcoming events');
    } finally {
      api.restore();
    }
    expect(messages('en').more).to.equal('More events');
    expect(loadMessages('en'), 'nothing left to load').to.equal(null);
  });
});
