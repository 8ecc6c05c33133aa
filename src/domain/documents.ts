/** The documents of an application: the motivation letter and the curriculum vitae, one PDF each. */
export const DOCUMENT_KINDS = ['motivation', 'cv'] as const;
export type DocumentKindName = (typeof DOCUMENT_KINDS)[number];

/** The kinds of document not among `kinds`, in the order of DOCUMENT_KINDS. */
export function missingDocuments(kinds: Iterable<string>): DocumentKindName[] {
  const present = new Set(kinds);
  return DOCUMENT_KINDS.filter((k) => !present.has(k));
}

/** An application is complete once it has a document of every kind (both PDFs). */
export function isComplete(kinds: Iterable<string>): boolean {
  return missingDocuments(kinds).length === 0;
}
