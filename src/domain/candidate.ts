/**
 * The fields of a candidate as the agency records them, in the order the API
 * shows them. `source` is how the candidate came in; every other field says
 * something about the person (personal data, see personal-data.ts).
 */
export const CANDIDATE_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'city',
  'currentPosition',
  'currentOrganisation',
  'linkedinUrl',
  'source',
  'notes',
] as const;
export type CandidateField = (typeof CANDIDATE_FIELDS)[number];

/** `fields` without `drop`, in their order. */
export function without<F extends string, D extends F>(fields: readonly F[], ...drop: D[]): Exclude<F, D>[] {
  return fields.filter((f): f is Exclude<F, D> => !(drop as string[]).includes(f));
}

/** Every field but the source says something about the person: audit entries show only that it changed. */
export const CANDIDATE_PERSONAL_FIELDS = without(CANDIDATE_FIELDS, 'source');

/** The person as an application shows them: every field but how they came in and the agency's notes. */
export const CANDIDATE_PROFILE_FIELDS = without(CANDIDATE_FIELDS, 'source', 'notes');
export type CandidateProfileField = (typeof CANDIDATE_PROFILE_FIELDS)[number];

/** `{ field: true }` for each of `fields`: a selection of fields (a query's select, a schema's pick). */
export function fieldMask<F extends string>(fields: readonly F[]): { [K in F]: true } {
  return Object.fromEntries(fields.map((f) => [f, true])) as { [K in F]: true };
}
