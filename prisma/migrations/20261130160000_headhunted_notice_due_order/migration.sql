-- The deadline list (src/modules/deadlines/deadlines.repository.ts) read headhunted
-- candidates in the order they were recorded and cut each branch at the page size.
-- Their notice is due one calendar month later, which is not quite that order: a month
-- after 30 January 10:00 and after 31 January 09:00 (Amsterdam) are both 28 February,
-- at 10:00 and 09:00, so a page could end before a notice due earlier than its last
-- row, and the next page began after it: that notice was never listed. The branch now
-- reads in due order, from these indexes of the due instant (the same expression as
-- headhuntedDueSql): one for the lists without met deadlines (those not told yet),
-- one for the others. Expression indexes, which schema.prisma cannot express:
-- test/helpers/db-schema.ts lists them.
CREATE INDEX "candidates_untold_notice_due_idx" ON "candidates"(
  (timezone('Europe/Amsterdam'::text, timezone('Europe/Amsterdam'::text, "created_at") + interval '1 month')), "id")
  WHERE "source" = 'agency_search' AND "informed_at" IS NULL;
CREATE INDEX "candidates_notice_due_idx" ON "candidates"(
  (timezone('Europe/Amsterdam'::text, timezone('Europe/Amsterdam'::text, "created_at") + interval '1 month')), "id")
  WHERE "source" = 'agency_search';
