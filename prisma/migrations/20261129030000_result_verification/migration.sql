-- Result verification (docs/domain/verification.md): the verification code of an issued result and
-- the hash of the file as uploaded, before the portal stamped its QR code onto it; the receipt's
-- verification code, given the first time the receipt is printed.

-- AlterTable
ALTER TABLE "document" ADD COLUMN     "original_sha256" TEXT,
ADD COLUMN     "verification_code" TEXT;

-- CreateTable
CREATE TABLE "receipt_verification" (
    "dossier_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "receipt_verification_pkey" PRIMARY KEY ("dossier_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "receipt_verification_code_key" ON "receipt_verification"("code");

-- CreateIndex: partial, so that the history's million results without a code cost no index entry.
CREATE UNIQUE INDEX "document_verification_code_key" ON "document"("verification_code") WHERE (verification_code IS NOT NULL);

-- AddForeignKey
ALTER TABLE "receipt_verification" ADD CONSTRAINT "receipt_verification_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
