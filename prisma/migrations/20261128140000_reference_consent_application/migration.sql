-- A reference-check consent is given for one application (the nominee's in
-- one procedure), not for every procedure the person is in (PROCEDURE.md
-- rule 5). Retention consents keep it null.
ALTER TABLE "consents" ADD COLUMN "application_id" UUID;

CREATE INDEX "consents_application_id_kind_idx" ON "consents"("application_id", "kind");

ALTER TABLE "consents" ADD CONSTRAINT "consents_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
