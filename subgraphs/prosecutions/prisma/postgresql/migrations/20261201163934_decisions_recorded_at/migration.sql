-- AlterTable
ALTER TABLE "CourtStatusChange" ADD COLUMN     "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "ProcuracyStatusChange" ADD COLUMN     "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Decisions recorded before this migration are taken as recorded on their date (when they were
-- written was not kept): only later entries count as late or retroactive in report revisions.
UPDATE "ProcuracyStatusChange" SET "recordedAt" = "at";
UPDATE "CourtStatusChange" SET "recordedAt" = "at";
