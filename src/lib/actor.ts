import type { Role } from '../domain/roles.js';

export type { Role };

/** Who is calling: an API key with its role and, for committee keys, its scope. */
export interface Actor {
  /** `key:<uuid>` for stored keys, `env:ADMIN_API_KEY` for the bootstrap key. */
  id: string;
  keyId: string | null;
  role: Role;
  procedureId: string | null;
  memberId: string | null;
  requestId: string;
}

export const AGENCY_ROLES: Role[] = ['admin', 'consultant'];
