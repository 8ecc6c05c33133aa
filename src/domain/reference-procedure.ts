import { REFERENCE_TIMELINE, type Timeline } from './timeline.js';

/**
 * The reference vacancy of docs/procedure.md ("The reference vacancy",
 * "Timeline") as data: the client, the position and its terms, the timeline
 * as published and as corrected, and a selection committee. One home for the
 * contract's examples, `npm run demo`, the Postman collection and the tests.
 * These are facts of one procedure, never defaults of the service.
 */

export const REFERENCE_CLIENT = Object.freeze({
  name: 'Interprovinciaal Overleg (IPO)',
  description: 'Association of the twelve Dutch provinces; BIJ12 is its implementing organisation.',
  website: 'https://www.ipo.nl',
});

/** Salary scale 17 and its bounds: CAO provincies, +1.5 % on 1 January 2026, rounded to cents (docs/procedure.md, "The position"). */
export const REFERENCE_SALARY = Object.freeze({
  scale: '17',
  ikbPercentage: '21.82',
  bounds: [
    { validFrom: '2025-01-01', minMonthly: '7943.51', maxMonthly: '11273.01' },
    { validFrom: '2026-01-01', minMonthly: '8062.66', maxMonthly: '11442.11' },
  ],
});

/** The candidate profile, which becomes the criteria of the interview scorecards. */
export const REFERENCE_PROFILE = [
  { key: 'academic', name: 'Academic level of work and thinking' },
  {
    key: 'leadership-execution',
    name: 'Leading execution organisations strategically and in business operations in a political-administrative environment',
  },
  { key: 'change', name: 'Experience with complex organisational questions and change' },
  { key: 'processes', name: 'Experience improving business processes' },
  { key: 'leadership-style', name: 'Strategic, decisive and connecting leadership' },
] as const;

/** The procedure as API input (POST /v1/procedures without its clientId). */
export const REFERENCE_PROCEDURE = {
  title: 'Plaatsvervangend Algemeen Directeur IPO, tevens Directeur BIJ12',
  reference: 'IPO-BIJ12-2025',
  timeZone: 'Europe/Amsterdam',
  hoursPerWeek: 36,
  permanent: true,
  locations: ['Den Haag', 'Utrecht'],
  salary: { ...REFERENCE_SALARY, bounds: REFERENCE_SALARY.bounds.map((b) => ({ ...b })) },
  profile: REFERENCE_PROFILE.map((c) => ({ ...c })),
  stageBounds: { preselection: { min: 4, max: 6 }, shortlist: { min: 3, max: 4 }, nomination: { max: 1 as const } },
};

/** The corrected timeline (docs/procedure.md, "normalised" column). */
export { REFERENCE_TIMELINE };

/** The timeline as published, with two milestones (the preselection and the overview) dated in 2025: the API must refuse it (rule 1). */
export const PUBLISHED_TIMELINE: Readonly<Timeline> = Object.freeze({
  ...REFERENCE_TIMELINE,
  preselectionStart: '2025-01-08',
  preselectionEnd: '2025-01-12',
  overviewDue: '2025-01-14',
});

/** The selection committee (names invented; e-mail addresses on example.org, RFC 2606). */
export const REFERENCE_COMMITTEE: ReadonlyArray<{ name: string; email: string | null; role: 'chair' | 'member' | 'adviser' }> = [
  { name: 'Anna de Boer', email: 'a.deboer@example.org', role: 'chair' },
  { name: 'Pieter Jansen', email: 'p.jansen@example.org', role: 'member' },
  { name: 'Sanne Visser', email: null, role: 'adviser' },
];
