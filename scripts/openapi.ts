// Writes openapi.yaml from the route schemas; `--check` fails when the
// committed file differs from what the code would write.
import { readFile, writeFile } from 'node:fs/promises';
import { renderOpenApi } from '../src/contract.js';

const file = new URL('../openapi.yaml', import.meta.url);
const rendered = await renderOpenApi();
if (process.argv.includes('--check')) {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== rendered) {
    console.error('openapi.yaml is stale: run `npm run openapi` and commit the result.');
    process.exit(1);
  }
  console.log('openapi.yaml is up to date.');
} else {
  await writeFile(file, rendered);
  console.log('wrote openapi.yaml');
}
