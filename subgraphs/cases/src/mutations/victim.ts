// Victim records. Personal fields are sealed with the field cipher before they reach the database
// and never returned from here (resolvers/PoliceVictim.ts serves them under the access rule); the
// person reference is derived from the national ID under the network key, so every agency
// computes the same one. The audit trail gets the personal fields given by name, never a value.
import { ExpectedVersionSchema, change, fieldProblem, idempotencyConflict, notBefore, notFound, wrote, versionOf } from '@lienthong/kit'
import { personRefOf, PersonRefSchema } from '@lienthong/schema'
import { z } from 'zod'
import { mutation } from '../context.ts'
import type { Tx } from '../db.ts'
import { recordPersonOnce } from '../domain/persons.ts'
import { victimStatus } from '../domain/statuses.ts'
import { personalGiven, sealPersonal } from '../domain/victimPersonal.ts'
import { VICTIM_PUBLIC_FIELDS } from '../loaders/victim.ts'
import { ChangeVictimStatusSchema, RecordVictimSchema, type RecordVictim } from '../validation/victim.ts'

/** The `PoliceVictim` fields `recordVictim` sets besides the personal ones. */
const VICTIM_RECORD_FIELDS = ['externalRef', 'status', 'identifiedAt', 'forms', 'recruitmentMethod', 'rescueOperation', 'consentToCount', 'consentToShare']

/** The person reference of a victim: derived from the national ID when given (a given reference must match it). */
function personRefFor(v: RecordVictim, networkKey: string): string {
  const derived = v.personal?.nationalId ? personRefOf(v.personal.nationalId, networkKey) : null
  if (derived && v.personRef && derived !== v.personRef)
    throw fieldProblem('input.personRef', 'mã tham chiếu không khớp số định danh', 'the person reference does not match the national ID')
  return (derived ?? v.personRef)!
}

async function checkLinks(tx: Tx, v: RecordVictim, personRef: string): Promise<void> {
  if (await tx.victim.findUnique({ where: { personRef }, select: { personRef: true } })) throw idempotencyConflict('input.personRef')
  if (v.caseId && !(await tx.criminalCase.findUnique({ where: { id: v.caseId }, select: { id: true } })))
    throw notFound('vụ án / criminal case', 'input.caseId')
  if (v.rescueOperationId && !(await tx.rescueOperation.findUnique({ where: { id: v.rescueOperationId }, select: { id: true } }))) {
    throw notFound('cuộc giải cứu / rescue operation', 'input.rescueOperationId')
  }
}

export const recordVictim = mutation({
  input: RecordVictimSchema,
  reference: async (tx, input) => {
    const found = await tx.victim.findUnique({ where: { externalRef: input.externalRef }, select: { ...VICTIM_PUBLIC_FIELDS, inputDigest: true } })
    if (!found) return null
    const { inputDigest, ...answer } = found
    return { inputDigest, answer }
  },
  write: async (tx, v, { digest, ctx }) => {
    const personRef = personRefFor(v, ctx.env.networkKey)
    await checkLinks(tx, v, personRef)
    const person = await recordPersonOnce(tx, personRef, v)
    if (v.caseId)
      await tx.caseVictim.upsert({ where: { caseId_personRef: { caseId: v.caseId, personRef } }, update: {}, create: { caseId: v.caseId, personRef } })
    const record = await tx.victim.create({
      data: {
        personRef,
        externalRef: v.externalRef,
        status: v.status,
        identifiedAt: v.identifiedAt,
        recordedAt: v.recordedAt,
        recruitmentMethod: v.recruitmentMethod,
        rescueOperationId: v.rescueOperationId,
        consentToCount: v.consentToCount,
        consentToShare: v.consentToShare,
        inputDigest: digest,
        ...sealPersonal(ctx.cipher, v.personal),
        forms: { create: v.forms.map((form) => ({ form })) },
      },
      select: VICTIM_PUBLIC_FIELDS,
    })
    const fields = [...VICTIM_RECORD_FIELDS, ...personalGiven(v.personal), ...(v.caseId ? ['victimInCases'] : [])]
    return wrote(record, change('PoliceVictim', personRef, fields), ...person)
  },
})

export const changeVictimStatus = mutation({
  input: ChangeVictimStatusSchema,
  load: async (tx, _input, args: { personRef: string }) => {
    const v = await tx.victim.findUnique({ where: { personRef: args.personRef }, select: VICTIM_PUBLIC_FIELDS })
    if (!v) throw notFound('nạn nhân / victim', 'personRef')
    return v
  },
  unchanged: (v, u) => v.status === u.status && (u.status !== 'IDENTIFIED' || v.identifiedAt?.getTime() === u.at.getTime()),
  transition: { machine: victimStatus, from: (v) => v.status, to: (u) => u.status },
  version: (tx, v) => versionOf(tx.victim, { personRef: v.personRef }, v.version),
  write: async (tx, { status, at }, { current: v }) => {
    notBefore(at, v.identifiedAt ?? v.recordedAt, 'input.at', 'trước ngày ghi nhận hoặc xác định', 'before the victim was recorded or identified')
    const identified = status === 'IDENTIFIED'
    const record = await tx.victim.update({
      where: { personRef: v.personRef },
      data: identified ? { status, identifiedAt: at } : { status },
      select: VICTIM_PUBLIC_FIELDS,
    })
    return wrote(record, change('PoliceVictim', v.personRef, identified ? ['status', 'identifiedAt'] : ['status']))
  },
})

/** Links a recorded victim to one more case; linking twice changes nothing. */
export const addVictimToCase = mutation({
  input: z.object({ caseId: z.string().min(1), personRef: PersonRefSchema, version: ExpectedVersionSchema.nullish() }),
  wholeArgs: true,
  load: async (tx, { caseId, personRef }) => {
    const c = await tx.criminalCase.findUnique({ where: { id: caseId } })
    if (!c) throw notFound('vụ án / criminal case', 'caseId')
    if (!(await tx.victim.findUnique({ where: { personRef }, select: { personRef: true } }))) throw notFound('nạn nhân / victim', 'personRef')
    const linked = (await tx.caseVictim.findUnique({ where: { caseId_personRef: { caseId, personRef } } })) != null
    return { case: c, linked }
  },
  unchanged: (l) => l.linked,
  answer: (l) => l.case,
  version: (tx, l) => versionOf(tx.criminalCase, { id: l.case.id }, l.case.version),
  write: async (tx, { caseId, personRef }) => {
    await tx.caseVictim.create({ data: { caseId, personRef } })
    // the case as it is now: the kit moved its version on before this write
    return wrote(await tx.criminalCase.findUniqueOrThrow({ where: { id: caseId } }), change('PoliceVictim', personRef, ['victimInCases']))
  },
})
