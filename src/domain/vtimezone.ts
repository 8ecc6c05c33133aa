import { tzOffset, tzScan } from '@date-fns/tz';

/**
 * A VTIMEZONE component (RFC 5545 section 3.6.5) for an IANA zone, built from
 * the runtime's own time zone data (Intl) instead of a bundled table. It lists
 * every offset change in the years `fromYear`..`toYear` as its own
 * STANDARD/DAYLIGHT sub-component with an explicit DTSTART (no RRULE), which
 * is valid for any zone and exact for the dates a calendar feed holds.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const start = new Date(Date.UTC(fromYear, 0, 1));
  const end = new Date(Date.UTC(toYear + 1, 0, 1));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const changes = tzScan(zone, { start, end });
  const initial = tzOffset(zone, start);
  if (changes.length === 0) {
    lines.push(...component('STANDARD', zone, start, initial, initial));
  } else {
    // The offset in force at the start of the range, so that dates before the
    // first change are also covered.
    const first = changes[0]!;
    const before = first.offset - first.change;
    lines.push(...component(before < first.offset ? 'STANDARD' : 'DAYLIGHT', zone, start, before, before));
    for (const c of changes) {
      const from = c.offset - c.change;
      lines.push(...component(c.change > 0 ? 'DAYLIGHT' : 'STANDARD', zone, c.date, from, c.offset));
    }
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

function component(kind: 'STANDARD' | 'DAYLIGHT', zone: string, at: Date, fromMinutes: number, toMinutes: number): string[] {
  const name = shortName(zone, at);
  return [
    `BEGIN:${kind}`,
    // DTSTART is the local time of the change, in the offset before it.
    `DTSTART:${localStamp(at, fromMinutes)}`,
    `TZOFFSETFROM:${offsetText(fromMinutes)}`,
    `TZOFFSETTO:${offsetText(toMinutes)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `END:${kind}`,
  ];
}

function localStamp(at: Date, offsetMinutes: number): string {
  return new Date(at.getTime() + offsetMinutes * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function shortName(zone: string, at: Date): string | null {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
  return part && !part.value.startsWith('GMT') && !part.value.startsWith('UTC') ? part.value : null;
}
