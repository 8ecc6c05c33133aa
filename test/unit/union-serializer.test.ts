import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import fastJson from 'fast-json-stringify';
import { nullableAsTypeList, responseSerializerCompiler, unionByShape } from '../../src/plugins/serializer.js';
import { application, applicationList } from '../../src/modules/applications/applications.schemas.js';
import { committeeApplication, committeeApplicationList, committeeApplicationSummary } from '../../src/modules/applications/committee-views.js';

type Serialize = (data: unknown) => string;
const compile = (schema: z.ZodType) => (responseSerializerCompiler as unknown as (route: { schema: z.ZodType }) => Serialize)({ schema });

// Two views of one thing, as the agency's and a committee's answers are:
// the agency view names the candidate's e-mail address, the committee view
// says whether the candidate was preselected.
const agencyItem = z.object({ id: z.uuid(), name: z.string(), email: z.string() });
const committeeItem = z.object({ id: z.uuid(), name: z.string(), preselected: z.boolean() });
const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
const id = '0b7a7d2e-6a55-4c62-9a0a-4a1b7c3e9d11';
const agency = { id, name: 'Bram', email: 'bram@example.org' };
const committee = { id, name: 'Bram', preselected: true };

describe('union answers (src/plugins/serializer.ts)', () => {
  it('serializes each view by its own branch, as the whole union would', () => {
    const serialize = compile(z.union([agencyItem, committeeItem]));
    expect(JSON.parse(serialize(agency))).toEqual(agency);
    expect(JSON.parse(serialize(committee))).toEqual(committee);
    // The other branch's order of preference does not matter: the answer's keys decide.
    const reversed = compile(z.union([committeeItem, agencyItem]));
    expect(JSON.parse(reversed(agency))).toEqual(agency);
    expect(JSON.parse(reversed(committee))).toEqual(committee);
  });

  it('tells the views of a page by its first item, and an empty page still serializes', () => {
    const serialize = compile(z.union([page(agencyItem), page(committeeItem)]));
    const agencyPage = { items: [agency, { ...agency, name: 'Anna' }], nextCursor: 'c' };
    const committeePage = { items: [committee, { ...committee, preselected: false }], nextCursor: null };
    expect(JSON.parse(serialize(agencyPage))).toEqual(agencyPage);
    expect(JSON.parse(serialize(committeePage))).toEqual(committeePage);
    expect(JSON.parse(serialize({ items: [], nextCursor: null }))).toEqual({ items: [], nextCursor: null });
  });

  it('validates the answer against the whole union only when its keys do not tell the branch', () => {
    const schema = z.toJSONSchema(z.union([page(agencyItem), page(committeeItem)]), { io: 'output', target: 'draft-7' });
    const asked: unknown[] = [];
    const serialize = unionByShape(schema as never, (data) => {
      asked.push(data);
      return 'whole';
    })!;
    expect(serialize({ items: [agency], nextCursor: null })).not.toBe('whole');
    expect(serialize({ items: [committee], nextCursor: null })).not.toBe('whole');
    expect(asked).toEqual([]);
    const empty = { items: [], nextCursor: null };
    expect(serialize(empty)).toBe('whole');
    expect(asked).toEqual([empty]);
    // Not a union of objects: nothing to tell apart.
    expect(unionByShape(z.toJSONSchema(z.union([z.string(), z.number()])) as never, () => '')).toBeNull();
  });

  it('leaves an answer that fits no branch exactly to the whole union', () => {
    const union = z.union([agencyItem, committeeItem]);
    const serialize = compile(union);
    // A stray key: not taken for the committee view it nearly is; the whole
    // union refuses it (its branches declare no other keys), as before.
    expect(() => serialize({ ...committee, secret: 'x' })).toThrow(/does not match schema/);
    // Both views' keys at once: neither branch declares them all.
    expect(() => serialize({ ...agency, preselected: true })).toThrow(/does not match schema/);
  });

  it('gives the answers of the application routes byte for byte as the whole union does', async () => {
    const fastJson = (await import('fast-json-stringify')).default;
    const whole = (schema: z.ZodType) =>
      fastJson(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'throw', target: 'draft-7' }) as Parameters<typeof fastJson>[0]);
    const summary = {
      id,
      procedureId: id,
      candidate: { id, firstName: 'Bram', lastName: 'de Vries', email: 'bram@example.org' },
      source: 'open_call',
      stage: 'applied',
      receivedAt: '2026-10-31T00:40:16.783Z',
      stageEnteredAt: '2026-10-31T00:40:16.783Z',
      completedAt: null,
      complete: false,
      missingDocuments: ['cv'],
      documentsPresent: { motivation: true, cv: false },
      createdAt: '2026-10-31T00:40:16.783Z',
      updatedAt: '2026-10-31T00:40:16.783Z',
    };
    const committeeSummary = {
      id,
      procedureId: id,
      candidate: { id, firstName: 'Bram', lastName: 'de Vries', city: 'Utrecht', currentPosition: null, currentOrganisation: null },
      source: 'open_call',
      stage: 'preselected',
      preselected: true,
      complete: true,
      receivedAt: '2026-10-31T00:40:16.783Z',
    };
    expect(committeeApplicationSummary.safeParse(committeeSummary).success).toBe(true);
    const pages = z.union([applicationList, committeeApplicationList]);
    for (const answer of [
      { items: [summary, { ...summary, stage: 'preselected' }], nextCursor: 'abc' },
      { items: [committeeSummary], nextCursor: null },
      { items: [], nextCursor: null },
    ]) {
      expect(pages.safeParse(answer).success).toBe(true);
      expect(compile(pages)(answer)).toBe(whole(pages)(answer));
    }
    const one = z.union([application, committeeApplication, committeeApplicationSummary]);
    expect(compile(one)(committeeSummary)).toBe(whole(one)(committeeSummary));
    expect(JSON.parse(compile(one)(committeeSummary))).toEqual(committeeSummary);
  });
});

describe('nullable fields of an answer (nullableAsTypeList)', () => {
  const document = z.object({ id: z.uuid(), fileName: z.string(), uploadedByUserId: z.uuid().nullable() }).meta({ id: 'Doc' });
  const view = z.object({ id: z.uuid(), cv: document.nullable(), motivation: document.nullable(), reviewer: z.object({ name: z.string() }).nullable() });
  const serialize = compile(view);
  const doc = { id, fileName: 'cv.pdf', uploadedByUserId: id };

  it('serializes a nullable object, $ref and uuid both when null and when set', () => {
    const answer = { id, cv: doc, motivation: null, reviewer: { name: 'Anna' } };
    expect(JSON.parse(serialize(answer))).toEqual(answer);
    const empty = { id, cv: { ...doc, uploadedByUserId: null }, motivation: null, reviewer: null };
    expect(JSON.parse(serialize(empty))).toEqual(empty);
  });

  it('still writes only the declared fields of a nullable object', () => {
    const leaky = { id, cv: { ...doc, storageKey: 'secret/path', email: 'x@example.org' }, motivation: null, reviewer: { name: 'Anna', phone: '+31' } };
    expect(JSON.parse(serialize(leaky))).toEqual({ id, cv: doc, motivation: null, reviewer: { name: 'Anna' } });
  });

  it('writes "this or null" as a list of types that fast-json-stringify compiles, and leaves any other anyOf alone', () => {
    const toJson = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'output', target: 'draft-7' }) as Parameters<typeof nullableAsTypeList>[0];
    const rewritten = nullableAsTypeList(toJson(view)) as { properties: Record<string, { type?: unknown; anyOf?: unknown }> };
    for (const name of ['cv', 'motivation', 'reviewer']) {
      expect(rewritten.properties[name]!.type, name).toEqual(['object', 'null']);
      expect(rewritten.properties[name]!.anyOf, name).toBeUndefined();
    }
    expect(() => fastJson(rewritten as Parameters<typeof fastJson>[0])).not.toThrow();
    const either = toJson(z.object({ value: z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]) }));
    expect(nullableAsTypeList(either)).toEqual(either);
  });

  it('copies a nullable $ref into itself only once (a list whose next item may be null)', () => {
    interface Node {
      value: string;
      left: Node | null;
      right: Node | null;
    }
    const node: z.ZodType<Node> = z.lazy(() => z.object({ value: z.string(), left: node.nullable(), right: node.nullable() })).meta({ id: 'Node' });
    const schema = z.toJSONSchema(z.object({ root: node.nullable() }), { io: 'output', target: 'draft-7' }) as Parameters<typeof nullableAsTypeList>[0];
    const rewritten = nullableAsTypeList(schema);
    expect(JSON.stringify(rewritten).length).toBeLessThan(4 * JSON.stringify(schema).length);
    const tree = { root: { value: 'a', left: { value: 'b', left: null, right: null }, right: null } };
    expect(JSON.parse(fastJson(rewritten as Parameters<typeof fastJson>[0])(tree))).toEqual(tree);
  });
});
