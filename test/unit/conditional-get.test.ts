import { describe, expect, it } from 'vitest';
import { ifNoneMatchMatches } from '../../src/plugins/conditional-get.js';

describe('If-None-Match against the current ETag (weak comparison)', () => {
  it.each([
    ['"1"', '"1"'],
    ['W/"1"', '"1"'],
    ['"1"', 'W/"1"'],
    ['"0", "1"', '"1"'],
    ['"0",W/"1" ,"2"', '"1"'],
    ['*', '"1"'],
    [' * ', 'W/"x"'],
    ['"a,b"', '"a,b"'],
  ])('%s matches %s', (header, etag) => {
    expect(ifNoneMatchMatches(header, etag)).toBe(true);
  });

  it.each([
    ['"2"', '"1"'],
    ['1', '"1"'],
    ['"10"', '"1"'],
    ['"a", "b"', '"a,b"'],
    ['W/"2", "3"', '"1"'],
    ['', '"1"'],
    ['*', 'not-a-tag'],
  ])('%s does not match %s', (header, etag) => {
    expect(ifNoneMatchMatches(header, etag)).toBe(false);
  });
});
