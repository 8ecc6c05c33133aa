/**
 * The roles an API key acts in, in the order the contract lists them. The
 * database's `role` enum (prisma/schema.prisma) stores the same values;
 * test/unit/roles.test.ts keeps the two equal.
 */
export const ROLES = ['admin', 'consultant', 'committee', 'scheduler'] as const;
export type Role = (typeof ROLES)[number];

/** The header with which an integration key acts as one of the agency's people (README, "People and acting on behalf"). */
export const ON_BEHALF_HEADER = 'On-Behalf-Of';

/** The roles of the agency's people (users); committee and scheduler keys belong to no person. */
export const USER_ROLES = ['admin', 'consultant'] as const satisfies readonly Role[];
export type UserRole = (typeof USER_ROLES)[number];

// What each agency role may do includes what the next one may: admin above consultant.
const RANK: Partial<Record<Role, number>> = { admin: 2, consultant: 1 };

/**
 * Whether a key of role `keyRole` may act on behalf of a person of role
 * `userRole`: only agency keys, and only for people of the same role or below
 * (a consultant integration key cannot act for an admin).
 */
export function actingRoleAllowed(keyRole: Role, userRole: Role): boolean {
  const key = RANK[keyRole];
  const user = RANK[userRole];
  return key !== undefined && user !== undefined && user <= key;
}
