-- Extensions for the procedure search: accent-insensitive (unaccent) and typo-tolerant (pg_trgm).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it depends on the dictionary setting); this wrapper pins the
-- dictionary so the result can be stored and indexed. đ/Đ are covered by unaccent's rules.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Text used by the catalogue search: lower-case, without diacritics.
CREATE OR REPLACE FUNCTION f_search_normalize(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(f_unaccent($1)) $$;

-- CreateEnum
CREATE TYPE "AgencyLevel" AS ENUM ('CENTRAL', 'PROVINCE', 'COMMUNE');

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('PEOPLES_COMMITTEE', 'DEPARTMENT', 'SERVICE_CENTRE', 'POLICE', 'OTHER');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('ONE_STOP_DESK', 'PROCESSING', 'LEADERSHIP');

-- CreateEnum
CREATE TYPE "TimeUnit" AS ENUM ('WORKING_DAYS', 'CALENDAR_DAYS', 'HOURS');

-- CreateEnum
CREATE TYPE "OnlineLevel" AS ENUM ('FULL', 'PARTIAL');

-- CreateEnum
CREATE TYPE "FeeStatus" AS ENUM ('AMOUNT', 'SET_BY_PROVINCIAL_COUNCIL', 'NOT_STATED');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('IN_PERSON', 'ONLINE', 'POST');

-- CreateEnum
CREATE TYPE "OfficerRole" AS ENUM ('DESK_OFFICER', 'SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('RESIDENT', 'OFFICER', 'ADMIN');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('OWNER', 'MEMBER');

-- CreateEnum
CREATE TYPE "DossierStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RECEIVED', 'REFUSED', 'IN_PROCESSING', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT', 'WITHDRAWN', 'STOPPED', 'RESOLVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ApplicantType" AS ENUM ('CITIZEN', 'BUSINESS', 'STATE_BODY', 'OTHER');

-- CreateEnum
CREATE TYPE "Resolution" AS ENUM ('APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ReturnMethod" AS ENUM ('AT_DESK', 'POST', 'ONLINE');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('APPLICATION', 'SUPPLEMENT', 'RESULT', 'NOTICE', 'OTHER');

-- CreateEnum
CREATE TYPE "StepOutcome" AS ENUM ('EARLY', 'ON_TIME', 'LATE');

-- CreateEnum
CREATE TYPE "StepKind" AS ENUM ('RECEIPT', 'PROCESSING', 'CONSULTATION', 'RETURN');

-- CreateEnum
CREATE TYPE "SupplementStage" AS ENUM ('AT_RECEIPT', 'AFTER_RECEIPT');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('ONLINE', 'CASH', 'BANK_TRANSFER');

-- CreateEnum
CREATE TYPE "OverallSatisfaction" AS ENUM ('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED');

-- CreateEnum
CREATE TYPE "DayKind" AS ENUM ('WORKDAY', 'WEEKEND', 'HOLIDAY', 'COMPENSATORY_DAY_OFF', 'MAKEUP_WORKDAY');

-- CreateTable
CREATE TABLE "agency" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "short_name" TEXT,
    "kind" "AgencyKind" NOT NULL,
    "level" "AgencyLevel" NOT NULL,
    "parent_id" UUID,
    "successor_id" UUID,
    "address" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "note" TEXT,
    "valid_from" DATE,
    "valid_to" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agency_unit" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "kind" "UnitKind" NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agency_unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "field" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,

    CONSTRAINT "field_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "procedure" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "search_text" TEXT NOT NULL DEFAULT '',
    "field_id" UUID NOT NULL,
    "level" "AgencyLevel" NOT NULL,
    "implementing_agency_text" TEXT NOT NULL,
    "local_agency_note" TEXT,
    "online_level" "OnlineLevel",
    "channels" "Channel"[],
    "subjects" TEXT,
    "time_limit_value" DECIMAL(6,2),
    "time_limit_unit" "TimeUnit",
    "time_limit_text" TEXT,
    "online_time_limit_value" DECIMAL(6,2),
    "online_time_limit_unit" "TimeUnit",
    "has_same_day_cutoff" BOOLEAN NOT NULL DEFAULT false,
    "fee_vnd" INTEGER,
    "fee_status" "FeeStatus" NOT NULL DEFAULT 'NOT_STATED',
    "fee_text" TEXT,
    "fee_and_time_raw_text" TEXT,
    "legal_basis" TEXT[],
    "results" TEXT[],
    "publishing_decision" TEXT,
    "form_fields" JSONB NOT NULL DEFAULT '[]',
    "source_url" TEXT,
    "source_note" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "procedure_agency" (
    "procedure_id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,

    CONSTRAINT "procedure_agency_pkey" PRIMARY KEY ("procedure_id","agency_id")
);

-- CreateTable
CREATE TABLE "procedure_document" (
    "id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "group_name" TEXT,
    "originals" INTEGER NOT NULL DEFAULT 0,
    "certified_copies" INTEGER NOT NULL DEFAULT 0,
    "copies" INTEGER NOT NULL DEFAULT 0,
    "quantity_text" TEXT,
    "form_name" TEXT,
    "is_required" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "procedure_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "procedure_step" (
    "id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "unit_code" TEXT NOT NULL,
    "unit_kind" "UnitKind" NOT NULL,
    "role" "OfficerRole" NOT NULL,
    "duration_value" DECIMAL(6,2),
    "duration_unit" "TimeUnit",
    "description" TEXT,

    CONSTRAINT "procedure_step_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" UUID NOT NULL,
    "role" "UserRole" NOT NULL,
    "full_name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "national_id" TEXT,
    "date_of_birth" DATE,
    "address" TEXT,
    "oidc_subject" TEXT,
    "identity_level" INTEGER,
    "password_hash" TEXT,
    "totp_secret" TEXT,
    "agency_id" UUID,
    "unit_id" UUID,
    "officer_role" "OfficerRole",
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" UUID NOT NULL,
    "tax_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_member" (
    "organization_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'MEMBER',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organization_member_pkey" PRIMARY KEY ("organization_id","user_id")
);

-- CreateTable
CREATE TABLE "dossier" (
    "id" UUID NOT NULL,
    "code" TEXT,
    "procedure_id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "receiving_agency_id" UUID,
    "applicant_id" UUID,
    "organization_id" UUID,
    "status" "DossierStatus" NOT NULL DEFAULT 'DRAFT',
    "channel" "Channel" NOT NULL,
    "applicant_type" "ApplicantType" NOT NULL DEFAULT 'CITIZEN',
    "applicant_snapshot" JSONB NOT NULL DEFAULT '{}',
    "form_data" JSONB NOT NULL DEFAULT '{}',
    "is_vneid_authenticated" BOOLEAN NOT NULL DEFAULT false,
    "id_type" TEXT,
    "copies" INTEGER NOT NULL DEFAULT 1,
    "return_method" "ReturnMethod" NOT NULL DEFAULT 'AT_DESK',
    "resolution" "Resolution",
    "fee_vnd" INTEGER,
    "is_paid_online" BOOLEAN NOT NULL DEFAULT false,
    "current_step_id" UUID,
    "current_handler_id" UUID,
    "current_unit_id" UUID,
    "submitted_at" TIMESTAMPTZ(3),
    "received_at" TIMESTAMPTZ(3),
    "clock_started_at" TIMESTAMPTZ(3),
    "due_at" TIMESTAMPTZ(3),
    "original_due_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "returned_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "paused_at" TIMESTAMPTZ(3),
    "paused_seconds" INTEGER NOT NULL DEFAULT 0,
    "supplement_count" INTEGER NOT NULL DEFAULT 0,
    "bounce_count" INTEGER NOT NULL DEFAULT 0,
    "has_apology" BOOLEAN NOT NULL DEFAULT false,
    "is_late" BOOLEAN,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossier_code_counter" (
    "agency_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "last_value" INTEGER NOT NULL,

    CONSTRAINT "dossier_code_counter_pkey" PRIMARY KEY ("agency_id","day")
);

-- CreateTable
CREATE TABLE "document" (
    "id" UUID NOT NULL,
    "dossier_id" UUID,
    "requirement_id" UUID,
    "kind" "DocumentKind" NOT NULL,
    "name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "processing_step" (
    "id" UUID NOT NULL,
    "dossier_id" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "kind" "StepKind" NOT NULL,
    "plan_step_id" UUID,
    "agency_id" UUID NOT NULL,
    "unit_id" UUID,
    "handler_id" UUID,
    "title" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "outcome" "StepOutcome",
    "is_bounce" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "processing_step_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossier_event" (
    "id" UUID NOT NULL,
    "dossier_id" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "actor_id" UUID,
    "actor_role" TEXT NOT NULL,
    "from_status" "DossierStatus",
    "to_status" "DossierStatus" NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "prev_hash" TEXT,
    "hash" TEXT NOT NULL,

    CONSTRAINT "dossier_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supplement_request" (
    "id" UUID NOT NULL,
    "dossier_id" UUID NOT NULL,
    "stage" "SupplementStage" NOT NULL,
    "requested_by_id" UUID NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "fulfilled_at" TIMESTAMPTZ(3),

    CONSTRAINT "supplement_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "due_date_change" (
    "id" UUID NOT NULL,
    "dossier_id" UUID NOT NULL,
    "previous_due_at" TIMESTAMPTZ(3) NOT NULL,
    "new_due_at" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "issued_by_id" UUID NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "due_date_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultation" (
    "id" UUID NOT NULL,
    "dossier_id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "unit_id" UUID,
    "question" TEXT NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "replied_at" TIMESTAMPTZ(3),
    "reply" TEXT,

    CONSTRAINT "consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment" (
    "id" UUID NOT NULL,
    "dossier_id" UUID NOT NULL,
    "amount_vnd" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "paid_at" TIMESTAMPTZ(3),
    "method" "PaymentMethod",
    "reference" TEXT,

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rating" (
    "id" UUID NOT NULL,
    "dossier_id" UUID NOT NULL,
    "user_id" UUID,
    "overall" "OverallSatisfaction" NOT NULL,
    "scores" JSONB NOT NULL DEFAULT '{}',
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_day" (
    "date" DATE NOT NULL,
    "is_working_day" BOOLEAN NOT NULL,
    "kind" "DayKind" NOT NULL,
    "name" TEXT,
    "name_en" TEXT,

    CONSTRAINT "calendar_day_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "outbox_message" (
    "id" BIGSERIAL NOT NULL,
    "topic" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stat_daily" (
    "agency_id" UUID NOT NULL,
    "procedure_id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "day" DATE NOT NULL,
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

    CONSTRAINT "stat_daily_pkey" PRIMARY KEY ("agency_id","procedure_id","channel","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "agency_code_key" ON "agency"("code");

-- CreateIndex
CREATE UNIQUE INDEX "agency_slug_key" ON "agency"("slug");

-- CreateIndex
CREATE INDEX "agency_level_valid_to_idx" ON "agency"("level", "valid_to");

-- CreateIndex
CREATE INDEX "agency_parent_id_idx" ON "agency"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "agency_unit_agency_id_code_key" ON "agency_unit"("agency_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "field_code_key" ON "field"("code");

-- CreateIndex
CREATE UNIQUE INDEX "field_name_key" ON "field"("name");

-- CreateIndex
CREATE UNIQUE INDEX "procedure_code_key" ON "procedure"("code");

-- CreateIndex
CREATE INDEX "procedure_field_id_idx" ON "procedure"("field_id");

-- CreateIndex
CREATE INDEX "procedure_level_idx" ON "procedure"("level");

-- CreateIndex
CREATE INDEX "procedure_online_level_idx" ON "procedure"("online_level");

-- CreateIndex
CREATE INDEX "procedure_search_text_trgm_idx" ON "procedure" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "procedure_agency_agency_id_idx" ON "procedure_agency"("agency_id");

-- CreateIndex
CREATE UNIQUE INDEX "procedure_document_procedure_id_position_key" ON "procedure_document"("procedure_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "procedure_step_procedure_id_position_key" ON "procedure_step"("procedure_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "user_national_id_key" ON "user"("national_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_oidc_subject_key" ON "user"("oidc_subject");

-- CreateIndex
CREATE INDEX "user_agency_id_unit_id_idx" ON "user"("agency_id", "unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "organization_tax_code_key" ON "organization"("tax_code");

-- CreateIndex
CREATE INDEX "organization_member_user_id_idx" ON "organization_member"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "dossier_code_key" ON "dossier"("code");

-- CreateIndex
CREATE UNIQUE INDEX "dossier_current_step_id_key" ON "dossier"("current_step_id");

-- CreateIndex
CREATE INDEX "dossier_applicant_id_created_at_idx" ON "dossier"("applicant_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "dossier_organization_id_created_at_idx" ON "dossier"("organization_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "dossier_agency_id_status_due_at_idx" ON "dossier"("agency_id", "status", "due_at");

-- CreateIndex
CREATE INDEX "dossier_receiving_agency_id_received_at_idx" ON "dossier"("receiving_agency_id", "received_at");

-- CreateIndex
CREATE INDEX "dossier_current_unit_id_status_idx" ON "dossier"("current_unit_id", "status");

-- CreateIndex
CREATE INDEX "dossier_current_handler_id_status_idx" ON "dossier"("current_handler_id", "status");

-- CreateIndex
CREATE INDEX "dossier_procedure_id_idx" ON "dossier"("procedure_id");

-- CreateIndex
CREATE UNIQUE INDEX "document_storage_key_key" ON "document"("storage_key");

-- CreateIndex
CREATE INDEX "document_dossier_id_kind_idx" ON "document"("dossier_id", "kind");

-- CreateIndex
CREATE INDEX "processing_step_unit_id_completed_at_idx" ON "processing_step"("unit_id", "completed_at");

-- CreateIndex
CREATE INDEX "processing_step_handler_id_completed_at_idx" ON "processing_step"("handler_id", "completed_at");

-- CreateIndex
CREATE UNIQUE INDEX "processing_step_dossier_id_sequence_key" ON "processing_step"("dossier_id", "sequence");

-- CreateIndex
CREATE INDEX "dossier_event_occurred_at_idx" ON "dossier_event"("occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "dossier_event_dossier_id_sequence_key" ON "dossier_event"("dossier_id", "sequence");

-- CreateIndex
CREATE INDEX "supplement_request_dossier_id_idx" ON "supplement_request"("dossier_id");

-- CreateIndex
CREATE UNIQUE INDEX "due_date_change_dossier_id_key" ON "due_date_change"("dossier_id");

-- CreateIndex
CREATE INDEX "consultation_dossier_id_idx" ON "consultation"("dossier_id");

-- CreateIndex
CREATE INDEX "consultation_agency_id_replied_at_idx" ON "consultation"("agency_id", "replied_at");

-- CreateIndex
CREATE INDEX "payment_dossier_id_idx" ON "payment"("dossier_id");

-- CreateIndex
CREATE UNIQUE INDEX "rating_dossier_id_key" ON "rating"("dossier_id");

-- CreateIndex
CREATE INDEX "outbox_message_processed_at_available_at_idx" ON "outbox_message"("processed_at", "available_at");

-- CreateIndex
CREATE INDEX "stat_daily_day_idx" ON "stat_daily"("day");

-- AddForeignKey
ALTER TABLE "agency" ADD CONSTRAINT "agency_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency" ADD CONSTRAINT "agency_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency_unit" ADD CONSTRAINT "agency_unit_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure" ADD CONSTRAINT "procedure_field_id_fkey" FOREIGN KEY ("field_id") REFERENCES "field"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure_agency" ADD CONSTRAINT "procedure_agency_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure_agency" ADD CONSTRAINT "procedure_agency_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure_document" ADD CONSTRAINT "procedure_document_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure_step" ADD CONSTRAINT "procedure_step_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "agency_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_member" ADD CONSTRAINT "organization_member_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_member" ADD CONSTRAINT "organization_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_receiving_agency_id_fkey" FOREIGN KEY ("receiving_agency_id") REFERENCES "agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_current_handler_id_fkey" FOREIGN KEY ("current_handler_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_code_counter" ADD CONSTRAINT "dossier_code_counter_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_requirement_id_fkey" FOREIGN KEY ("requirement_id") REFERENCES "procedure_document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "processing_step" ADD CONSTRAINT "processing_step_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "processing_step" ADD CONSTRAINT "processing_step_plan_step_id_fkey" FOREIGN KEY ("plan_step_id") REFERENCES "procedure_step"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "processing_step" ADD CONSTRAINT "processing_step_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "processing_step" ADD CONSTRAINT "processing_step_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "agency_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "processing_step" ADD CONSTRAINT "processing_step_handler_id_fkey" FOREIGN KEY ("handler_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_event" ADD CONSTRAINT "dossier_event_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_event" ADD CONSTRAINT "dossier_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supplement_request" ADD CONSTRAINT "supplement_request_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supplement_request" ADD CONSTRAINT "supplement_request_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "due_date_change" ADD CONSTRAINT "due_date_change_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "due_date_change" ADD CONSTRAINT "due_date_change_issued_by_id_fkey" FOREIGN KEY ("issued_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "agency_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rating" ADD CONSTRAINT "rating_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rating" ADD CONSTRAINT "rating_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stat_daily" ADD CONSTRAINT "stat_daily_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stat_daily" ADD CONSTRAINT "stat_daily_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- procedure.search_text follows the code and the names (Vietnamese and English) of the procedure.
CREATE OR REPLACE FUNCTION procedure_set_search_text() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := f_search_normalize(
    regexp_replace(NEW.name, '^Thủ tục\s+', '', 'i') || ' ' || NEW.code || ' ' || coalesce(NEW.name_en, ''));
  RETURN NEW;
END $$;

CREATE TRIGGER procedure_search_text
  BEFORE INSERT OR UPDATE OF name, name_en, code ON "procedure"
  FOR EACH ROW EXECUTE FUNCTION procedure_set_search_text();
