-- AlterTable
ALTER TABLE "dossier" ADD COLUMN     "idempotency_key" TEXT,
ADD COLUMN     "lookup_code" TEXT;

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "session_version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "sign_in_code" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "code_hash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "consumed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_hit" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limit_hit_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateTable
CREATE TABLE "mailbox_message" (
    "id" UUID NOT NULL,
    "outbox_id" BIGINT NOT NULL,
    "channel" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mailbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sign_in_code_expires_at_idx" ON "sign_in_code"("expires_at");

-- CreateIndex
CREATE INDEX "rate_limit_hit_window_start_idx" ON "rate_limit_hit"("window_start");

-- CreateIndex
CREATE UNIQUE INDEX "mailbox_message_outbox_id_key" ON "mailbox_message"("outbox_id");

-- CreateIndex
CREATE INDEX "mailbox_message_sent_at_idx" ON "mailbox_message"("sent_at");

-- CreateIndex
CREATE UNIQUE INDEX "dossier_idempotency_key_key" ON "dossier"("idempotency_key");

-- CreateIndex
CREATE INDEX "dossier_status_updated_at_idx" ON "dossier"("status", "updated_at");
