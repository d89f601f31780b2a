-- CreateEnum
CREATE TYPE "Office" AS ENUM ('PROCURACY', 'COURT');

-- CreateEnum
CREATE TYPE "ProcuracyStatus" AS ENUM ('ACCEPTED', 'INDICTED', 'RETURNED_FOR_INVESTIGATION', 'SUSPENDED', 'DROPPED');

-- CreateTable
CREATE TABLE "ProcuracyFile" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "office" "Office" NOT NULL DEFAULT 'PROCURACY',
    "caseId" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL,
    "status" "ProcuracyStatus" NOT NULL,
    "indictedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProcuracyFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProcuracyFile_externalRef_key" ON "ProcuracyFile"("externalRef");

-- CreateIndex
CREATE UNIQUE INDEX "ProcuracyFile_caseId_key" ON "ProcuracyFile"("caseId");

-- CreateIndex
CREATE INDEX "ProcuracyFile_acceptedAt_idx" ON "ProcuracyFile"("acceptedAt");
