-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('NEW', 'IN_REVIEW', 'REPLIED', 'ARCHIVED');

-- CreateTable
CREATE TABLE "submission" (
    "id" UUID NOT NULL,
    "reference" VARCHAR(13) NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'NEW',
    "idempotency_key" VARCHAR(255),
    "request_hash" CHAR(64),
    "form_version" INTEGER NOT NULL,
    "first_name" VARCHAR(100) NOT NULL,
    "last_name" VARCHAR(100) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "phone" VARCHAR(32),
    "date_of_birth" DATE NOT NULL,
    "state" VARCHAR(2) NOT NULL,
    "primary_condition" VARCHAR(64) NOT NULL,
    "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "priority" INTEGER NOT NULL DEFAULT 0,
    "triage" JSONB NOT NULL,
    "answers" JSONB NOT NULL,
    "consent_version" VARCHAR(32) NOT NULL,
    "consented_at" TIMESTAMPTZ(3) NOT NULL,
    "signature" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "submission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "submission_reference_key" ON "submission"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "submission_idempotency_key_key" ON "submission"("idempotency_key");

-- CreateIndex
CREATE INDEX "submission_queue_idx" ON "submission"("status", "priority" DESC, "created_at");

-- CreateIndex
CREATE INDEX "submission_email_idx" ON "submission"("email");

-- CreateIndex
CREATE INDEX "submission_flags_idx" ON "submission" USING GIN ("flags");
