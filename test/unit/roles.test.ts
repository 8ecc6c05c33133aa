import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/domain/roles.js';
import { Role } from '../../src/generated/prisma/enums.js';

describe('roles', () => {
  it('are the values of the database enum', () => {
    expect([...ROLES].sort()).toEqual(Object.values(Role).sort());
  });
});
