-- Webhooks are signed as Standard Webhooks prescribes: the HMAC key is the
-- base64-decoded part of a `whsec_<base64>` secret. Before, the key was the
-- secret text itself (its UTF-8 bytes). Each stored secret becomes
-- `whsec_` + base64 of that text, so the key bytes stay the same and a receiver
-- can derive its new secret from the one it holds.
-- (encode(…, 'base64') breaks lines every 76 characters; translate drops them.)
UPDATE "webhooks" SET "secret" = 'whsec_' || translate(encode(convert_to("secret", 'UTF8'), 'base64'), E'\n', '');

-- Rotation: the secret being replaced keeps signing deliveries, next to the new
-- one, until the end of the overlap.
ALTER TABLE "webhooks" ADD COLUMN "previous_secret" TEXT;
ALTER TABLE "webhooks" ADD COLUMN "previous_secret_expires_at" TIMESTAMPTZ(3);
