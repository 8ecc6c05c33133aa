/**
 * Which stored values are personal data, of whom, and what an erasure does
 * with them: the one list that erasure (privacy.repository.ts), the access
 * export (privacy.service.ts), the audit trail and the event feed
 * (audit.repository.ts) follow.
 *
 * Every text, JSON, array and bytea column of the database is listed here; a
 * test reads the database catalogue and fails on any column missing from this
 * list, then seeds a marker into each personal column, runs every erasure path
 * and fails on any marker left behind. Enum-typed columns hold only their
 * enum's values and need no entry; uuid, number, date and boolean columns hold
 * no free text.
 *
 * Kinds:
 *  - `candidate`: personal data of the candidate (or about them, written by the
 *    agency or the committee, or of their referees). Erased with the
 *    candidate as `erase` says, and part of their access export.
 *  - `staff`: personal data of the agency's staff or the client's committee
 *    members, kept with the procedure they worked on; never about a candidate.
 *  - `code`: a value from a fixed vocabulary (kind, status, outcome), an actor
 *    id (`key:<uuid>`, `admin`) or a generated key or hash.
 *  - `organisation`: data of the client or the procedure, not of a person.
 *  - `payload`: JSON or text that by construction holds only ids and
 *    non-personal facts: personal keys (below) are redacted when written.
 */

/** What an erasure writes into a candidate's column. */
export type Erase =
  /** NULL */
  | 'null'
  /** The text `[erased]` (NOT NULL columns). */
  | 'marker'
  /** A SQL expression of the column's new value (the column is `{col}`). */
  | { sql: string }
  /** Done by a dedicated step of the erasure (documents, content, mentions, stored responses). */
  | { step: 'documents' | 'content' | 'mentions' | 'idempotency' | 'notes' };

export type Column = { kind: 'candidate'; erase: Erase; note?: string } | { kind: 'staff' | 'code' | 'organisation' | 'payload'; note?: string };

export interface Table {
  /**
   * The rows about the candidates `$1` (uuid[]), as a SQL condition on the
   * table (alias-free); only for tables with candidate columns erased by
   * the generic step. Evaluated before the candidate row is erased.
   */
  rows?: string;
  /** Further assignments when those rows are erased; `$2` is the instant of the erasure. */
  touch?: string;
  columns: Record<string, Column>;
}

const candidate = (erase: Erase, note?: string): Column => ({ kind: 'candidate', erase, ...(note ? { note } : {}) });
const code: Column = { kind: 'code' };
const organisation: Column = { kind: 'organisation' };
const staff: Column = { kind: 'staff' };
const payload = (note: string): Column => ({ kind: 'payload', note });

const APPS = 'SELECT id FROM applications WHERE candidate_id = ANY($1::uuid[])';

/** A name as compared across records: trimmed, lower case, inner whitespace collapsed. */
export const NORMALIZED_NAME_SQL = (expr: string) => `lower(regexp_replace(btrim(${expr}), '\\s+', ' ', 'g'))`;

/**
 * The questions that are about the candidates `$1`: linked to them; sent from
 * their e-mail address (compared case-insensitively); or sent under their
 * full name (first and last name, compared normalized) in a procedure they
 * applied to. A question from another address under the same name about a
 * procedure they were never in is not theirs.
 */
export const INQUIRIES_OF = `(
  candidate_id = ANY($1::uuid[])
  OR lower(from_email) IN (SELECT email_normalized FROM candidates WHERE id = ANY($1::uuid[]) AND email_normalized IS NOT NULL)
  OR (from_name IS NOT NULL AND EXISTS (
        SELECT 1 FROM candidates c JOIN applications a ON a.candidate_id = c.id
         WHERE c.id = ANY($1::uuid[]) AND a.procedure_id = inquiries.procedure_id
           AND c.first_name IS NOT NULL AND c.last_name IS NOT NULL
           AND ${NORMALIZED_NAME_SQL('inquiries.from_name')} = ${NORMALIZED_NAME_SQL("c.first_name || ' ' || c.last_name")}))
)`;

export const PERSONAL_DATA: Record<string, Table> = {
  candidates: {
    rows: 'id = ANY($1::uuid[])',
    columns: {
      first_name: candidate('null'),
      last_name: candidate('null'),
      email: candidate('null'),
      email_normalized: candidate('null'),
      phone: candidate('null'),
      city: candidate('null'),
      current_position: candidate('null'),
      current_organisation: candidate('null'),
      linkedin_url: candidate('null'),
      notes: candidate('null', "the agency's notes about the person"),
    },
  },
  applications: {
    rows: 'candidate_id = ANY($1::uuid[])',
    columns: {
      rejection_reason: { kind: 'code', note: 'the rejection category' },
      agency_motivation: candidate('null'),
    },
  },
  stage_changes: {
    rows: `application_id IN (${APPS})`,
    columns: { reason: candidate('null'), reason_category: code, actor: code },
  },
  documents: {
    columns: {
      storage_key: candidate({ step: 'documents' }, 'set to NULL; the content is removed from the store after the commit'),
      store: code,
      file_name: candidate({ step: 'documents' }),
      sha256: candidate({ step: 'documents' }, 'identifies the file; replaced by "erased"'),
      uploaded_by: code,
    },
  },
  document_chunks: {
    columns: { key: code, data: candidate({ step: 'content' }, 'the PDF itself, deleted with its document') },
  },
  interviews: {
    rows: `application_id IN (${APPS})`,
    touch: 'updated_at = $2::timestamptz, version = version + 1',
    columns: {
      kind: code,
      location: { kind: 'code', note: 'one of the fixed interview locations' },
      location_detail: candidate('null', 'free text: where exactly, a room, a video link'),
      status: code,
      history: candidate(
        { sql: `(SELECT COALESCE(jsonb_agg(h || '{"reason": null, "locationDetail": null}'::jsonb), '[]'::jsonb) FROM jsonb_array_elements({col}) h)` },
        'earlier schedules: the reasons and location details go, times and panel ids stay',
      ),
    },
  },
  evaluations: {
    rows: `interview_id IN (SELECT id FROM interviews WHERE application_id IN (${APPS}))`,
    columns: {
      ratings: candidate(
        {
          sql: `(SELECT COALESCE(jsonb_object_agg(r.key, jsonb_build_object('score', r.value -> 'score', 'notes', NULL)), '{}'::jsonb) FROM jsonb_each({col}) r)`,
        },
        'the notes per criterion go, the scores stay as anonymous statistics',
      ),
      overall_advice: code,
      notes: candidate('null'),
    },
  },
  application_notes: {
    rows: `application_id IN (${APPS})`,
    columns: {
      text: candidate({ step: 'notes' }, "the agency's notes on the application: the rows are deleted with the candidate"),
      author: code,
    },
  },
  consents: {
    rows: 'candidate_id = ANY($1::uuid[])',
    columns: { kind: code, scope: candidate('marker', 'free text of what was consented to'), recorded_by: code },
  },
  reference_checks: {
    rows: `application_id IN (${APPS})`,
    touch: 'updated_at = $2::timestamptz, version = version + 1',
    columns: {
      referee_name: candidate('marker', "the referee's, erased with the candidate they spoke about"),
      relation: candidate('marker', "the referee's relation to the candidate"),
      contact: candidate('null'),
      outcome: code,
      notes: candidate('null'),
      resolution_note: candidate('null'),
    },
  },
  inquiries: {
    rows: INQUIRIES_OF,
    touch: 'updated_at = $2::timestamptz',
    columns: {
      channel: code,
      from_name: candidate('null'),
      from_email: candidate('null'),
      subject: candidate('null'),
    },
  },
  stages: {
    columns: {
      closed_by: code,
      justification: candidate(
        { step: 'mentions' },
        "about the procedure, but may name candidates: the person's names and e-mail address are replaced by [erased] in the stages of every procedure they applied to",
      ),
    },
  },
  idempotency_keys: {
    columns: {
      actor: code,
      key: { kind: 'code', note: "the client's idempotency key" },
      request_hash: code,
      method: code,
      path: candidate({ step: 'idempotency' }, 'ids only; the row goes with the response'),
      response_headers: candidate({ step: 'idempotency' }),
      response_body: candidate(
        { step: 'idempotency' },
        'a stored response is deleted when it holds the id of any record about the person or one of their personal values (names, e-mail address)',
      ),
    },
  },
  data_subject_requests: { columns: { kind: code } },
  offers: { columns: { salary_scale: { kind: 'code', note: "the procedure's salary scale" }, state: code } },
  appointments: { columns: { decision_reference: { kind: 'organisation', note: "the reference of the client's public appointment decision" } } },

  committee_members: { columns: { name: staff, email: staff, role: code } },
  api_keys: { columns: { name: staff, prefix: code, secret_hash: code, created_by: code } },
  users: { columns: { name: staff, email: staff, email_normalized: staff } },

  clients: { columns: { name: organisation, description: organisation, website: organisation } },
  procedures: {
    columns: {
      reference: organisation,
      title: organisation,
      time_zone: code,
      locations: organisation,
      salary_scale: organisation,
      profile_criteria: organisation,
    },
  },
  milestones: { columns: { key: code, label: organisation } },

  audit_entries: {
    columns: {
      actor: code,
      actor_role: code,
      action: code,
      entity_type: code,
      entity_id: code,
      changes: payload('personal keys are redacted when written ([personal data])'),
      reason: payload('fixed texts or a pointer to where the free text is kept (stage change, interview history, stage)'),
      request_id: code,
    },
  },
  events: { columns: { type: code, entity_type: code, entity_id: code, payload: payload('ids and non-personal facts; personal keys redacted when written') } },
  webhooks: { columns: { url: organisation, event_types: code, secret: code, previous_secret: code, created_snapshot: code } },
  webhook_deliveries: { columns: { status: code, last_error: payload("the receiver's HTTP status or network error; never a payload") } },
  sweep_marks: { columns: { kind: code, subject: code } },
  _prisma_migrations: { columns: { id: code, checksum: code, migration_name: code, logs: code } },
};

/** `location_detail` -> `locationDetail` */
export function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

// Columns whose names are no keys of personal values in payloads (structures, stored responses, content).
const NOT_KEYS = ['history', 'ratings', 'path', 'response_headers', 'response_body', 'storage_key', 'data'];

/**
 * Keys that hold a candidate's personal data wherever they appear in an audit
 * change or an event payload, at any depth: the candidate columns above under
 * their API names, and the API's names for the same values. Their values are
 * written as `[personal data]`; the audit trail is append-only and events go
 * out to webhook receivers, so neither ever holds the value itself.
 */
export const PERSONAL_KEYS: ReadonlySet<string> = new Set([
  ...Object.values(PERSONAL_DATA).flatMap((t) =>
    Object.entries(t.columns)
      .filter(([name, c]) => c.kind === 'candidate' && !NOT_KEYS.includes(name))
      .map(([name]) => camelCase(name)),
  ),
  'justification',
  'fileName',
]);

export const REDACTED = '[personal data]';

/** A copy of `value` with the value of every personal key (at any depth) replaced by `[personal data]`. */
export function redactPersonal<T>(value: T): T {
  const walk = (v: unknown, depth: number): unknown => {
    if (v === null || typeof v !== 'object' || depth > 8) return v;
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, PERSONAL_KEYS.has(k) ? redactValue(x) : walk(x, depth + 1)]));
  };
  return walk(value, 0) as T;
}

function redactValue(x: unknown): unknown {
  if (x === null || x === undefined || x === REDACTED) return x;
  // An audit change `{ from, to }` keeps its shape.
  if (typeof x === 'object' && !Array.isArray(x) && ('from' in x || 'to' in x)) {
    const change = x as { from?: unknown; to?: unknown };
    return {
      ...('from' in change ? { from: change.from === null ? null : REDACTED } : {}),
      ...('to' in change ? { to: change.to === null ? null : REDACTED } : {}),
    };
  }
  return REDACTED;
}

/** The candidate columns of a table that the generic erasure step sets, as `col = value` SQL. */
export function erasureAssignments(table: string): string[] {
  const t = PERSONAL_DATA[table];
  if (!t) return [];
  const out: string[] = [];
  for (const [name, c] of Object.entries(t.columns)) {
    if (c.kind !== 'candidate' || (typeof c.erase === 'object' && 'step' in c.erase)) continue;
    const value = c.erase === 'null' ? 'NULL' : c.erase === 'marker' ? `'[erased]'` : c.erase.sql.replaceAll('{col}', `"${table}"."${name}"`);
    out.push(`"${name}" = ${value}`);
  }
  return out;
}

/** The tables whose candidate columns the generic step erases, in an order that reads candidates last. */
export function genericErasureTables(): string[] {
  return Object.keys(PERSONAL_DATA)
    .filter((t) => PERSONAL_DATA[t]!.rows && erasureAssignments(t).length > 0)
    .sort((a, b) => (a === 'candidates' ? 1 : b === 'candidates' ? -1 : 0));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `text` with every mention of the terms (a person's first name, last name,
 * e-mail address) replaced by `[erased]`: whole words only, any case, longer
 * terms first so that "Anna de Vries" goes as a whole.
 */
export function redactMentions(text: string, terms: ReadonlyArray<string | null | undefined>): string {
  const words = [...new Set(terms.map((t) => t?.trim() ?? '').filter((t) => t.length >= 2))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, '[erased]');
}

/** The stored answer that replaces an Idempotency-Key response which held an erased person's data. */
export const ERASED_RESPONSE = {
  status: 410,
  headers: { 'content-type': 'application/problem+json' },
  body: JSON.stringify({
    type: '/problems/response-erased',
    title: 'Gone',
    status: 410,
    code: 'RESPONSE_ERASED',
    detail: 'The request was carried out, but its stored response held personal data that has since been erased; read the current state instead.',
  }),
};
