/**
 * PostgreSQL text cannot hold U+0000, and jsonb (the audit trail) refuses
 * unpaired UTF-16 surrogates, so a JSON string such as "a\u0000b" would fail
 * in the database with a 500 after the request was accepted. Such text is no
 * person's name or note: callers refuse it with 400 (the text guard for
 * bodies and queries, decodeCursor for what a cursor carries).
 */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasUnstorableText(value: string): boolean {
  return UNSTORABLE.test(value);
}
