import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, agencyKey, committeeKey } from '../factories/committee.js';
import { createProcedure, ipoTimeline } from '../factories/procedures.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
let procedureId: string;
let version: number;

beforeAll(async () => {
  ctx = await createTestApp({ now: '2025-12-15T10:00:00+01:00' });
  const { procedure } = await createProcedure(ctx);
  procedureId = procedure.id;
  version = procedure.version;
});

afterAll(async () => {
  await ctx.close();
});

const api = () => request(ctx.app.server);

type Props = Record<string, { params: string; value: string }>;

/** A small RFC 5545 reader: unfolds lines and collects each component's properties. */
function parseIcs(text: string) {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const components: Array<{ name: string; props: Props }> = [];
  const stack: Array<{ name: string; props: Props }> = [];
  for (const line of lines) {
    const [head, ...rest] = line.split(':');
    const value = rest.join(':');
    if (head === 'BEGIN') {
      stack.push({ name: value, props: {} });
      continue;
    }
    if (head === 'END') {
      const done = stack.pop()!;
      expect(done.name).toBe(value);
      components.push(done);
      continue;
    }
    const [name, ...params] = head!.split(';');
    stack[stack.length - 1]!.props[name!] = { params: params.join(';'), value };
  }
  expect(stack).toEqual([]);
  return components;
}

async function fetchCalendar(authorization = ctx.admin) {
  const res = await api().get(`/v1/procedures/${procedureId}/calendar.ics`).set('authorization', authorization);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
  const components = parseIcs(res.text);
  const events = components.filter((c) => c.name === 'VEVENT');
  return { text: res.text, components, events, byUid: new Map(events.map((e) => [e.props.UID!.value, e.props])) };
}

const uid = (key: string) => `${key}.${procedureId}@procedure-tracker`;

describe('GET /v1/procedures/{id}/calendar.ics', () => {
  it("holds the milestones as all-day events on the reference procedure's dates", async () => {
    const { byUid, events } = await fetchCalendar();
    const day = (key: string) => ({ start: byUid.get(uid(key))?.DTSTART, end: byUid.get(uid(key))?.DTEND });
    expect(day('opening')).toEqual({ start: { params: 'VALUE=DATE', value: '20251219' }, end: { params: 'VALUE=DATE', value: '20251220' } });
    expect(day('closing').start!.value).toBe('20260106');
    // The preselection and the interview round span their days (DTEND is exclusive).
    expect([day('preselection').start!.value, day('preselection').end!.value]).toEqual(['20260108', '20260113']);
    expect(day('overviewDue').start!.value).toBe('20260114');
    expect(day('committeeMeeting').start!.value).toBe('20260116');
    expect([day('interviewRound').start!.value, day('interviewRound').end!.value]).toEqual(['20260119', '20260124']);
    // "Vóór 1 februari": the last day on which the board can appoint.
    expect(day('appointmentDeadline').start!.value).toBe('20260131');
    expect(events).toHaveLength(7);
    expect(events.map((e) => e.props.SEQUENCE!.value)).toEqual(events.map(() => String(version)));
  });

  it('carries the time zone: a VTIMEZONE for Europe/Amsterdam with its summer-time changes', async () => {
    const { components, text } = await fetchCalendar();
    const zone = components.filter((c) => c.name === 'VTIMEZONE');
    expect(zone).toHaveLength(1);
    expect(zone[0]!.props.TZID!.value).toBe('Europe/Amsterdam');
    expect(text).toContain('X-WR-TIMEZONE:Europe/Amsterdam');
    const daylight = components.filter((c) => c.name === 'DAYLIGHT').map((c) => c.props);
    const standard = components.filter((c) => c.name === 'STANDARD').map((c) => c.props);
    expect(daylight).toContainEqual(
      expect.objectContaining({
        DTSTART: { params: '', value: '20250330T020000' },
        TZOFFSETFROM: { params: '', value: '+0100' },
        TZOFFSETTO: { params: '', value: '+0200' },
      }),
    );
    expect(standard).toContainEqual(
      expect.objectContaining({
        DTSTART: { params: '', value: '20251026T030000' },
        TZOFFSETFROM: { params: '', value: '+0200' },
        TZOFFSETTO: { params: '', value: '+0100' },
      }),
    );
  });

  it('shows scheduled interviews at their local time, not cancelled ones', async () => {
    const candidate = await ctx.db.prisma.candidate.create({ data: { source: 'open_call' } });
    const application = await ctx.db.prisma.application.create({
      data: { procedureId, candidateId: candidate.id, source: 'open_call', receivedAt: new Date('2026-01-05T10:00:00+01:00') },
    });
    const interview = await ctx.db.prisma.interview.create({
      data: {
        procedureId,
        applicationId: application.id,
        kind: 'committee',
        startsAt: new Date('2026-01-20T13:30:00+01:00'),
        endsAt: new Date('2026-01-20T14:30:00+01:00'),
        location: 'Den Haag',
        version: 2,
      },
    });
    await ctx.db.prisma.interview.create({
      data: {
        procedureId,
        applicationId: application.id,
        kind: 'committee',
        startsAt: new Date('2026-01-21T09:00:00+01:00'),
        endsAt: new Date('2026-01-21T10:00:00+01:00'),
        location: 'Utrecht',
        status: 'cancelled',
      },
    });
    const { byUid, events } = await fetchCalendar();
    const props = byUid.get(`interview.${interview.id}@procedure-tracker`)!;
    expect(props.DTSTART).toEqual({ params: 'TZID=Europe/Amsterdam', value: '20260120T133000' });
    expect(props.DTEND).toEqual({ params: 'TZID=Europe/Amsterdam', value: '20260120T143000' });
    expect(props.SEQUENCE!.value).toBe('2');
    expect(props.LOCATION!.value).toBe('Den Haag');
    expect(events).toHaveLength(8);
  });

  it('keeps the UIDs across fetches and raises SEQUENCE when the timeline changes', async () => {
    const before = await fetchCalendar();
    const again = await fetchCalendar();
    expect(again.text).toBe(before.text);
    const changed = await api()
      .put(`/v1/procedures/${procedureId}/timeline`)
      .set('authorization', ctx.admin)
      .send({ ...ipoTimeline, committeeMeeting: '2026-01-15' });
    expect(changed.status).toBe(200);
    const after = await fetchCalendar();
    expect([...after.byUid.keys()].sort()).toEqual([...before.byUid.keys()].sort());
    const meeting = after.byUid.get(uid('committeeMeeting'))!;
    expect(meeting.DTSTART!.value).toBe('20260115');
    expect(Number(meeting.SEQUENCE!.value)).toBeGreaterThan(Number(before.byUid.get(uid('committeeMeeting'))!.SEQUENCE!.value));
  });

  it('is readable by the scheduler and by the committee of this procedure only', async () => {
    const scheduler = await agencyKey(ctx, 'scheduler');
    await fetchCalendar(scheduler.authorization);
    const member = await addMember(ctx, procedureId, { name: 'Anna de Boer', role: 'chair' });
    const own = await committeeKey(ctx, procedureId, member.id);
    const candidate = await ctx.db.prisma.candidate.create({ data: { source: 'agency_search' } });
    const application = await ctx.db.prisma.application.create({
      data: { procedureId, candidateId: candidate.id, source: 'agency_search', receivedAt: new Date('2026-01-05T10:00:00+01:00') },
    });
    const screening = await ctx.db.prisma.interview.create({
      data: {
        procedureId,
        applicationId: application.id,
        kind: 'agency_screening',
        startsAt: new Date('2026-01-09T10:00:00+01:00'),
        endsAt: new Date('2026-01-09T11:00:00+01:00'),
        location: 'online',
      },
    });
    const uid = `interview.${screening.id}@procedure-tracker`;
    expect((await fetchCalendar(scheduler.authorization)).byUid.has(uid)).toBe(true);
    // The agency's screening interviews never show in the committee's calendar.
    expect((await fetchCalendar(own.authorization)).byUid.has(uid)).toBe(false);
    const other = (await createProcedure(ctx)).procedure.id;
    const outsider = await api().get(`/v1/procedures/${other}/calendar.ics`).set('authorization', own.authorization);
    expect(outsider.status).toBe(404);
    expect(outsider.headers['content-type']).toContain('application/problem+json');
    const missing = await api().get('/v1/procedures/00000000-0000-4000-8000-000000000000/calendar.ics').set('authorization', ctx.admin);
    expect(missing.status).toBe(404);
  });

  it('is an empty calendar for a procedure without a timeline', async () => {
    const bare = (await createProcedure(ctx, { timeline: false })).procedure.id;
    const res = await api().get(`/v1/procedures/${bare}/calendar.ics`).set('authorization', ctx.admin);
    expect(res.status).toBe(200);
    expect(parseIcs(res.text).filter((c) => c.name === 'VEVENT')).toEqual([]);
  });
});
