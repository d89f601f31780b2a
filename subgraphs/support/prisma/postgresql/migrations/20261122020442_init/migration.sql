-- CreateEnum
CREATE TYPE "Facility" AS ENUM ('SOCIAL_PROTECTION_CENTRE', 'VICTIM_SUPPORT_FACILITY', 'OTHER');

-- CreateTable
CREATE TABLE "SupportCase" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "personRef" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "facility" "Facility" NOT NULL,
    "unitCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportCase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SupportCase_externalRef_key" ON "SupportCase"("externalRef");

-- CreateIndex
CREATE INDEX "SupportCase_personRef_idx" ON "SupportCase"("personRef");

-- CreateIndex
CREATE INDEX "SupportCase_receivedAt_idx" ON "SupportCase"("receivedAt");
