// Typed GraphQL errors. Messages name the field and the reason in Vietnamese and English, and
// never echo the submitted value (it may be a victim's personal data).
import { GraphQLError } from 'graphql'
import type { z } from 'zod'

export interface FieldProblem {
  field: string
  reasonVi: string
  reasonEn: string
}

const VI: Partial<Record<string, string>> = {
  invalid_type: 'sai kiểu dữ liệu hoặc thiếu giá trị',
  too_small: 'giá trị quá nhỏ hoặc quá ngắn',
  too_big: 'giá trị quá lớn hoặc quá dài',
  invalid_format: 'sai định dạng',
  invalid_value: 'giá trị không được phép',
  unrecognized_keys: 'có trường không được phép',
  not_multiple_of: 'giá trị không hợp lệ',
  invalid_union: 'giá trị không hợp lệ',
  custom: 'giá trị không hợp lệ',
}

const REASONS = new Map<string, { vi: string; en: string }>()

/**
 * A bilingual reason for a zod message: `vi / en`, remembered as its two halves so that a reason
 * whose text itself contains " / " (e.g. "chữ, số và . _ / -") keeps both languages apart.
 */
export function reason(vi: string, en: string): string {
  const message = `${vi} / ${en}`
  REASONS.set(message, { vi, en })
  return message
}

/** Splits a "vi / en" message: a `reason()` by its halves, otherwise at the first " / ". */
export function reasonsOf(message: string): { vi: string; en: string } | undefined {
  const known = REASONS.get(message)
  if (known) return known
  const at = message.indexOf(' / ')
  return at < 0 ? undefined : { vi: message.slice(0, at), en: message.slice(at + 3) }
}

/** zod issues → bilingual problems. Custom messages are written with `reason(vi, en)` (or "vi / en"); built-in ones get a Vietnamese gloss. */
export function problemsOf(error: z.ZodError, prefix: readonly (string | number)[] = []): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = [...prefix, ...issue.path].map(String).join('.') || '(input)'
    const halves = reasonsOf(issue.message)
    return halves ? { field, reasonVi: halves.vi, reasonEn: halves.en } : { field, reasonVi: VI[issue.code] ?? 'giá trị không hợp lệ', reasonEn: issue.message }
  })
}

export function badUserInput(problems: FieldProblem[]): GraphQLError {
  const text = problems.map((p) => `${p.field}: ${p.reasonVi} / ${p.reasonEn}`).join('; ')
  return new GraphQLError(`Dữ liệu không hợp lệ / Invalid input — ${text}`, {
    extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, problems },
  })
}

/** Validates an input crossing the boundary; on failure throws BAD_USER_INPUT naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix: readonly (string | number)[] = []): z.output<S> {
  const r = schema.safeParse(value)
  if (!r.success) throw badUserInput(problemsOf(r.error, prefix))
  return r.data
}

export function notFound(entity: string, field: string): GraphQLError {
  return new GraphQLError(`Không tìm thấy ${entity} / ${entity} not found`, { extensions: { code: 'NOT_FOUND', field } })
}

/** The record looked up, or NOT_FOUND naming `field` when there is none. */
export function orNotFound<T>(record: T | null | undefined, entity: string, field: string): T {
  if (record == null) throw notFound(entity, field)
  return record
}

/** A refused state change, e.g. a case marked solved before it was opened. */
export function illegalTransition(field: string, reasonVi: string, reasonEn: string): GraphQLError {
  return new GraphQLError(`Chuyển trạng thái không hợp lệ / Illegal transition — ${field}: ${reasonVi} / ${reasonEn}`, {
    extensions: { code: 'ILLEGAL_TRANSITION', field, problems: [{ field, reasonVi, reasonEn }] },
  })
}

export function forbidden(field: string, reasonVi: string, reasonEn: string): GraphQLError {
  return new GraphQLError(`Không có quyền / Forbidden — ${field}: ${reasonVi} / ${reasonEn}`, { extensions: { code: 'FORBIDDEN', field } })
}

/** BAD_USER_INPUT on one field, for checks that need the stored record (e.g. an event dated before the current status). */
export function fieldProblem(field: string, reasonVi: string, reasonEn: string): GraphQLError {
  return badUserInput([{ field, reasonVi, reasonEn }])
}

/** Refuses `at` when it is before `after` (an event cannot precede what it depends on). */
export function notBefore(at: Date, after: Date | null | undefined, field: string, reasonVi: string, reasonEn: string): void {
  if (after && at.getTime() < after.getTime()) throw fieldProblem(field, reasonVi, reasonEn)
}
