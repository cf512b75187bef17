-- Outbox claims name their holder, and every mail worker keeps a heartbeat, so the claims of a
-- worker that crashed are released within seconds (lib/mail/claims.ts) instead of after a lease.

-- CreateTable
CREATE TABLE "mail_worker" (
    "id" UUID NOT NULL,
    "host" VARCHAR(255) NOT NULL,
    "pid" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "heartbeat_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mail_worker_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "outbox_email" ADD COLUMN "claimed_by" UUID;
