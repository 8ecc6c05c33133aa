import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
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

  it('writes a module for every TypeScript file of the build, which Node runs without tsx', async () => {
    const { stderr } = await transpile();
    const sources = filesUnder(path.join(copy, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    expect(sources.length).toBeGreaterThan(50);
    const built = new Set(filesUnder(path.join(copy, 'dist', 'src')));
    expect(sources.filter((f) => !built.has(f.replace(/\.ts$/, '.js')))).toEqual([]);
    expect(built.has('server.js.map')).toBe(true);
    expect(stderr).toMatch(/^transpiled \d+ of \d+ files to /);
    // A module of the service, with its imports, loaded by plain Node.
    const probe = `const m = await import(${JSON.stringify(pathToFileURL(path.join(copy, 'dist/src/domain/working-days.js')).href)}); console.log(Object.keys(m).length > 0);`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probe], { cwd: copy });
    expect(stdout.trim()).toBe('true');
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
});
