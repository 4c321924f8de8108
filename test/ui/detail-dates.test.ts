import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/elements/agenda-event.js';
import type { AgendaEvent } from '../../src/elements/agenda-event.js';
import type { EventDetail } from '../../src/client/index.js';
import { detailMessages } from '../../src/ui/detail/messages.js';
import { renderDetail } from '../../src/ui/detail/template.js';
import { loadMessages, messages } from '../../src/ui/i18n.js';
import type { Lang } from '../../src/client/types.js';
import { makeDetail } from '../detail/fixture.js';
import { FakeApi } from '../helpers/fake-api.js';
import { $, $$, until } from '../helpers/elements.js';

type Dates = { date: string; heures: string[] }[];

/** `count` days in a row from `first` (`YYYY-MM-DD`), each with `heures`. */
function daily(first: string, count: number, heures: string[]): Dates {
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(`${first}T00:00Z`);
    day.setUTCDate(day.getUTCDate() + index);
    return { date: day.toISOString().slice(0, 10), heures };
  });
}

/** An `event/{id}` record in the wire format with these performances (years ahead, so all upcoming). */
function rawDetail(dates: Dates, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    titre: 'Lumières du Nord',
    date_debut: dates[0]!.date,
    date_fin: dates.at(-1)!.date,
    description: '<p>Une exposition.</p>',
    dep: '80',
    id_ville: '2',
    etat: 'ok',
    heure1: null,
    gratuit: '1',
    lieux_lieu: 'Maison de la Culture',
    cat_url: 'exposition',
    couleur: '#1565c0',
    cat_nom: 'Exposition',
    villes_ville: 'Amiens',
    villes_cp: '80000',
    dates_inter: dates,
    next_shows: [],
    ...overrides,
  };
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Each `<time>` of a line as `[datetime, text]`. */
function times(line: Element): [string | null, string][] {
  return [...line.querySelectorAll('time')].map((time) => [time.getAttribute('datetime'), text(time)]);
}

describe('event detail: dates', function () {
  // axe on a whole detail view takes a second or more in WebKit.
  this.timeout(20000);

  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => {
    api.restore();
  });

  let lastId = 5150;

  /** An `<agenda-event>` showing a record with `dates` (under an id of its own: the client caches), once loaded. */
  async function show(dates: Dates, { lang = 'fr', width, overrides }: { lang?: Lang; width?: number; overrides?: Record<string, unknown> } = {}) {
    const id = String(++lastId);
    const body = JSON.stringify({ event: { ...rawDetail(dates, overrides), id_agenda: id } });
    api.on(new RegExp(`/json/event/${id}$`), () => new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    const wrapper = await fixture<HTMLElement>(
      html`<div style=${width ? `width: ${width}px` : ''}>
        <agenda-event api-base="/api" api-key="demokey1" event-id=${id} lang=${lang}></agenda-event>
      </div>`,
    );
    const el = wrapper.querySelector<AgendaEvent>('agenda-event')!;
    await until(el, '[part="detail"]');
    return el;
  }

  /** The lines of the dates shown before the disclosure. */
  const lines = (el: Element) => $$(el, '[part~="dates"] > dd > .performances > li');

  it('shows a 30-day daily run as one range with its time, and no "more dates"', async () => {
    const el = await show(daily('2030-11-01', 30, ['10:00']));
    expect(lines(el)).to.have.length(1);
    const run = lines(el)[0]!;
    expect(text(run.querySelector('.days'))).to.equal('Du ven. 1 nov. au sam. 30 nov. 2030');
    expect(text(run.querySelector('.times'))).to.equal('10:00');
    expect(text(run)).to.equal('Du ven. 1 nov. au sam. 30 nov. 2030 10:00');
    // Both ends are machine-readable days; the time holds on every day, so it is a time of day alone.
    expect(times(run)).to.deep.equal([
      ['2030-11-01', 'ven. 1 nov.'],
      ['2030-11-30', 'sam. 30 nov. 2030'],
      ['10:00', '10:00'],
    ]);
    expect($$(el, '[part~="dates"] details')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('reads "From … to …" in English', async () => {
    const el = await show(daily('2030-11-01', 30, ['10:00', '14:00']), { lang: 'en' });
    expect(text($(el, '[part~="dates"] dt'))).to.equal('When');
    const run = lines(el)[0]!;
    expect(text(run.querySelector('.days'))).to.equal('From Fri 1 Nov to Sat 30 Nov 2030');
    expect(text(run.querySelector('.times'))).to.equal('10:00, 14:00');
    expect(times(run).map(([datetime]) => datetime)).to.deep.equal(['2030-11-01', '2030-11-30', '10:00', '14:00']);
    await expect(el).to.be.accessible();
  });

  it('splits a run at a missing day: two ranges, or single days when a side is too short', async () => {
    // 11 November missing.
    const el = await show([...daily('2030-11-01', 10, ['10:00']), ...daily('2030-11-12', 9, ['10:00'])]);
    expect(lines(el).map((line) => text(line.querySelector('.days')))).to.deep.equal([
      'Du ven. 1 nov. au dim. 10 nov. 2030',
      'Du mar. 12 nov. au mer. 20 nov. 2030',
    ]);
    await expect(el).to.be.accessible();

    // 6 November missing: 7 and 8 are only two days in a row, so they stay days.
    const short = await show([...daily('2030-11-01', 5, ['10:00']), ...daily('2030-11-07', 2, ['10:00'])]);
    expect(lines(short).map((line) => line.className)).to.deep.equal(['run', '', '']);
    expect(times(lines(short)[1]!)).to.deep.equal([
      ['2030-11-07', 'Jeudi 7 novembre 2030'],
      ['2030-11-07T10:00+01:00', '10:00'],
    ]);
    expect(text(lines(short)[2]!.querySelector(':scope > time'))).to.equal('Vendredi 8 novembre 2030');
    await expect(short).to.be.accessible();
  });

  it('starts a new run where the times change', async () => {
    const el = await show([...daily('2030-11-01', 3, ['10:00']), ...daily('2030-11-04', 4, ['14:00', '20:30'])]);
    expect(lines(el).map(text)).to.deep.equal([
      'Du ven. 1 nov. au dim. 3 nov. 2030 10:00',
      'Du lun. 4 nov. au jeu. 7 nov. 2030 14:00, 20:30',
    ]);
    await expect(el).to.be.accessible();

    // A day with other times breaks five days into runs of two and two: all stay days.
    const broken = await show([...daily('2030-11-01', 2, ['10:00']), ...daily('2030-11-03', 1, ['15:00']), ...daily('2030-11-04', 2, ['10:00'])]);
    expect(lines(broken)).to.have.length(5);
    expect($$(broken, '[part~="dates"] .run')).to.have.length(0);
    expect(text(lines(broken)[2]!)).to.equal('Dimanche 3 novembre 2030 15:00');
    await expect(broken).to.be.accessible();
  });

  it('keeps two days in a row as two dates', async () => {
    const el = await show(daily('2030-12-20', 2, ['20:30']));
    expect(lines(el).map((line) => times(line))).to.deep.equal([
      [
        ['2030-12-20', 'Vendredi 20 décembre 2030'],
        ['2030-12-20T20:30+01:00', '20:30'],
      ],
      [
        ['2030-12-21', 'Samedi 21 décembre 2030'],
        ['2030-12-21T20:30+01:00', '20:30'],
      ],
    ]);
    expect($$(el, '[part~="dates"] .run')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows a run without times, and one across years with both years', async () => {
    const el = await show([...daily('2030-11-01', 5, []), ...daily('2030-12-20', 20, ['10:00'])]);
    expect(lines(el).map(text)).to.deep.equal([
      'Du ven. 1 nov. au mar. 5 nov. 2030',
      'Du ven. 20 déc. 2030 au mer. 8 janv. 2031 10:00',
    ]);
    expect(lines(el)[0]!.querySelectorAll('.times')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('counts a range as one line towards the five shown, and its days in "N autres dates"', async () => {
    // Seven runs of three days, a day apart.
    const dates = Array.from({ length: 7 }, (_, week) => daily(`2030-11-${String(1 + week * 4).padStart(2, '0')}`, 3, ['10:00'])).flat();
    const el = await show(dates);
    expect(lines(el)).to.have.length(5);
    expect(lines(el).every((line) => line.classList.contains('run'))).to.be.true;
    const more = $(el, '[part~="dates"] details')!;
    expect(text(more.querySelector('summary'))).to.equal('6 autres dates');
    expect([...more.querySelectorAll('li')].map((line) => text(line.querySelector('.days')))).to.deep.equal([
      'Du jeu. 21 nov. au sam. 23 nov. 2030',
      'Du lun. 25 nov. au mer. 27 nov. 2030',
    ]);
    await expect(el).to.be.accessible();
  });

  it('strikes the whole range of a cancelled event', async () => {
    const el = await show(daily('2030-11-01', 30, ['10:00']), { overrides: { etat: 'annule' } });
    const days = $(el, '[part~="dates"] .days')!;
    expect(getComputedStyle(days).textDecorationLine).to.contain('line-through');
    await expect(el).to.be.accessible();
  });

  it('gives the dates the width there is at 1000 px, with or without an image, and fits 360 px', async () => {
    // The longest lines: a run with both years, a day with four times.
    const dates = [...daily('2030-12-20', 43, ['10:00', '14:00']), ...daily('2031-02-12', 1, ['14:00', '16:00', '18:00', '20:30'])];
    const width = (element: Element) => element.getBoundingClientRect().width;
    for (const visuel of ['https://images.example.fr/expo.jpg', '']) {
      const wide = await show(dates, { width: 968, overrides: { visuel } });
      expect(Boolean($(wide, '[part~="image"]')), 'image').to.equal(Boolean(visuel));
      // Without an image the summary spans the detail, not the image's column.
      if (!visuel) expect(width($(wide, '.summary')!)).to.be.closeTo(width($(wide, '.top')!), 1);
      // The labels' column is as wide as the longest label, no wider.
      const labels = $$(wide, '.facts dt').map((dt) => {
        const range = document.createRange();
        range.selectNodeContents(dt);
        return range.getBoundingClientRect().width;
      });
      expect(width($(wide, '[part~="dates"] dt')!)).to.be.at.most(Math.max(...labels) + 1);
      // A line whose parts fit the width reads on one line (fonts differ between browsers: what fits varies).
      for (const line of lines(wide)) {
        const parts = [...line.children];
        const needed = parts.reduce((sum, part) => sum + width(part), 0) + 8 * (parts.length - 1);
        const oneLine = line.querySelector('time')!.getBoundingClientRect().height;
        if (needed <= width(line)) expect(line.getBoundingClientRect().height, text(line)).to.be.below(oneLine * 1.5);
      }
      await expect(wide).to.be.accessible();
    }
    const narrow = await show(dates, { width: 328 });
    const dd = $(narrow, '[part~="dates"] dd')!;
    expect(dd.scrollWidth, 'no line overflows').to.be.at.most(dd.clientWidth);
    // A line wraps between its parts, never inside a day or a time.
    for (const time of $$(narrow, '[part~="dates"] time')) {
      expect(time.getClientRects(), text(time)).to.have.length(1);
    }
    await expect(narrow).to.be.accessible();
  });

  describe('template, in the current year', () => {
    /** The dates fact of a detail rendered as on `today`. */
    function datesOf(detail: EventDetail, lang: Lang, today: string): HTMLElement {
      const container = document.createElement('div');
      render(
        renderDetail(detail, {
          lang,
          t: messages(lang),
          d: detailMessages(lang),
          imageWidth: 640,
          imageHeight: 360,
          thumbnail: () => null,
          headingLevel: 2,
          showHeading: true,
          today,
          description: null,
          googleCalendarUrl: null,
        }),
        container,
      );
      return container.querySelector('.fact')!;
    }

    const exhibition = makeDetail({
      startDate: '2025-12-01',
      endDate: '2025-12-20',
      performances: daily('2025-12-01', 20, ['10:00']).map(({ date, heures }) => ({ date, times: heures })),
    });

    it('leaves the year out, in French and English', async () => {
      expect(text(datesOf(exhibition, 'fr', '2025-11-20').querySelector('li'))).to.equal('Du lun. 1 déc. au sam. 20 déc. 10:00');
      await loadMessages('en');
      expect(text(datesOf(exhibition, 'en', '2025-11-20').querySelector('li'))).to.equal('From Mon 1 Dec to Sat 20 Dec 10:00');
    });

    it('keeps the time of day alone when a run crosses a change of clocks', () => {
      // Summer time ends on 27 October 2030: the offset differs between the ends of the run.
      const detail = makeDetail({
        performances: daily('2030-10-25', 5, ['10:00']).map(({ date, heures }) => ({ date, times: heures })),
      });
      const run = datesOf(detail, 'fr', '2030-10-01').querySelector('li')!;
      expect(times(run)).to.deep.equal([
        ['2030-10-25', 'ven. 25 oct.'],
        ['2030-10-29', 'mar. 29 oct.'],
        ['10:00', '10:00'],
      ]);
    });
  });
});
