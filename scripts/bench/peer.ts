// The peers of the benchmark (README, "Benchmark"), a process of their own:
// a plain Fastify server whose /raw routes run one hand-written SQL statement
// each on a `pg` Pool, and whose /prisma routes are the same reads written the
// obvious way with Prisma 7 (what a user would otherwise write). Both pools
// are as large as the service's (DB_POOL_SIZE, default 10). No auth, no
// validation, no logging: the floor the service is measured against.
//
//   DATABASE_URL=… PORT=… node --import tsx scripts/bench/peer.ts
import { PrismaPg } from '@prisma/adapter-pg';
import Fastify from 'fastify';
import pg from 'pg';
import { PrismaClient } from '../../src/generated/prisma/client.js';

const url = process.env.DATABASE_URL!;
const poolSize = Number(process.env.DB_POOL_SIZE ?? 10);
const pool = new pg.Pool({ connectionString: url, max: poolSize });
const prisma = new PrismaClient({ adapter: new PrismaPg(new pg.Pool({ connectionString: url, max: poolSize })) });

/** The statement the service runs for a procedure (src/modules/procedures/procedures.repository.ts). */
const PROCEDURE_SELECT = `
SELECT p.id, p.client_id, p.reference, p.title, p.phase::text AS phase, p.time_zone, p.hours_per_week, p.permanent,
       p.locations, p.salary_scale, p.ikb_percentage::text AS ikb_percentage, p.profile_criteria,
       p.preselection_min, p.preselection_max, p.shortlist_min, p.shortlist_max, p.nominee_max,
       p.version, p.created_at, p.updated_at,
       COALESCE((SELECT json_agg(json_build_object('validFrom', to_char(b.valid_from, 'YYYY-MM-DD'),
                                                   'minMonthly', b.min_monthly::text, 'maxMonthly', b.max_monthly::text)
                                 ORDER BY b.valid_from)
                   FROM salary_bounds b WHERE b.procedure_id = p.id), '[]'::json) AS bounds,
       COALESCE((SELECT json_agg(m.key) FROM milestones m WHERE m.procedure_id = p.id), '[]'::json) AS keys
  FROM procedures p`;

/** One application with its candidate and documents, as the service's findApplication reads it. */
const APPLICATION_SELECT = `
SELECT a.id, a.procedure_id, a.candidate_id, a.source, a.stage, a.rejection_reason, a.agency_motivation, a.presented_at,
       a.received_at, a.completed_at, a.erased_at, a.version, a.created_at, a.updated_at,
       json_build_object('id', c.id, 'firstName', c.first_name, 'lastName', c.last_name, 'email', c.email, 'phone', c.phone,
                         'city', c.city, 'currentPosition', c.current_position, 'currentOrganisation', c.current_organisation,
                         'linkedinUrl', c.linkedin_url) AS candidate,
       COALESCE((SELECT json_agg(json_build_object('id', d.id, 'kind', d.kind, 'fileName', d.file_name, 'sizeBytes', d.size_bytes,
                                                   'current', d.current, 'createdAt', d.created_at) ORDER BY d.created_at, d.id)
                   FROM documents d WHERE d.application_id = a.id), '[]'::json) AS documents
  FROM applications a JOIN candidates c ON c.id = a.candidate_id
 WHERE a.id = $1`;

/** A page of a procedure's applications in (created_at, id) order, as the service's listApplications reads it. */
const APPLICATION_PAGE = `
SELECT a.id, a.procedure_id, a.source, a.stage, a.received_at, a.completed_at, a.erased_at, a.version, a.created_at, a.updated_at,
       json_build_object('id', c.id, 'firstName', c.first_name, 'lastName', c.last_name, 'email', c.email, 'city', c.city,
                         'currentPosition', c.current_position, 'currentOrganisation', c.current_organisation) AS candidate,
       COALESCE((SELECT json_agg(d.kind) FROM documents d WHERE d.application_id = a.id AND d.current), '[]'::json) AS documents
  FROM applications a JOIN candidates c ON c.id = a.candidate_id
 WHERE a.procedure_id = $1
 ORDER BY a.created_at, a.id
 LIMIT $2`;

const app = Fastify({ logger: false });
type Id = { Params: { id: string } };
type Page = { Querystring: { limit?: string } };
const limitOf = (q: { limit?: string }) => Math.min(100, Math.max(1, Number(q.limit ?? 25) || 25));
const page = <T>(rows: T[], limit: number) => ({ items: rows.slice(0, limit), hasMore: rows.length > limit });

app.get<Id>('/raw/procedures/:id', async (request, reply) => {
  const { rows } = await pool.query({ name: 'procedure', text: `${PROCEDURE_SELECT} WHERE p.id = $1`, values: [request.params.id] });
  return rows[0] ?? reply.code(404).send();
});
app.get<Page>('/raw/procedures', async (request) => {
  const limit = limitOf(request.query);
  const { rows } = await pool.query({ name: 'procedures', text: `${PROCEDURE_SELECT} ORDER BY p.updated_at, p.id LIMIT $1`, values: [limit + 1] });
  return page(rows, limit);
});
app.get<Id>('/raw/applications/:id', async (request, reply) => {
  const { rows } = await pool.query({ name: 'application', text: APPLICATION_SELECT, values: [request.params.id] });
  return rows[0] ?? reply.code(404).send();
});
app.get<Id & Page>('/raw/procedures/:id/applications', async (request) => {
  const limit = limitOf(request.query);
  const { rows } = await pool.query({ name: 'applications', text: APPLICATION_PAGE, values: [request.params.id, limit + 1] });
  return page(rows, limit);
});

app.get<Id>('/prisma/procedures/:id', async (request, reply) => {
  const found = await prisma.procedure.findUnique({ where: { id: request.params.id }, include: { salaryBounds: true, milestones: true } });
  return found ?? reply.code(404).send();
});
app.get<Page>('/prisma/procedures', async (request) => {
  const limit = limitOf(request.query);
  const rows = await prisma.procedure.findMany({
    include: { salaryBounds: true, milestones: true },
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: limit + 1,
  });
  return page(rows, limit);
});
app.get<Id>('/prisma/applications/:id', async (request, reply) => {
  const found = await prisma.application.findUnique({ where: { id: request.params.id }, include: { candidate: true, documents: true } });
  return found ?? reply.code(404).send();
});
app.get<Id & Page>('/prisma/procedures/:id/applications', async (request) => {
  const limit = limitOf(request.query);
  const rows = await prisma.application.findMany({
    where: { procedureId: request.params.id },
    include: { candidate: true, documents: { where: { current: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: limit + 1,
  });
  return page(rows, limit);
});
app.get('/health', async () => ({ ok: true }));

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
const stop = async () => {
  await app.close();
  await prisma.$disconnect();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
