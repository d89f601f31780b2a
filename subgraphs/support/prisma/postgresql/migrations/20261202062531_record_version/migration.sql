-- AlterTable
ALTER TABLE "HotlineContact" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "SupportCase" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "SupportService" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
