-- Per-status counts of each flag, each primary condition and each flag within a condition, for the
-- queue's tab counts under a flag filter, a condition filter or both (lib/dal/queue.ts): the triage
-- views a physician opens most, kept exact at any size for the cost of reading at most 64 rows. Kept by a trigger in the same
-- transaction as every insert, delete, truncate and change of status, flags or condition, sharded
-- like submission_status_count so concurrent submissions do not queue on one row.

-- CreateTable
CREATE TABLE "submission_facet_count" (
    "kind" VARCHAR(16) NOT NULL,
    "value" TEXT NOT NULL,
    "status" "SubmissionStatus" NOT NULL,
    "shard" SMALLINT NOT NULL,
    "n" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "submission_facet_count_pkey" PRIMARY KEY ("kind","value","status","shard")
);

ALTER TABLE "submission_facet_count"
  SET (autovacuum_vacuum_threshold = 500, autovacuum_vacuum_scale_factor = 0);

-- One statement per change: the old row's facets count -1 and the new row's +1, netted (a status
-- change that keeps the flags moves each of them from one status to the other; a flag recompute
-- that keeps the status touches only the flags that changed), and written in key order, so two
-- transactions never take the same counter rows in opposite orders.
CREATE FUNCTION submission_facet_count_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pick SMALLINT := floor(random() * 16)::smallint;
BEGIN
  INSERT INTO submission_facet_count (kind, value, status, shard, n)
  SELECT kind, value, status, pick, sum(delta)
  FROM (
    SELECT 'flag' AS kind, f AS value, OLD.status AS status, -1 AS delta
      FROM (SELECT DISTINCT unnest(CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.flags END)) AS o(f)
    UNION ALL
    SELECT 'condition', OLD.primary_condition, OLD.status, -1 WHERE TG_OP <> 'INSERT'
    UNION ALL
    SELECT 'flag', f, NEW.status, 1
      FROM (SELECT DISTINCT unnest(CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.flags END)) AS n(f)
    UNION ALL
    SELECT 'condition', NEW.primary_condition, NEW.status, 1 WHERE TG_OP <> 'DELETE'
    UNION ALL
    SELECT 'flag_condition', f || ' ' || OLD.primary_condition, OLD.status, -1
      FROM (SELECT DISTINCT unnest(CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.flags END)) AS o(f)
    UNION ALL
    SELECT 'flag_condition', f || ' ' || NEW.primary_condition, NEW.status, 1
      FROM (SELECT DISTINCT unnest(CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.flags END)) AS n(f)
  ) AS change
  GROUP BY kind, value, status
  HAVING sum(delta) <> 0
  ORDER BY kind, value, status
  ON CONFLICT (kind, value, status, shard) DO UPDATE SET n = submission_facet_count.n + EXCLUDED.n;
  RETURN NULL;
END $$;

CREATE FUNCTION submission_facet_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM submission_facet_count;
  RETURN NULL;
END $$;

CREATE TRIGGER submission_facet_count_insert_delete AFTER INSERT OR DELETE ON "submission"
  FOR EACH ROW EXECUTE FUNCTION submission_facet_count_row();
CREATE TRIGGER submission_facet_count_update
  AFTER UPDATE OF "status", "flags", "primary_condition" ON "submission"
  FOR EACH ROW WHEN (
    OLD.status IS DISTINCT FROM NEW.status
    OR OLD.flags IS DISTINCT FROM NEW.flags
    OR OLD.primary_condition IS DISTINCT FROM NEW.primary_condition
  )
  EXECUTE FUNCTION submission_facet_count_row();
CREATE TRIGGER submission_facet_count_truncate AFTER TRUNCATE ON "submission"
  FOR EACH STATEMENT EXECUTE FUNCTION submission_facet_count_truncate();

-- The rows already there (the triggers' lock on submission holds until this migration commits).
INSERT INTO submission_facet_count (kind, value, status, shard, n)
SELECT 'flag', f, status, 0, count(DISTINCT id) FROM "submission", unnest(flags) AS f
GROUP BY f, status;
INSERT INTO submission_facet_count (kind, value, status, shard, n)
SELECT 'condition', primary_condition, status, 0, count(*) FROM "submission"
GROUP BY primary_condition, status;
INSERT INTO submission_facet_count (kind, value, status, shard, n)
SELECT 'flag_condition', f || ' ' || primary_condition, status, 0, count(DISTINCT id)
FROM "submission", unnest(flags) AS f GROUP BY f, primary_condition, status;

-- A condition filter (alone, within a tab, or with a flag, where the planner intersects it with
-- the flags index) finds its rows without reading every row of the tab.
-- CreateIndex
CREATE INDEX "submission_condition_idx" ON "submission"("primary_condition", "status");
