import Fastify from 'fastify';
import pg from 'pg';
import { PROCEDURE_SELECT } from '../../src/modules/procedures/procedures.repository.js';
import { load, printTable, type RunningApi } from './harness.js';

/**
 * The platform benchmark (README, "Benchmark"): reading one procedure and listing procedures through the API,
 * against the same queries on a bare Fastify route on raw `pg`.
 */
export async function benchPlatform(api: RunningApi, dbUrl: string, seconds: number) {
  const auth = { authorization: `Bearer ${api.adminKey}` };
  const keyRes = await api.app.inject({
    method: 'POST',
    url: '/v1/api-keys',
    headers: { ...auth, 'content-type': 'application/json' },
    payload: JSON.stringify({ name: 'bench', role: 'consultant' }),
  });
  const consultant = { authorization: `Bearer ${keyRes.json().token as string}` };
  const client = await api.app.inject({ method: 'POST', url: '/v1/clients', headers: { ...auth, 'content-type': 'application/json' }, payload: JSON.stringify({ name: 'Bench client' }) });
  const clientId = client.json().id as string;
  let procedureId = '';
  for (let i = 0; i < 200; i++) {
    const res = await api.app.inject({
      method: 'POST',
      url: '/v1/procedures',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({
        clientId,
        title: `Director ${i}`,
        hoursPerWeek: 36,
        locations: ['Den Haag'],
        salary: { scale: '17', ikbPercentage: '21.82', bounds: [{ validFrom: '2026-01-01', minMonthly: '8062.66', maxMonthly: '11442.11' }] },
      }),
    });
    procedureId = res.json().id as string;
  }

  // The bare route runs the very statement the API runs, and returns its rows.
  const pool = new pg.Pool({ connectionString: dbUrl, max: api.config.DB_POOL_SIZE });
  const raw = Fastify({ logger: false });
  raw.get('/raw/procedures/:id', async (request) => {
    const { id } = request.params as { id: string };
    const { rows } = await pool.query({ name: 'raw_one', text: `${PROCEDURE_SELECT} WHERE p.id = $1`, values: [id] });
    return rows[0];
  });
  raw.get('/raw/procedures', async () => {
    const { rows } = await pool.query({ name: 'raw_list', text: `${PROCEDURE_SELECT} ORDER BY p.updated_at, p.id LIMIT $1`, values: [26] });
    return { items: rows.slice(0, 25) };
  });
  const rawUrl = await raw.listen({ host: '127.0.0.1', port: 0 });

  const rows = [];
  rows.push(await load('API  GET /v1/procedures/{id}', `${api.url}/v1/procedures/${procedureId}`, { headers: consultant, duration: seconds }));
  rows.push(await load('raw  GET one procedure', `${rawUrl}/raw/procedures/${procedureId}`, { duration: seconds }));
  rows.push(await load('API  GET /v1/procedures?limit=25', `${api.url}/v1/procedures?limit=25`, { headers: consultant, duration: seconds }));
  rows.push(await load('raw  list 25 procedures', `${rawUrl}/raw/procedures`, { duration: seconds }));
  await raw.close();
  await pool.end();

  console.log('\n## Platform: API against a bare Fastify route on raw pg (target: API >= 0.5 x raw)\n');
  printTable(rows);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  console.log(`\nread one: API/raw = ${ratio(rows[0]!.rps, rows[1]!.rps).toFixed(2)}`);
  console.log(`list:     API/raw = ${ratio(rows[2]!.rps, rows[3]!.rps).toFixed(2)}`);
  return rows;
}
