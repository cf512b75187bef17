-- Per-status submission counters for the queue's tab counts (lib/dal/queue.ts): kept by triggers
-- in the same transaction as every insert, status change, delete and truncate, so reading the
-- counts costs the same at a million rows as at ten. Each status has 16 shards, picked at random
-- per change, so concurrent submissions do not queue on one counter row; a count is the sum.

-- CreateTable
CREATE TABLE "submission_status_count" (
    "status" "SubmissionStatus" NOT NULL,
    "shard" SMALLINT NOT NULL,
    "n" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "submission_status_count_pkey" PRIMARY KEY ("status","shard")
);

-- Every submission rewrites a counter row: vacuum this small table often so dead versions do not
-- pile up between autovacuum runs and make reading 64 rows slow.
ALTER TABLE "submission_status_count"
  SET (autovacuum_vacuum_threshold = 500, autovacuum_vacuum_scale_factor = 0);

CREATE FUNCTION submission_status_count_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pick SMALLINT := floor(random() * 16)::smallint;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO submission_status_count (status, shard, n) VALUES (OLD.status, pick, -1)
    ON CONFLICT (status, shard) DO UPDATE SET n = submission_status_count.n - 1;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO submission_status_count (status, shard, n) VALUES (NEW.status, pick, 1)
    ON CONFLICT (status, shard) DO UPDATE SET n = submission_status_count.n + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION submission_status_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM submission_status_count;
  RETURN NULL;
END $$;

CREATE TRIGGER submission_status_count_insert_delete AFTER INSERT OR DELETE ON "submission"
  FOR EACH ROW EXECUTE FUNCTION submission_status_count_row();
CREATE TRIGGER submission_status_count_update AFTER UPDATE OF "status" ON "submission"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION submission_status_count_row();
CREATE TRIGGER submission_status_count_truncate AFTER TRUNCATE ON "submission"
  FOR EACH STATEMENT EXECUTE FUNCTION submission_status_count_truncate();

-- The rows already there. The triggers above hold a lock on submission until this migration
-- commits, so no change slips between the count and the triggers.
INSERT INTO submission_status_count (status, shard, n)
SELECT status, 0, count(*) FROM "submission" GROUP BY status;
