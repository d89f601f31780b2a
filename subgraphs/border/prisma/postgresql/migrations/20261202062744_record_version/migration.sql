-- AlterTable
ALTER TABLE "BorderIncident" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "CrossBorderCooperation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Repatriation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
