-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Appeal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "office" TEXT NOT NULL DEFAULT 'COURT',
    "verdictId" TEXT NOT NULL,
    "filedAt" DATETIME NOT NULL,
    "party" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "decisionRef" TEXT,
    "decidedAt" DATETIME,
    "amendedSentenceMonths" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "inputDigest" TEXT,
    "decisionInputDigest" TEXT,
    CONSTRAINT "Appeal_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Appeal" ("amendedSentenceMonths", "decidedAt", "decisionInputDigest", "decisionRef", "externalRef", "filedAt", "id", "inputDigest", "office", "party", "status", "verdictId") SELECT "amendedSentenceMonths", "decidedAt", "decisionInputDigest", "decisionRef", "externalRef", "filedAt", "id", "inputDigest", "office", "party", "status", "verdictId" FROM "Appeal";
DROP TABLE "Appeal";
ALTER TABLE "new_Appeal" RENAME TO "Appeal";
CREATE UNIQUE INDEX "Appeal_externalRef_key" ON "Appeal"("externalRef");
CREATE UNIQUE INDEX "Appeal_decisionRef_key" ON "Appeal"("decisionRef");
CREATE INDEX "Appeal_verdictId_idx" ON "Appeal"("verdictId");
CREATE TABLE "new_CourtFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "office" TEXT NOT NULL DEFAULT 'COURT',
    "indictmentId" TEXT NOT NULL,
    "acceptedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "statusSince" DATETIME NOT NULL,
    "judgmentRef" TEXT,
    "triedAt" DATETIME,
    "trialKind" TEXT,
    "venueUnitCode" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "inputDigest" TEXT,
    "trialInputDigest" TEXT,
    CONSTRAINT "CourtFile_indictmentId_fkey" FOREIGN KEY ("indictmentId") REFERENCES "Indictment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_CourtFile" ("acceptedAt", "externalRef", "id", "indictmentId", "inputDigest", "judgmentRef", "office", "status", "statusSince", "trialInputDigest", "trialKind", "triedAt", "venueUnitCode") SELECT "acceptedAt", "externalRef", "id", "indictmentId", "inputDigest", "judgmentRef", "office", "status", "statusSince", "trialInputDigest", "trialKind", "triedAt", "venueUnitCode" FROM "CourtFile";
DROP TABLE "CourtFile";
ALTER TABLE "new_CourtFile" RENAME TO "CourtFile";
CREATE UNIQUE INDEX "CourtFile_externalRef_key" ON "CourtFile"("externalRef");
CREATE UNIQUE INDEX "CourtFile_indictmentId_key" ON "CourtFile"("indictmentId");
CREATE UNIQUE INDEX "CourtFile_judgmentRef_key" ON "CourtFile"("judgmentRef");
CREATE INDEX "CourtFile_acceptedAt_idx" ON "CourtFile"("acceptedAt");
CREATE INDEX "CourtFile_triedAt_idx" ON "CourtFile"("triedAt");
CREATE TABLE "new_ProcuracyFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "office" TEXT NOT NULL DEFAULT 'PROCURACY',
    "caseId" TEXT NOT NULL,
    "acceptedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "statusSince" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "indictedAt" DATETIME,
    "unitCode" TEXT NOT NULL DEFAULT '',
    "inputDigest" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_ProcuracyFile" ("acceptedAt", "caseId", "createdAt", "externalRef", "id", "indictedAt", "inputDigest", "office", "status", "statusSince", "unitCode", "updatedAt") SELECT "acceptedAt", "caseId", "createdAt", "externalRef", "id", "indictedAt", "inputDigest", "office", "status", "statusSince", "unitCode", "updatedAt" FROM "ProcuracyFile";
DROP TABLE "ProcuracyFile";
ALTER TABLE "new_ProcuracyFile" RENAME TO "ProcuracyFile";
CREATE UNIQUE INDEX "ProcuracyFile_externalRef_key" ON "ProcuracyFile"("externalRef");
CREATE UNIQUE INDEX "ProcuracyFile_caseId_key" ON "ProcuracyFile"("caseId");
CREATE INDEX "ProcuracyFile_acceptedAt_idx" ON "ProcuracyFile"("acceptedAt");
CREATE INDEX "ProcuracyFile_unitCode_idx" ON "ProcuracyFile"("unitCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
