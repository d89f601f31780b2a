-- One idempotency column, named as in every subgraph (NET-14): the digest of the validated input
-- beside the reference that makes a write idempotent. Renamed, so that the digests already stored
-- are kept: they are unkeyed SHA-256 digests, which the kit still recognises as a replay's
-- (kit writes/digest.ts, digestMatches); new writes store the keyed digest.
ALTER TABLE "ProcuracyFile" RENAME COLUMN "fingerprint" TO "inputDigest";
ALTER TABLE "ProcuracyStatusChange" RENAME COLUMN "fingerprint" TO "inputDigest";
ALTER TABLE "Indictment" RENAME COLUMN "fingerprint" TO "inputDigest";
ALTER TABLE "CourtFile" RENAME COLUMN "fingerprint" TO "inputDigest";
ALTER TABLE "CourtStatusChange" RENAME COLUMN "fingerprint" TO "inputDigest";
ALTER TABLE "Appeal" RENAME COLUMN "fingerprint" TO "inputDigest";
ALTER TABLE "CourtFile" RENAME COLUMN "trialFingerprint" TO "trialInputDigest";
ALTER TABLE "Appeal" RENAME COLUMN "decisionFingerprint" TO "decisionInputDigest";
