import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField } from '../../src/modules/overview/overview.service.js';
import { negotiate } from '../../src/modules/overview/overview.routes.js';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { applyJson } from '../factories/applications.js';
import { candidateInput } from '../factories/candidates.js';
import { agencyKey } from '../factories/committee.js';
import { seedCommittee } from '../factories/pipeline.js';
import { createProcedure } from '../factories/procedures.js';
import { closeStageOk, moveOk } from '../factories/transitions.js';

let ctx: TestContext;
let consultant: string;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00' });
  consultant = (await agencyKey(ctx, 'consultant')).authorization;
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

/** A procedure with 5 preselected (one from the search), an open-call applicant, an incomplete one and two search candidates. */
async function setUp() {
  ctx.clock.set('2026-01-05T10:00:00+01:00');
  const { procedure } = await createProcedure(ctx, { open: true });
  const id = procedure.id;
  const mk = async (firstName: string, lastName: string, extra: Record<string, unknown> = {}) => {
    const res = await applyJson(ctx, id, { candidate: candidateInput({ firstName, lastName, city: 'Den Haag', ...extra }) });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string; candidate: { id: string } };
  };
  // Documents are seeded for the ones that must be complete.
  const complete = async (applicationId: string) => {
    const prisma = ctx.db.prisma;
    for (const kind of ['motivation', 'cv'] as const) {
      await prisma.document.create({
        data: { applicationId, kind, store: 'postgres', sizeBytes: 10, sha256: 'x'.repeat(64), uploadedBy: 'test:seed' },
      });
    }
  };
  const noord = await mk('Zoë', 'Noord', { currentOrganisation: 'Provincie "Zuid-Holland", afdeling B&W' });
  const strijker = await mk('Jan-Willem', 'Strijker');
  const ozturk = await mk('Ayşe', 'Öztürk');
  const formula = await mk('Eva', '=HYPERLINK("http://evil")');
  const searched = await mk('Pieter', 'de Vries', { source: 'agency_search' });
  const hidden = await mk('Geheim', 'Gezocht', { source: 'agency_search' });
  const openCall = await mk('Lotte', 'Aalders');
  const incomplete = await mk('Karel', 'Zwart', { source: 'referral' });
  for (const a of [noord, strijker, ozturk, formula, searched, hidden, openCall]) await complete(a.id);
  ctx.clock.set('2026-01-09T10:00:00+01:00');
  for (const a of [noord, strijker, ozturk, formula, searched]) await moveOk(ctx, a.id, 'preselected');
  await ctx.db.prisma.application.update({ where: { id: noord.id }, data: { agencyMotivation: 'Brede ervaring, "verbinder"; sterk in\nverandertrajecten.' } });
  await ctx.db.prisma.application.update({ where: { id: openCall.id }, data: { agencyMotivation: 'Not presented: this stays in.' } });
  return { id, noord, strijker, ozturk, formula, searched, hidden, openCall, incomplete };
}

describe('GET /v1/procedures/{id}/overview', () => {
  it('lists every applicant as JSON, the preselection first, with source, completeness, stage and the motivation of the preselected', async () => {
    const p = await setUp();
    const res = await api().get(`/v1/procedures/${p.id}/overview`).set('authorization', consultant);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({
      procedureId: p.id,
      audience: 'agency',
      overviewSentAt: null,
      generatedAt: '2026-01-09T09:00:00.000Z',
      preselection: { count: 5, min: 4, max: 6 },
      totals: { applicants: 8, preselected: 5, openCall: 5, agencySearch: 2, referral: 1, complete: 7 },
    });
    const rows = res.body.items.map((i: { candidate: { lastName: string }; preselected: boolean; source: string; complete: boolean; stage: string }) => [
      i.candidate.lastName,
      i.preselected,
      i.source,
      i.complete,
      i.stage,
    ]);
    expect(rows).toEqual([
      ['=HYPERLINK("http://evil")', true, 'open_call', true, 'preselected'],
      ['de Vries', true, 'agency_search', true, 'preselected'],
      ['Noord', true, 'open_call', true, 'preselected'],
      ['Öztürk', true, 'open_call', true, 'preselected'],
      ['Strijker', true, 'open_call', true, 'preselected'],
      ['Aalders', false, 'open_call', true, 'applied'],
      ['Gezocht', false, 'agency_search', true, 'applied'],
      ['Zwart', false, 'referral', false, 'applied'],
    ]);
    const noord = res.body.items.find((i: { applicationId: string }) => i.applicationId === p.noord.id);
    expect(noord.agencyMotivation).toBe('Brede ervaring, "verbinder"; sterk in\nverandertrajecten.');
    expect(noord.candidate).toMatchObject({ firstName: 'Zoë', email: expect.stringContaining('@example.nl'), phone: '+31 6 12345678' });
    const aalders = res.body.items.find((i: { applicationId: string }) => i.applicationId === p.openCall.id);
    expect(aalders.agencyMotivation).toBeNull();
  });

  it('answers CSV for Accept: text/csv: header row, RFC 4180 quoting, UTF-8 accents intact, formulas neutralised', async () => {
    const p = await setUp();
    const res = await api().get(`/v1/procedures/${p.id}/overview`).set('authorization', consultant).set('accept', 'text/csv').buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="candidate-overview-${p.id}.csv"`);
    expect(res.headers.vary).toMatch(/accept/i);
    const text = res.text;
    expect(text).toContain('Zoë');
    expect(text).toContain('Öztürk');
    expect(text).toContain('Ayşe');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      'Preselected',
      'Last name',
      'First name',
      'Source',
      'Complete',
      'Stage',
      'City',
      'Current position',
      'Organisation',
      'E-mail',
      'Phone',
      'Received at',
      'Agency motivation',
    ]);
    expect(rows).toHaveLength(9);
    expect(rows.every((r) => r.length === 13)).toBe(true);
    const noord = rows.find((r) => r[1] === 'Noord')!;
    expect(noord).toEqual([
      'yes',
      'Noord',
      'Zoë',
      'open call',
      'yes',
      'preselected',
      'Den Haag',
      'Directeur Bedrijfsvoering',
      'Provincie "Zuid-Holland", afdeling B&W',
      expect.stringContaining('@example.nl'),
      '+31 6 12345678',
      '2026-01-05T09:00:00.000Z',
      'Brede ervaring, "verbinder"; sterk in\nverandertrajecten.',
    ]);
    expect(text).toContain('"Provincie ""Zuid-Holland"", afdeling B&W"');
    expect(rows[1]![1]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows.find((r) => r[1] === 'Zwart')).toEqual(expect.arrayContaining(['no', 'referral']));
  });

  it('after the overview is sent, marks the preselection as it was sent, and a committee key reads its variant (no contact data, no unpresented search candidates)', async () => {
    const p = await setUp();
    const [member] = await seedCommittee(ctx, p.id);
    const early = await api().get(`/v1/procedures/${p.id}/overview`).set('authorization', member!.authorization);
    expect(early.status).toBe(404);
    ctx.clock.set('2026-01-14T10:00:00+01:00');
    await closeStageOk(ctx, p.id, 'preselection');
    // Rejected by the committee later, still part of what was sent.
    await moveOk(ctx, p.strijker.id, 'rejected', { reasonCategory: 'not_selected_by_committee' });

    const agency = await api().get(`/v1/procedures/${p.id}/overview`).set('authorization', consultant);
    expect(agency.body.overviewSentAt).toBe('2026-01-14T09:00:00.000Z');
    const strijker = agency.body.items.find((i: { applicationId: string }) => i.applicationId === p.strijker.id);
    expect(strijker).toMatchObject({ preselected: true, stage: 'rejected' });

    const res = await api().get(`/v1/procedures/${p.id}/overview`).set('authorization', member!.authorization);
    expect(res.status).toBe(200);
    expect(res.body.audience).toBe('committee');
    expect(res.body.totals).toEqual({ applicants: 7, preselected: 5, openCall: 5, agencySearch: 1, referral: 1, complete: 6 });
    const ids = res.body.items.map((i: { applicationId: string }) => i.applicationId);
    expect(ids).not.toContain(p.hidden.id);
    expect(ids).toContain(p.searched.id);
    for (const item of res.body.items) {
      expect(Object.keys(item.candidate).sort()).toEqual(['city', 'currentOrganisation', 'currentPosition', 'firstName', 'lastName']);
    }
    expect(res.text).not.toContain('@example.nl');
    expect(res.text).not.toContain('Not presented');

    const csv = await api().get(`/v1/procedures/${p.id}/overview`).set('authorization', member!.authorization).set('accept', 'text/csv').buffer(true);
    const rows = parseCsv(csv.text);
    expect(rows[0]).not.toContain('E-mail');
    expect(rows[0]).not.toContain('Phone');
    expect(rows).toHaveLength(8);
    expect(csv.text).not.toContain('Gezocht');
  });

  it("answers 406 for a media type it cannot give, 404 to another procedure's committee key, and 403 to a scheduler", async () => {
    const p = await setUp();
    const other = await createProcedure(ctx, { open: true });
    const [member] = await seedCommittee(ctx, other.procedure.id);
    const xml = await api().get(`/v1/procedures/${p.id}/overview`).set('authorization', consultant).set('accept', 'application/xml');
    expect(xml.status).toBe(406);
    expect(xml.body.code).toBe('NOT_ACCEPTABLE');
    expect((await api().get(`/v1/procedures/${p.id}/overview`).set('authorization', member!.authorization)).status).toBe(404);
    const scheduler = (await agencyKey(ctx, 'scheduler')).authorization;
    expect((await api().get(`/v1/procedures/${p.id}/overview`).set('authorization', scheduler)).status).toBe(403);
  });
});

describe('overview helpers', () => {
  it('negotiates JSON by default and CSV when preferred', () => {
    expect(negotiate(undefined)).toBe('application/json');
    expect(negotiate('*/*')).toBe('application/json');
    expect(negotiate('text/csv')).toBe('text/csv');
    expect(negotiate('application/json;q=0.5, text/csv')).toBe('text/csv');
    expect(negotiate('text/csv;q=0.2, application/json')).toBe('application/json');
    expect(negotiate('text/*')).toBe('text/csv');
    expect(negotiate('application/xml')).toBeNull();
    expect(negotiate('text/csv;q=0')).toBeNull();
  });

  it('quotes and neutralises CSV fields', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-cmd|calc')).toBe("'-cmd|calc");
    expect(csvField('+31 6 12345678')).toBe('+31 6 12345678');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('yes');
  });
});
