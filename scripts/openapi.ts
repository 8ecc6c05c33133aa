// Writes openapi.yaml and README's role table from the routes; `--check`
// fails when the committed files differ from what the code would write.
import { readFile, writeFile } from 'node:fs/promises';
import { renderContract, withRoleTable } from '../src/contract.js';

const file = new URL('../openapi.yaml', import.meta.url);
const readmeFile = new URL('../README.md', import.meta.url);
const { openapi, roleTable } = await renderContract();
const readme = await readFile(readmeFile, 'utf8');
const readmeRendered = withRoleTable(readme, roleTable);
if (process.argv.includes('--check')) {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== openapi || readme !== readmeRendered) {
    console.error("openapi.yaml or README.md's role table is stale: run `npm run openapi` and commit the result.");
    process.exit(1);
  }
  console.log('openapi.yaml and the role table are up to date.');
} else {
  await writeFile(file, openapi);
  await writeFile(readmeFile, readmeRendered);
  console.log("wrote openapi.yaml and README.md's role table");
}
