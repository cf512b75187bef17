-- CreateTable
CREATE TABLE "reply_link" (
    "id" UUID NOT NULL,
    "submission_id" UUID NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failed_dob_attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "reply_link_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "reply_link_token_hash_key" ON "reply_link"("token_hash");

-- CreateIndex
CREATE INDEX "reply_link_submission_idx" ON "reply_link"("submission_id");

-- AddForeignKey
ALTER TABLE "reply_link" ADD CONSTRAINT "reply_link_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
