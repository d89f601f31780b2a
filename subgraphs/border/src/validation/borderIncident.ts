// Inputs of border-incident writes: recording an incident and its hand-overs.
import { z } from 'zod'
import { adminUnits, PersonRefSchema } from '@lienthong/schema'
import { ExpectedVersionSchema, checkUnitOnDate, ExternalRefSchema, KnownUnitSchema, PastInstantSchema } from '@lienthong/kit'
import { IncidentType, InvolvementRole, PlaceType } from '../db.ts'
import { ForeignCountrySchema, IdSchema } from './common.ts'

const SEA_PLACES: ReadonlySet<string> = new Set(['SEA', 'PORT', 'ISLANDS'])

export const RecordBorderIncidentSchema = z
  .object({
    externalRef: ExternalRefSchema,
    occurredAt: PastInstantSchema,
    placeType: z.enum(PlaceType),
    incidentType: z.enum(IncidentType),
    unitCode: KnownUnitSchema,
    otherCountry: ForeignCountrySchema,
    persons: z
      .array(z.object({ personRef: PersonRefSchema, role: z.enum(InvolvementRole) }))
      .min(1, 'cần ít nhất một người liên quan / at least one person is required')
      .max(100, 'tối đa 100 người mỗi vụ việc / at most 100 persons per incident'),
  })
  .superRefine((i, ctx) => {
    checkUnitOnDate(ctx, i.unitCode, i.occurredAt, ['unitCode'])
    const unit = adminUnits().get(i.unitCode)
    if (unit && unit.level !== 'COMMUNE') {
      // the one exception to "a record may be placed at any level": an incident happens at a place
      // on the border or the coast, which the Border Guard always knows down to the commune
      ctx.addIssue({
        code: 'custom',
        path: ['unitCode'],
        message:
          'vụ việc biên giới phải ghi xã/phường nơi xảy ra, không ghi huyện hay tỉnh / a border incident names its commune, not a district or the province',
      })
    } else if (unit) {
      // at sea, in ports and on islands: a coastal commune; on land and at checkpoints: a land-border commune
      const needed = SEA_PLACES.has(i.placeType) ? 'coastal' : 'land-border'
      if (!unit.tags.includes(needed)) {
        ctx.addIssue({
          code: 'custom',
          path: ['unitCode'],
          message:
            needed === 'coastal'
              ? 'địa bàn biển, cảng, hải đảo phải là xã/phường ven biển / a sea, port or island incident needs a coastal commune'
              : 'địa bàn biên giới đất liền, cửa khẩu phải là xã biên giới / a land-border or checkpoint incident needs a land-border commune',
        })
      }
    }
    const seen = new Set<string>()
    i.persons.forEach((p, k) => {
      if (seen.has(p.personRef))
        ctx.addIssue({ code: 'custom', path: ['persons', k, 'personRef'], message: 'người này đã có trong danh sách / this person is listed twice' })
      seen.add(p.personRef)
    })
    if (i.incidentType === 'RESCUE' && !i.persons.some((p) => p.role === 'PRESUMED_VICTIM')) {
      ctx.addIssue({
        code: 'custom',
        path: ['persons'],
        message: 'vụ giải cứu cần ít nhất một người nghi là nạn nhân / a rescue needs at least one presumed victim',
      })
    }
    // persons in reference order: the same incident with its persons listed in another order is the
    // same input (one digest, a replay), as the records written before the kit pipeline were recorded
  })
  .transform((i) => ({ ...i, persons: [...i.persons].sort((a, b) => a.personRef.localeCompare(b.personRef)) }))
export type RecordBorderIncident = z.output<typeof RecordBorderIncidentSchema>

export const HandOverIncidentToPoliceSchema = z
  .object({ version: ExpectedVersionSchema, incidentId: IdSchema, reportId: IdSchema.nullish(), caseId: IdSchema.nullish(), handedOverAt: PastInstantSchema })
  .superRefine((h, ctx) => {
    if (!h.reportId && !h.caseId)
      ctx.addIssue({ code: 'custom', path: ['reportId'], message: 'cần tin báo hoặc vụ án của Công an / a police report or case is required' })
  })

export const HandOverPersonToSupportSchema = z.object({
  version: ExpectedVersionSchema,
  incidentId: IdSchema,
  personRef: PersonRefSchema,
  supportCaseId: IdSchema,
  handedOverAt: PastInstantSchema,
})

export const CloseBorderIncidentSchema = z.object({ version: ExpectedVersionSchema, incidentId: IdSchema, closedAt: PastInstantSchema })
