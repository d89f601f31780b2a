-- NET-14: one idempotency column, `inputDigest`, under the kit's write pipeline. Renamed so the
-- rows keep their value; the old `fingerprint` held the input's stable JSON in clear: it becomes
-- its unkeyed SHA-256, the legacy digest the kit still accepts (digestMatches). New rows hold the
-- keyed digest.
ALTER TABLE "BorderIncident" RENAME COLUMN "fingerprint" TO "inputDigest";
ALTER TABLE "Repatriation" RENAME COLUMN "fingerprint" TO "inputDigest";
ALTER TABLE "CrossBorderCooperation" RENAME COLUMN "fingerprint" TO "inputDigest";

UPDATE "BorderIncident" SET "inputDigest" = encode(sha256(convert_to("inputDigest", 'UTF8')), 'hex') WHERE "inputDigest" <> '';
UPDATE "Repatriation" SET "inputDigest" = encode(sha256(convert_to("inputDigest", 'UTF8')), 'hex') WHERE "inputDigest" <> '';
UPDATE "CrossBorderCooperation" SET "inputDigest" = encode(sha256(convert_to("inputDigest", 'UTF8')), 'hex') WHERE "inputDigest" <> '';
