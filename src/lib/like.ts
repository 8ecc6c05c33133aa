/**
 * A search term for Prisma's `contains` (SQL LIKE), where % and _ are
 * wildcards and a backslash escapes: the term is meant literally, so they are escaped.
 */
export function likeTerm(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}
