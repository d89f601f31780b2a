-- AlterTable
ALTER TABLE "CriminalCase" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "IncomingReport" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Victim" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
