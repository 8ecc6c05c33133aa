// Writes postman/procedure-tracker.postman_collection.json from openapi.yaml,
// with the base URL and the API key as collection variables.
import { readFile, writeFile } from 'node:fs/promises';
import Converter from 'openapi-to-postmanv2';

const spec = await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8');

type Collection = {
  info: Record<string, unknown>;
  auth?: unknown;
  variable?: Array<{ key: string; value: string; type?: string }>;
  item: unknown[];
};

const collection = await new Promise<Collection>((resolve, reject) => {
  Converter.convert(
    { type: 'string', data: spec },
    { folderStrategy: 'Tags', parametersResolution: 'Example', includeAuthInfoInExample: false },
    (error, result) => {
      if (error) return reject(error);
      const output = result?.output?.[0];
      if (!result?.result || !output) return reject(new Error(result?.reason ?? 'conversion failed'));
      resolve(output.data as unknown as Collection);
    },
  );
});

// One place to paste the key: every request inherits the collection's auth.
collection.auth = { type: 'bearer', bearer: [{ key: 'token', value: '{{apiKey}}', type: 'string' }] };
collection.variable = [
  { key: 'baseUrl', value: 'http://localhost:3000', type: 'string' },
  { key: 'apiKey', value: '', type: 'string' },
];
// Drop the converter's volatile ids so that regenerating gives the same file.
const stable = JSON.parse(JSON.stringify(collection, (key, value) => (key === 'id' || key === '_postman_id' ? undefined : value)));
await writeFile(new URL('../postman/procedure-tracker.postman_collection.json', import.meta.url), `${JSON.stringify(stable, null, 2)}\n`);
console.log('wrote postman/procedure-tracker.postman_collection.json');
