-- The deadline list without met obligations (src/modules/deadlines/deadlines.repository.ts)
-- reads the erasures not yet done in due order. With this index it reads them in the
-- page's own order, (retention_due_at, id), and never walks past erasures already done,
-- so the list merges the branch lazily instead of sorting a page of it first
-- (candidates_erased_at_retention_due_at_id_idx gave that order only behind erased_at).
-- Partial, which schema.prisma cannot express: test/helpers/db-schema.ts lists it.
CREATE INDEX "candidates_unerased_retention_due_at_id_idx" ON "candidates"("retention_due_at", "id")
  WHERE "erased_at" IS NULL AND "retention_due_at" IS NOT NULL;
