import { expect } from '@open-wc/testing';
import {
  DEFAULT_PRODUCT_ID,
  ICS_MIME_TYPE,
  escapeText,
  eventToICalendar,
  fold,
  icsBlob,
  icsFileName,
} from '../../src/detail/ics.js';
import { makeDetail } from './fixture.js';
import { children, parseICalendar, prop, unescapeText, unfold, type Component } from './ics-parser.js';

const now = new Date('2026-11-22T06:43:17.123Z');
const encoder = new TextEncoder();

/** Physical lines (the text ends with CRLF, so the last split piece is empty). */
function physicalLines(text: string): string[] {
  const lines = text.split('\r\n');
  expect(lines.pop()).to.equal('');
  return lines;
}

function events(text: string): Component[] {
  return children(parseICalendar(text), 'VEVENT');
}

function value(component: Component, name: string): string | undefined {
  return prop(component, name)?.value;
}

describe('eventToICalendar', () => {
  it('writes the calendar header', () => {
    const text = eventToICalendar(makeDetail(), { now });
    const calendar = parseICalendar(text);
    expect(calendar.name).to.equal('VCALENDAR');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.be.true;
    expect(text.endsWith('END:VCALENDAR\r\n')).to.be.true;
    expect(value(calendar, 'VERSION')).to.equal('2.0');
    expect(value(calendar, 'PRODID')).to.equal(DEFAULT_PRODUCT_ID);
    expect(value(calendar, 'CALSCALE')).to.equal('GREGORIAN');
    expect(value(calendar, 'METHOD')).to.equal('PUBLISH');
  });

  it('uses a given product id, without control characters', () => {
    const calendar = parseICalendar(eventToICalendar(makeDetail(), { now, productId: '-//Ville\r\nX//Agenda//FR' }));
    expect(value(calendar, 'PRODID')).to.equal('-//VilleX//Agenda//FR');
  });

  it('ends every line with CRLF and nothing else', () => {
    const text = eventToICalendar(makeDetail({ excerpt: 'a\nb\rc\r\nd' }), { now });
    expect(/\r(?!\n)/.test(text), 'lone CR').to.be.false;
    expect(/(?<!\r)\n/.test(text), 'lone LF').to.be.false;
  });

  it('includes a Europe/Paris VTIMEZONE with the CET/CEST rules', () => {
    const calendar = parseICalendar(eventToICalendar(makeDetail(), { now }));
    const [zone] = children(calendar, 'VTIMEZONE');
    expect(zone).to.exist;
    expect(value(zone!, 'TZID')).to.equal('Europe/Paris');
    const [daylight] = children(zone!, 'DAYLIGHT');
    const [standard] = children(zone!, 'STANDARD');
    expect(value(daylight!, 'TZOFFSETFROM')).to.equal('+0100');
    expect(value(daylight!, 'TZOFFSETTO')).to.equal('+0200');
    expect(value(daylight!, 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(value(daylight!, 'DTSTART')).to.match(/^\d{8}T020000$/);
    expect(value(standard!, 'TZOFFSETFROM')).to.equal('+0200');
    expect(value(standard!, 'TZOFFSETTO')).to.equal('+0100');
    expect(value(standard!, 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(value(standard!, 'DTSTART')).to.match(/^\d{8}T030000$/);
  });

  it('writes one VEVENT per performance day and time, in Paris time, two hours long', () => {
    const list = events(eventToICalendar(makeDetail(), { now }));
    expect(list).to.have.length(3);
    const starts = list.map((event) => prop(event, 'DTSTART')!);
    const ends = list.map((event) => prop(event, 'DTEND')!);
    expect(starts.map((start) => start.value)).to.deep.equal(['20261218T203000', '20261219T150000', '20261219T203000']);
    expect(ends.map((end) => end.value)).to.deep.equal(['20261218T223000', '20261219T170000', '20261219T223000']);
    for (const property of [...starts, ...ends]) expect(property.params).to.deep.equal({ TZID: 'Europe/Paris' });
  });

  it('leaves out the performances already over, unless all are', () => {
    // 18:30 in Paris on the 19th: the 18th and the 15:00 show (over at 17:00) are past.
    const later = events(eventToICalendar(makeDetail(), { now: new Date('2026-12-19T17:30:00Z') }));
    expect(later.map((event) => value(event, 'DTSTART'))).to.deep.equal(['20261219T203000']);
    // A show under way (started less than its two hours ago) is still there.
    const during = events(eventToICalendar(makeDetail(), { now: new Date('2026-12-19T20:00:00Z') }));
    expect(during.map((event) => value(event, 'DTSTART'))).to.deep.equal(['20261219T203000']);
    // After the last show, the file still describes the event, whole.
    const after = events(eventToICalendar(makeDetail(), { now: new Date('2026-12-20T12:00:00Z') }));
    expect(after.map((event) => value(event, 'DTSTART'))).to.deep.equal(['20261218T203000', '20261219T150000', '20261219T203000']);
  });

  it('gives each occurrence a stable, unique UID', () => {
    const first = events(eventToICalendar(makeDetail(), { now })).map((event) => value(event, 'UID'));
    const again = events(eventToICalendar(makeDetail(), { now: new Date() })).map((event) => value(event, 'UID'));
    expect(first).to.deep.equal([
      'agenda-4242-20261218-2030@agenda-widgets',
      'agenda-4242-20261219-1500@agenda-widgets',
      'agenda-4242-20261219-2030@agenda-widgets',
    ]);
    expect(again).to.deep.equal(first);
    expect(new Set(first).size).to.equal(first.length);
  });

  it('stamps every VEVENT with DTSTAMP in UTC', () => {
    for (const event of events(eventToICalendar(makeDetail(), { now }))) {
      expect(value(event, 'DTSTAMP')).to.equal('20261122T064317Z');
    }
  });

  it('writes a day without times as an all-day event ending the next day', () => {
    const detail = makeDetail({
      performances: [
        { date: '2026-12-31', times: [] },
        { date: '2027-02-28', times: [] },
      ],
    });
    const list = events(eventToICalendar(detail, { now }));
    expect(list).to.have.length(2);
    expect(prop(list[0]!, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261231' });
    expect(prop(list[0]!, 'DTEND')).to.deep.equal({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20270101' });
    expect(value(list[1]!, 'DTEND')).to.equal('20270301');
    expect(value(list[0]!, 'UID')).to.equal('agenda-4242-20261231@agenda-widgets');
    expect(value(list[0]!, 'TRANSP')).to.equal('TRANSPARENT');
  });

  it('rolls a late show over midnight', () => {
    const list = events(eventToICalendar(makeDetail({ performances: [{ date: '2026-12-31', times: ['23:00'] }] }), { now }));
    expect(value(list[0]!, 'DTSTART')).to.equal('20261231T230000');
    expect(value(list[0]!, 'DTEND')).to.equal('20270101T010000');
  });

  it('skips invalid and duplicate performances', () => {
    const detail = makeDetail({
      performances: [
        { date: '2026-12-18', times: ['20:30', '20:30', '25:00', 'soir'] },
        { date: '2026-12-18', times: ['20:30'] },
        { date: '2026-02-30', times: ['20:30'] },
        { date: 'demain', times: [] },
      ],
    });
    const list = events(eventToICalendar(detail, { now }));
    expect(list.map((event) => value(event, 'DTSTART'))).to.deep.equal(['20261218T203000']);
  });

  it('falls back to the start and end dates as one all-day span', () => {
    const detail = makeDetail({ performances: [], startDate: '2026-12-18', endDate: '2026-12-24', defaultTimes: [] });
    const list = events(eventToICalendar(detail, { now }));
    expect(list).to.have.length(1);
    expect(value(list[0]!, 'DTSTART')).to.equal('20261218');
    expect(value(list[0]!, 'DTEND')).to.equal('20261225');
    expect(value(list[0]!, 'UID')).to.equal('agenda-4242-20261218@agenda-widgets');
  });

  it('falls back to the default times on a one-day event', () => {
    const detail = makeDetail({ performances: [], startDate: '2026-12-18', endDate: '2026-12-18', defaultTimes: ['21:00'] });
    const list = events(eventToICalendar(detail, { now }));
    expect(list.map((event) => value(event, 'DTSTART'))).to.deep.equal(['20261218T210000']);
  });

  it('writes a valid calendar without VEVENT when no date is known', () => {
    const text = eventToICalendar(makeDetail({ performances: [], startDate: null, endDate: null }), { now });
    expect(events(text)).to.have.length(0);
    expect(parseICalendar(text).name).to.equal('VCALENDAR');
  });

  it('writes summary, description, location, URL, status and category', () => {
    const [event] = events(eventToICalendar(makeDetail(), { now }));
    expect(unescapeText(value(event!, 'SUMMARY')!)).to.equal('Concert de Noël');
    expect(unescapeText(value(event!, 'DESCRIPTION')!)).to.equal(
      'Un concert de fin d’année.\n\nRéservations au 03 22 00 00 00\n\nhttps://billetterie.example.fr/noel',
    );
    expect(value(event!, 'LOCATION')).to.equal('Maison de la Culture\\, 2 place Léon Gontier\\, 80000 Amiens');
    expect(value(event!, 'URL')).to.equal('https://www.agendaculturel.fr/concert/amiens/concert-de-noel.html');
    expect(value(event!, 'STATUS')).to.equal('CONFIRMED');
    expect(value(event!, 'CATEGORIES')).to.equal('Concert');
  });

  it('does not repeat the postcode and town the street address already holds', () => {
    const [event] = events(eventToICalendar(makeDetail({ venueAddress: '28 rue Gambetta, 80000 Amiens' }), { now }));
    expect(value(event!, 'LOCATION')).to.equal('Maison de la Culture\\, 28 rue Gambetta\\, 80000 Amiens');
    // Only the town in it: the postcode and town are still given.
    const [other] = events(eventToICalendar(makeDetail({ venueAddress: '28 rue Gambetta, Amiens' }), { now }));
    expect(value(other!, 'LOCATION')).to.equal('Maison de la Culture\\, 28 rue Gambetta\\, Amiens\\, 80000 Amiens');
    // Whatever the case and accents; whole words only ("Hameau" does not name the town of Ham).
    const upper = events(eventToICalendar(makeDetail({ venueAddress: '28 rue Gambetta, 80000 AMIENS' }), { now }));
    expect(value(upper[0]!, 'LOCATION')).to.equal('Maison de la Culture\\, 28 rue Gambetta\\, 80000 AMIENS');
    const accents = makeDetail({ venueAddress: '1 place Max-Lejeune, 80100 ABBEVILLE', postcode: '80100', cityName: 'Abbéville' });
    expect(value(events(eventToICalendar(accents, { now }))[0]!, 'LOCATION')).to.equal('Maison de la Culture\\, 1 place Max-Lejeune\\, 80100 ABBEVILLE');
    const ham = makeDetail({ venueAddress: '1 rue du Hameau, 80400', postcode: '80400', cityName: 'Ham' });
    expect(value(events(eventToICalendar(ham, { now }))[0]!, 'LOCATION')).to.equal('Maison de la Culture\\, 1 rue du Hameau\\, 80400\\, 80400 Ham');
  });

  it('marks a cancelled event CANCELLED', () => {
    for (const event of events(eventToICalendar(makeDetail({ cancelled: true }), { now }))) {
      expect(value(event, 'STATUS')).to.equal('CANCELLED');
    }
  });

  it('leaves out a URL that is not http(s), and empty fields', () => {
    const detail = makeDetail({
      pageUrl: 'javascript:alert(1)',
      bookingUrl: 'data:text/html,x',
      excerpt: '',
      bookingInfo: '',
      venue: '',
      venueAddress: '',
      postcode: '',
      cityName: undefined,
    });
    const [event] = events(eventToICalendar(detail, { now }));
    for (const name of ['URL', 'DESCRIPTION', 'LOCATION']) expect(prop(event!, name), name).to.equal(undefined);
  });

  it('escapes TEXT values and round-trips them', () => {
    const excerpt = 'Backslash \\ semicolon ; comma , \nnew line\r\nand CRLF';
    const detail = makeDetail({ title: 'A, B; C \\ D', excerpt, bookingInfo: '', bookingUrl: null });
    const text = eventToICalendar(detail, { now });
    const [event] = events(text);
    const summary = value(event!, 'SUMMARY')!;
    expect(summary).to.equal('A\\, B\\; C \\\\ D');
    expect(unescapeText(summary)).to.equal('A, B; C \\ D');
    const description = value(event!, 'DESCRIPTION')!;
    expect(description).to.not.match(/(?<!\\)[,;]/);
    expect(unescapeText(description)).to.equal('Backslash \\ semicolon ; comma , \nnew line\nand CRLF');
  });

  it('removes control characters from values', () => {
    expect(escapeText('a\u0000b\u0007c\u001bd\u007fe\tf')).to.equal('abcde\tf');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const title = `${'Été à l’opéra 🎻🎺 — 東京 '.repeat(12)}fin`;
    const text = eventToICalendar(makeDetail({ title, excerpt: 'x'.repeat(400) + 'é'.repeat(200) }), { now });
    for (const line of physicalLines(text)) {
      expect(encoder.encode(line).length, line).to.be.at.most(75);
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line), 'lone surrogate').to.be
        .false;
    }
    const [event] = events(text);
    expect(unescapeText(value(event!, 'SUMMARY')!)).to.equal(title.replace(/\s+/g, ' ').trim());
    expect(unfold(text).some((line) => line.startsWith(' '))).to.be.false;
  });

  it('folds with a single leading space and fills lines to the limit', () => {
    const line = `DESCRIPTION:${'a'.repeat(200)}`;
    const folded = fold(line).split('\r\n');
    expect(folded[0]).to.have.length(75);
    expect(folded[1]!.startsWith(' a')).to.be.true;
    expect(folded[1]).to.have.length(75);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).to.equal(line);
    expect(fold('SHORT:x')).to.equal('SHORT:x');
    // 3-octet characters: 24 × 3 = 72 octets + "X:" = 74, the next one would make 77.
    const wide = fold(`X:${'€'.repeat(30)}`).split('\r\n');
    expect(encoder.encode(wide[0]).length).to.equal(74);
  });
});

describe('icsFileName', () => {
  it('slugs the title', () => {
    expect(icsFileName({ id: 1, title: 'Concert de Noël' })).to.equal('concert-de-noel.ics');
    expect(icsFileName({ id: 1, title: "L'Œuf & la Poule : théâtre !" })).to.equal('l-oeuf-la-poule-theatre.ics');
  });

  it('keeps path and shell characters out', () => {
    expect(icsFileName({ id: 1, title: '../../etc/passwd\u0000' })).to.equal('etc-passwd.ics');
    expect(icsFileName({ id: 1, title: 'a"b<c>d|e?f*g' })).to.equal('a-b-c-d-e-f-g.ics');
  });

  it('falls back to the id when nothing is left', () => {
    expect(icsFileName({ id: 4242, title: '★★★' })).to.equal('agenda-4242.ics');
  });

  it('caps the length without a trailing dash', () => {
    const name = icsFileName({ id: 1, title: 'mot '.repeat(40) });
    expect(name.length).to.be.at.most(64);
    expect(name).to.match(/^[a-z0-9-]+[a-z0-9]\.ics$/);
  });
});

describe('icsBlob', () => {
  it('is a text/calendar UTF-8 blob holding the document', async () => {
    const blob = icsBlob(makeDetail(), { now });
    expect(blob.type).to.equal(ICS_MIME_TYPE);
    expect(blob.type).to.equal('text/calendar;charset=utf-8');
    expect(await blob.text()).to.equal(eventToICalendar(makeDetail(), { now }));
  });
});
