import { REFERENCE_TIMELINE } from '../src/domain/timeline.js';

/** The reference procedure (docs/procedure.md) as API input. */
export const ipoClient = {
  name: 'Interprovinciaal Overleg (IPO)',
  description: 'Association of the twelve Dutch provinces; BIJ12 is its implementing organisation.',
  website: 'https://www.ipo.nl',
};

export const ipoProcedure = {
  title: 'Plaatsvervangend Algemeen Directeur IPO, tevens Directeur BIJ12',
  reference: 'IPO-BIJ12-2025',
  timeZone: 'Europe/Amsterdam',
  hoursPerWeek: 36,
  permanent: true,
  locations: ['Den Haag', 'Utrecht'],
  salary: {
    scale: '17',
    ikbPercentage: '21.82',
    bounds: [
      { validFrom: '2025-01-01', minMonthly: '7943.51', maxMonthly: '11273.01' },
      // CAO provincies: +1.5 % on 1 January 2026, rounded to cents.
      { validFrom: '2026-01-01', minMonthly: '8062.66', maxMonthly: '11442.11' },
    ],
  },
  profile: [
    { key: 'academic', name: 'Academic level of work and thinking' },
    {
      key: 'leadership-execution',
      name: 'Leading execution organisations strategically and in business operations in a political-administrative environment',
    },
    { key: 'change', name: 'Experience with complex organisational questions and change' },
    { key: 'processes', name: 'Experience improving business processes' },
    { key: 'leadership-style', name: 'Strategic, decisive and connecting leadership' },
  ],
  stageBounds: { preselection: { min: 4, max: 6 }, shortlist: { min: 3, max: 4 }, nomination: { max: 1 as const } },
};

/** The corrected timeline (the published one dated two milestones in 2025). */
export const ipoTimeline = { ...REFERENCE_TIMELINE };
