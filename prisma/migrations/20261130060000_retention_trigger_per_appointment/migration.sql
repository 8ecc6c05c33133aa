-- A person's retention date (candidate_retention, src/domain/retention.ts)
-- depends on their applications only through which procedures they are in and
-- whether one of them is appointed. The statement trigger on every update of
-- applications recomputed it for each stage move: it captured the old and new
-- rows, ran its PL/pgSQL and planned candidate_retention afresh (a SQL
-- function's plan is not kept between calls), several times the cost of the
-- move itself. A row trigger now recomputes it only when the answer can
-- change: the application enters or leaves `appointed`, or changes procedure
-- or person. Its WHEN condition is evaluated without calling the function.
DROP TRIGGER "applications_retention_update" ON "applications";
DROP FUNCTION "applications_retention_update"();

CREATE FUNCTION "applications_retention_update"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_candidate_retention(ARRAY[OLD.candidate_id, NEW.candidate_id]);
  RETURN NULL;
END
$$;

CREATE TRIGGER "applications_retention_update" AFTER UPDATE OF "stage", "procedure_id", "candidate_id" ON "applications"
  FOR EACH ROW
  WHEN ((OLD.stage = 'appointed') IS DISTINCT FROM (NEW.stage = 'appointed')
        OR OLD.procedure_id IS DISTINCT FROM NEW.procedure_id
        OR OLD.candidate_id IS DISTINCT FROM NEW.candidate_id)
  EXECUTE FUNCTION "applications_retention_update"();
