-- NET-14: one idempotency column, `inputDigest`, under the kit's write pipeline. Renamed so the
-- rows keep their value: on SQLite the old `fingerprint` held the input's stable JSON, which the
-- kit still accepts as a legacy digest (digestMatches); new rows hold the keyed digest.
ALTER TABLE "BorderIncident" RENAME COLUMN "fingerprint" TO "inputDigest";
ALTER TABLE "Repatriation" RENAME COLUMN "fingerprint" TO "inputDigest";
ALTER TABLE "CrossBorderCooperation" RENAME COLUMN "fingerprint" TO "inputDigest";
