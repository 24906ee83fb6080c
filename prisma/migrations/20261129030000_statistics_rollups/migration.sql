-- Public statistics at city scale (docs/domain/statistics.md): a monthly rollup with what each
-- month carried in, the dossiers in hand by month of receipt, the histogram of working days from
-- the clock's start to the result, the waits counted against the current clock, and the indexes a
-- request reads instead of the dossier table.

-- AlterTable
ALTER TABLE "dossier" ADD COLUMN     "clock_paused_seconds" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "stat_monthly" (
    "agency_id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "month" DATE NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "resolved_early" INTEGER NOT NULL DEFAULT 0,
    "resolved_on_time" INTEGER NOT NULL DEFAULT 0,
    "resolved_late" INTEGER NOT NULL DEFAULT 0,
    "returned" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "stopped" INTEGER NOT NULL DEFAULT 0,
    "supplement_requests" INTEGER NOT NULL DEFAULT 0,
    "apologies" INTEGER NOT NULL DEFAULT 0,
    "bounces" INTEGER NOT NULL DEFAULT 0,
    "paid_online" INTEGER NOT NULL DEFAULT 0,
    "ratings" INTEGER NOT NULL DEFAULT 0,
    "ratings_satisfied" INTEGER NOT NULL DEFAULT 0,
    "carried_in" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "stat_monthly_pkey" PRIMARY KEY ("agency_id","procedure_id","channel","month")
);

-- CreateTable
CREATE TABLE "stat_open" (
    "agency_id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "received_month" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "stat_open_pkey" PRIMARY KEY ("agency_id","procedure_id","channel","received_month")
);

-- CreateTable
CREATE TABLE "stat_duration" (
    "agency_id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "working_days" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "stat_duration_pkey" PRIMARY KEY ("agency_id","procedure_id","day","working_days")
);

-- CreateIndex
CREATE INDEX "dossier_running_reference_due_idx" ON "dossier"("agency_id", "reference_due_at") WHERE (status = ANY (ARRAY['RECEIVED'::"DossierStatus", 'IN_PROCESSING'::"DossierStatus"]));

-- CreateIndex
CREATE INDEX "stat_daily_procedure_id_day_idx" ON "stat_daily"("procedure_id", "day");

-- CreateIndex
CREATE INDEX "stat_monthly_month_idx" ON "stat_monthly"("month");

-- CreateIndex
CREATE INDEX "stat_monthly_procedure_id_month_idx" ON "stat_monthly"("procedure_id", "month");

-- CreateIndex
CREATE INDEX "stat_open_nonzero_idx" ON "stat_open"("received_month") WHERE (count <> 0);

-- CreateIndex
CREATE INDEX "stat_duration_day_idx" ON "stat_duration"("day");

-- CreateIndex
CREATE INDEX "stat_duration_procedure_id_day_idx" ON "stat_duration"("procedure_id", "day");

-- AddForeignKey
ALTER TABLE "stat_monthly" ADD CONSTRAINT "stat_monthly_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stat_monthly" ADD CONSTRAINT "stat_monthly_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stat_open" ADD CONSTRAINT "stat_open_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stat_open" ADD CONSTRAINT "stat_open_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stat_duration" ADD CONSTRAINT "stat_duration_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stat_duration" ADD CONSTRAINT "stat_duration_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "stat_agency_monthly" (
    "agency_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "received_online" INTEGER NOT NULL DEFAULT 0,
    "received_in_person" INTEGER NOT NULL DEFAULT 0,
    "received_post" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "resolved_early" INTEGER NOT NULL DEFAULT 0,
    "resolved_on_time" INTEGER NOT NULL DEFAULT 0,
    "resolved_late" INTEGER NOT NULL DEFAULT 0,
    "returned" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "stopped" INTEGER NOT NULL DEFAULT 0,
    "supplement_requests" INTEGER NOT NULL DEFAULT 0,
    "apologies" INTEGER NOT NULL DEFAULT 0,
    "bounces" INTEGER NOT NULL DEFAULT 0,
    "paid_online" INTEGER NOT NULL DEFAULT 0,
    "ratings" INTEGER NOT NULL DEFAULT 0,
    "ratings_satisfied" INTEGER NOT NULL DEFAULT 0,
    "carried_in" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "stat_agency_monthly_pkey" PRIMARY KEY ("agency_id","month")
);

-- CreateTable
CREATE TABLE "stat_agency_open" (
    "agency_id" UUID NOT NULL,
    "received_month" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "stat_agency_open_pkey" PRIMARY KEY ("agency_id","received_month")
);

-- CreateIndex
CREATE INDEX "stat_agency_monthly_month_idx" ON "stat_agency_monthly"("month");

-- CreateIndex
CREATE INDEX "stat_agency_open_nonzero_idx" ON "stat_agency_open"("received_month") WHERE (count <> 0);

-- AddForeignKey
ALTER TABLE "stat_agency_monthly" ADD CONSTRAINT "stat_agency_monthly_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stat_agency_open" ADD CONSTRAINT "stat_agency_open_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
