-- Named people of the agency (src/modules/users): their own API keys, keys
-- that may act on behalf of them (On-Behalf-Of), and the acting person on
-- audit entries, events and stage changes. Names and e-mail addresses are
-- personal data of staff (src/domain/personal-data.ts): never in audit
-- values, events or logs.

CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_normalized" TEXT NOT NULL,
    "role" "role" NOT NULL,
    "deactivated_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    -- People of the agency act as admin or consultant only.
    CONSTRAINT "users_role_check" CHECK ("role" IN ('admin', 'consultant'))
);

CREATE UNIQUE INDEX "users_email_normalized_key" ON "users"("email_normalized");
CREATE INDEX "users_updated_at_id_idx" ON "users"("updated_at", "id");

ALTER TABLE "api_keys" ADD COLUMN "user_id" UUID;
ALTER TABLE "api_keys" ADD COLUMN "act_on_behalf" BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX "api_keys_user_id_idx" ON "api_keys"("user_id");
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "audit_entries" ADD COLUMN "user_id" UUID;
ALTER TABLE "events" ADD COLUMN "user_id" UUID;
ALTER TABLE "stage_changes" ADD COLUMN "user_id" UUID;
