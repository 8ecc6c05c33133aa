import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The modules of src/modules stand side by side: each is entered through its
 * index.ts only (eslint.config.js enforces that per import), and no chain of
 * imports leads from a module back to itself (this file). See
 * docs/architecture.md.
 */
const MODULES_DIR = fileURLToPath(new URL('../../src/modules/', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : Promise.resolve(e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []))),
  );
  return nested.flat();
}

const moduleOf = (file: string) => path.relative(MODULES_DIR, file).split(path.sep)[0]!;

/** module → the other modules it imports from. */
async function moduleGraph(): Promise<Map<string, Set<string>>> {
  const graph = new Map<string, Set<string>>();
  for (const file of await sourceFiles(MODULES_DIR)) {
    const from = moduleOf(file);
    if (from.endsWith('.ts')) continue; // src/modules/index.ts lists the modules; it belongs to none
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const target = path.resolve(path.dirname(file), match[1]!);
      if (!target.startsWith(MODULES_DIR)) continue;
      const to = moduleOf(target);
      if (to !== from && !to.endsWith('.js')) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle's modules, as found by a depth-first walk. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const walk = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) walk(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) walk(node);
  return found;
}

describe('module boundaries', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('no module imports, directly or through others, from itself', async () => {
    const graph = await moduleGraph();
    expect(graph.size).toBeGreaterThan(10);
    expect(cycles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('every module has a public surface, index.ts', async () => {
    const graph = await moduleGraph();
    const files = await sourceFiles(MODULES_DIR);
    const missing = [...graph.keys()].filter((m) => !files.includes(path.join(MODULES_DIR, m, 'index.ts')));
    expect(missing).toEqual([]);
  });
});
