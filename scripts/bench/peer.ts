// The peers of the benchmark (README, "Benchmark"), a process of their own:
// a plain Fastify server whose /raw routes run the service's own SQL statement
// of each read (imported from its repositories) on a `pg` Pool, and whose /prisma routes are the same reads written the
// obvious way with Prisma 7 (what a user would otherwise write). Both pools
// are as large as the service's (DB_POOL_SIZE, default 10). No auth, no
// validation, no logging: the floor the service is measured against.
//
//   DATABASE_URL=… PORT=… node --import tsx scripts/bench/peer.ts
import { PrismaPg } from '@prisma/adapter-pg';
import Fastify from 'fastify';
import pg from 'pg';
import { PrismaClient } from '../../src/generated/prisma/client.js';
import { APPLICATION_SELECT, applicationPageStatement } from '../../src/modules/applications/index.js';
import { PROCEDURE_BY_ID, procedurePageStatement } from '../../src/modules/procedures/index.js';

const url = process.env.DATABASE_URL!;
const poolSize = Number(process.env.DB_POOL_SIZE ?? 10);
const pool = new pg.Pool({ connectionString: url, max: poolSize });
const prisma = new PrismaClient({ adapter: new PrismaPg(new pg.Pool({ connectionString: url, max: poolSize })) });

// The /raw routes run the service's own statements, imported from its repositories.
const agency = { role: 'consultant', procedureId: null, memberId: null } as const;

const app = Fastify({ logger: false });
type Id = { Params: { id: string } };
type Page = { Querystring: { limit?: string } };
const limitOf = (q: { limit?: string }) => Math.min(100, Math.max(1, Number(q.limit ?? 25) || 25));
const page = <T>(rows: T[], limit: number) => ({ items: rows.slice(0, limit), hasMore: rows.length > limit });

app.get<Id>('/raw/procedures/:id', async (request, reply) => {
  const { rows } = await pool.query<{ procedure: unknown }>({ name: 'procedure', text: PROCEDURE_BY_ID, values: [request.params.id] });
  return rows[0]?.procedure ?? reply.code(404).send();
});
app.get<Page>('/raw/procedures', async (request) => {
  const limit = limitOf(request.query);
  const { rows } = await pool.query<{ procedure: unknown }>(procedurePageStatement({ limit }));
  return page(
    rows.map((r) => r.procedure),
    limit,
  );
});
app.get<Id>('/raw/applications/:id', async (request, reply) => {
  const { rows } = await pool.query<{ application: unknown }>({ name: 'application', text: APPLICATION_SELECT, values: [request.params.id] });
  return rows[0]?.application ?? reply.code(404).send();
});
app.get<Id & Page>('/raw/procedures/:id/applications', async (request) => {
  const limit = limitOf(request.query);
  const { rows } = await pool.query(applicationPageStatement(request.params.id, { limit, viewer: agency }));
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
