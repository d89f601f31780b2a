-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN "requestId" TEXT;
