import { expect } from '@open-wc/testing';
import { addDays, addHours, isDate, isTime, parisNow, parisOffset } from '../../src/detail/datetime.js';
import { nextOccurrence, occurrences, unfinishedOccurrences, upcomingOccurrences } from '../../src/detail/performances.js';
import { makeDetail } from './fixture.js';

describe('datetime', () => {
  it('validates days and times', () => {
    expect(isDate('2028-02-29')).to.be.true;
    expect(isDate('2027-02-29')).to.be.false;
    expect(isDate('2026-13-01')).to.be.false;
    expect(isDate('2026-1-01')).to.be.false;
    expect(isDate(null)).to.be.false;
    expect(isTime('00:00')).to.be.true;
    expect(isTime('23:59')).to.be.true;
    expect(isTime('24:00')).to.be.false;
    expect(isTime('9:00')).to.be.false;
  });

  it('adds days and hours on the calendar', () => {
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(addHours('2026-12-31', '23:15', 2)).to.deep.equal({ date: '2027-01-01', time: '01:15' });
  });

  it('reads the Paris wall clock of an instant', () => {
    expect(parisNow(new Date('2026-12-31T23:30:00Z'))).to.deep.equal({ date: '2027-01-01', time: '00:30' });
    expect(parisNow(new Date('2026-07-01T21:59:00Z'))).to.deep.equal({ date: '2026-07-01', time: '23:59' });
  });

  it('gives the Paris offset of a wall-clock time', () => {
    expect(parisOffset('2026-01-01', '00:00')).to.equal('+01:00');
    expect(parisOffset('2026-08-15', '12:00')).to.equal('+02:00');
  });
});

describe('occurrences', () => {
  it('expands performance days × times in order', () => {
    const detail = makeDetail({
      performances: [
        { date: '2026-12-20', times: [] },
        { date: '2026-12-19', times: ['20:30', '15:00'] },
      ],
    });
    expect(occurrences(detail)).to.deep.equal([
      { date: '2026-12-19', time: '15:00', lastDate: '2026-12-19' },
      { date: '2026-12-19', time: '20:30', lastDate: '2026-12-19' },
      { date: '2026-12-20', time: null, lastDate: '2026-12-20' },
    ]);
  });

  it('falls back to a start time written in the start date', () => {
    const detail = makeDetail({ performances: [], startDate: '2026-12-18T19:00', endDate: null, defaultTimes: [] });
    expect(occurrences(detail)).to.deep.equal([{ date: '2026-12-18', time: '19:00', lastDate: '2026-12-18' }]);
  });

  it('ignores an end before the start', () => {
    const detail = makeDetail({ performances: [], startDate: '2026-12-18', endDate: '2026-12-01', defaultTimes: [] });
    expect(occurrences(detail)).to.deep.equal([{ date: '2026-12-18', time: null, lastDate: '2026-12-18' }]);
  });

  it('keeps an all-day span upcoming until its last day ends', () => {
    const detail = makeDetail({ performances: [], startDate: '2026-12-01', endDate: '2026-12-24' });
    expect(upcomingOccurrences(detail, new Date('2026-12-24T22:00:00Z'))).to.have.length(1);
    expect(upcomingOccurrences(detail, new Date('2026-12-24T23:30:00Z'))).to.have.length(0);
  });

  it('keeps a show unfinished until two hours after it starts, an all-day span until its last day ends', () => {
    const starts = (now: string) => unfinishedOccurrences(makeDetail(), new Date(now)).map(({ date, time }) => `${date} ${time}`);
    // 22:29 in Paris on the 19th: the 20:30 show ends at 22:30.
    expect(starts('2026-12-19T21:29:00Z')).to.deep.equal(['2026-12-19 20:30']);
    expect(starts('2026-12-19T21:30:00Z')).to.deep.equal([]);
    // 17:00 in Paris: the 15:00 show has just ended.
    expect(starts('2026-12-19T16:00:00Z')).to.deep.equal(['2026-12-19 20:30']);
    const span = makeDetail({ performances: [], startDate: '2026-12-01', endDate: '2026-12-24' });
    expect(unfinishedOccurrences(span, new Date('2026-12-24T22:00:00Z'))).to.have.length(1);
    // 00:30 in Paris on the 25th: the span is over, though it ended less than two hours ago.
    expect(unfinishedOccurrences(span, new Date('2026-12-24T23:30:00Z'))).to.have.length(0);
  });

  it('finds the next occurrence, the last when all are past, null without dates', () => {
    expect(nextOccurrence(makeDetail(), new Date('2026-12-18T20:00:00Z'))).to.deep.equal({
      date: '2026-12-19',
      time: '15:00',
      lastDate: '2026-12-19',
    });
    expect(nextOccurrence(makeDetail(), new Date('2030-01-01T00:00:00Z'))?.time).to.equal('20:30');
    expect(nextOccurrence(makeDetail({ performances: [], startDate: null, endDate: null }))).to.equal(null);
  });
});
