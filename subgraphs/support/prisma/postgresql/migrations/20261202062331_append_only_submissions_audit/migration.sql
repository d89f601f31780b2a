-- Generated from subgraphs/kit/src/prisma/appendOnly.ts (npx tsx ../kit/src/prisma/appendOnlyMigration.ts): never edit.
-- Submitted report revisions and the audit log are append-only: the database refuses to change or remove their rows.

-- Refuses the change that fired the trigger: "<table> <UPDATE|DELETE|TRUNCATE>: <reason>" (SQLSTATE 23001)
CREATE OR REPLACE FUNCTION "lt_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% %: %', TG_TABLE_NAME, TG_OP, TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END
$$;

-- ReportSubmission
CREATE TRIGGER "ReportSubmission_refuse_change" BEFORE UPDATE OR DELETE ON "ReportSubmission" FOR EACH ROW EXECUTE FUNCTION "lt_refuse_change"('bản báo cáo định kỳ đã gửi không được sửa hay xóa; điều chỉnh bằng một lần gửi mới — a submitted periodic report revision is never updated or deleted; a correction is a new revision');
CREATE TRIGGER "ReportSubmission_refuse_truncate" BEFORE TRUNCATE ON "ReportSubmission" FOR EACH STATEMENT EXECUTE FUNCTION "lt_refuse_change"('bản báo cáo định kỳ đã gửi không được sửa hay xóa; điều chỉnh bằng một lần gửi mới — a submitted periodic report revision is never updated or deleted; a correction is a new revision');

-- AuditEntry
CREATE TRIGGER "AuditEntry_refuse_change" BEFORE UPDATE OR DELETE ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION "lt_refuse_change"('nhật ký kiểm toán chỉ được ghi thêm, không được sửa hay xóa — the audit log is append-only: entries are never updated or deleted');
CREATE TRIGGER "AuditEntry_refuse_truncate" BEFORE TRUNCATE ON "AuditEntry" FOR EACH STATEMENT EXECUTE FUNCTION "lt_refuse_change"('nhật ký kiểm toán chỉ được ghi thêm, không được sửa hay xóa — the audit log is append-only: entries are never updated or deleted');
