-- CreateTable
CREATE TABLE "ProcuracyStatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionRef" TEXT NOT NULL,
    "office" TEXT NOT NULL DEFAULT 'PROCURACY',
    "fileId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "reason" TEXT,
    "fingerprint" TEXT,
    CONSTRAINT "ProcuracyStatusChange_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ProcuracyFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Defendant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "office" TEXT NOT NULL DEFAULT 'PROCURACY',
    "fileId" TEXT NOT NULL,
    "personRef" TEXT NOT NULL,
    CONSTRAINT "Defendant_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ProcuracyFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Indictment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "office" TEXT NOT NULL DEFAULT 'PROCURACY',
    "fileId" TEXT NOT NULL,
    "indictedAt" DATETIME NOT NULL,
    "fingerprint" TEXT,
    CONSTRAINT "Indictment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ProcuracyFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Charge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "office" TEXT NOT NULL DEFAULT 'PROCURACY',
    "indictmentId" TEXT NOT NULL,
    "defendantId" TEXT NOT NULL,
    "article" INTEGER NOT NULL,
    "clause" INTEGER NOT NULL,
    CONSTRAINT "Charge_indictmentId_fkey" FOREIGN KEY ("indictmentId") REFERENCES "Indictment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Charge_defendantId_fkey" FOREIGN KEY ("defendantId") REFERENCES "Defendant" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CourtFile" (
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
    "fingerprint" TEXT,
    "trialFingerprint" TEXT,
    CONSTRAINT "CourtFile_indictmentId_fkey" FOREIGN KEY ("indictmentId") REFERENCES "Indictment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CourtStatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionRef" TEXT NOT NULL,
    "office" TEXT NOT NULL DEFAULT 'COURT',
    "courtFileId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "reason" TEXT,
    "fingerprint" TEXT,
    CONSTRAINT "CourtStatusChange_courtFileId_fkey" FOREIGN KEY ("courtFileId") REFERENCES "CourtFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Verdict" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "office" TEXT NOT NULL DEFAULT 'COURT',
    "courtFileId" TEXT NOT NULL,
    "defendantId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "article" INTEGER,
    "clause" INTEGER,
    "sentenceKind" TEXT,
    "sentenceMonths" INTEGER,
    "decidedAt" DATETIME NOT NULL,
    CONSTRAINT "Verdict_courtFileId_fkey" FOREIGN KEY ("courtFileId") REFERENCES "CourtFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Verdict_defendantId_fkey" FOREIGN KEY ("defendantId") REFERENCES "Defendant" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Appeal" (
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
    "fingerprint" TEXT,
    "decisionFingerprint" TEXT,
    CONSTRAINT "Appeal_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "fingerprint" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_ProcuracyFile" ("acceptedAt", "caseId", "createdAt", "externalRef", "id", "indictedAt", "office", "status", "updatedAt") SELECT "acceptedAt", "caseId", "createdAt", "externalRef", "id", "indictedAt", "office", "status", "updatedAt" FROM "ProcuracyFile";
DROP TABLE "ProcuracyFile";
ALTER TABLE "new_ProcuracyFile" RENAME TO "ProcuracyFile";
CREATE UNIQUE INDEX "ProcuracyFile_externalRef_key" ON "ProcuracyFile"("externalRef");
CREATE UNIQUE INDEX "ProcuracyFile_caseId_key" ON "ProcuracyFile"("caseId");
CREATE INDEX "ProcuracyFile_acceptedAt_idx" ON "ProcuracyFile"("acceptedAt");
CREATE INDEX "ProcuracyFile_unitCode_idx" ON "ProcuracyFile"("unitCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ProcuracyStatusChange_decisionRef_key" ON "ProcuracyStatusChange"("decisionRef");

-- CreateIndex
CREATE INDEX "ProcuracyStatusChange_fileId_at_idx" ON "ProcuracyStatusChange"("fileId", "at");

-- CreateIndex
CREATE INDEX "Defendant_personRef_idx" ON "Defendant"("personRef");

-- CreateIndex
CREATE UNIQUE INDEX "Defendant_fileId_personRef_key" ON "Defendant"("fileId", "personRef");

-- CreateIndex
CREATE UNIQUE INDEX "Indictment_externalRef_key" ON "Indictment"("externalRef");

-- CreateIndex
CREATE INDEX "Indictment_fileId_idx" ON "Indictment"("fileId");

-- CreateIndex
CREATE INDEX "Indictment_indictedAt_idx" ON "Indictment"("indictedAt");

-- CreateIndex
CREATE INDEX "Charge_defendantId_idx" ON "Charge"("defendantId");

-- CreateIndex
CREATE UNIQUE INDEX "Charge_indictmentId_defendantId_article_key" ON "Charge"("indictmentId", "defendantId", "article");

-- CreateIndex
CREATE UNIQUE INDEX "CourtFile_externalRef_key" ON "CourtFile"("externalRef");

-- CreateIndex
CREATE UNIQUE INDEX "CourtFile_indictmentId_key" ON "CourtFile"("indictmentId");

-- CreateIndex
CREATE UNIQUE INDEX "CourtFile_judgmentRef_key" ON "CourtFile"("judgmentRef");

-- CreateIndex
CREATE INDEX "CourtFile_acceptedAt_idx" ON "CourtFile"("acceptedAt");

-- CreateIndex
CREATE INDEX "CourtFile_triedAt_idx" ON "CourtFile"("triedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CourtStatusChange_decisionRef_key" ON "CourtStatusChange"("decisionRef");

-- CreateIndex
CREATE INDEX "CourtStatusChange_courtFileId_at_idx" ON "CourtStatusChange"("courtFileId", "at");

-- CreateIndex
CREATE INDEX "Verdict_defendantId_idx" ON "Verdict"("defendantId");

-- CreateIndex
CREATE INDEX "Verdict_decidedAt_idx" ON "Verdict"("decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Verdict_courtFileId_defendantId_key" ON "Verdict"("courtFileId", "defendantId");

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_externalRef_key" ON "Appeal"("externalRef");

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_decisionRef_key" ON "Appeal"("decisionRef");

-- CreateIndex
CREATE INDEX "Appeal_verdictId_idx" ON "Appeal"("verdictId");
