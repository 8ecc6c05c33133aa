import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildCollection, samplePdfs } from '../../scripts/postman/collection.js';

const read = (file: string) => readFile(new URL(`../../postman/${file}`, import.meta.url));

interface Item {
  name: string;
  item?: Item[];
  event?: Array<{ listen: string; script: { exec: string[] } }>;
  request?: {
    url: { raw: string; query?: Array<{ key: string; value: string; disabled?: boolean }> };
    body?: { mode: string; formdata?: Array<{ type: string; src?: string }>; file?: { src: string } };
  };
}

const requests = (items: Item[]): Item[] => items.flatMap((i) => (i.item ? requests(i.item) : [i]));

describe('the Postman collection', () => {
  it('committed postman/ files are what `npm run postman` generates, byte for byte (run it when this fails)', async () => {
    expect((await read('procedure-tracker.postman_collection.json')).toString('utf8')).toBe(`${JSON.stringify(buildCollection(), null, 2)}\n`);
    for (const [name, pdf] of Object.entries(samplePdfs())) expect((await read(`samples/${name}`)).equals(pdf), name).toBe(true);
  });

  it('generates the same bytes on every run', () => {
    expect(JSON.stringify(buildCollection())).toBe(JSON.stringify(buildCollection()));
    const [a, b] = [samplePdfs(), samplePdfs()];
    for (const name of Object.keys(a)) expect(a[name]!.equals(b[name]!)).toBe(true);
  });

  it('is v2.1 with the variables baseUrl and apiKey only, folders in the order of a procedure', () => {
    const collection = buildCollection();
    expect(collection.info.schema).toBe('https://schema.getpostman.com/json/collection/v2.1.0/collection.json');
    expect(collection.variable.map((v) => v.key)).toEqual(['baseUrl', 'apiKey']);
    expect(collection.item.map((f) => f.name.replace(/^\d+\. /, ''))).toEqual([
      'Clients',
      'Procedure and timeline',
      'Candidates and applications',
      'Selection',
      'Interviews and scorecards',
      'References',
      'Offer and appointment',
      'Deadlines and sweep',
      'Privacy',
      'Webhooks',
    ]);
  });

  it('every request has a test script with an assertion, and no placeholder query parameters', () => {
    const items = requests(buildCollection().item as Item[]);
    expect(items.length).toBeGreaterThan(70);
    for (const item of items) {
      const script = item.event?.find((e) => e.listen === 'test')?.script.exec.join('\n') ?? '';
      expect(script, item.name).toMatch(/pm\.test\(/);
      expect(script, item.name).toMatch(/pm\.(response\.to\.have\.status|expect)\(/);
      for (const q of item.request?.url.query ?? []) {
        expect(q.disabled, `${item.name} ?${q.key}`).toBeUndefined();
        expect(q.value, `${item.name} ?${q.key}`).not.toMatch(/<.*>/);
      }
      expect(item.request?.url.raw, item.name).toMatch(/^\{\{baseUrl\}\}\//);
    }
  });

  it('uploads the sample PDFs that ship with it', async () => {
    const items = requests(buildCollection().item as Item[]);
    const sources = items.flatMap((i) => [
      ...(i.request?.body?.formdata ?? []).filter((f) => f.type === 'file').map((f) => f.src!),
      ...(i.request?.body?.file ? [i.request.body.file.src] : []),
    ]);
    expect(new Set(sources)).toEqual(new Set(['samples/cv.pdf', 'samples/motivation.pdf']));
    for (const source of new Set(sources)) {
      const bytes = await read(source);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBe(1);
    }
  });
});
