-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SupportCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "payloadHash" TEXT NOT NULL DEFAULT '',
    "personRef" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "facility" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,
    "arrival" TEXT NOT NULL DEFAULT 'OTHER',
    "consentToShare" TEXT NOT NULL DEFAULT 'NOT_ASKED',
    "consentRecordedAt" DATETIME,
    "screeningResult" TEXT,
    "screenedAt" DATETIME,
    "needs" TEXT NOT NULL DEFAULT '',
    "needsAssessedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_SupportCase" ("consentRecordedAt", "consentToShare", "createdAt", "externalRef", "facility", "id", "needs", "needsAssessedAt", "payloadHash", "personRef", "receivedAt", "screenedAt", "screeningResult", "unitCode", "updatedAt") SELECT "consentRecordedAt", "consentToShare", "createdAt", "externalRef", "facility", "id", "needs", "needsAssessedAt", "payloadHash", "personRef", "receivedAt", "screenedAt", "screeningResult", "unitCode", "updatedAt" FROM "SupportCase";
DROP TABLE "SupportCase";
ALTER TABLE "new_SupportCase" RENAME TO "SupportCase";
CREATE UNIQUE INDEX "SupportCase_externalRef_key" ON "SupportCase"("externalRef");
CREATE INDEX "SupportCase_personRef_idx" ON "SupportCase"("personRef");
CREATE INDEX "SupportCase_receivedAt_idx" ON "SupportCase"("receivedAt");
CREATE INDEX "SupportCase_unitCode_idx" ON "SupportCase"("unitCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
