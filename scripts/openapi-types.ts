// Writes test/client/api.d.ts (the typed client's types) from openapi.yaml.
import { readFile, writeFile } from 'node:fs/promises';
import { renderClientTypes } from '../test/client/render-types.js';

const target = new URL('../test/client/api.d.ts', import.meta.url);
await writeFile(target, await renderClientTypes(await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8')));
console.log('wrote test/client/api.d.ts');
