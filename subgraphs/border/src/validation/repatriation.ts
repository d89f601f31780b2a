// Inputs of repatriation writes: reception through a border gate, then verification.
import { z } from 'zod'
import { PersonRefSchema } from '@lienthong/schema'
import { ExpectedVersionSchema, ExternalRefSchema, orNull, PastInstantSchema } from '@lienthong/kit'
import { borderGate, gateReceivesFrom, gateUnitOn } from '../domain/borderGates.ts'
import { RepatriationStatus } from '../db.ts'
import { ForeignCountrySchema, ForeignRefSchema, IdSchema } from './common.ts'

export const RecordRepatriationSchema = z
  .object({
    externalRef: ExternalRefSchema,
    fromCountry: ForeignCountrySchema,
    gateCode: z.string().refine((c) => borderGate(c) != null, 'cửa khẩu không có trong danh mục / unknown border gate'),
    receivedAt: PastInstantSchema,
    personRefs: z
      .array(PersonRefSchema)
      .min(1, 'cần ít nhất một người được tiếp nhận / at least one person received is required')
      .max(200, 'tối đa 200 người mỗi lần / at most 200 persons at once')
      .refine((refs) => new Set(refs).size === refs.length, 'một người được ghi hai lần / a person is listed twice'),
    embassyRef: orNull(ForeignRefSchema),
  })
  .superRefine((r, ctx) => {
    const gate = borderGate(r.gateCode)
    if (!gate) return
    if (!gateUnitOn(gate, r.receivedAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['gateCode'],
        message: 'cửa khẩu không có đơn vị hành chính hiệu lực vào ngày đó / the gate had no valid unit on that date',
      })
    }
    if (!gateReceivesFrom(gate, r.fromCountry)) {
      ctx.addIssue({
        code: 'custom',
        path: ['fromCountry'],
        message: 'cửa khẩu đường bộ này không tiếp giáp nước đó / this land gate does not face that country',
      })
    }
    // persons in reference order: the same reception listed in another order is the same input (one digest, a replay)
  })
  .transform((r) => ({ ...r, personRefs: [...r.personRefs].sort() }))
export type RecordRepatriation = z.output<typeof RecordRepatriationSchema>

export const UpdateRepatriationStatusSchema = z.object({
  version: ExpectedVersionSchema,
  repatriationId: IdSchema,
  status: z.enum(RepatriationStatus),
  at: PastInstantSchema,
  embassyRef: ForeignRefSchema.nullish(),
})
