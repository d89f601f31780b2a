-- CreateTable
CREATE TABLE "ProcuracyFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "office" TEXT NOT NULL DEFAULT 'PROCURACY',
    "caseId" TEXT NOT NULL,
    "acceptedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "indictedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "ProcuracyFile_externalRef_key" ON "ProcuracyFile"("externalRef");

-- CreateIndex
CREATE UNIQUE INDEX "ProcuracyFile_caseId_key" ON "ProcuracyFile"("caseId");

-- CreateIndex
CREATE INDEX "ProcuracyFile_acceptedAt_idx" ON "ProcuracyFile"("acceptedAt");
