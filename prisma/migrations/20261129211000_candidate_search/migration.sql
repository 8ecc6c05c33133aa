-- Candidate search (GET /v1/candidates/search): names and e-mail addresses
-- matched accent- and case-insensitively and tolerant of small spelling
-- differences, through pg_trgm's word similarity over unaccented lower-case
-- text. Both extensions are trusted (PostgreSQL 13+), so the database owner
-- may create them; the embedded server ships them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is STABLE (it reads its dictionary by name, which a search_path
-- could change); an index expression needs an IMMUTABLE function. Naming the
-- dictionary and the function with their schema makes the result fixed.
CREATE OR REPLACE FUNCTION "f_unaccent"(TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT public.unaccent('public.unaccent'::regdictionary, $1)
$$;

-- The normalised full name the search compares; an erased candidate (both
-- names null) gives the empty string, which matches nothing.
CREATE OR REPLACE FUNCTION "candidate_search_name"(first_name TEXT, last_name TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(public.f_unaccent(btrim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))))
$$;

COMMENT ON FUNCTION "candidate_search_name"(TEXT, TEXT) IS
  'The unaccented lower-case full name that candidate search matches (searchCandidates in src/modules/candidates/candidates.repository.ts); indexed by candidates_search_name_trgm_idx.';

-- Hand-written indexes that schema.prisma cannot express (an expression and
-- a trigram operator class); test/helpers/db-schema.ts lists them.
CREATE INDEX "candidates_search_name_trgm_idx" ON "candidates"
  USING gin (candidate_search_name("first_name", "last_name") gin_trgm_ops);
CREATE INDEX "candidates_search_email_trgm_idx" ON "candidates"
  USING gin (lower(public.f_unaccent("email_normalized")) gin_trgm_ops);
