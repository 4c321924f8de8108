/**
 * The visitor's journey of issue 4, with the keyboard alone, on the reference API: pick a town, narrow to two
 * categories, open an event, add it to a calendar, and close the dialog back to the card it came from.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AgendaCategories, AgendaCitySearch, AgendaEvents, EventSummary } from '../../src/index.js';
import { $, $$ } from '../helpers/elements.js';

/** The focused element, looking through open shadow roots. */
function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `matches` holds for the focused element (at most `limit` presses). */
async function tabUntil(matches: (active: Element) => boolean, what: string, limit = 40): Promise<Element> {
  for (let presses = 0; presses < limit; presses++) {
    const active = deepActiveElement();
    if (active && matches(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Space, which Firefox's WebDriver only knows as ' '. */
async function pressSpace(): Promise<void> {
  await sendKeys({ press: 'Space' }).catch(() => sendKeys({ press: ' ' }));
}

describe('a visitor, with the keyboard alone', function () {
  this.timeout(60000);
  const originalCreate = URL.createObjectURL;
  let calendars: Blob[];
  /** Keeps the browser from saving the .ics: the test reads it instead. */
  const keepDownload = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) event.preventDefault();
  };

  beforeEach(() => {
    calendars = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      calendars.push(blob as Blob);
      return originalCreate.call(URL, blob);
    };
    window.addEventListener('click', keepDownload, true);
  });

  afterEach(() => {
    URL.createObjectURL = originalCreate;
    window.removeEventListener('click', keepDownload, true);
    for (const dialog of document.querySelectorAll('agenda-event-dialog')) dialog.remove();
  });

  it('picks a town, two categories, opens an event, adds it to a calendar and comes back to the card', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <button type="button">start</button>
      <agenda-city-search api-base="/api" api-key="demokey1" for="events"></agenda-city-search>
      <agenda-categories api-base="/api" api-key="demokey1" for="events"></agenda-categories>
      <agenda-events id="events" api-base="/api" api-key="demokey1" city="1" limit="4"></agenda-events>
    </div>`);
    const citySearch = page.querySelector<AgendaCitySearch>('agenda-city-search')!;
    const categories = page.querySelector<AgendaCategories>('agenda-categories')!;
    const events = page.querySelector<AgendaEvents>('agenda-events')!;
    page.querySelector('button')!.focus();

    // 1. A town: type, arrow down to Amiens, Enter.
    await tabUntil((active) => active.getAttribute('role') === 'combobox', 'the town field');
    const cityPicked = oneEvent(citySearch, 'agenda-city-change');
    await sendKeys({ type: 'amie' });
    await waitUntil(
      () => $$(citySearch, '[role="option"]').some((option) => option.textContent!.includes('Amiens')),
      'Amiens offered',
      { timeout: 5000 },
    );
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect((await cityPicked).detail.city).to.include({ id: 2, name: 'Amiens' });
    expect(events.getAttribute('city')).to.equal('2');

    // 2. Two categories: Tab to the chips, Space, arrow to the next chip, Space.
    // Every page the listing shows from now on, recorded before it can arrive.
    // Each with the categories it was loaded for: the first Space alone already reloads the listing.
    const pages: { categories: string | null; items: EventSummary[] }[] = [];
    events.addEventListener('agenda-load', (event) => pages.push({ categories: events.getAttribute('categories'), items: event.detail.items }));
    await waitUntil(() => $$(categories, 'button[aria-pressed]').length === 7, 'the seven chips', { timeout: 5000 });
    await tabUntil((active) => active.hasAttribute('aria-pressed'), 'a category chip');
    await pressSpace();
    await sendKeys({ press: 'ArrowRight' });
    await pressSpace();
    await waitUntil(() => events.getAttribute('categories') === 'concert,theatre', 'two categories on the listing', { timeout: 5000 });

    // 3. Open an event that is not cancelled (a cancelled one offers no calendar).
    // Only once the page for both categories is shown are the cards the ones Tab will reach.
    const both = (page: (typeof pages)[number]) => page.categories === 'concert,theatre';
    await waitUntil(() => pages.some(both), 'the page for concerts and plays', { timeout: 8000 });
    await events.updateComplete;
    const items = pages.find(both)!.items;
    expect(items.length).to.be.greaterThan(0);
    expect(items.every((item) => ['concert', 'theatre'].includes(item.category.uri))).to.be.true;
    const chosen = items.find((item) => !item.cancelled)!;
    const card = await tabUntil(
      (active) => active.classList.contains('activate') && active.textContent!.trim() === chosen.title,
      `the card "${chosen.title}"`,
    );
    await sendKeys({ press: 'Enter' });
    // The first activation loads the dialog's chunk, which a busy machine can take seconds to serve.
    await waitUntil(() => document.querySelector('agenda-event-dialog'), 'the dialog', { timeout: 15000 });
    const dialog = document.querySelector('agenda-event-dialog')!;
    const detail = dialog.shadowRoot!.querySelector('agenda-event')!;
    await waitUntil(() => $(detail, '[part="calendar-ics"]'), 'the detail with its calendar button', { timeout: 15000 });

    // 4. Add to calendar: Tab to the .ics button (focus stays in the dialog), Enter.
    await tabUntil((active) => active.getAttribute('part') === 'calendar-ics', 'the .ics button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calendars.length === 1, 'the .ics file', { timeout: 5000 });
    const ics = await calendars[0]!.text();
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).to.contain('BEGIN:VEVENT');
    expect(ics.replace(/\r\n /g, '')).to.contain(`SUMMARY:${chosen.title.replace(/([,;])/g, '\\$1')}`);

    // 5. Escape closes the dialog and focus is back on the card.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !document.querySelector('agenda-event-dialog'), 'the dialog closed', { timeout: 5000 });
    expect(deepActiveElement()).to.equal(card);
  });
});
