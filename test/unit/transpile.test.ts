import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/**
 * scripts/transpile.mjs, the step of `npm start` that compiles the service to
 * dist/, run on a copy of the project's sources (the files tsconfig.build.json
 * names), so the test sees every file it writes.
 */
describe('npm start compiles the service to dist/ (scripts/transpile.mjs)', () => {
  let copy: string;
  const transpile = () => run(process.execPath, [path.join(root, 'scripts/transpile.mjs')], { cwd: copy });
  const mtimes = () => new Map(filesUnder(path.join(copy, 'dist')).map((f) => [f, statSync(path.join(copy, 'dist', f)).mtimeMs]));

  beforeAll(() => {
    copy = mkdtempSync(path.join(tmpdir(), 'transpile-'));
    for (const entry of ['src', 'scripts/lib', 'scripts/sweep.ts', 'scripts/migrate.ts', 'scripts/keys-create.ts', 'tsconfig.json', 'tsconfig.build.json']) {
      cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('writes a module for every TypeScript file of the build, also when several starts run it at once, which Node runs without tsx', async () => {
    // Three at once on a fresh copy, as tests start services: each exits 0.
    const runs = await Promise.all([transpile(), transpile(), transpile()]);
    expect(runs.some((r) => /^transpiled \d+ of \d+ files to /.test(r.stderr))).toBe(true);
    for (const folder of ['src', 'scripts']) {
      const sources = filesUnder(path.join(copy, folder)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
      expect(sources.length).toBeGreaterThan(folder === 'src' ? 50 : 3);
      const built = new Set(filesUnder(path.join(copy, 'dist', folder)));
      expect(sources.filter((f) => !built.has(f.replace(/\.ts$/, '.js')))).toEqual([]);
    }
    expect(filesUnder(path.join(copy, 'dist')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(path.join(copy, 'dist/src/server.js.map'))).toBe(true);
    // The whole app, with its imports (the generated Prisma client among them), loaded by plain Node.
    const probe = `const m = await import(${JSON.stringify(pathToFileURL(path.join(copy, 'dist/src/app.js')).href)}); console.log(typeof m.buildApp);`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probe], { cwd: copy });
    expect(stdout.trim()).toBe('function');
  });

  it('rewrites nothing when the sources are unchanged, and only the changed module when one changes', async () => {
    const before = mtimes();
    await new Promise((r) => setTimeout(r, 20));
    const again = await transpile();
    expect(again.stderr).toBe('');
    expect(mtimes()).toEqual(before);

    appendFileSync(path.join(copy, 'src/domain/working-days.ts'), '\nexport const transpileProbe = 1;\n');
    const changed = await transpile();
    expect(changed.stderr).toMatch(/^transpiled 2 of \d+ files/);
    const after = mtimes();
    const rewritten = [...after].filter(([f, t]) => before.get(f) !== t).map(([f]) => f);
    expect(rewritten.sort()).toEqual(['src/domain/working-days.js', 'src/domain/working-days.js.map']);
  });

  it('deletes the module of a source that is gone, so nothing imports it unnoticed', async () => {
    writeFileSync(path.join(copy, 'src/domain/obsolete.ts'), 'export const obsolete = 1;\n');
    await transpile();
    expect(existsSync(path.join(copy, 'dist/src/domain/obsolete.js'))).toBe(true);
    rmSync(path.join(copy, 'src/domain/obsolete.ts'));
    const { stderr } = await transpile();
    expect(stderr).toMatch(/removed 2 whose source is gone/);
    expect(existsSync(path.join(copy, 'dist/src/domain/obsolete.js'))).toBe(false);
    expect(existsSync(path.join(copy, 'dist/src/domain/obsolete.js.map'))).toBe(false);
    expect(existsSync(path.join(copy, 'dist/src/domain/working-days.js'))).toBe(true);
  });
});
