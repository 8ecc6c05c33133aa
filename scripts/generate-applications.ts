// Fills a procedure with N applications (and their candidates and document
// rows) straight through SQL, fast, for benchmarks of the listing:
//
//   DATABASE_URL=postgresql://… tsx scripts/generate-applications.ts --procedure <id> --count 100000
//
// Each statement inserts a batch from generate_series: candidates, their
// applications and the metadata rows of both documents. The document rows
// have no stored content (storage_key NULL, store 'generated'): enough for
// lists, which show which documents are present, not for downloads.
// Every 20th application lacks its motivation letter (incomplete), every
// 10th comes from the agency's search. Arrival times are spread evenly over
// the procedure's open period (or the day before now when it has no timeline).
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

export interface GenerateOptions {
  databaseUrl: string;
  procedureId: string;
  count: number;
  /** Rows per statement; the default suits 100,000 in a few seconds. */
  batchSize?: number;
  say?: (line: string) => void;
}

export interface GenerateResult {
  procedureId: string;
  inserted: number;
  totalApplications: number;
  runId: string;
  elapsedMs: number;
}

const BATCH_SQL = `
WITH cand AS (
  INSERT INTO candidates (id, first_name, last_name, email, email_normalized, phone, city, current_position, current_organisation, source, version, created_at, updated_at)
  SELECT gen_random_uuid(),
         (ARRAY['Anna','Bram','Chantal','Daan','Eva','Fleur','Gijs','Hanna','Ilse','Joost','Karin','Lars','Maaike','Niels','Olga','Pieter'])[1 + g % 16],
         (ARRAY['de Vries','Jansen','van den Berg','Bakker','Visser','Smit','Meijer','de Boer','Mulder','de Groot','Bos','Vos','Peters','Hendriks','van Leeuwen','Dekker'])[1 + (g / 16) % 16],
         'bench-' || $2 || '-' || g || '@example.invalid',
         'bench-' || $2 || '-' || g || '@example.invalid',
         '+31 6 ' || lpad((g % 100000000)::text, 8, '0'),
         (ARRAY['Utrecht','Den Haag','Amsterdam','Zwolle','Arnhem','Groningen'])[1 + g % 6],
         'Directeur bedrijfsvoering',
         'Provincie ' || (g % 12 + 1),
         (CASE WHEN g % 10 = 0 THEN 'agency_search' ELSE 'open_call' END)::candidate_source,
         1,
         $5::timestamptz + (g * $6::double precision) * interval '1 millisecond',
         $5::timestamptz + (g * $6::double precision) * interval '1 millisecond'
  FROM generate_series($3::int, $4::int) AS g
  RETURNING id, source, created_at, email
),
app AS (
  INSERT INTO applications (id, procedure_id, candidate_id, source, stage, received_at, completed_at, version, created_at, updated_at)
  SELECT gen_random_uuid(), $1::uuid, cand.id, cand.source, 'applied',
         cand.created_at,
         CASE WHEN split_part(split_part(cand.email, '@', 1), '-', 3)::int % 20 = 0 THEN NULL ELSE cand.created_at END,
         1, cand.created_at, cand.created_at
  FROM cand
  RETURNING id, created_at, completed_at
)
INSERT INTO documents (id, application_id, kind, storage_key, store, file_name, size_bytes, sha256, current, uploaded_by, created_at)
SELECT gen_random_uuid(), app.id, k.kind::document_kind, NULL, 'generated', k.kind || '.pdf', 0, repeat('0', 64), true, 'generator', app.created_at
FROM app CROSS JOIN (VALUES ('motivation'), ('cv')) AS k(kind)
WHERE k.kind = 'cv' OR app.completed_at IS NOT NULL
`;

/** Inserts `count` applications into the procedure; returns how many it has now. */
export async function generateApplications(options: GenerateOptions): Promise<GenerateResult> {
  const say = options.say ?? (() => undefined);
  const batchSize = Math.max(1, options.batchSize ?? 10_000);
  const started = Date.now();
  const runId = randomBytes(4).toString('hex');
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query('SET statement_timeout = 0');
    const procedure = await client.query<{ id: string }>('SELECT id FROM procedures WHERE id = $1', [options.procedureId]);
    if (procedure.rowCount === 0) throw new Error(`procedure ${options.procedureId} does not exist`);
    const window = await client.query<{ opens: Date | null; closes: Date | null }>(
      `SELECT (SELECT start_date FROM milestones WHERE procedure_id = $1 AND key = 'opening')::timestamptz AS opens,
              (SELECT start_date + 1 FROM milestones WHERE procedure_id = $1 AND key = 'closing')::timestamptz AS closes`,
      [options.procedureId],
    );
    const opens = window.rows[0]?.opens ?? new Date(Date.now() - 86_400_000);
    const closes = window.rows[0]?.closes ?? new Date();
    // Distinct, increasing arrival instants (milliseconds), spread over the window.
    const stepMs = Math.max(1, Math.floor((closes.getTime() - opens.getTime()) / (options.count + 1)));

    for (let from = 1; from <= options.count; from += batchSize) {
      const to = Math.min(options.count, from + batchSize - 1);
      await client.query('BEGIN');
      await client.query(BATCH_SQL, [options.procedureId, runId, from, to, opens.toISOString(), stepMs]);
      await client.query('COMMIT');
      say(`inserted applications ${from}..${to}`);
    }
    // Fresh statistics, so that the planner sees the new size of the tables at once.
    await client.query('ANALYZE candidates, applications, documents');
    const total = await client.query<{ n: string }>('SELECT count(*) AS n FROM applications WHERE procedure_id = $1', [options.procedureId]);
    return {
      procedureId: options.procedureId,
      inserted: options.count,
      totalApplications: Number(total.rows[0]?.n ?? 0),
      runId,
      elapsedMs: Date.now() - started,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const databaseUrl = argument('database-url') ?? process.env.DATABASE_URL;
  const procedureId = argument('procedure');
  const count = Number(argument('count') ?? '1000');
  if (!databaseUrl || !procedureId || !Number.isInteger(count) || count < 1) {
    console.error('usage: DATABASE_URL=postgresql://… tsx scripts/generate-applications.ts --procedure <uuid> [--count 1000] [--batch 10000]');
    process.exit(2);
  }
  const result = await generateApplications({
    databaseUrl,
    procedureId,
    count,
    batchSize: argument('batch') ? Number(argument('batch')) : undefined,
    say: (line) => console.log(line),
  });
  console.log(`${result.inserted} applications added to procedure ${result.procedureId} in ${result.elapsedMs} ms; it now has ${result.totalApplications}.`);
}
