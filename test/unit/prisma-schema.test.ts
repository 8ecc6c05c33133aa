import { describe, expect, it } from 'vitest';
import { compareSchemas, describeForeignKey, describeIndex, type DbSchema } from '../helpers/db-schema.js';
import { expectedDatabaseSchema, parsePrismaSchema, PrismaSchemaError } from '../helpers/prisma-schema.js';

const tiny = `
// A comment with "quotes" and { braces }
generator client {
  provider = "prisma-client"
}

datasource db {
  provider = "postgresql"
}

enum Colour {
  red
  dark_blue @map("dark-blue")

  @@map("colour")
}

model Shelf {
  id    String  @id @default(uuid()) @db.Uuid
  label String  @unique // trailing comment
  books Book[]

  @@map("shelves")
}

/// Documentation comment
model Book {
  id        BigInt    @id @default(autoincrement())
  shelfId   String?   @map("shelf_id") @db.Uuid
  title     String    @default("Untitled {draft}")
  colour    Colour    @default(dark_blue)
  tags      String[]
  price     Decimal   @db.Decimal(10, 2)
  meta      Json      @default("[]")
  cover     Bytes?
  pages     Int       @default(0)
  published Boolean   @default(false)
  printedOn DateTime? @map("printed_on") @db.Date
  createdAt DateTime  @default(now()) @map("created_at") @db.Timestamptz(3)

  shelf Shelf? @relation(fields: [shelfId], references: [id], onDelete: SetNull)

  @@unique([shelfId, title])
  @@index([createdAt, id])
  @@map("books")
}

model Loan {
  bookId BigInt @map("book_id")
  seq    Int

  book Book @relation(fields: [bookId], references: [id])

  @@id([bookId, seq])
  @@map("loans")
}
`;

describe('Prisma schema reader', () => {
  it('reads models, enums, fields and their attributes', () => {
    const schema = parsePrismaSchema(tiny);
    expect(schema.enums).toEqual([
      {
        name: 'Colour',
        values: [
          { name: 'red', dbName: 'red' },
          { name: 'dark_blue', dbName: 'dark-blue' },
        ],
        attributes: [{ name: 'map', args: [{ value: { kind: 'string', value: 'colour' } }] }],
      },
    ]);
    expect(schema.models.map((m) => m.name)).toEqual(['Shelf', 'Book', 'Loan']);
    const book = schema.models[1]!;
    expect(book.fields.map((f) => [f.name, f.type, f.list, f.optional])).toEqual([
      ['id', 'BigInt', false, false],
      ['shelfId', 'String', false, true],
      ['title', 'String', false, false],
      ['colour', 'Colour', false, false],
      ['tags', 'String', true, false],
      ['price', 'Decimal', false, false],
      ['meta', 'Json', false, false],
      ['cover', 'Bytes', false, true],
      ['pages', 'Int', false, false],
      ['published', 'Boolean', false, false],
      ['printedOn', 'DateTime', false, true],
      ['createdAt', 'DateTime', false, false],
      ['shelf', 'Shelf', false, true],
    ]);
    expect(book.fields.find((f) => f.name === 'shelf')!.attributes).toEqual([
      {
        name: 'relation',
        args: [
          { name: 'fields', value: { kind: 'array', items: [{ kind: 'ident', name: 'shelfId' }] } },
          { name: 'references', value: { kind: 'array', items: [{ kind: 'ident', name: 'id' }] } },
          { name: 'onDelete', value: { kind: 'ident', name: 'SetNull' } },
        ],
      },
    ]);
    expect(book.fields.find((f) => f.name === 'price')!.attributes).toEqual([
      { name: 'db.Decimal', args: [{ value: { kind: 'number', value: 10 } }, { value: { kind: 'number', value: 2 } }] },
    ]);
    expect(book.fields.find((f) => f.name === 'createdAt')!.attributes.map((a) => a.name)).toEqual(['default', 'map', 'db.Timestamptz']);
    expect(book.attributes.map((a) => a.name)).toEqual(['unique', 'index', 'map']);
  });

  it('derives the tables, columns, keys and indexes Prisma Migrate creates', () => {
    const db = expectedDatabaseSchema(parsePrismaSchema(tiny));
    expect([...db.enums]).toEqual([['colour', ['red', 'dark-blue']]]);
    expect([...db.tables.keys()]).toEqual(['shelves', 'books', 'loans']);

    const books = db.tables.get('books')!;
    expect([...books.columns.values()]).toEqual([
      { name: 'id', type: 'bigint', nullable: false, default: "nextval('books_id_seq'::regclass)" },
      { name: 'shelf_id', type: 'uuid', nullable: true, default: null },
      { name: 'title', type: 'text', nullable: false, default: "'Untitled {draft}'::text" },
      { name: 'colour', type: 'enum colour', nullable: false, default: "'dark-blue'::colour" },
      { name: 'tags', type: 'text[]', nullable: true, default: null },
      { name: 'price', type: 'numeric(10,2)', nullable: false, default: null },
      { name: 'meta', type: 'jsonb', nullable: false, default: "'[]'::jsonb" },
      { name: 'cover', type: 'bytea', nullable: true, default: null },
      { name: 'pages', type: 'integer', nullable: false, default: '0' },
      { name: 'published', type: 'boolean', nullable: false, default: 'false' },
      { name: 'printed_on', type: 'date', nullable: true, default: null },
      { name: 'created_at', type: 'timestamp(3) with time zone', nullable: false, default: 'CURRENT_TIMESTAMP' },
    ]);
    expect(books.primaryKey).toEqual({ name: 'books_pkey', columns: ['id'] });
    expect(books.indexes.map(describeIndex)).toEqual([
      'UNIQUE INDEX "books_shelf_id_title_key" ("shelf_id", "title")',
      'INDEX "books_created_at_id_idx" ("created_at", "id")',
    ]);
    expect(books.foreignKeys.map(describeForeignKey)).toEqual([
      'FOREIGN KEY "books_shelf_id_fkey" ("shelf_id") REFERENCES "shelves" ("id") ON DELETE SET NULL ON UPDATE CASCADE',
    ]);

    const shelves = db.tables.get('shelves')!;
    expect([...shelves.columns.keys()]).toEqual(['id', 'label']);
    expect(shelves.indexes.map(describeIndex)).toEqual(['UNIQUE INDEX "shelves_label_key" ("label")']);

    const loans = db.tables.get('loans')!;
    expect(loans.primaryKey).toEqual({ name: 'loans_pkey', columns: ['book_id', 'seq'] });
    // A required relation without onDelete restricts, as in Prisma.
    expect(loans.foreignKeys.map(describeForeignKey)).toEqual([
      'FOREIGN KEY "loans_book_id_fkey" ("book_id") REFERENCES "books" ("id") ON DELETE RESTRICT ON UPDATE CASCADE',
    ]);
  });

  it('refuses what it does not understand instead of skipping it', () => {
    expect(() => parsePrismaSchema('model A {\n  id Int @id\n  b Missing\n}')).toThrow(/A\.b has the unknown type Missing/);
    expect(() => parsePrismaSchema('view V {\n  id Int\n}')).toThrow(PrismaSchemaError);
    expect(() => expectedDatabaseSchema(parsePrismaSchema('model A {\n  id String @id @db.Citext\n}'))).toThrow(/String @db\.Citext is not supported/);
    expect(() => expectedDatabaseSchema(parsePrismaSchema('model A {\n  id Int @id\n  @@fulltext([id])\n}'))).toThrow(/@@fulltext is not supported/);
  });
});

describe('schema comparison', () => {
  const expected = () => expectedDatabaseSchema(parsePrismaSchema(tiny));

  it('finds nothing to report when the database is exactly the schema', () => {
    expect(compareSchemas(expected(), expected())).toEqual([]);
  });

  it('lists every difference, both ways', () => {
    const actual: DbSchema = expected();
    actual.enums.set('colour', ['red']);
    actual.enums.set('stray', ['x']);
    const books = actual.tables.get('books')!;
    books.columns.delete('pages');
    books.columns.set('title', { name: 'title', type: 'character varying(20)', nullable: true, default: null });
    books.columns.set('extra', { name: 'extra', type: 'text', nullable: true, default: null });
    books.indexes = books.indexes.filter((i) => i.unique);
    books.foreignKeys[0]!.onDelete = 'CASCADE';
    actual.tables.delete('loans');
    actual.tables.set('stray', { name: 'stray', columns: new Map(), primaryKey: null, indexes: [], foreignKeys: [] });
    actual.tables.get('shelves')!.primaryKey = null;

    expect(compareSchemas(expected(), actual)).toEqual([
      'enum "colour" has the values (red); schema.prisma says (red, dark-blue)',
      'enum "stray" is in the database but not in schema.prisma',
      'table "loans" is missing from the database',
      'table "stray" is in the database but not in schema.prisma',
      'column "books"."pages" is missing from the database',
      'column "books"."title" has the type character varying(20); schema.prisma says text',
      'column "books"."title" is nullable; schema.prisma says NOT NULL',
      'column "books"."title" has the default (none); schema.prisma says \'Untitled {draft}\'::text',
      'column "books"."extra" is in the database but not in schema.prisma',
      'table "books": index missing from the database: INDEX "books_created_at_id_idx" ("created_at", "id")',
      'table "books": foreign key missing from the database: FOREIGN KEY "books_shelf_id_fkey" ("shelf_id") REFERENCES "shelves" ("id") ON DELETE SET NULL ON UPDATE CASCADE',
      'table "books": foreign key in the database but not in schema.prisma: FOREIGN KEY "books_shelf_id_fkey" ("shelf_id") REFERENCES "shelves" ("id") ON DELETE CASCADE ON UPDATE CASCADE',
      'table "shelves" has no primary key; schema.prisma says PRIMARY KEY "shelves_pkey" ("id")',
    ]);
  });
});
