import { describe, expect, it } from 'vitest';
import { firstClosedFolder } from '../../src/db/embedded.js';

const POSTGRES = { uid: 999, gid: 999 };

function tree(folders: Record<string, { mode: number; uid?: number; gid?: number }>) {
  return (p: string) => {
    const f = folders[p];
    return f ? { mode: f.mode, uid: f.uid ?? 0, gid: f.gid ?? 0 } : null;
  };
}

describe('which folder the postgres user cannot enter', () => {
  it("names root's home folder (0700) on the way to a clone inside it", () => {
    const stat = tree({ '/': { mode: 0o755 }, '/root': { mode: 0o700 }, '/root/app': { mode: 0o755 } });
    expect(firstClosedFolder('/root/app/.data', POSTGRES, stat)).toBe('/root');
  });

  it('lets the owner in through the owner bits, and the group through the group bits', () => {
    const stat = tree({
      '/': { mode: 0o755 },
      '/srv': { mode: 0o750, gid: 999 },
      '/srv/pg': { mode: 0o700, uid: 999 },
    });
    expect(firstClosedFolder('/srv/pg', POSTGRES, stat)).toBeNull();
    expect(firstClosedFolder('/srv/pg', { uid: 1000, gid: 1000 }, stat)).toBe('/srv');
  });

  it('counts a user that does not exist yet as "others", and stops at folders not created yet', () => {
    const stat = tree({ '/': { mode: 0o755 }, '/work': { mode: 0o751 } });
    expect(firstClosedFolder('/work/app/.data/postgres', null, stat)).toBeNull();
    expect(firstClosedFolder('/work', null, tree({ '/': { mode: 0o755 }, '/work': { mode: 0o750 } }))).toBe('/work');
  });
});
