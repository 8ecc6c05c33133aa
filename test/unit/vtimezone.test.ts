import { describe, expect, it } from 'vitest';
import { vtimezone } from '../../src/domain/vtimezone.js';

describe('vtimezone', () => {
  it('lists the Amsterdam offset changes of the years asked for', () => {
    const text = vtimezone('Europe/Amsterdam', 2026, 2026);
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Amsterdam',
      'X-LIC-LOCATION:Europe/Amsterdam',
      'BEGIN:STANDARD',
      'DTSTART:20260101T010000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261025T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('gives a zone without summer time one STANDARD component', () => {
    const text = vtimezone('Asia/Kolkata', 2026, 2026);
    expect(text).toContain('TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530');
    expect(text).not.toContain('DAYLIGHT');
  });

  it('handles the southern hemisphere, where summer time spans the turn of the year', () => {
    const text = vtimezone('Australia/Sydney', 2026, 2026);
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260101T110000\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1100');
    expect(text).toContain('BEGIN:STANDARD\r\nDTSTART:20260405T030000\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1000');
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20261004T020000\r\nTZOFFSETFROM:+1000\r\nTZOFFSETTO:+1100');
  });
});
