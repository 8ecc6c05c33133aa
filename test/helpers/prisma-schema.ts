/**
 * A small reader for the subset of the Prisma schema language that
 * prisma/schema.prisma uses, and the PostgreSQL schema Prisma Migrate would
 * create for it. Prisma's own schema engine cannot run here, so the schema
 * test (test/integration/schema.test.ts) compares a migrated database with
 * what this file derives. Anything outside the subset throws instead of being
 * skipped, so a schema change the reader does not understand fails loudly.
 */
import type { DbColumn, DbForeignKey, DbIndex, DbSchema, DbTable } from './db-schema.js';

export type PrismaValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'ident'; name: string }
  | { kind: 'array'; items: PrismaValue[] }
  | { kind: 'call'; name: string; args: PrismaArg[] };

export interface PrismaArg {
  name?: string;
  value: PrismaValue;
}

export interface PrismaAttribute {
  /** Without the at-signs: `id`, `map`, `db.Timestamptz`, `relation`. */
  name: string;
  args: PrismaArg[];
}

export interface PrismaField {
  name: string;
  type: string;
  list: boolean;
  optional: boolean;
  attributes: PrismaAttribute[];
}

export interface PrismaModel {
  name: string;
  fields: PrismaField[];
  /** Block attributes (`@@id`, `@@unique`, `@@index`, `@@map`). */
  attributes: PrismaAttribute[];
}

export interface PrismaEnum {
  name: string;
  values: { name: string; dbName: string }[];
  attributes: PrismaAttribute[];
}

export interface PrismaSchema {
  models: PrismaModel[];
  enums: PrismaEnum[];
}

export class PrismaSchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrismaSchemaError';
  }
}

const SCALARS = new Set(['String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Json', 'Bytes']);

// ---------------------------------------------------------------------------
// Lexical helpers: everything below is string-aware, so `@default("{}")` or a
// `//` inside a string literal does not confuse the block or comment scanner.

function stripComments(src: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += src[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      out += '\n';
    } else {
      out += c;
    }
  }
  return out;
}

/** Splits `text` at `separator` characters that are outside strings and brackets. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      current += c;
      if (c === '\\') current += text[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    if (c === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (depth !== 0 || inString) throw new PrismaSchemaError(`Unbalanced brackets or quotes in: ${text.trim()}`);
  parts.push(current);
  return parts;
}

/** Index just past the bracket that closes the one at `open`. */
function closingIndex(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new PrismaSchemaError(`No closing bracket for: ${text.slice(open, open + 40)}…`);
}

function parseValue(raw: string): PrismaValue {
  const text = raw.trim();
  if (text.startsWith('"')) return { kind: 'string', value: JSON.parse(text) as string };
  if (text.startsWith('[')) {
    const inner = text.slice(1, -1).trim();
    return { kind: 'array', items: inner === '' ? [] : splitTopLevel(inner, ',').map(parseValue) };
  }
  if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: 'number', value: Number(text) };
  const call = /^([A-Za-z_][\w.]*)\s*\(([\s\S]*)\)$/.exec(text);
  if (call) return { kind: 'call', name: call[1]!, args: parseArgs(call[2]!) };
  if (/^[A-Za-z_][\w.]*$/.test(text)) return { kind: 'ident', name: text };
  throw new PrismaSchemaError(`Cannot read the value: ${text}`);
}

function parseArgs(text: string): PrismaArg[] {
  if (text.trim() === '') return [];
  return splitTopLevel(text, ',').map((part) => {
    const named = /^\s*([A-Za-z_]\w*)\s*:([\s\S]*)$/.exec(part);
    return named ? { name: named[1]!, value: parseValue(named[2]!) } : { value: parseValue(part) };
  });
}

/** Reads `@a @b(...) @@c(...)` into attributes; `prefix` is `@` or `@@`. */
function parseAttributes(text: string, prefix: '@' | '@@', where: string): PrismaAttribute[] {
  const attributes: PrismaAttribute[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    const head = new RegExp(`^${prefix}([A-Za-z_][\\w.]*)`).exec(text.slice(i));
    if (!head || (prefix === '@' && text[i + 1] === '@')) {
      throw new PrismaSchemaError(`${where}: cannot read "${text.slice(i).trim()}"`);
    }
    i += head[0].length;
    let args: PrismaArg[] = [];
    let j = i;
    while (j < text.length && /[ \t]/.test(text[j]!)) j++;
    if (text[j] === '(') {
      const end = closingIndex(text, j);
      args = parseArgs(text.slice(j + 1, end - 1));
      i = end;
    }
    attributes.push({ name: head[1]!, args });
  }
  return attributes;
}

/** Lines of a block body; a line continues while brackets are open. */
function logicalLines(body: string): string[] {
  return splitTopLevel(body, '\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// ---------------------------------------------------------------------------

export function parsePrismaSchema(source: string): PrismaSchema {
  const src = stripComments(source);
  const schema: PrismaSchema = { models: [], enums: [] };
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ws = /^\s+/.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    const head = /^(\w+)\s+(\w+)\s*\{/.exec(rest);
    if (!head) throw new PrismaSchemaError(`Unexpected text at top level: ${rest.slice(0, 40)}…`);
    const open = i + head[0].length - 1;
    const end = closingIndex(src, open);
    const body = src.slice(open + 1, end - 1);
    const [, keyword, name] = head as unknown as [string, string, string];
    i = end;
    if (keyword === 'generator' || keyword === 'datasource') continue;
    if (keyword === 'enum') schema.enums.push(parseEnum(name, body));
    else if (keyword === 'model') schema.models.push(parseModel(name, body));
    else throw new PrismaSchemaError(`Block "${keyword} ${name}" is not supported by this reader`);
  }
  validate(schema);
  return schema;
}

function parseEnum(name: string, body: string): PrismaEnum {
  const result: PrismaEnum = { name, values: [], attributes: [] };
  for (const line of logicalLines(body)) {
    if (line.startsWith('@@')) {
      result.attributes.push(...parseAttributes(line, '@@', `enum ${name}`));
      continue;
    }
    const m = /^(\w+)([\s\S]*)$/.exec(line);
    if (!m) throw new PrismaSchemaError(`enum ${name}: cannot read "${line}"`);
    const attributes = parseAttributes(m[2]!, '@', `enum ${name}.${m[1]}`);
    result.values.push({ name: m[1]!, dbName: mapName(attributes) ?? m[1]! });
  }
  return result;
}

function parseModel(name: string, body: string): PrismaModel {
  const model: PrismaModel = { name, fields: [], attributes: [] };
  for (const line of logicalLines(body)) {
    if (line.startsWith('@@')) {
      model.attributes.push(...parseAttributes(line, '@@', `model ${name}`));
      continue;
    }
    const m = /^(\w+)\s+(\w+)(\[\])?(\?)?(?=\s|$)([\s\S]*)$/.exec(line);
    if (!m) throw new PrismaSchemaError(`model ${name}: cannot read the field "${line}"`);
    model.fields.push({
      name: m[1]!,
      type: m[2]!,
      list: m[3] === '[]',
      optional: m[4] === '?',
      attributes: parseAttributes(m[5]!, '@', `${name}.${m[1]}`),
    });
  }
  return model;
}

function validate(schema: PrismaSchema): void {
  const models = new Set(schema.models.map((m) => m.name));
  const enums = new Set(schema.enums.map((e) => e.name));
  for (const model of schema.models) {
    for (const field of model.fields) {
      if (!SCALARS.has(field.type) && !models.has(field.type) && !enums.has(field.type)) {
        throw new PrismaSchemaError(`${model.name}.${field.name} has the unknown type ${field.type}`);
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Attribute access

export function attribute(attributes: PrismaAttribute[], name: string): PrismaAttribute | undefined {
  return attributes.find((a) => a.name === name);
}

function argument(attr: PrismaAttribute, name: string, position?: number): PrismaValue | undefined {
  const byName = attr.args.find((a) => a.name === name);
  if (byName) return byName.value;
  if (position === undefined) return undefined;
  return attr.args.filter((a) => a.name === undefined)[position]?.value;
}

function asString(value: PrismaValue | undefined, where: string): string {
  if (value?.kind !== 'string') throw new PrismaSchemaError(`${where}: expected a string`);
  return value.value;
}

function asNames(value: PrismaValue | undefined, where: string): string[] {
  if (value?.kind !== 'array') throw new PrismaSchemaError(`${where}: expected a list of fields`);
  return value.items.map((item) => {
    if (item.kind === 'ident') return item.name;
    // `@@index([a(sort: Desc)])` and the like are outside this reader's subset.
    throw new PrismaSchemaError(`${where}: only plain field names are supported in field lists`);
  });
}

function mapName(attributes: PrismaAttribute[]): string | undefined {
  const map = attribute(attributes, 'map');
  return map ? asString(argument(map, 'name', 0), '@map') : undefined;
}

export function tableName(model: PrismaModel): string {
  return mapName(model.attributes) ?? model.name;
}

export function enumName(prismaEnum: PrismaEnum): string {
  return mapName(prismaEnum.attributes) ?? prismaEnum.name;
}

export function columnName(field: PrismaField): string {
  return mapName(field.attributes) ?? field.name;
}

// ---------------------------------------------------------------------------
// The PostgreSQL schema Prisma Migrate creates for a parsed schema

const SIMPLE_IDENT = /^[a-z_][a-z0-9_]*$/;
function sqlIdent(name: string): string {
  return SIMPLE_IDENT.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Prisma's default constraint names: `{table}_{columns}_{suffix}`, the
 * `{table}_{columns}` part cut so the whole fits PostgreSQL's 63 bytes.
 */
export function constraintName(table: string, columns: string[], suffix: 'pkey' | 'key' | 'idx' | 'fkey'): string {
  const base = suffix === 'pkey' ? table : [table, ...columns].join('_');
  return `${base.slice(0, 63 - suffix.length - 1)}_${suffix}`;
}

function columnType(model: PrismaModel, field: PrismaField, enums: Map<string, PrismaEnum>): string {
  const where = `${model.name}.${field.name}`;
  const native = field.attributes.find((a) => a.name.startsWith('db.'));
  const nativeArgs = native?.args.map((a) => (a.value.kind === 'number' ? a.value.value : NaN)) ?? [];
  let base: string;
  const prismaEnum = enums.get(field.type);
  if (prismaEnum) {
    base = `enum ${enumName(prismaEnum)}`;
  } else {
    const key = native ? `${field.type} @${native.name}` : field.type;
    switch (key) {
      case 'String':
      case 'String @db.Text':
        base = 'text';
        break;
      case 'String @db.Uuid':
        base = 'uuid';
        break;
      case 'String @db.VarChar':
        base = nativeArgs.length ? `character varying(${nativeArgs[0]})` : 'character varying';
        break;
      case 'Int':
      case 'Int @db.Integer':
        base = 'integer';
        break;
      case 'Int @db.SmallInt':
        base = 'smallint';
        break;
      case 'BigInt':
        base = 'bigint';
        break;
      case 'Float':
        base = 'double precision';
        break;
      case 'Boolean':
        base = 'boolean';
        break;
      case 'DateTime':
        base = 'timestamp(3) without time zone';
        break;
      case 'DateTime @db.Timestamptz':
        base = `timestamp(${nativeArgs[0] ?? 6}) with time zone`;
        break;
      case 'DateTime @db.Timestamp':
        base = `timestamp(${nativeArgs[0] ?? 6}) without time zone`;
        break;
      case 'DateTime @db.Date':
        base = 'date';
        break;
      case 'Decimal':
        base = 'numeric(65,30)';
        break;
      case 'Decimal @db.Decimal':
        base = nativeArgs.length === 2 ? `numeric(${nativeArgs[0]},${nativeArgs[1]})` : 'numeric';
        break;
      case 'Json':
        base = 'jsonb';
        break;
      case 'Bytes':
        base = 'bytea';
        break;
      default:
        throw new PrismaSchemaError(`${where}: the type ${key} is not supported by this reader; teach it the mapping`);
    }
  }
  if (nativeArgs.some((n) => Number.isNaN(n))) throw new PrismaSchemaError(`${where}: unreadable @${native?.name} arguments`);
  return field.list ? `${base}[]` : base;
}

function columnDefault(model: PrismaModel, field: PrismaField, table: string, column: string, enums: Map<string, PrismaEnum>): string | null {
  const where = `${model.name}.${field.name} @default`;
  const def = attribute(field.attributes, 'default');
  if (!def) return null;
  const value = argument(def, 'value', 0);
  if (!value) throw new PrismaSchemaError(`${where}: no value`);
  if (value.kind === 'call') {
    switch (value.name) {
      case 'now':
        return 'CURRENT_TIMESTAMP';
      case 'autoincrement':
        return `nextval('${sqlIdent(`${table}_${column}_seq`)}'::regclass)`;
      case 'uuid':
      case 'cuid':
      case 'ulid':
      case 'nanoid':
        // Generated by Prisma Client, not by the database.
        return null;
      case 'dbgenerated': {
        const sql = value.args[0]?.value;
        return sql ? asString(sql, where) : null;
      }
      default:
        throw new PrismaSchemaError(`${where}: ${value.name}() is not supported by this reader`);
    }
  }
  if (field.list) throw new PrismaSchemaError(`${where}: list defaults are not supported by this reader`);
  const prismaEnum = enums.get(field.type);
  if (prismaEnum) {
    if (value.kind !== 'ident') throw new PrismaSchemaError(`${where}: expected an enum value`);
    const dbValue = prismaEnum.values.find((v) => v.name === value.name)?.dbName;
    if (!dbValue) throw new PrismaSchemaError(`${where}: ${value.name} is not a value of ${prismaEnum.name}`);
    return `${sqlString(dbValue)}::${sqlIdent(enumName(prismaEnum))}`;
  }
  switch (field.type) {
    case 'String':
      return `${sqlString(asString(value, where))}::${field.attributes.some((a) => a.name === 'db.Uuid') ? 'uuid' : 'text'}`;
    case 'Json':
      return `${sqlString(asString(value, where))}::jsonb`;
    case 'Int':
    case 'BigInt':
    case 'Float':
      if (value.kind !== 'number') throw new PrismaSchemaError(`${where}: expected a number`);
      return String(value.value);
    case 'Boolean':
      if (value.kind !== 'ident' || !['true', 'false'].includes(value.name)) {
        throw new PrismaSchemaError(`${where}: expected true or false`);
      }
      return value.name;
    default:
      throw new PrismaSchemaError(`${where}: defaults of type ${field.type} are not supported by this reader`);
  }
}

const REFERENTIAL_ACTIONS: Record<string, DbForeignKey['onDelete']> = {
  Cascade: 'CASCADE',
  Restrict: 'RESTRICT',
  NoAction: 'NO ACTION',
  SetNull: 'SET NULL',
  SetDefault: 'SET DEFAULT',
};

function referentialAction(value: PrismaValue | undefined, fallback: DbForeignKey['onDelete'], where: string) {
  if (!value) return fallback;
  const action = value.kind === 'ident' ? REFERENTIAL_ACTIONS[value.name] : undefined;
  if (!action) throw new PrismaSchemaError(`${where}: unknown referential action`);
  return action;
}

/** The database schema that `prisma migrate` would create for `schema`. */
export function expectedDatabaseSchema(schema: PrismaSchema): DbSchema {
  const enums = new Map(schema.enums.map((e) => [e.name, e]));
  const models = new Map(schema.models.map((m) => [m.name, m]));
  const result: DbSchema = { enums: new Map(), tables: new Map() };
  for (const e of schema.enums)
    result.enums.set(
      enumName(e),
      e.values.map((v) => v.dbName),
    );

  for (const model of schema.models) {
    const table = tableName(model);
    const scalarFields = model.fields.filter((f) => !models.has(f.type));
    const byName = new Map(scalarFields.map((f) => [f.name, f]));
    const columnsOf = (names: string[], where: string, of = model, lookup = byName) =>
      names.map((n) => {
        const field = lookup.get(n);
        if (!field) throw new PrismaSchemaError(`${of.name} ${where}: no scalar field ${n}`);
        return columnName(field);
      });

    const columns = new Map<string, DbColumn>();
    for (const field of scalarFields) {
      const column = columnName(field);
      columns.set(column, {
        name: column,
        type: columnType(model, field, enums),
        // Prisma Migrate creates scalar lists as nullable arrays (prisma/prisma#4729).
        nullable: field.optional || field.list,
        default: columnDefault(model, field, table, column, enums),
      });
    }

    const dbTable: DbTable = { name: table, columns, primaryKey: null, indexes: [], foreignKeys: [] };
    const constraintMap = (attr: PrismaAttribute) => {
      const map = argument(attr, 'map');
      return map ? asString(map, `${model.name} @${attr.name}(map:)`) : undefined;
    };

    const idFields = scalarFields.filter((f) => attribute(f.attributes, 'id'));
    const blockId = attribute(model.attributes, 'id');
    if (idFields.length + (blockId ? 1 : 0) > 1) throw new PrismaSchemaError(`${model.name}: more than one @id`);
    if (idFields[0]) {
      const cols = [columnName(idFields[0])];
      const id = attribute(idFields[0].attributes, 'id')!;
      dbTable.primaryKey = { name: constraintMap(id) ?? constraintName(table, cols, 'pkey'), columns: cols };
    } else if (blockId) {
      const cols = columnsOf(asNames(argument(blockId, 'fields', 0), `${model.name} @@id`), '@@id');
      dbTable.primaryKey = { name: constraintMap(blockId) ?? constraintName(table, cols, 'pkey'), columns: cols };
    }

    for (const field of scalarFields) {
      const unique = attribute(field.attributes, 'unique');
      if (unique) {
        const cols = [columnName(field)];
        dbTable.indexes.push({ name: constraintMap(unique) ?? constraintName(table, cols, 'key'), columns: cols, unique: true });
      }
    }
    for (const attr of model.attributes) {
      if (attr.name !== 'unique' && attr.name !== 'index') continue;
      const cols = columnsOf(asNames(argument(attr, 'fields', 0), `${model.name} @@${attr.name}`), `@@${attr.name}`);
      const unique = attr.name === 'unique';
      const index: DbIndex = { name: constraintMap(attr) ?? constraintName(table, cols, unique ? 'key' : 'idx'), columns: cols, unique };
      dbTable.indexes.push(index);
    }
    for (const attr of model.attributes) {
      if (!['map', 'id', 'unique', 'index'].includes(attr.name)) {
        throw new PrismaSchemaError(`${model.name}: @@${attr.name} is not supported by this reader`);
      }
    }

    for (const field of model.fields) {
      const target = models.get(field.type);
      const relation = attribute(field.attributes, 'relation');
      const unsupported = field.attributes.filter(
        (a) => !['id', 'default', 'unique', 'map', 'relation', 'updatedAt'].includes(a.name) && !a.name.startsWith('db.'),
      );
      if (unsupported[0]) throw new PrismaSchemaError(`${model.name}.${field.name}: @${unsupported[0].name} is not supported by this reader`);
      if (!target || !relation) continue;
      const fieldsArg = argument(relation, 'fields');
      if (!fieldsArg) continue; // the other side of the relation
      const where = `${model.name}.${field.name} @relation`;
      const cols = columnsOf(asNames(fieldsArg, where), where);
      const targetFields = new Map(target.fields.filter((f) => !models.has(f.type)).map((f) => [f.name, f]));
      const refCols = columnsOf(asNames(argument(relation, 'references'), where), where, target, targetFields);
      dbTable.foreignKeys.push({
        name: constraintMap(relation) ?? constraintName(table, cols, 'fkey'),
        columns: cols,
        referencedTable: tableName(target),
        referencedColumns: refCols,
        // Prisma's defaults: Restrict for a required relation, SetNull for an
        // optional one; updates cascade.
        onDelete: referentialAction(argument(relation, 'onDelete'), field.optional ? 'SET NULL' : 'RESTRICT', where),
        onUpdate: referentialAction(argument(relation, 'onUpdate'), 'CASCADE', where),
      });
    }
    result.tables.set(table, dbTable);
  }
  return result;
}
