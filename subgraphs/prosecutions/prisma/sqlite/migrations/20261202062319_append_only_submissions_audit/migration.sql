-- Generated from subgraphs/kit/src/prisma/appendOnly.ts (npx tsx ../kit/src/prisma/appendOnlyMigration.ts): never edit.
-- Submitted report revisions and the audit log are append-only: the database refuses to change or remove their rows.

-- ReportSubmission
CREATE TRIGGER "ReportSubmission_refuse_update" BEFORE UPDATE ON "ReportSubmission"
BEGIN
  SELECT RAISE(ABORT, 'ReportSubmission UPDATE: bản báo cáo định kỳ đã gửi không được sửa hay xóa; điều chỉnh bằng một lần gửi mới — a submitted periodic report revision is never updated or deleted; a correction is a new revision');
END;
CREATE TRIGGER "ReportSubmission_refuse_delete" BEFORE DELETE ON "ReportSubmission"
BEGIN
  SELECT RAISE(ABORT, 'ReportSubmission DELETE: bản báo cáo định kỳ đã gửi không được sửa hay xóa; điều chỉnh bằng một lần gửi mới — a submitted periodic report revision is never updated or deleted; a correction is a new revision');
END;

-- AuditEntry
CREATE TRIGGER "AuditEntry_refuse_update" BEFORE UPDATE ON "AuditEntry"
BEGIN
  SELECT RAISE(ABORT, 'AuditEntry UPDATE: nhật ký kiểm toán chỉ được ghi thêm, không được sửa hay xóa — the audit log is append-only: entries are never updated or deleted');
END;
CREATE TRIGGER "AuditEntry_refuse_delete" BEFORE DELETE ON "AuditEntry"
BEGIN
  SELECT RAISE(ABORT, 'AuditEntry DELETE: nhật ký kiểm toán chỉ được ghi thêm, không được sửa hay xóa — the audit log is append-only: entries are never updated or deleted');
END;
