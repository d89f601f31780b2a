// zod pieces shared by every subgraph's mutation inputs.
import { z } from 'zod'
import { adminUnits, AdminUnitCodeSchema } from '@lienthong/schema'
import { reason } from './errors.ts'

/** An agency's own reference for idempotent writes. */
export const ExternalRefSchema = z
  .string()
  .trim()
  .min(1, 'cần mã tham chiếu của cơ quan / the agency reference is required')
  .max(64, 'mã tham chiếu tối đa 64 ký tự / at most 64 characters')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u, reason('mã tham chiếu chỉ gồm chữ, số và . _ / -', 'letters, digits and . _ / - only'))

/** A unit code that exists in the register. */
export const KnownUnitSchema = AdminUnitCodeSchema.refine(
  (c) => adminUnits().get(c) != null,
  'đơn vị hành chính không có trong danh mục / unknown administrative unit',
)

/** An instant that is not in the future (clock skew of 5 minutes allowed). */
export const PastInstantSchema = z.date().refine((d) => d.getTime() <= Date.now() + 5 * 60_000, 'thời điểm ở tương lai / the instant is in the future')

/** Adds an issue at `path` when `unitCode` did not exist on the day of `at` (records keep the unit valid when they happened). */
export function checkUnitOnDate(ctx: z.RefinementCtx, unitCode: string | undefined, at: Date | undefined, path: (string | number)[]): void {
  if (!unitCode || !at || !adminUnits().get(unitCode)) return
  if (!adminUnits().isValidOn(unitCode, at)) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: 'đơn vị hành chính không còn/chưa tồn tại vào ngày đó / the unit did not exist on that date (2025 reorganisation)',
    })
  }
}

/** An optional input: absent or null both stored as null. */
export const orNull = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null)

/** An optional reference to another record by id: absent or null both stored as null. */
export const OptionalIdSchema = orNull(z.string().min(1))

/** An optional yes/no: absent or null both mean no. */
export const FlagSchema = z
  .boolean()
  .nullish()
  .transform((b) => b ?? false)

/** An optional list of distinct values, sorted (absent: none). */
export const distinctSorted = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((values) => [...new Set(values ?? [])].sort())
