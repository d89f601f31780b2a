-- AlterTable
ALTER TABLE "Repatriation" ADD COLUMN     "embassyRefAt" TIMESTAMP(3),
ADD COLUMN     "verificationEndedAt" TIMESTAMP(3),
ADD COLUMN     "verificationStartedAt" TIMESTAMP(3);

-- Records written before this migration: the last status change is the best known time of
-- each step (a record already concluded is taken to have started verification then too).
UPDATE "Repatriation" SET "verificationStartedAt" = "statusChangedAt" WHERE "status" <> 'PENDING';
UPDATE "Repatriation" SET "verificationEndedAt" = "statusChangedAt" WHERE "status" IN ('VERIFIED', 'NOT_CONFIRMED');
UPDATE "Repatriation" SET "embassyRefAt" = "statusChangedAt" WHERE "embassyRef" IS NOT NULL;
