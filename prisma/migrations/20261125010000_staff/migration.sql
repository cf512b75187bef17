-- Trigram matching for the dashboard's partial, case-insensitive search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'PHYSICIAN');

-- CreateEnum
CREATE TYPE "Likelihood" AS ENUM ('LIKELY', 'POSSIBLY', 'UNLIKELY', 'NOT_NOW');

-- CreateEnum
CREATE TYPE "ReplyStatus" AS ENUM ('DRAFT', 'SENT');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- AlterTable: existing rows get their search text from the columns it is made of.
ALTER TABLE "submission" ADD COLUMN "search_text" VARCHAR(600);
UPDATE "submission" SET "search_text" = lower("first_name" || ' ' || "last_name" || ' ' || "email" || ' ' || "reference");
ALTER TABLE "submission" ALTER COLUMN "search_text" SET NOT NULL;

-- DropIndex
DROP INDEX "submission_queue_idx";

-- CreateIndex
CREATE INDEX "submission_queue_idx" ON "submission"("status", "priority" DESC, "created_at", "id");

-- CreateIndex
CREATE INDEX "submission_search_idx" ON "submission" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "submission_created_at_idx" ON "submission"("created_at");

-- CreateTable
CREATE TABLE "user" (
    "id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "role" "Role" NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "totp_secret" VARCHAR(255),
    "totp_enabled_at" TIMESTAMPTZ(3),
    "recovery_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_throttle" (
    "key" VARCHAR(300) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),

    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "note" (
    "id" UUID NOT NULL,
    "submission_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "body" VARCHAR(5000) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reply" (
    "id" UUID NOT NULL,
    "submission_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "ReplyStatus" NOT NULL DEFAULT 'DRAFT',
    "author_id" UUID NOT NULL,
    "likelihood" "Likelihood",
    "benefits" VARCHAR(5000) NOT NULL DEFAULT '',
    "timeline" VARCHAR(5000) NOT NULL DEFAULT '',
    "considerations" VARCHAR(5000) NOT NULL DEFAULT '',
    "message" VARCHAR(10000) NOT NULL DEFAULT '',
    "template_key" VARCHAR(64),
    "sent_at" TIMESTAMPTZ(3),
    "viewed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reply_template" (
    "key" VARCHAR(64) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "likelihood" "Likelihood" NOT NULL,
    "benefits" VARCHAR(5000) NOT NULL,
    "timeline" VARCHAR(5000) NOT NULL,
    "considerations" VARCHAR(5000) NOT NULL,
    "message" VARCHAR(10000) NOT NULL,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reply_template_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_email" VARCHAR(254),
    "action" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(32),
    "subject_id" VARCHAR(64),
    "ip" VARCHAR(64),
    "details" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_email" (
    "id" UUID NOT NULL,
    "kind" VARCHAR(64) NOT NULL,
    "to" VARCHAR(254) NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" VARCHAR(1000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_email_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE INDEX "note_submission_idx" ON "note"("submission_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "reply_submission_id_version_key" ON "reply"("submission_id", "version");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at" DESC);

-- CreateIndex
CREATE INDEX "audit_event_actor_idx" ON "audit_event"("actor_id", "at" DESC);

-- CreateIndex
CREATE INDEX "audit_event_action_idx" ON "audit_event"("action", "at" DESC);

-- CreateIndex
CREATE INDEX "audit_event_subject_idx" ON "audit_event"("subject_type", "subject_id");

-- CreateIndex
CREATE INDEX "outbox_email_due_idx" ON "outbox_email"("status", "next_attempt_at");

-- AddForeignKey
ALTER TABLE "note" ADD CONSTRAINT "note_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "note" ADD CONSTRAINT "note_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reply" ADD CONSTRAINT "reply_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reply" ADD CONSTRAINT "reply_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Append-only audit log: nobody may rewrite history, whatever role the app connects with.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER "audit_event_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

-- CreateTable
CREATE TABLE "staff_session" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "mfa_passed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "staff_session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "staff_session_user_idx" ON "staff_session"("user_id");

-- AddForeignKey
ALTER TABLE "staff_session" ADD CONSTRAINT "staff_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
