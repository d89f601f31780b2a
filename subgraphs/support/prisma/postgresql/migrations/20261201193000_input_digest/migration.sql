-- NET-14: one idempotency column in every agency, `inputDigest` (keyed by the field key from now
-- on). Renamed, not re-created: the digests on record are kept, and the kit still recognises a
-- replay of a record written before (its unkeyed SHA-256 of the same input).
ALTER TABLE "SupportCase" RENAME COLUMN "payloadHash" TO "inputDigest";
ALTER TABLE "SupportService" RENAME COLUMN "payloadHash" TO "inputDigest";
ALTER TABLE "SupportReferral" RENAME COLUMN "payloadHash" TO "inputDigest";
ALTER TABLE "ReintegrationFollowUp" RENAME COLUMN "payloadHash" TO "inputDigest";
ALTER TABLE "HotlineContact" RENAME COLUMN "payloadHash" TO "inputDigest";
