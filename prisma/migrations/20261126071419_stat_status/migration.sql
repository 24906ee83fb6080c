-- CreateTable
CREATE TABLE "stat_status" (
    "agency_id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "status" "DossierStatus" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "stat_status_pkey" PRIMARY KEY ("agency_id","procedure_id","channel","status")
);

-- AddForeignKey
ALTER TABLE "stat_status" ADD CONSTRAINT "stat_status_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stat_status" ADD CONSTRAINT "stat_status_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
