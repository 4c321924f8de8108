import { expect } from '@open-wc/testing';
import {
  formatDistance,
  formatNextDate,
  formatShortDay,
  machineDate,
  parisToday,
  parseWallClock,
} from '../../src/ui/format.js';

/** Intl's narrow and regular no-break spaces as plain spaces. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
const words = { today: 'Aujourd’hui', tomorrow: 'Demain' };

describe('format', () => {
  it('parses Paris wall-clock dates, with or without a time', () => {
    expect(parseWallClock('2026-11-28T20:30')).to.deep.include({ hasTime: true, day: '2026-11-28' });
    expect(parseWallClock('2026-11-28')).to.deep.include({ hasTime: false, day: '2026-11-28' });
    expect(parseWallClock('2026-11-28T20:30')!.date.toISOString()).to.equal('2026-11-28T20:30:00.000Z');
    expect(parseWallClock('28/11/2026')).to.be.null;
    expect(parseWallClock(null)).to.be.null;
  });

  it('keeps the wall clock whatever the visitor’s time zone', () => {
    // Formatting uses UTC on a UTC-built date, so 20:30 in Paris reads 20:30 everywhere.
    const clock = parseWallClock('2026-07-14T22:15')!;
    expect(formatNextDate(clock, 'fr', words, '2026-07-01')).to.equal('Mardi 14 juillet, 22:15');
    expect(formatNextDate(clock, 'en', words, '2026-07-01')).to.equal('Tuesday 14 July, 22:15');
  });

  it('says today and tomorrow, and adds the year when it is not the current one', () => {
    expect(formatNextDate(parseWallClock('2026-11-22T09:05')!, 'fr', words, '2026-11-22')).to.equal('Aujourd’hui, 09:05');
    expect(formatNextDate(parseWallClock('2026-11-23')!, 'fr', words, '2026-11-22')).to.equal('Demain');
    expect(formatNextDate(parseWallClock('2027-01-02')!, 'fr', words, '2026-11-22')).to.equal('Samedi 2 janvier 2027');
    // The same style with and without the year in English, as en-GB alone would not.
    expect(formatNextDate(parseWallClock('2027-01-03T20:00')!, 'en', words, '2026-11-22')).to.equal('Sunday 3 January 2027, 20:00');
    expect(formatNextDate(parseWallClock('2026-12-23')!, 'en', words, '2026-11-22')).to.equal('Wednesday 23 December');
  });

  it('abbreviates the weekday and the month for short rows, not today and tomorrow', () => {
    expect(formatNextDate(parseWallClock('2026-12-23T20:30')!, 'fr', words, '2026-11-22', true)).to.equal('Mer. 23 déc., 20:30');
    expect(formatNextDate(parseWallClock('2026-12-23T20:30')!, 'en', words, '2026-11-22', true)).to.equal('Wed 23 Dec, 20:30');
    expect(formatNextDate(parseWallClock('2027-01-03')!, 'en', words, '2026-11-22', true)).to.equal('Sun 3 Jan 2027');
    expect(formatNextDate(parseWallClock('2026-11-23')!, 'fr', words, '2026-11-22', true)).to.equal('Demain');
  });

  it('writes datetime attributes with the Paris offset of the season', () => {
    expect(machineDate(parseWallClock('2026-01-15T20:30')!)).to.equal('2026-01-15T20:30+01:00');
    expect(machineDate(parseWallClock('2026-07-15T20:30')!)).to.equal('2026-07-15T20:30+02:00');
    expect(machineDate(parseWallClock('2026-07-15')!)).to.equal('2026-07-15');
  });

  it('formats short days for ranges', () => {
    expect(formatShortDay(parseWallClock('2026-11-12')!, 'fr', false)).to.equal('12 nov.');
    expect(formatShortDay(parseWallClock('2027-01-03')!, 'en', true)).to.equal('3 Jan 2027');
  });

  it('formats distances with one decimal below 10 km', () => {
    expect(plain(formatDistance(2.345, 'fr'))).to.equal('2,3 km');
    expect(plain(formatDistance(2.345, 'en'))).to.equal('2.3 km');
    expect(plain(formatDistance(14.6, 'fr'))).to.equal('15 km');
    expect(plain(formatDistance(9.96, 'fr'))).to.equal('10 km');
  });

  it('formats distances under 1 km in metres, to the ten, at least 10 m', () => {
    expect(plain(formatDistance(0.847, 'fr'))).to.equal('850 m');
    expect(plain(formatDistance(0.847, 'en'))).to.equal('850 m');
    expect(plain(formatDistance(0.01, 'en'))).to.equal('10 m');
    expect(plain(formatDistance(0.001, 'fr'))).to.equal('10 m');
    expect(plain(formatDistance(0, 'fr'))).to.equal('10 m');
    expect(plain(formatDistance(0.996, 'fr'))).to.equal('1 km');
    expect(plain(formatDistance(1.04, 'en'))).to.equal('1 km');
  });

  it('knows today in Paris as YYYY-MM-DD', () => {
    expect(parisToday(new Date('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
    expect(parisToday(new Date('2026-06-30T21:59:00Z'))).to.equal('2026-06-30');
  });
});
