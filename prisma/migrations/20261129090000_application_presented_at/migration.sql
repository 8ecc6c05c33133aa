-- The preselection as it was sent to the selection committee: a committee key
-- reads these applications in full, and only these of the agency's search
-- (PRODUCT.md, "Roles"). Set when the preselection gate closes.
ALTER TABLE "applications" ADD COLUMN "presented_at" TIMESTAMPTZ(3);
