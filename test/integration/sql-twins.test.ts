/**
 * Rules written twice, in TypeScript (src/domain) and in SQL (the functions
 * behind the triggers of prisma/migrations/20261127130100_deadline_due_instants
 * and its successors), compared over many generated inputs on a real
 * PostgreSQL. Each pair names the other in a header comment (and, in the
 * database, in COMMENT ON FUNCTION); changing one without the other fails here.
 *
 *  - milestone_due_at(key, date, zone)   <-> timelineInstants (src/domain/timeline.ts)
 *  - procedure_phase_running(phase)      <-> procedurePhaseRunning (src/domain/timeline.ts)
 *  - candidate_retention(ids), and the candidates.retention_* columns its
 *    triggers keep                       <-> retentionErasure (src/domain/retention.ts)
 *
 * The SQL side is called once per generated batch (unnest of arrays, or rows
 * inserted in one statement per table), so thousands of cases take seconds.
 */
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../../src/domain/local-time.js';
import { retentionErasure, type RetentionConsent, type RetentionProcedure } from '../../src/domain/retention.js';
import { MILESTONE_KEYS, procedurePhaseRunning, timelineInstants, type MilestoneKey, type Timeline, type TimelineInstants } from '../../src/domain/timeline.js';
import { migrate, MIGRATIONS_DIR } from '../../src/db/migrate.js';
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

/**
 * Zones with every kind of change: none, an hour at 02:00 or 03:00 (Europe,
 * US), at midnight (Havana, and east of UTC Amman, repeat 00:00; Santiago and Asunción skip it; Beirut and Cairo repeat 23:00), half
 * an hour (Lord Howe), a negative "summer" time (Dublin), south of the equator,
 * and fractional offsets.
 */
const ZONES = [
  'Europe/Amsterdam',
  'Europe/London',
  'Europe/Dublin',
  'America/New_York',
  'America/Havana',
  'America/Santiago',
  'America/Asuncion',
  'Asia/Amman',
  'Asia/Beirut',
  'Africa/Cairo',
  'Australia/Lord_Howe',
  'Australia/Sydney',
  'Pacific/Chatham',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'UTC',
];

const FIRST_YEAR = 2005;
const LAST_YEAR = 2035;
const DAY_MS = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();
function offsetMinutes(zone: string, at: number): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(zone, format);
  }
  const parts = format.formatToParts(new Date(at));
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return (Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute')) - at) / 60_000;
}

/** The calendar dates around which each zone changes its offset (the day before, of and after), with the zone. */
const TRANSITIONS: Array<{ date: LocalDate; zone: string }> = (() => {
  const found: Array<{ date: LocalDate; zone: string }> = [];
  for (const zone of ZONES) {
    let previous = offsetMinutes(zone, Date.UTC(FIRST_YEAR, 0, 1, 12));
    for (let at = Date.UTC(FIRST_YEAR, 0, 2, 12); at < Date.UTC(LAST_YEAR, 11, 31); at += DAY_MS) {
      const offset = offsetMinutes(zone, at);
      if (offset !== previous) {
        const day = new Date(at).toISOString().slice(0, 10);
        for (const d of [-1, 0, 1]) found.push({ date: addDays(day, d), zone });
      }
      previous = offset;
    }
  }
  return found;
})();
const TRANSITION_DATES = [...new Set(TRANSITIONS.map((t) => t.date))].sort();

const anyDate = fc
  .date({ min: new Date(Date.UTC(FIRST_YEAR, 0, 1)), max: new Date(Date.UTC(LAST_YEAR, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const yearEnd = fc
  .record({ year: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), md: fc.constantFrom('12-30', '12-31', '01-01', '02-28', '02-29', '03-01') })
  .map(({ year, md }) => `${year}-${md}`)
  .filter((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d));
/** Dates biased to DST transitions and year ends. */
const localDate = fc.oneof(anyDate, yearEnd, fc.constantFrom(...TRANSITION_DATES));
const zone = fc.constantFrom(...ZONES);

/** An instant near a transition, a year end, or a date 28 days or a year, a month or three before one. */
const instant = fc
  .record({
    date: localDate,
    back: fc.constantFrom(0, 0, 28, 365, 366, 30, 31, 91, 92),
    minutes: fc.integer({ min: -15 * 60, max: 15 * 60 }),
    ms: fc.constantFrom(0, 0, 0, 999),
  })
  .map(({ date, back, minutes, ms }) => new Date(Date.parse(`${addDays(date, -back)}T00:00:00Z`) + minutes * 60_000 + ms));

/** The instant each milestone key stands for, as timelineInstants gives it. */
const INSTANT_OF: Record<MilestoneKey, keyof TimelineInstants> = {
  opening: 'applicationsOpenAt',
  closing: 'applicationsCloseAt',
  preselectionStart: 'preselectionStartsAt',
  preselectionEnd: 'preselectionEndsAt',
  overviewDue: 'overviewDueAt',
  committeeMeeting: 'committeeMeetingEndsAt',
  interviewRoundStart: 'interviewRoundStartsAt',
  interviewRoundEnd: 'interviewRoundEndsAt',
  appointmentDeadline: 'appointmentDeadlineAt',
};

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

interface DueCase {
  key: MilestoneKey;
  date: LocalDate;
  zone: string;
}

async function sqlDueAt(cases: DueCase[]): Promise<Array<string | null>> {
  const { rows } = await client.query<{ due_at: Date | null }>(
    `SELECT milestone_due_at(k, d, z) AS due_at
       FROM unnest($1::text[], $2::date[], $3::text[]) WITH ORDINALITY AS c(k, d, z, n) ORDER BY n`,
    [cases.map((c) => c.key), cases.map((c) => c.date), cases.map((c) => c.zone)],
  );
  return rows.map((r) => iso(r.due_at));
}

function tsDueAt(c: DueCase): string {
  const timeline = Object.fromEntries(MILESTONE_KEYS.map((k) => [k, c.date])) as unknown as Timeline;
  return timelineInstants(timeline, c.zone)[INSTANT_OF[c.key]].toISOString();
}

describe('milestone_due_at (SQL) and timelineInstants (TypeScript) give the same instant', () => {
  it('for generated dates, keys and zones, DST transitions and year ends included', async () => {
    const dueCase = fc.record({ key: fc.constantFrom(...MILESTONE_KEYS), date: localDate, zone });
    await fc.assert(
      fc.asyncProperty(fc.array(dueCase, { minLength: 100, maxLength: 100 }), async (cases) => {
        const sql = await sqlDueAt(cases);
        const mismatches = cases.flatMap((c, i) => (sql[i] === tsDueAt(c) ? [] : [{ ...c, sql: sql[i], ts: tsDueAt(c) }]));
        expect(mismatches).toEqual([]);
      }),
      { numRuns: 30, endOnFailure: true },
    );
  });

  it('starts a day whose midnight comes twice at the first midnight (a mismatch the property found)', async () => {
    // America/Havana puts its clocks back from 01:00 CDT to 00:00 CST on 2 November 2025:
    // 1 November ends, and 2 November begins, at 00:00 CDT (04:00Z), not at 00:00 CST (05:00Z).
    const cases: DueCase[] = [
      { key: 'closing', date: '2025-11-01', zone: 'America/Havana' },
      { key: 'opening', date: '2025-11-02', zone: 'America/Havana' },
      // A midnight that is skipped: the first valid time after it, in both.
      { key: 'opening', date: '2025-09-07', zone: 'America/Santiago' },
    ];
    expect(await sqlDueAt(cases)).toEqual(['2025-11-02T04:00:00.000Z', '2025-11-02T04:00:00.000Z', '2025-09-07T04:00:00.000Z']);
    expect(cases.map(tsDueAt)).toEqual(['2025-11-02T04:00:00.000Z', '2025-11-02T04:00:00.000Z', '2025-09-07T04:00:00.000Z']);
  });

  it('on and around every change of offset of every zone, at the start and the end of the day', async () => {
    const cases: DueCase[] = TRANSITIONS.flatMap((t) => (['opening', 'closing'] as const).map((key) => ({ key, ...t })));
    const sql = await sqlDueAt(cases);
    const mismatches = cases.flatMap((c, i) => (sql[i] === tsDueAt(c) ? [] : [{ ...c, sql: sql[i], ts: tsDueAt(c) }]));
    expect(mismatches).toEqual([]);
  });
});

const PHASES = ['draft', 'open', 'closed', 'preselection', 'committee_review', 'interviews', 'nomination', 'appointment', 'completed', 'cancelled'];

describe('procedure_phase_running (SQL) and procedurePhaseRunning (TypeScript) agree', () => {
  it('on every phase of the enum', async () => {
    const { rows } = await client.query<{ phase: string; running: boolean }>(
      `SELECT p::text AS phase, procedure_phase_running(p) AS running FROM unnest(enum_range(NULL::procedure_phase)) AS p`,
    );
    expect(rows.map((r) => r.phase)).toEqual(PHASES);
    expect(rows.map((r) => [r.phase, procedurePhaseRunning(r.phase)])).toEqual(rows.map((r) => [r.phase, r.running]));
  });
});

interface ProcedureInput {
  id: string;
  phase: string;
  zone: string;
  completedAt: Date | null;
  cancelledAt: Date | null;
  updatedAt: Date;
  appointed: boolean;
}

interface ConsentInput {
  id: string;
  kind: 'retention' | 'reference_check';
  givenAt: Date;
  expiresAt: Date | null;
  withdrawnAt: Date | null;
  createdAt: Date;
}

interface Person {
  id: string;
  createdAt: Date;
  procedures: ProcedureInput[];
  consents: ConsentInput[];
}

/** A time: any, or one shared within the person (ties), or one taken from another (boundaries). */
type Time = { at: Date } | { same: true } | { after: 'end'; days: number };

const time: fc.Arbitrary<Time> = fc.oneof(
  { weight: 6, arbitrary: instant.map((at) => ({ at })) },
  { weight: 1, arbitrary: fc.constant({ same: true as const }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 28, 90, 200, 365).map((days) => ({ after: 'end' as const, days })) },
);

const person = fc.record({
  shared: instant,
  createdAt: instant,
  procedures: fc.array(
    fc.record({
      phase: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('completed', 'cancelled') }, { weight: 1, arbitrary: fc.constantFrom(...PHASES) }),
      zone,
      completedAt: fc.option(time, { freq: 3 }),
      cancelledAt: fc.option(time, { freq: 3 }),
      updatedAt: time,
      appointed: fc.boolean().map((b) => b && Math.random() < 0.3),
      // Completed in a zone 28 days or a year before it changes its offset, at night.
      anchored: fc.option(
        fc.record({
          transition: fc.constantFrom(...TRANSITIONS),
          back: fc.constantFrom(28, 365, 366),
          minutes: fc.integer({ min: -15 * 60, max: 15 * 60 }),
        }),
        { freq: 2 },
      ),
    }),
    { maxLength: 3 },
  ),
  consents: fc.array(
    fc.record({
      kind: fc.constantFrom('retention', 'retention', 'retention', 'reference_check'),
      givenAt: time,
      expiresAt: fc.option(time, { freq: 4 }),
      withdrawnAt: fc.option(time, { freq: 2 }),
    }),
    { maxLength: 3 },
  ),
});

function anchor<T extends { zone: string; phase: string; completedAt: Time | null }>(
  q: T,
  a: { transition: { date: LocalDate; zone: string }; back: number; minutes: number },
): T {
  const at = new Date(Date.parse(`${addDays(a.transition.date, -a.back)}T00:00:00Z`) + a.minutes * 60_000);
  return { ...q, zone: a.transition.zone, phase: 'completed', completedAt: { at } };
}

type GeneratedPerson = typeof person extends fc.Arbitrary<infer T> ? T : never;

function materialise(p: GeneratedPerson, index: number): Person {
  // Procedures' times first ("after the end" reads as the shared time there), then
  // consents' times, which may fall on the end, or 28, 90, 200 or 365 days of 24 hours after it.
  const own = (t: Time): Date => ('at' in t ? t.at : p.shared);
  const anchored = p.procedures.map((q) => (q.anchored ? anchor(q, q.anchored) : q));
  const ends = anchored.map((q) => (q.completedAt ? own(q.completedAt) : q.cancelledAt ? own(q.cancelledAt) : own(q.updatedAt)).getTime());
  const end = ends.length > 0 ? Math.max(...ends) : p.shared.getTime();
  const resolve = (t: Time): Date => ('at' in t ? t.at : 'same' in t ? p.shared : new Date(end + t.days * DAY_MS));
  const procedures = anchored
    .map((q) => ({
      id: randomUUID(),
      phase: q.phase,
      zone: q.zone,
      completedAt: q.completedAt ? own(q.completedAt) : null,
      cancelledAt: q.cancelledAt ? own(q.cancelledAt) : null,
      updatedAt: own(q.updatedAt),
      appointed: q.appointed,
    }))
    // Ties (procedures that ended at the same instant) go to the smaller id in SQL, to the first listed in TypeScript.
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const consents = p.consents.map((c, i) => ({
    id: randomUUID(),
    kind: c.kind,
    givenAt: resolve(c.givenAt),
    expiresAt: c.expiresAt ? resolve(c.expiresAt) : null,
    withdrawnAt: c.withdrawnAt ? resolve(c.withdrawnAt) : null,
    // Recorded one after the other, in the order listed.
    createdAt: new Date(Date.UTC(2040, 0, 1) + index * 1000 + i),
  }));
  return { id: randomUUID(), createdAt: p.createdAt, procedures, consents };
}

/** The TypeScript twin, fed the rows as candidate_retention reads them. */
const seen = new Map<string, number>();

function tsRetention(p: Person): { dueAt: string | null; procedureId: string | null } {
  const procedures: RetentionProcedure[] = p.procedures.map((q) => ({
    endedAt: q.phase === 'completed' || q.phase === 'cancelled' ? (q.completedAt ?? q.cancelledAt ?? q.updatedAt) : null,
    timeZone: q.zone,
    appointed: q.appointed,
    procedureId: q.id,
  }));
  const consents: RetentionConsent[] = p.consents
    .filter((c) => c.kind === 'retention')
    .map((c) => ({ givenAt: c.givenAt, expiresAt: c.expiresAt, withdrawnAt: c.withdrawnAt }));
  const verdict = retentionErasure(procedures, consents, p.createdAt);
  const kind = verdict.due ? verdict.basis : verdict.reason;
  seen.set(kind, (seen.get(kind) ?? 0) + 1);
  return verdict.due ? { dueAt: verdict.dueAt.toISOString(), procedureId: verdict.procedureId } : { dueAt: null, procedureId: null };
}

const json = (rows: unknown[]) => JSON.stringify(rows);

/**
 * Inserts the people (their triggers run), reads candidate_retention and the
 * stored columns, and rolls back. With 'update', each application is first
 * inserted in the opposite state (appointed when it is not, rejected when it
 * is) and then moved to its own by one UPDATE, so that the columns are those
 * the update trigger stored.
 */
async function sqlRetention(people: Person[], applications: 'insert' | 'update' = 'insert') {
  await client.query('BEGIN');
  try {
    const clientId = randomUUID();
    await client.query(`INSERT INTO clients (id, name) VALUES ($1, 'twins')`, [clientId]);
    await client.query(
      `INSERT INTO candidates (id, source, created_at, updated_at)
       SELECT id, 'agency_search', created_at, created_at FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, created_at timestamptz)`,
      [json(people.map((p) => ({ id: p.id, created_at: p.createdAt })))],
    );
    const procedures = people.flatMap((p) => p.procedures.map((q) => ({ ...q, candidateId: p.id })));
    await client.query(
      `INSERT INTO procedures (id, client_id, title, hours_per_week, phase, time_zone, completed_at, cancelled_at, updated_at)
       SELECT id, $2, 'twins', 36, phase::procedure_phase, zone, "completedAt", "cancelledAt", "updatedAt"
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, phase text, zone text, "completedAt" timestamptz, "cancelledAt" timestamptz, "updatedAt" timestamptz)`,
      [json(procedures), clientId],
    );
    await client.query(
      `INSERT INTO applications (id, procedure_id, candidate_id, source, stage, received_at)
       SELECT gen_random_uuid(), id, "candidateId", 'agency_search', CASE WHEN appointed = $2 THEN 'appointed' ELSE 'rejected' END::application_stage, now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "candidateId" uuid, appointed boolean)`,
      [json(procedures), applications === 'insert'],
    );
    if (applications === 'update') {
      await client.query(
        `UPDATE applications a SET stage = CASE WHEN r.appointed THEN 'appointed' ELSE 'withdrawn' END::application_stage
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, appointed boolean)
          WHERE a.procedure_id = r.id`,
        [json(procedures)],
      );
    }
    await client.query(
      `INSERT INTO consents (id, candidate_id, kind, scope, given_at, expires_at, withdrawn_at, recorded_by, created_at)
       SELECT id, "candidateId", kind, 'twins', "givenAt", "expiresAt", "withdrawnAt", 'twins', "createdAt"
         FROM jsonb_to_recordset($1::jsonb)
           AS r(id uuid, "candidateId" uuid, kind text, "givenAt" timestamptz, "expiresAt" timestamptz, "withdrawnAt" timestamptz, "createdAt" timestamptz)`,
      [json(people.flatMap((p) => p.consents.map((c) => ({ ...c, candidateId: p.id }))))],
    );
    const { rows } = await client.query<{
      id: string;
      due_at: Date | null;
      procedure_id: string | null;
      stored_due_at: Date | null;
      stored_procedure_id: string | null;
    }>(
      `SELECT c.id, r.r_due_at AS due_at, r.r_procedure_id AS procedure_id,
              c.retention_due_at AS stored_due_at, c.retention_procedure_id AS stored_procedure_id
         FROM candidates c LEFT JOIN candidate_retention($1::uuid[]) r ON r.r_candidate_id = c.id
        WHERE c.id = ANY($1::uuid[])`,
      [people.map((p) => p.id)],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          function: { dueAt: iso(r.due_at), procedureId: r.procedure_id },
          stored: { dueAt: iso(r.stored_due_at), procedureId: r.stored_procedure_id },
        },
      ]),
    );
  } finally {
    await client.query('ROLLBACK');
  }
}

async function compareRetention(people: Person[], applications: 'insert' | 'update' = 'insert') {
  const sql = await sqlRetention(people, applications);
  const mismatches = people.flatMap((p) => {
    const ts = tsRetention(p);
    const got = sql.get(p.id)!;
    return JSON.stringify(got.function) === JSON.stringify(ts) && JSON.stringify(got.stored) === JSON.stringify(ts) ? [] : [{ person: p, ts, sql: got }];
  });
  return mismatches;
}

describe('candidate_retention and its triggers (SQL) and retentionErasure (TypeScript) give the same erasure', () => {
  it('for generated people: procedures in any phase and zone, consents given, expiring, withdrawn, ties and boundaries', async () => {
    let batch = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 60, maxLength: 60 }), async (generated) => {
        batch += 1;
        const people = generated.map((p, i) => materialise(p, batch * 100 + i));
        expect(await compareRetention(people)).toEqual([]);
      }),
      { numRuns: 40, endOnFailure: true },
    );
    // Every rule was exercised, not only the easy ones.
    for (const kind of [
      'appointed',
      'procedure_running',
      'four_weeks_after_end',
      'consent_expires',
      'consent_withdrawn',
      'one_year_after_end',
      'talent_pool_consent_ends',
      'three_months_after_recorded',
    ]) {
      expect(seen.get(kind) ?? 0, kind).toBeGreaterThan(5);
    }
  });

  it('for generated people whose applications enter or leave appointed by an update (the update trigger)', async () => {
    let batch = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 60, maxLength: 60 }), async (generated) => {
        batch += 1;
        const people = generated.map((p, i) => materialise(p, 10_000 + batch * 100 + i));
        expect(await compareRetention(people, 'update')).toEqual([]);
      }),
      { numRuns: 10, endOnFailure: true },
    );
  });

  it('reads a time the clocks show twice as the later of the two, west of UTC too (a mismatch the property found)', async () => {
    // Completed at 23:54 (-03) on 4 March 2028 in Santiago; 28 days on, 1 April 23:54 comes twice, as
    // Chile puts its clocks back from 00:00 (-03) to 23:00 (-04): PostgreSQL, and now retentionErasure, take the second.
    const person: Person = {
      id: randomUUID(),
      createdAt: new Date('2028-02-26T09:03:00.000Z'),
      procedures: [
        {
          id: randomUUID(),
          phase: 'completed',
          zone: 'America/Santiago',
          completedAt: new Date('2028-03-05T02:54:00.000Z'),
          cancelledAt: null,
          updatedAt: new Date('2028-03-05T02:54:00.000Z'),
          appointed: false,
        },
      ],
      consents: [],
    };
    expect(tsRetention(person)).toEqual({ dueAt: '2028-04-02T03:54:00.000Z', procedureId: person.procedures[0]!.id });
    expect(await compareRetention([person])).toEqual([]);
  });

  it('takes, of two consents given at the same instant, the one recorded last (a mismatch the property found)', async () => {
    const at = new Date('2005-12-30T00:00:00.000Z');
    const consent = (i: number, withdrawnAt: Date | null): ConsentInput => ({
      id: randomUUID(),
      kind: 'retention',
      givenAt: at,
      expiresAt: null,
      withdrawnAt,
      createdAt: new Date(Date.UTC(2006, 0, 1) + i),
    });
    const person: Person = { id: randomUUID(), createdAt: new Date('2005-03-12T00:00:00.000Z'), procedures: [], consents: [consent(0, null), consent(1, at)] };
    // The second, withdrawn at once, counts: due at the withdrawal, not a year after the first was given.
    expect(tsRetention(person)).toEqual({ dueAt: '2005-12-30T00:00:00.000Z', procedureId: null });
    expect(await compareRetention([person])).toEqual([]);
  });
});

describe('each twin names the other', () => {
  const TWINS = [
    { sql: 'milestone_due_at(text,date,text)', name: 'milestone_due_at', ts: 'timelineInstants', file: 'src/domain/timeline.ts' },
    { sql: 'procedure_phase_running(procedure_phase)', name: 'procedure_phase_running', ts: 'procedurePhaseRunning', file: 'src/domain/timeline.ts' },
    { sql: 'candidate_retention(uuid[])', name: 'candidate_retention', ts: 'retentionErasure', file: 'src/domain/retention.ts' },
  ];

  it('in COMMENT ON FUNCTION in the database and in the header comment of the TypeScript function', async () => {
    for (const twin of TWINS) {
      const { rows } = await client.query<{ comment: string | null }>(`SELECT obj_description($1::regprocedure, 'pg_proc') AS comment`, [twin.sql]);
      expect(rows[0]!.comment).toContain(`TypeScript twin: ${twin.ts} in ${twin.file}`);
      const source = await readFile(new URL(`../../${twin.file}`, import.meta.url), 'utf8');
      const header = new RegExp(`SQL twin: the function \`${twin.name}\\([^)]*\\)\`(?:(?!\\*/)[\\s\\S])*\\*/\\s*export function ${twin.ts}\\(`);
      expect(source).toMatch(header);
    }
  });
});

describe('the migration that fixed milestone_due_at', () => {
  it('moves the due instants a database already holds', async () => {
    const name = '20261129180000_sql_twins';
    const db = await createEmptyDatabase();
    const dir = await mkdtemp(path.join(tmpdir(), 'pt-twins-'));
    const c = new pg.Client({ connectionString: db.url });
    try {
      // The database as it was before: every migration up to this one.
      for (const entry of await readdir(MIGRATIONS_DIR)) {
        if (entry < name) await cp(path.join(MIGRATIONS_DIR, entry), path.join(dir, entry), { recursive: true });
      }
      await migrate(db.url, dir);
      await c.connect();
      const procedureId = randomUUID();
      await c.query(`INSERT INTO clients (id, name) VALUES (gen_random_uuid(), 'twins')`);
      await c.query(
        `INSERT INTO procedures (id, client_id, title, hours_per_week, phase, time_zone) SELECT $1, id, 'twins', 36, 'open', 'America/Havana' FROM clients`,
        [procedureId],
      );
      await c.query(
        `INSERT INTO milestones (id, procedure_id, key, start_date) VALUES (gen_random_uuid(), $1, 'closing', '2025-11-01'), (gen_random_uuid(), $1, 'opening', '2025-10-20')`,
        [procedureId],
      );
      const dueAt = async () =>
        (await c.query<{ key: string; due_at: Date }>(`SELECT key, due_at FROM milestones ORDER BY key`)).rows.map((r) => [r.key, r.due_at.toISOString()]);
      expect(await dueAt()).toEqual([
        ['closing', '2025-11-02T05:00:00.000Z'],
        ['opening', '2025-10-20T04:00:00.000Z'],
      ]);
      await cp(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
      await migrate(db.url, dir);
      expect(await dueAt()).toEqual([
        ['closing', '2025-11-02T04:00:00.000Z'],
        ['opening', '2025-10-20T04:00:00.000Z'],
      ]);
    } finally {
      await c.end().catch(() => undefined);
      await db.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
