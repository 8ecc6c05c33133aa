-- Events get the id of the transaction that wrote them. Readers of the feed
-- and the webhook scan only take events of transactions older than every
-- transaction still running (pg_snapshot_xmin), ordered by (tx_id, id): an
-- event whose transaction commits late can then never be skipped, which a
-- plain "id > last seen" cursor would do, because ids are drawn before commit.
ALTER TABLE "events" ADD COLUMN "tx_id" BIGINT NOT NULL DEFAULT (pg_current_xact_id())::text::bigint;
CREATE INDEX "events_tx_id_id_idx" ON "events"("tx_id", "id");

-- Where each webhook's scan of the events stands, and which transactions were
-- already visible when it was created (their events are not sent to it).
ALTER TABLE "webhooks" ADD COLUMN "scan_tx_id" BIGINT NOT NULL DEFAULT (pg_snapshot_xmin(pg_current_snapshot()))::text::bigint;
ALTER TABLE "webhooks" ADD COLUMN "created_snapshot" TEXT NOT NULL DEFAULT (pg_current_snapshot())::text;

ALTER TABLE "webhook_deliveries" ADD COLUMN "last_attempt_at" TIMESTAMPTZ(3);
ALTER TABLE "webhook_deliveries" ADD COLUMN "last_status_code" INTEGER;
-- Per webhook and procedure, deliveries go out in event order.
CREATE INDEX "webhook_deliveries_webhook_id_procedure_id_event_id_idx" ON "webhook_deliveries"("webhook_id", "procedure_id", "event_id");
