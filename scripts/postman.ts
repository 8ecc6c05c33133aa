// Writes postman/procedure-tracker.postman_collection.json (Postman v2.1) and
// the sample PDFs its uploads send (postman/samples/*.pdf). The collection is
// the reference procedure (src/domain/reference-procedure.ts) walked through the API in
// order, each request storing the ids and ETags the next ones use. Same bytes
// on every run: test/unit/postman-collection.test.ts fails when the committed
// files are stale.
//
//   npm run postman            write the files
//   npm run postman -- --check exit 1 when the committed files differ
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildCollection, samplePdfs } from './postman/collection.js';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');

const outputs: Array<[string, Buffer]> = [
  ['postman/procedure-tracker.postman_collection.json', Buffer.from(`${JSON.stringify(buildCollection(), null, 2)}\n`)],
  ...Object.entries(samplePdfs()).map(([name, pdf]): [string, Buffer] => [`postman/samples/${name}`, pdf]),
];

let stale = 0;
for (const [relative, bytes] of outputs) {
  const file = new URL(relative, root);
  if (check) {
    const current = await readFile(file).catch(() => null);
    if (!current || !current.equals(bytes)) {
      stale += 1;
      console.error(`${relative} is stale: run npm run postman`);
    }
    continue;
  }
  await mkdir(new URL('.', file), { recursive: true });
  await writeFile(file, bytes);
  console.log(`wrote ${fileURLToPath(file).slice(fileURLToPath(root).length)}`);
}
if (stale > 0) process.exit(1);
