/**
 * The shape every pure rule check of src/domain returns, so that services can
 * turn a refusal into an AppError (409/422) without knowing the rule.
 */

/** One broken rule: a stable code and a sentence a consultant understands. */
export interface RuleFailure {
  code: string;
  message: string;
  /** The input the failure is about, when there is one (e.g. `reason`, `panel.2`). */
  path?: string;
}

/** A single-verdict check (the first broken rule decides). */
export type RuleCheck = { ok: true } | ({ ok: false } & RuleFailure);

/** A check that lists every broken rule at once. */
export type RuleChecks<Extra extends object = object> = ({ ok: true } & Extra) | { ok: false; failures: RuleFailure[] };

export const OK = { ok: true } as const;

export function fail(code: string, message: string, path?: string): { ok: false } & RuleFailure {
  return path === undefined ? { ok: false, code, message } : { ok: false, code, message, path };
}

/** "7 January 2026, 00:00 (Europe/Amsterdam)": an instant as a consultant reads it. */
export function describeInstant(instant: Date, zone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return `${text.replace(' at ', ', ')} (${zone})`;
}

/** "1 February 2026" for a `YYYY-MM-DD` date. */
export function describeDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y!, m! - 1, d)));
}

/** Joins failure messages into one sentence for a problem's `detail`. */
export function summarise(failures: readonly RuleFailure[]): string {
  return failures.map((f) => f.message.replace(/\.$/, '')).join('; ') + '.';
}
