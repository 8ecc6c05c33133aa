import type { Db } from '../../db/client.js';
import { isComplete } from '../../domain/documents.js';
import { GATE_MEMBER_STAGES } from '../../domain/gates.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, notFound } from '../../lib/errors.js';
import { overviewAudience, seesContactData, seesOverview, seesProcedure } from '../../domain/visibility.js';
import { visibleApplicationWhere } from '../../db/visibility-where.js';
import { findOverviewProcedure, overviewApplications } from './overview.repository.js';
import type { CommitteeOverview, Overview } from './overview.schemas.js';

const PRESELECTED: readonly string[] = GATE_MEMBER_STAGES.preselection;
const collator = new Intl.Collator('nl', { sensitivity: 'base' });

const SOURCE_WORDS: Record<string, string> = { open_call: 'open call', agency_search: 'agency search', referral: 'referral' };

/**
 * One CSV field (RFC 4180): quoted when it holds a separator, quote or line
 * break. A field that a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return first; OWASP "CSV injection") gets a leading apostrophe:
 * names and organisations come from applicants. A phone number such as
 * "+31 6 12345678" stays as it is.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  const formula = /^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-][\d\s()./-]*$/.test(text));
  if (formula) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvOf(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function createOverviewService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  return {
    /**
     * The candidate overview of docs/procedure.md ("Selection funnel"): every
     * applicant, the preselection marked, each with source, completeness,
     * stage and, for the preselected, the agency's short motivation. A
     * committee key reads it once it was sent, in its own variant.
     */
    async get(actor: Actor, procedureId: string): Promise<Overview | CommitteeOverview> {
      const committee = overviewAudience(actor) === 'committee';
      if (!seesProcedure(actor, procedureId)) throw notFound('Procedure', procedureId);
      const p = await findOverviewProcedure(db, procedureId);
      if (!p) throw notFound('Procedure', procedureId);
      if (!seesOverview(actor, p)) {
        throw new AppError(404, 'NOT_FOUND', 'The candidate overview has not been sent to the committee yet.');
      }
      const rows = await overviewApplications(db, { procedureId, ...visibleApplicationWhere(actor) });
      const sent = p.overviewSentAt !== null;
      const items = rows.map((r) => {
        const preselected = sent ? r.presentedAt !== null : PRESELECTED.includes(r.stage);
        const c = r.candidate;
        return {
          applicationId: r.id,
          preselected,
          candidate: {
            firstName: c.firstName,
            lastName: c.lastName,
            city: c.city,
            currentPosition: c.currentPosition,
            currentOrganisation: c.currentOrganisation,
            ...(seesContactData(actor) ? { email: c.email, phone: c.phone } : {}),
          },
          source: r.source,
          complete: isComplete(r.documents.map((d) => d.kind)),
          stage: r.stage,
          receivedAt: r.receivedAt.toISOString(),
          agencyMotivation: preselected ? r.agencyMotivation : null,
        };
      });
      items.sort(
        (a, b) =>
          Number(b.preselected) - Number(a.preselected) ||
          collator.compare(a.candidate.lastName ?? '', b.candidate.lastName ?? '') ||
          collator.compare(a.candidate.firstName ?? '', b.candidate.firstName ?? ''),
      );
      const count = (f: (i: (typeof items)[number]) => boolean) => items.filter(f).length;
      const base = {
        procedureId: p.id,
        title: p.title,
        reference: p.reference,
        timeZone: p.timeZone,
        generatedAt: clock.now().toISOString(),
        overviewSentAt: p.overviewSentAt ? p.overviewSentAt.toISOString() : null,
        preselection: { count: count((i) => i.preselected), min: p.preselectionMin, max: p.preselectionMax },
        totals: {
          applicants: items.length,
          preselected: count((i) => i.preselected),
          openCall: count((i) => i.source === 'open_call'),
          agencySearch: count((i) => i.source === 'agency_search'),
          referral: count((i) => i.source === 'referral'),
          complete: count((i) => i.complete),
        },
      };
      return committee ? { ...base, audience: 'committee', items } : ({ ...base, audience: 'agency', items } as Overview);
    },

    /** The overview as CSV: a header row, one applicant a line, UTF-8, CRLF, RFC 4180 quoting. */
    toCsv(view: Overview | CommitteeOverview): string {
      const agency = view.audience === 'agency';
      const header = [
        'Preselected',
        'Last name',
        'First name',
        'Source',
        'Complete',
        'Stage',
        'City',
        'Current position',
        'Organisation',
        ...(agency ? ['E-mail', 'Phone'] : []),
        'Received at',
        'Agency motivation',
      ];
      const lines = view.items.map((i) => {
        const contact = i.candidate as { email?: string | null; phone?: string | null };
        return [
          i.preselected,
          i.candidate.lastName,
          i.candidate.firstName,
          SOURCE_WORDS[i.source] ?? i.source,
          i.complete,
          i.stage,
          i.candidate.city,
          i.candidate.currentPosition,
          i.candidate.currentOrganisation,
          ...(agency ? [contact.email, contact.phone] : []),
          i.receivedAt,
          i.agencyMotivation,
        ];
      });
      return csvOf([header, ...lines]);
    },
  };
}

export type OverviewService = ReturnType<typeof createOverviewService>;
