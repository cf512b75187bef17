-- Dev mailbox: messages "delivered" by the development mail transport (MAIL_TRANSPORT=dev, no
-- SMTP_URL outside production), shown at /dev/mailbox. Never written in production.

-- CreateTable
CREATE TABLE "dev_mail" (
    "id" UUID NOT NULL,
    "to" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dev_mail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "dev_mail_created_at_idx" ON "dev_mail"("created_at");
