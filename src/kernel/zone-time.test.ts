import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cebTime, zoneDayOf, zoneDayStart, zoneDaysBetween, zoneInstant, zoneMonthBounds, zoneMonthOf, zoneYearOf } from './zone-time';

describe('zone time (Beijing time, UTC+8 all year)', () => {
  it('starts a zone day at 16:00 UTC the day before, whatever the server’s own time zone', () => {
    assert.equal(zoneDayStart('2026-11-01').toISOString(), '2026-10-31T16:00:00.000Z');
    assert.equal(zoneDayOf(new Date('2026-10-31T16:00:00Z')), '2026-11-01');
    assert.equal(zoneDayOf(new Date('2026-10-31T15:59:59.999Z')), '2026-10-31');
    assert.equal(zoneDayOf(new Date('2026-12-31T16:30:00Z')), '2027-01-01');
  });

  it('lists every day of a period, both ends included, across a month’s end', () => {
    assert.deepEqual(zoneDaysBetween('2026-10-30', '2026-11-02'), ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
    assert.deepEqual(zoneDaysBetween('2028-02-28', '2028-03-01'), ['2028-02-28', '2028-02-29', '2028-03-01']);
    assert.deepEqual(zoneDaysBetween('2026-11-02', '2026-11-01'), []);
  });

  it('gives months and years in zone time: the year turns at 16:00 UTC on 31 December', () => {
    assert.equal(zoneMonthOf(new Date('2026-11-30T16:00:00Z')), '2026-12');
    assert.equal(zoneYearOf(new Date('2026-12-31T15:59:59Z')), 2026);
    assert.equal(zoneYearOf(new Date('2026-12-31T16:00:00Z')), 2027);
    const dec = zoneMonthBounds('2026-12');
    assert.equal(dec.from.toISOString(), '2026-11-30T16:00:00.000Z');
    assert.equal(dec.to.toISOString(), '2026-12-31T16:00:00.000Z', 'December ends where January of the next year begins');
    assert.equal(zoneInstant(2026, 13, 1).getTime(), zoneInstant(2027, 1, 1).getTime());
  });

  it('writes customs times as YYYYMMDDhhmmss[SSS] in zone time', () => {
    const at = new Date('2026-12-31T16:05:09.007Z');
    assert.equal(cebTime(at), '20270101000509007');
    assert.equal(cebTime(at, false), '20270101000509');
    assert.equal(zoneInstant(2027, 1, 1, 0, 5, 9, 7).getTime(), at.getTime(), 'and reads them back');
  });
});
