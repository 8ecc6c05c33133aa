-- The deadline list and the sweep find their work with set-based queries;
-- these indexes keep them from reading every row as procedures accumulate.

-- Open procedures whose intake must close (a small part of all procedures).
CREATE INDEX "procedures_phase_idx" ON "procedures"("phase");

-- Milestones of one kind within a date range (the timeline deadlines).
CREATE INDEX "milestones_key_start_date_idx" ON "milestones"("key", "start_date");

-- Headhunted candidates not yet informed, by the day they were recorded.
CREATE INDEX "candidates_source_informed_at_created_at_idx" ON "candidates"("source", "informed_at", "created_at");

-- Unanswered questions not yet marked overdue, by due instant.
CREATE INDEX "inquiries_answered_at_overdue_marked_at_due_at_idx" ON "inquiries"("answered_at", "overdue_marked_at", "due_at");

-- A person's pending access and erasure requests.
CREATE INDEX "data_subject_requests_candidate_id_idx" ON "data_subject_requests"("candidate_id");
