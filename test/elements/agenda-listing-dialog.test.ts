import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AgendaEvents } from '../../src/index.js';
import { FakeApi } from '../helpers/fake-api.js';
import { $, until } from '../helpers/elements.js';

describe('<agenda-events detail="dialog">', function () {
  this.timeout(20000);
  let api: FakeApi;
  beforeEach(() => {
    api = new FakeApi().install();
  });
  afterEach(() => {
    api.restore();
    for (const dialog of document.querySelectorAll('agenda-event-dialog')) dialog.remove();
  });

  it('opens the event in a dialog with the listing configuration, and Escape returns focus to the card', async () => {
    const el = await fixture<AgendaEvents>(
      html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="3" lang="en" detail="dialog"></agenda-events>`,
    );
    await until(el, 'article.card');
    const button = $(el, 'article.card .activate')!;
    button.focus();
    button.click();
    await waitUntil(() => document.querySelector('agenda-event-dialog'), 'the dialog', { timeout: 5000 });
    const dialog = document.querySelector('agenda-event-dialog')!;
    await dialog.updateComplete;
    expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.be.true;
    expect(dialog.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Événement 1');
    const inner = dialog.shadowRoot!.querySelector('agenda-event')!;
    expect(inner.getAttribute('event-id')).to.equal('1000');
    expect(inner.getAttribute('lang')).to.equal('en');
    await waitUntil(() => inner.shadowRoot!.querySelector('[part="detail"]'), 'the detail', { timeout: 5000 });
    // Past the entrance animation, whose fading opacity would skew axe's contrast measures.
    const panel = dialog.shadowRoot!.querySelector('dialog')!;
    await Promise.all(panel.getAnimations({ subtree: true }).map((animation) => animation.finished));
    await expect(dialog).to.be.accessible();
    const closed = oneEvent(dialog, 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(el.shadowRoot!.activeElement === button, 'focus back on the card').to.be.true;
    expect(document.querySelector('agenda-event-dialog')).to.be.null;
  });

  it('in the dark theme, shows the event on the dialog’s own surface, with no second background', async () => {
    const el = await fixture<AgendaEvents>(
      html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="1" theme="dark" detail="dialog"></agenda-events>`,
    );
    await until(el, 'article.card');
    $(el, 'article.card .activate')!.click();
    await waitUntil(() => document.querySelector('agenda-event-dialog'), 'the dialog', { timeout: 5000 });
    const dialog = document.querySelector('agenda-event-dialog')!;
    const inner = dialog.shadowRoot!.querySelector('agenda-event')!;
    await waitUntil(() => inner.shadowRoot!.querySelector('[part="detail"]'), 'the detail', { timeout: 5000 });
    expect(getComputedStyle(dialog.shadowRoot!.querySelector('dialog')!).backgroundColor).to.equal('rgb(31, 31, 37)');
    expect(getComputedStyle(inner.shadowRoot!.querySelector('[part="base"]')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('opens nothing when a listener prevents the selection', async () => {
    const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="3" detail="dialog"></agenda-events>`);
    el.addEventListener('agenda-select', (event) => event.preventDefault());
    await until(el, 'article.card');
    $(el, 'article.card .activate')!.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(document.querySelector('agenda-event-dialog')).to.be.null;
  });
});
