-- Initial schema of the procedure-tracking API (hand-written in Prisma's style).

CREATE TYPE "role" AS ENUM ('admin', 'consultant', 'committee', 'scheduler');
CREATE TYPE "procedure_phase" AS ENUM ('draft', 'open', 'closed', 'preselection', 'committee_review', 'interviews', 'nomination', 'appointment', 'completed', 'cancelled');
CREATE TYPE "stage_name" AS ENUM ('preselection', 'shortlist', 'nomination', 'references', 'terms', 'appointment');
CREATE TYPE "stage_status" AS ENUM ('pending', 'open', 'closed');
CREATE TYPE "candidate_source" AS ENUM ('open_call', 'agency_search', 'referral');
CREATE TYPE "application_stage" AS ENUM ('applied', 'preselected', 'shortlisted', 'interviewed', 'nominated', 'appointed', 'rejected', 'withdrawn');
CREATE TYPE "document_kind" AS ENUM ('motivation', 'cv');

CREATE TABLE "api_keys" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" "role" NOT NULL,
    "prefix" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "procedure_id" UUID,
    "committee_member_id" UUID,
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "idempotency_keys" (
    "id" UUID NOT NULL,
    "actor" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "completed" BOOLEAN NOT NULL DEFAULT false,
    "response_status" INTEGER,
    "response_headers" JSONB,
    "response_body" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "clients" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "website" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "clients_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "procedures" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "reference" TEXT,
    "title" TEXT NOT NULL,
    "phase" "procedure_phase" NOT NULL DEFAULT 'draft',
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "hours_per_week" INTEGER NOT NULL,
    "permanent" BOOLEAN NOT NULL DEFAULT true,
    "locations" TEXT[],
    "salary_scale" TEXT,
    "ikb_percentage" DECIMAL(5,2),
    "profile_criteria" JSONB NOT NULL DEFAULT '[]',
    "preselection_min" INTEGER NOT NULL DEFAULT 4,
    "preselection_max" INTEGER NOT NULL DEFAULT 6,
    "shortlist_min" INTEGER NOT NULL DEFAULT 3,
    "shortlist_max" INTEGER NOT NULL DEFAULT 4,
    "nominee_max" INTEGER NOT NULL DEFAULT 1,
    "overview_sent_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "procedures_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "salary_bounds" (
    "id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "valid_from" DATE NOT NULL,
    "min_monthly" DECIMAL(10,2) NOT NULL,
    "max_monthly" DECIMAL(10,2) NOT NULL,
    CONSTRAINT "salary_bounds_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "milestones" (
    "id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "missed_at" TIMESTAMPTZ(3),
    CONSTRAINT "milestones_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "stages" (
    "id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "name" "stage_name" NOT NULL,
    "status" "stage_status" NOT NULL DEFAULT 'pending',
    "closed_at" TIMESTAMPTZ(3),
    "closed_by" TEXT,
    "justification" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "stages_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "candidates" (
    "id" UUID NOT NULL,
    "first_name" TEXT,
    "last_name" TEXT,
    "email" TEXT,
    "email_normalized" TEXT,
    "phone" TEXT,
    "city" TEXT,
    "current_position" TEXT,
    "current_organisation" TEXT,
    "linkedin_url" TEXT,
    "source" "candidate_source" NOT NULL,
    "notes" TEXT,
    "informed_at" TIMESTAMPTZ(3),
    "erased_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "candidates_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "applications" (
    "id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "source" "candidate_source" NOT NULL,
    "stage" "application_stage" NOT NULL DEFAULT 'applied',
    "rejection_reason" TEXT,
    "agency_motivation" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "completed_at" TIMESTAMPTZ(3),
    "erased_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "applications_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "stage_changes" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "from_stage" "application_stage",
    "to_stage" "application_stage" NOT NULL,
    "reason" TEXT,
    "reason_category" TEXT,
    "actor" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "stage_changes_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "documents" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "kind" "document_kind" NOT NULL,
    "storage_key" TEXT,
    "store" TEXT NOT NULL,
    "file_name" TEXT,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "uploaded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "superseded_at" TIMESTAMPTZ(3),
    "erased_at" TIMESTAMPTZ(3),
    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "document_chunks" (
    "key" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    CONSTRAINT "document_chunks_pkey" PRIMARY KEY ("key","seq")
);

CREATE TABLE "committee_members" (
    "id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "role" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed_at" TIMESTAMPTZ(3),
    CONSTRAINT "committee_members_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "interviews" (
    "id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT NOT NULL,
    "location_detail" TEXT,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "history" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "interviews_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "interview_panelists" (
    "interview_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    CONSTRAINT "interview_panelists_pkey" PRIMARY KEY ("interview_id","member_id")
);

CREATE TABLE "evaluations" (
    "id" UUID NOT NULL,
    "interview_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "ratings" JSONB NOT NULL,
    "overall_advice" TEXT NOT NULL,
    "notes" TEXT,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "evaluations_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "consents" (
    "id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "given_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3),
    "recorded_by" TEXT NOT NULL,
    "withdrawn_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "consents_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "reference_checks" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "referee_name" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "contact" TEXT,
    "outcome" TEXT,
    "notes" TEXT,
    "completed_at" TIMESTAMPTZ(3),
    "concerns_resolved_at" TIMESTAMPTZ(3),
    "resolution_note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "reference_checks_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "offers" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "salary_scale" TEXT NOT NULL,
    "monthly_salary" DECIMAL(10,2) NOT NULL,
    "hours_per_week" INTEGER NOT NULL,
    "ikb_percentage" DECIMAL(5,2) NOT NULL,
    "start_date" DATE NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "offers_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "appointments" (
    "id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "decision_date" DATE NOT NULL,
    "decision_reference" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "appointments_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "inquiries" (
    "id" UUID NOT NULL,
    "procedure_id" UUID,
    "candidate_id" UUID,
    "channel" TEXT NOT NULL,
    "from_name" TEXT,
    "from_email" TEXT,
    "subject" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "answered_at" TIMESTAMPTZ(3),
    "overdue_marked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "inquiries_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "data_subject_requests" (
    "id" UUID NOT NULL,
    "candidate_id" UUID,
    "kind" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "answered_at" TIMESTAMPTZ(3),
    CONSTRAINT "data_subject_requests_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "sweep_marks" (
    "id" UUID NOT NULL,
    "procedure_id" UUID,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "sweep_marks_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "audit_entries" (
    "id" BIGSERIAL NOT NULL,
    "procedure_id" UUID,
    "actor" TEXT NOT NULL,
    "actor_role" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "changes" JSONB,
    "reason" TEXT,
    "request_id" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "audit_entries_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "events" (
    "id" BIGSERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "procedure_id" UUID,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "webhooks" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "event_types" TEXT[],
    "secret" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "webhooks_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "webhook_deliveries" (
    "id" UUID NOT NULL,
    "webhook_id" UUID NOT NULL,
    "event_id" BIGINT NOT NULL,
    "procedure_id" UUID,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL,
    "last_error" TEXT,
    "delivered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- Indexes
CREATE UNIQUE INDEX "api_keys_prefix_key" ON "api_keys"("prefix");
CREATE INDEX "api_keys_procedure_id_idx" ON "api_keys"("procedure_id");
CREATE UNIQUE INDEX "idempotency_keys_actor_key_key" ON "idempotency_keys"("actor", "key");
CREATE INDEX "idempotency_keys_expires_at_idx" ON "idempotency_keys"("expires_at");
CREATE INDEX "clients_updated_at_id_idx" ON "clients"("updated_at", "id");
CREATE INDEX "procedures_client_id_idx" ON "procedures"("client_id");
CREATE INDEX "procedures_updated_at_id_idx" ON "procedures"("updated_at", "id");
CREATE UNIQUE INDEX "salary_bounds_procedure_id_valid_from_key" ON "salary_bounds"("procedure_id", "valid_from");
CREATE UNIQUE INDEX "milestones_procedure_id_key_key" ON "milestones"("procedure_id", "key");
CREATE UNIQUE INDEX "stages_procedure_id_name_key" ON "stages"("procedure_id", "name");
CREATE UNIQUE INDEX "candidates_email_normalized_key" ON "candidates"("email_normalized");
CREATE INDEX "candidates_updated_at_id_idx" ON "candidates"("updated_at", "id");
CREATE UNIQUE INDEX "applications_procedure_id_candidate_id_key" ON "applications"("procedure_id", "candidate_id");
CREATE INDEX "applications_procedure_id_created_at_id_idx" ON "applications"("procedure_id", "created_at", "id");
CREATE INDEX "applications_procedure_id_stage_idx" ON "applications"("procedure_id", "stage");
CREATE INDEX "applications_candidate_id_idx" ON "applications"("candidate_id");
CREATE INDEX "stage_changes_application_id_at_idx" ON "stage_changes"("application_id", "at");
CREATE UNIQUE INDEX "documents_storage_key_key" ON "documents"("storage_key");
CREATE INDEX "documents_application_id_kind_current_idx" ON "documents"("application_id", "kind", "current");
CREATE INDEX "committee_members_procedure_id_idx" ON "committee_members"("procedure_id");
CREATE INDEX "interviews_procedure_id_starts_at_idx" ON "interviews"("procedure_id", "starts_at");
CREATE INDEX "interviews_application_id_idx" ON "interviews"("application_id");
CREATE INDEX "interview_panelists_member_id_idx" ON "interview_panelists"("member_id");
CREATE UNIQUE INDEX "evaluations_interview_id_member_id_key" ON "evaluations"("interview_id", "member_id");
CREATE INDEX "consents_candidate_id_kind_idx" ON "consents"("candidate_id", "kind");
CREATE INDEX "reference_checks_application_id_idx" ON "reference_checks"("application_id");
CREATE UNIQUE INDEX "offers_application_id_key" ON "offers"("application_id");
CREATE UNIQUE INDEX "appointments_procedure_id_key" ON "appointments"("procedure_id");
CREATE UNIQUE INDEX "appointments_application_id_key" ON "appointments"("application_id");
CREATE INDEX "inquiries_due_at_idx" ON "inquiries"("due_at");
CREATE INDEX "inquiries_procedure_id_idx" ON "inquiries"("procedure_id");
CREATE INDEX "data_subject_requests_due_at_idx" ON "data_subject_requests"("due_at");
CREATE UNIQUE INDEX "sweep_marks_kind_subject_key" ON "sweep_marks"("kind", "subject");
CREATE INDEX "audit_entries_procedure_id_id_idx" ON "audit_entries"("procedure_id", "id");
CREATE INDEX "audit_entries_entity_type_entity_id_idx" ON "audit_entries"("entity_type", "entity_id");
CREATE INDEX "events_procedure_id_id_idx" ON "events"("procedure_id", "id");
CREATE UNIQUE INDEX "webhook_deliveries_webhook_id_event_id_key" ON "webhook_deliveries"("webhook_id", "event_id");
CREATE INDEX "webhook_deliveries_status_next_attempt_at_idx" ON "webhook_deliveries"("status", "next_attempt_at");

-- Foreign keys
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_committee_member_id_fkey" FOREIGN KEY ("committee_member_id") REFERENCES "committee_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "salary_bounds" ADD CONSTRAINT "salary_bounds_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "stages" ADD CONSTRAINT "stages_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "applications" ADD CONSTRAINT "applications_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "applications" ADD CONSTRAINT "applications_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "candidates"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "stage_changes" ADD CONSTRAINT "stage_changes_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "documents" ADD CONSTRAINT "documents_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "interview_panelists" ADD CONSTRAINT "interview_panelists_interview_id_fkey" FOREIGN KEY ("interview_id") REFERENCES "interviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "interview_panelists" ADD CONSTRAINT "interview_panelists_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "committee_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_interview_id_fkey" FOREIGN KEY ("interview_id") REFERENCES "interviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "committee_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "consents" ADD CONSTRAINT "consents_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "candidates"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "reference_checks" ADD CONSTRAINT "reference_checks_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "offers" ADD CONSTRAINT "offers_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "candidates"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "data_subject_requests" ADD CONSTRAINT "data_subject_requests_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "candidates"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "sweep_marks" ADD CONSTRAINT "sweep_marks_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The audit trail is append-only: the database itself refuses to change or
-- remove an entry, whoever asks (issue: "the database refuses updates and deletes").
CREATE FUNCTION "audit_entries_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_entries is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "audit_entries_no_update" BEFORE UPDATE OR DELETE ON "audit_entries"
  FOR EACH ROW EXECUTE FUNCTION "audit_entries_append_only"();
CREATE TRIGGER "audit_entries_no_truncate" BEFORE TRUNCATE ON "audit_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entries_append_only"();
