-- AlterTable
ALTER TABLE "SupportReferral" ADD COLUMN     "answeredBy" TEXT,
ADD COLUMN     "referredBy" TEXT,
ADD COLUMN     "sharingEndedAt" TIMESTAMP(3),
ADD COLUMN     "toUnitCode" TEXT;

-- Sharing through a finished referral has ended; so has sharing through an accepted one whose
-- consent was recorded again after it was accepted (withdrawn, maybe given again): never revived.
UPDATE "SupportReferral" SET "sharingEndedAt" = COALESCE("doneAt", "revokedAt", "statusChangedAt")
  WHERE "sharesPersonData" = true AND "status" IN ('DONE', 'REVOKED');
UPDATE "SupportReferral" SET "sharingEndedAt" = (SELECT c."consentRecordedAt" FROM "SupportCase" c WHERE c."id" = "SupportReferral"."supportCaseId")
  WHERE "sharesPersonData" = true AND "status" = 'ACCEPTED' AND EXISTS (
    SELECT 1 FROM "SupportCase" c WHERE c."id" = "SupportReferral"."supportCaseId" AND c."consentRecordedAt" > "SupportReferral"."acceptedAt");
