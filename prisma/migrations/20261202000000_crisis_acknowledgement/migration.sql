-- A crisis flag stays on every dashboard page until a member of staff acknowledges it.
ALTER TABLE "submission" ADD COLUMN "crisis_acknowledged_at" TIMESTAMPTZ(3),
ADD COLUMN "crisis_acknowledged_by_id" UUID;

ALTER TABLE "submission" ADD CONSTRAINT "submission_crisis_acknowledged_by_id_fkey" FOREIGN KEY ("crisis_acknowledged_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
