-- 1. The deadline list without met obligations (src/modules/deadlines/deadlines.repository.ts)
--    reads each timeline obligation in due order and leaves out those met, by
--    anti-joins: for the overview and the committee meeting, a closed
--    preselection or shortlist. The closed stages of one name are found here
--    without reading every procedure's stages.
CREATE INDEX "stages_name_status_procedure_id_idx" ON "stages"("name", "status", "procedure_id");

-- 2. Storing the retention dates of many people at once (one statement that
--    adds thousands of applications or candidates) joined each person with the
--    dates computed for all of them. The planner expects a handful of rows from
--    unnest(ids) and from candidate_retention, made that a nested loop, and the
--    work grew with the square of the number (10,000 people: 5 s; the 90,000 of
--    one bench statement: minutes). The people and their computed dates are now
--    put together by grouping, which takes time in proportion to the number
--    whatever the planner expects. candidate_retention gives at most one row
--    per person; the rule is unchanged.
CREATE OR REPLACE FUNCTION "refresh_candidate_retention"(ids UUID[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE candidates c
     SET retention_due_at = r.due_at, retention_procedure_id = r.procedure_id
    FROM (SELECT x.id, (array_agg(x.procedure_id) FILTER (WHERE x.computed))[1] AS procedure_id,
                 max(x.due_at) FILTER (WHERE x.computed) AS due_at
            FROM (SELECT u.id, NULL::uuid AS procedure_id, NULL::timestamptz AS due_at, false AS computed FROM unnest(ids) u(id)
                  UNION ALL
                  SELECT cr.r_candidate_id, cr.r_procedure_id, cr.r_due_at, true FROM candidate_retention(ids) cr) x
           GROUP BY x.id) r
   WHERE c.id = r.id
     AND (c.retention_due_at IS DISTINCT FROM r.due_at OR c.retention_procedure_id IS DISTINCT FROM r.procedure_id);
$$;

COMMENT ON FUNCTION "refresh_candidate_retention"(UUID[]) IS
  'Stores candidate_retention in candidates.retention_due_at and retention_procedure_id; TypeScript twin: retentionErasure in src/domain/retention.ts.';
