/**
 * The roles an API key acts in, in the order the contract lists them. The
 * database's `role` enum (prisma/schema.prisma) stores the same values;
 * test/unit/roles.test.ts keeps the two equal.
 */
export const ROLES = ['admin', 'consultant', 'committee', 'scheduler'] as const;
export type Role = (typeof ROLES)[number];
