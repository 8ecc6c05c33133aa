-- Events written before their payloads were redacted when written
-- (src/domain/personal-data.ts): an interview's location detail (free text)
-- and a document's hash identified a person and went out to webhook
-- receivers; erasure could not reach them. The audit trail is append-only and
-- is left as it was written.
UPDATE "events"
   SET "payload" = "payload" || '{"locationDetail": "[personal data]"}'::jsonb
 WHERE "type" = 'interview.scheduled' AND jsonb_typeof("payload" -> 'locationDetail') = 'string';

UPDATE "events"
   SET "payload" = jsonb_set("payload", '{before,locationDetail}', '"[personal data]"')
 WHERE "type" = 'interview.rescheduled' AND jsonb_typeof("payload" #> '{before,locationDetail}') = 'string';

UPDATE "events"
   SET "payload" = jsonb_set("payload", '{after,locationDetail}', '"[personal data]"')
 WHERE "type" = 'interview.rescheduled' AND jsonb_typeof("payload" #> '{after,locationDetail}') = 'string';

UPDATE "events"
   SET "payload" = "payload" - 'sha256'
 WHERE "type" = 'document.uploaded' AND "payload" ? 'sha256';
