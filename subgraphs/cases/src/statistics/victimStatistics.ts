// Victims for a statistics scope, counted once per person reference across the police, Social
// Affairs and the Border Guard. Only the references of the other agencies arrive here (through
// @requires); the union is expressed in SQL and every count runs in the police database, as one
// statement (kit countFigures) over three shared subqueries:
// - "scopeVictim": police victims of the scope: IDENTIFIED in the period, in a case or a rescue
//   of the unit;
// - "unionPerson": police person records among the other agencies' references or scope victims,
//   with the consent to be counted of their victim record (NULL: none);
// - "countedPerson": those whose consent is not refused or withdrawn.
import { count, countBy, countDistinct, countDistinctBy, countFigures, enumLines, inPeriod, inUnit, personCount, recordValueSum, sql, unitLines, type CountByKey, type Figures, type PersonCount, type StatisticsScope } from '@lienthong/kit'
import { ageBandOf, LABELS_VI } from '@lienthong/schema'
import type { Db } from '../db.ts'
import { countryLines, withUnknown } from './breakdown.ts'
import { refList } from './policeSql.ts'
import { byCitizenship, bySex } from './policeStatistics.ts'

export interface AgencyRefs { support: readonly string[]; border: readonly string[] }

const REFUSED = sql`('REFUSED', 'WITHDRAWN')`
export const AGENCY_LABELS = { POLICE: 'Công an', SUPPORT: 'Lao động – Thương binh và Xã hội', BORDER: 'Bộ đội Biên phòng' } as const
export const ROUTE_LABELS = { ...LABELS_VI.RouteKind, NONE: 'Không có vụ án của công an' } as const

interface VictimLines {
  total: number; excludedForConsent: number
  bySex: CountByKey[]; byAgeBand: CountByKey[]; byCitizenship: CountByKey[]; byForm: CountByKey[]
  byRoute: CountByKey[]; byDestination: CountByKey[]; byAgency: CountByKey[]; byUnit: CountByKey[]
}
/** Every field of VictimStatistics is a person count, handed with its record keys to the publication (kit publish.ts). */
export type VictimFigures = { [F in keyof VictimLines]: PersonCount<VictimLines[F]> }

function sharedSubqueries(s: StatisticsScope, others: readonly string[]) {
  return [
    sql`"scopeVictim" AS MATERIALIZED (SELECT v."personRef", v."consentToCount" FROM "Victim" v
      WHERE v."status" = 'IDENTIFIED' AND ${inPeriod(sql`v."identifiedAt"`, s)}
        AND (EXISTS (SELECT 1 FROM "CaseVictim" cv JOIN "CriminalCase" c ON c."id" = cv."caseId" WHERE cv."personRef" = v."personRef" AND ${inUnit(sql`c."unitCode"`, s)})
          OR EXISTS (SELECT 1 FROM "RescueOperation" ro WHERE ro."id" = v."rescueOperationId" AND ${inUnit(sql`ro."unitCode"`, s)})))`,
    sql`"unionPerson" AS MATERIALIZED (SELECT p."personRef", v."consentToCount" FROM "Person" p LEFT JOIN "Victim" v ON v."personRef" = p."personRef"
      WHERE p."personRef" IN ${refList(others)} OR p."personRef" IN (SELECT "personRef" FROM "scopeVictim"))`,
    sql`"countedPerson" AS MATERIALIZED (SELECT "personRef" FROM "unionPerson" WHERE "consentToCount" IS NULL OR "consentToCount" NOT IN ${REFUSED})`,
  ]
}

export async function victimStatistics(db: Db, s: StatisticsScope, refs: AgencyRefs): Promise<VictimFigures> {
  const support = [...new Set(refs.support)]
  const border = [...new Set(refs.border)]
  const others = [...new Set([...support, ...border])]
  const counted = sql`(SELECT "personRef" FROM "countedPerson")`
  const persons = sql`"Person" p`
  const personCases = sql`"CaseVictim" cv JOIN "CriminalCase" c ON c."id" = cv."caseId"`
  const inCase = sql`cv."personRef" IN ${counted}`
  const f = await countFigures(db, [
    count('policeOnly', sql`"scopeVictim"`, sql`"personRef" NOT IN ${refList(others)}`, sql`"personRef"`),
    count('excludedForConsent', sql`"unionPerson"`, sql`"consentToCount" IN ${REFUSED}`, sql`"personRef"`),
    count('supportExcluded', sql`"Victim" v`, sql`v."personRef" IN ${refList(support)} AND v."consentToCount" IN ${REFUSED}`, sql`v."personRef"`),
    count('borderExcluded', sql`"Victim" v`, sql`v."personRef" IN ${refList(border)} AND v."consentToCount" IN ${REFUSED}`, sql`v."personRef"`),
    count('policeCounted', sql`"scopeVictim"`, sql`"consentToCount" NOT IN ${REFUSED}`, sql`"personRef"`),
    countBy('victimsBySex', sql`p."sex"`, persons, sql`p."personRef" IN ${counted}`, sql`p."personRef"`),
    countBy('victimsByCitizenship', sql`p."citizenship"`, persons, sql`p."personRef" IN ${counted}`, sql`p."personRef"`),
    countBy('byBirthYear', sql`p."birthYear"`, persons, sql`p."personRef" IN ${counted}`, sql`p."personRef"`),
    // forms on the police victim record (a person under each); UNKNOWN adds those with none
    countBy('byForm', sql`vf."form"`, sql`"VictimExploitationForm" vf`, sql`vf."personRef" IN ${counted}`, sql`vf."personRef"`),
    countDistinct('withForm', sql`vf."personRef"`, sql`"VictimExploitationForm" vf`, sql`vf."personRef" IN ${counted}`),
    // route of the police cases the person is a victim in (a person in each route); NONE: in no police case
    countDistinctBy('byRoute', sql`c."routeKind"`, sql`cv."personRef"`, personCases, inCase),
    countDistinct('inAnyCase', sql`cv."personRef"`, personCases, inCase),
    countDistinctBy('byDestination', sql`c."destinationCountry"`, sql`cv."personRef"`, personCases,
      sql`${inCase} AND c."routeKind" = 'CROSS_BORDER' AND c."destinationCountry" IS NOT NULL`),
    countDistinctBy('byUnit', sql`c."unitCode"`, sql`cv."personRef"`, personCases, inCase),
  ], sharedSubqueries(s, others))

  const exact = victimLines(f, s, { support: support.length, border: border.length, others: others.length })
  const keys = victimLines(f.recordKeys(), s, { support: recordValueSum(support), border: recordValueSum(border), others: recordValueSum(others) })
  return Object.fromEntries(Object.entries(exact).map(([name, value]) => [name, personCount(value, keys[name as keyof VictimLines])])) as VictimFigures
}

/** The lines from the section's figures; `refs` are the sizes of the other agencies' reference lists (their counts, or their record keys). */
function victimLines(f: Figures, s: StatisticsScope, refs: { support: number; border: number; others: number }): VictimLines {
  const excludedForConsent = f.count('excludedForConsent')
  const total = refs.others + f.count('policeOnly') - excludedForConsent
  const at = new Date(s.period.end.getTime() - 1)
  const bands = new Map<string, number>()
  for (const [year, n] of f.groups('byBirthYear')) { const band = ageBandOf(Number(year), at); bands.set(band, (bands.get(band) ?? 0) + n) }
  const forms = f.groups('byForm')
  forms.set('UNKNOWN', (forms.get('UNKNOWN') ?? 0) + total - f.count('withForm'))
  const routes = f.groups('byRoute')
  return {
    total, excludedForConsent,
    bySex: bySex(f, 'victims', total), byCitizenship: byCitizenship(f, 'victims', total),
    byAgeBand: enumLines(LABELS_VI.AgeBand, withUnknown(bands, total, 'UNKNOWN')), // no birth year: UNKNOWN
    byForm: enumLines(LABELS_VI.ExploitationForm, forms),
    byRoute: enumLines(ROUTE_LABELS, new Map([['DOMESTIC', routes.get('DOMESTIC') ?? 0], ['CROSS_BORDER', routes.get('CROSS_BORDER') ?? 0], ['NONE', total - f.count('inAnyCase')]])),
    byDestination: countryLines(f.groups('byDestination')),
    byAgency: enumLines(AGENCY_LABELS, new Map([
      ['POLICE', f.count('policeCounted')], ['SUPPORT', refs.support - f.count('supportExcluded')], ['BORDER', refs.border - f.count('borderExcluded')],
    ])),
    byUnit: unitLines(f.groups('byUnit')),
  }
}
