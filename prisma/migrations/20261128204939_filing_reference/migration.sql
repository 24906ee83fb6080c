-- AlterTable
ALTER TABLE "dossier" ADD COLUMN     "reference" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "dossier_reference_key" ON "dossier"("reference");
