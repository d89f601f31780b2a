// Victim records. Personal fields are sealed with the field cipher before they reach the
// database and never returned from here (resolvers/PoliceVictim.ts serves them under the access
// rule); the person reference is derived from the national ID under
// the network key, so every agency computes the same one.
import { createOnce, idempotencyConflict, notFound, parseInput, type FieldCipher, inTransaction, notBefore, fieldProblem, inputDigest } from '@lienthong/kit'
import { personRefOf } from '@lienthong/schema'
import type { Context } from '../context.ts'
import type { CriminalCase } from '../db.ts'
import { victimStatus } from '../domain/statuses.ts'
import { VICTIM_PUBLIC_FIELDS, type VictimRecord } from '../loaders/victim.ts'
import { ChangeVictimStatusSchema, RecordVictimSchema, type RecordVictim } from '../validation/victim.ts'
import type { Tx } from '../db.ts'

/** The sealed columns of a victim's personal fields (null where not given). */
export function sealPersonal(cipher: FieldCipher, p: RecordVictim['personal']) {
  return {
    fullNameSealed: cipher.encryptNullable(p?.fullName), nationalIdSealed: cipher.encryptNullable(p?.nationalId),
    dateOfBirthSealed: cipher.encryptNullable(p?.dateOfBirth), addressSealed: cipher.encryptNullable(p?.address),
    phoneSealed: cipher.encryptNullable(p?.phone),
  }
}

/** Records a victim once per externalRef; `created` is false for a replay (nothing written). */
export async function recordVictim(input: unknown, { db, env, cipher }: Context): Promise<{ record: VictimRecord; created: boolean }> {
  const data = parseInput(RecordVictimSchema, input, ['input'])
  const derived = data.personal?.nationalId ? personRefOf(data.personal.nationalId, env.networkKey) : null
  if (derived && data.personRef && derived !== data.personRef) throw fieldProblem('input.personRef', 'mã tham chiếu không khớp số định danh', 'the person reference does not match the national ID')
  const personRef = (derived ?? data.personRef)!
  const digest = inputDigest(data, env.piiKey)
  return inTransaction(db, async (tx) => (await createOnce({
    existing: () => tx.victim.findUnique({ where: { externalRef: data.externalRef }, select: { ...VICTIM_PUBLIC_FIELDS, inputDigest: true } }),
    sameAs: (found) => found.inputDigest === digest,
    create: () => createVictim(tx, data, personRef, digest, cipher),
  })))
}

async function createVictim(tx: Tx, data: RecordVictim, personRef: string, digest: string, cipher: FieldCipher) {
  if (await tx.victim.findUnique({ where: { personRef } })) throw idempotencyConflict('input.personRef')
  if (data.caseId && !(await tx.criminalCase.findUnique({ where: { id: data.caseId } }))) throw notFound('vụ án / criminal case', 'input.caseId')
  if (data.rescueOperationId && !(await tx.rescueOperation.findUnique({ where: { id: data.rescueOperationId } }))) {
    throw notFound('cuộc giải cứu / rescue operation', 'input.rescueOperationId')
  }
  const { sex, birthYear, citizenship, citizenshipCountry } = data
  await tx.person.upsert({ where: { personRef }, update: {}, create: { personRef, sex, birthYear, citizenship, citizenshipCountry } })
  if (data.caseId) await tx.caseVictim.upsert({ where: { caseId_personRef: { caseId: data.caseId, personRef } }, update: {}, create: { caseId: data.caseId, personRef } })
  return tx.victim.create({
    data: {
      personRef, externalRef: data.externalRef, status: data.status, identifiedAt: data.identifiedAt, recordedAt: data.recordedAt,
      recruitmentMethod: data.recruitmentMethod, rescueOperationId: data.rescueOperationId, consentToCount: data.consentToCount,
      consentToShare: data.consentToShare, inputDigest: digest, ...sealPersonal(cipher, data.personal),
      forms: { create: data.forms.map((form) => ({ form })) },
    },
    select: { ...VICTIM_PUBLIC_FIELDS, inputDigest: true },
  })
}

/** Moves a victim to a new status; `changed` is false when it already had it (a replay changes nothing). */
export async function changeVictimStatus(personRef: string, input: unknown, { db }: Context): Promise<{ record: VictimRecord; changed: boolean }> {
  const { status, at } = parseInput(ChangeVictimStatusSchema, input, ['input'])
  return inTransaction(db, async (tx) => {
    const v = await tx.victim.findUnique({ where: { personRef }, select: VICTIM_PUBLIC_FIELDS })
    if (!v) throw notFound('nạn nhân / victim', 'personRef')
    if (v.status === status && (status !== 'IDENTIFIED' || v.identifiedAt?.getTime() === at.getTime())) return { record: v, changed: false }
    victimStatus.assert(v.status, status, 'input.status')
    notBefore(at, v.identifiedAt ?? v.recordedAt, 'input.at', 'trước ngày ghi nhận hoặc xác định', 'before the victim was recorded or identified')
    return { record: await tx.victim.update({ where: { personRef }, data: status === 'IDENTIFIED' ? { status, identifiedAt: at } : { status }, select: VICTIM_PUBLIC_FIELDS }), changed: true }
  })
}

/** Links a recorded victim to another case; linking twice changes nothing (`linked` false). */
export async function addVictimToCase(caseId: string, personRef: string, { db }: Context): Promise<{ record: CriminalCase; linked: boolean }> {
  return inTransaction(db, async (tx) => {
    const c = await tx.criminalCase.findUnique({ where: { id: caseId } })
    if (!c) throw notFound('vụ án / criminal case', 'caseId')
    if (!(await tx.victim.findUnique({ where: { personRef }, select: { personRef: true } }))) throw notFound('nạn nhân / victim', 'personRef')
    if (await tx.caseVictim.findUnique({ where: { caseId_personRef: { caseId, personRef } } })) return { record: c, linked: false }
    await tx.caseVictim.create({ data: { caseId, personRef } })
    return { record: c, linked: true }
  })
}
