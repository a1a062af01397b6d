/**
 * Zone time: the zone, its customs and its tax office keep Beijing time (Asia/Shanghai), UTC+8 all year with no
 * daylight saving. Days, months and years of quotas, statistics, credit facts, summaries and CEB times are zone
 * days, months and years, whatever the server's own time zone.
 */
export const ZONE_TIME_ZONE = 'Asia/Shanghai';
export const ZONE_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The instant's zone wall-clock time as an ISO string, still ending in `Z`: read its fields, not its zone. */
function wallClock(at: Date): string {
  return new Date(at.getTime() + ZONE_OFFSET_MS).toISOString();
}

/** The instant wall-clock fields in zone time name (months from 1; a month 13 is January of the next year). */
export function zoneInstant(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0, ms = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - ZONE_OFFSET_MS);
}

/** The zone day (YYYY-MM-DD) an instant falls on. */
export function zoneDayOf(at: Date): string {
  return wallClock(at).slice(0, 10);
}

/** The zone month (YYYY-MM) an instant falls in. */
export function zoneMonthOf(at: Date): string {
  return wallClock(at).slice(0, 7);
}

/** The zone year an instant falls in. */
export function zoneYearOf(at: Date): number {
  return Number(wallClock(at).slice(0, 4));
}

/** The instant a zone day (YYYY-MM-DD) begins. */
export function zoneDayStart(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return zoneInstant(y, m, d);
}

/** The zone days from `from` to `to` (YYYY-MM-DD), both included. */
export function zoneDaysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = zoneDayStart(from).getTime(); t <= zoneDayStart(to).getTime(); t += DAY_MS) out.push(zoneDayOf(new Date(t)));
  return out;
}

/** The zone month 'YYYY-MM' as the instants [from, to) it spans. */
export function zoneMonthBounds(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: zoneInstant(y, m), to: zoneInstant(y, m + 1) };
}

/** The instant as customs writes times, in zone time: YYYYMMDDhhmmss, and milliseconds SSS when asked. */
export function cebTime(at: Date, withMillis = true): string {
  const d = wallClock(at);
  const s = d.slice(0, 4) + d.slice(5, 7) + d.slice(8, 10) + d.slice(11, 13) + d.slice(14, 16) + d.slice(17, 19);
  return withMillis ? s + d.slice(20, 23) : s;
}
