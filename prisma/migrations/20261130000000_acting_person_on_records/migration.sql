-- The person of the agency who wrote a note, uploaded a document, recorded a
-- consent or closed a stage, next to the API key already recorded there (as
-- audit entries, events and stage changes record it since
-- 20261129223000_people): the key's own person, or the one named by
-- On-Behalf-Of; NULL when the key acted for no one. Ids only: a person's name
-- stays in "users".

ALTER TABLE "application_notes" ADD COLUMN "author_user_id" UUID;
ALTER TABLE "documents" ADD COLUMN "uploaded_by_user_id" UUID;
ALTER TABLE "consents" ADD COLUMN "recorded_by_user_id" UUID;
ALTER TABLE "stages" ADD COLUMN "closed_by_user_id" UUID;
