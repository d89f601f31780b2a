-- AlterTable
ALTER TABLE "SupportReferral" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
