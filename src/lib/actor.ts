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
  /**
   * The person the request is made as: the user the key belongs to, or the
   * user named by `On-Behalf-Of` (then `onBehalf`). Recorded with the key on
   * audit entries, events and stage changes.
   */
  userId?: string | null;
  onBehalf?: boolean;
}

export const AGENCY_ROLES: Role[] = ['admin', 'consultant'];
