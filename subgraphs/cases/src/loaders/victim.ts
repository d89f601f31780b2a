import { entityLoader, relationLoader, byParentLoader, type PersonalDataGrant } from '@lienthong/kit'
import { Prisma } from '../generated/sqlite/client.ts'
import type { Db } from '../db.ts'

/** Victim records without the sealed personal columns (only `victimSealedLoader` selects those). */
const PUBLIC = {
  personRef: true,
  externalRef: true,
  status: true,
  identifiedAt: true,
  recordedAt: true,
  recruitmentMethod: true,
  rescueOperationId: true,
  consentToCount: true,
  consentToShare: true,
  version: true,
} as const

export const victimLoader = (db: Db) =>
  entityLoader(
    (refs: string[]) => db.victim.findMany({ where: { personRef: { in: refs } }, select: PUBLIC }),
    (v) => v.personRef,
  )

export const victimFormsLoader = (db: Db) => byParentLoader(db.victimExploitationForm, 'personRef', { form: 'asc' })

export const rescuedVictimsLoader = (db: Db) =>
  relationLoader(
    (ids: string[]) =>
      db.victim.findMany({ where: { rescueOperationId: { in: ids } }, select: { personRef: true, rescueOperationId: true }, orderBy: { personRef: 'asc' } }),
    (v) => v.rescueOperationId!,
  )

/** The sealed personal columns (ciphertext), loaded only for a caller allowed to read them. */
export const victimSealedLoader = (db: Db) =>
  entityLoader(
    (refs: string[]) =>
      db.victim.findMany({
        where: { personRef: { in: refs } },
        select: { personRef: true, fullNameSealed: true, nationalIdSealed: true, dateOfBirthSealed: true, addressSealed: true, phoneSealed: true },
      }),
    (v) => v.personRef,
  )

/**
 * The administrative units a victim belongs to for unit scope: those of the criminal cases the
 * person is a victim in and of the rescue operation, if any. One portable SQL statement per batch.
 */
export const victimUnitsLoader = (db: Db) =>
  relationLoader(
    (refs: string[]) => db.$queryRaw<{ personRef: string; unitCode: string }[]>`
    SELECT cv."personRef" AS "personRef", c."unitCode" AS "unitCode" FROM "CaseVictim" cv JOIN "CriminalCase" c ON c."id" = cv."caseId"
      WHERE cv."personRef" IN (${Prisma.join(refs)})
    UNION
    SELECT v."personRef" AS "personRef", r."unitCode" AS "unitCode" FROM "Victim" v JOIN "RescueOperation" r ON r."id" = v."rescueOperationId"
      WHERE v."personRef" IN (${Prisma.join(refs)})`,
    (u) => u.personRef,
  )

/**
 * A victim row; reached through Person, `referralGrants` are the agency and unit of each accepted,
 * consented Social Affairs referral sharing the person's data (honoured only by PoliceVictim's rule).
 */
export type VictimRecord = NonNullable<Awaited<ReturnType<ReturnType<typeof victimLoader>['load']>>> & { referralGrants?: readonly PersonalDataGrant[] }
export { PUBLIC as VICTIM_PUBLIC_FIELDS }
