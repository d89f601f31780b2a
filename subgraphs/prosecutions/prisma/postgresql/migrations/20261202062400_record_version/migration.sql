-- AlterTable
ALTER TABLE "Appeal" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "CourtFile" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ProcuracyFile" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
