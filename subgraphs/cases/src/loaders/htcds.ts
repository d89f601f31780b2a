// The victims an HTCDS release may hold, in one read: identified by the police during the year
// (Vietnam time) and not refusing or withdrawing their consent to be counted — the police's own
// rule for the victims' statistics (statistics/victimStatistics.ts). Only the fields the release
// codes are selected: never a personal field, sealed or not.
import { periodFromCode } from '@lienthong/schema'
import type { EligibleVictim } from '../domain/htcds/codes.ts'
import type { Db } from '../db.ts'

export const NOT_COUNTED = ['REFUSED', 'WITHDRAWN'] as const

export async function eligibleVictims(db: Db, year: number): Promise<EligibleVictim[]> {
  const { start, end } = periodFromCode(String(year))!
  const rows = await db.victim.findMany({
    where: { status: 'IDENTIFIED', identifiedAt: { gte: start, lt: end }, consentToCount: { notIn: [...NOT_COUNTED] } },
    select: {
      personRef: true,
      recruitmentMethod: true,
      forms: { select: { form: true } },
      rescueOperation: { select: { destinationCountry: true } },
      person: {
        select: {
          sex: true,
          birthYear: true,
          citizenship: true,
          citizenshipCountry: true,
          victimIn: { select: { case: { select: { routeKind: true, destinationCountry: true } } } },
        },
      },
    },
    orderBy: { personRef: 'asc' },
  })
  return rows.map((v) => ({
    personRef: v.personRef,
    yearOfRegistration: year,
    sex: v.person.sex,
    birthYear: v.person.birthYear,
    citizenship: v.person.citizenship,
    citizenshipCountry: v.person.citizenshipCountry,
    forms: v.forms.map((f) => f.form),
    recruitmentMethod: v.recruitmentMethod,
    exploitationCountries: [
      ...v.person.victimIn.map(({ case: c }) => (c.routeKind === 'DOMESTIC' ? 'VN' : c.destinationCountry)),
      ...(v.rescueOperation?.destinationCountry ? [v.rescueOperation.destinationCountry] : []),
    ],
  }))
}
