// The service as JavaScript in dist/, for `npm start`: the files of
// tsconfig.build.json (the service, the generated Prisma client and the
// operator scripts), each compiled on its own by esbuild, the compiler tsx
// runs, so the code is what `npm run dev` runs. Types are not checked
// (`npm run typecheck` and `npm run build` do that). Node then runs plain
// JavaScript, without tsx's loader: less memory and less CPU a request
// (docs/performance.md, "Started from JavaScript").
//
// Only files whose output changed are written, each by a rename: a service
// already running from dist/ (tests start several at once) never reads a
// half-written module. A module whose source is gone is deleted, so that
// nothing still imports it unnoticed.
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';

const CONFIG = 'tsconfig.build.json';

const parsed = ts.getParsedCommandLineOfConfigFile(
  CONFIG,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
);
if (!parsed) throw new Error(`could not read ${CONFIG}`);
if (parsed.errors.length > 0) throw new Error(parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
const outdir = path.resolve(parsed.options.outDir ?? 'dist');

const result = await build({
  entryPoints: parsed.fileNames.filter((f) => !f.endsWith('.d.ts')),
  outbase: '.',
  outdir,
  tsconfig: CONFIG,
  platform: 'node',
  // As tsx compiles for the Node.js that runs it.
  target: `node${process.versions.node}`,
  format: 'esm',
  sourcemap: 'linked',
  logLevel: 'warning',
  write: false,
});

let written = 0;
for (const file of result.outputFiles) {
  if (existsSync(file.path) && Buffer.compare(readFileSync(file.path), file.contents) === 0) continue;
  mkdirSync(path.dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
  written++;
}

// Modules (and their maps) in the folders the build writes to that it no longer makes.
const made = new Set(result.outputFiles.map((f) => f.path));
const folders = new Set(result.outputFiles.map((f) => path.join(outdir, path.relative(outdir, f.path).split(path.sep)[0])));
let removed = 0;
for (const folder of folders) {
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && /\.js(\.map)?$/.test(entry.name) && !made.has(file)) {
      rmSync(file, { force: true });
      removed++;
    }
  }
}
if (written + removed > 0) {
  process.stderr.write(
    `transpiled ${written} of ${result.outputFiles.length} files to ${path.relative('.', outdir) || '.'}/${removed ? `; removed ${removed} whose source is gone` : ''}\n`,
  );
}
