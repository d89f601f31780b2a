// Victims for a statistics scope, counted once per person reference across the police, Social
// Affairs and the Border Guard. Only the references of the other agencies arrive here (through
// @requires); the union is expressed in SQL and every count runs in the police database, as one
// statement over three shared subqueries:
// - "scopeVictim": police victims of the scope: IDENTIFIED in the period, in a case or a rescue
//   of the unit;
// - "unionPerson": police person records among the other agencies' references or scope victims,
//   with the consent to be counted of their victim record (NULL: none);
// - "countedPerson": those whose consent is not refused or withdrawn.
// Every field is a person count: built from the counts with the other agencies' list sizes, and
// from the record keys with their record values (the kit's RefCount), for the publication.
import {
  count,
  countBy,
  countDistinct,
  countDistinctBy,
  defineSection,
  enumLines,
  inPeriod,
  inUnit,
  persons,
  sql,
  unitLines,
  type CountByKey,
  type Figures,
  type RefCount,
  type Sql,
  type StatisticsScope,
} from '@lienthong/kit'
import { ageBandOf, VICTIM_CONTRIBUTORS } from '@lienthong/schema'
import { labelsOf } from '../domain/labels.ts'
import { byCitizenship, bySex, countryLines, withUnknown } from './breakdown.ts'
import { scoped } from './fromOthers.ts'
import { refList } from './policeSql.ts'

const REFUSED = sql`('REFUSED', 'WITHDRAWN')`
/** Each contributing agency's person references (the registry's `victimPersonRefs`), and all of them. */
const refsOf = (s: StatisticsScope) => {
  const byAgency = VICTIM_CONTRIBUTORS.map((c) => ({ ...c, refs: ((s as unknown as Record<string, unknown>)[c.field] as string[] | undefined) ?? [] }))
  return { byAgency, others: byAgency.flatMap((c) => c.refs) }
}
const excludedFigure = (id: string) => `excluded_${id}`

function sharedSubqueries(s: StatisticsScope): Sql[] {
  return [
    sql`"scopeVictim" AS MATERIALIZED (SELECT v."personRef", v."consentToCount" FROM "Victim" v
      WHERE v."status" = 'IDENTIFIED' AND ${inPeriod(sql`v."identifiedAt"`, s)}
        AND (EXISTS (SELECT 1 FROM "CaseVictim" cv JOIN "CriminalCase" c ON c."id" = cv."caseId" WHERE cv."personRef" = v."personRef" AND ${inUnit(sql`c."unitCode"`, s)})
          OR EXISTS (SELECT 1 FROM "RescueOperation" ro WHERE ro."id" = v."rescueOperationId" AND ${inUnit(sql`ro."unitCode"`, s)})))`,
    sql`"unionPerson" AS MATERIALIZED (SELECT p."personRef", v."consentToCount" FROM "Person" p LEFT JOIN "Victim" v ON v."personRef" = p."personRef"
      WHERE p."personRef" IN ${refList(refsOf(s).others)} OR p."personRef" IN (SELECT "personRef" FROM "scopeVictim"))`,
    sql`"countedPerson" AS MATERIALIZED (SELECT "personRef" FROM "unionPerson" WHERE "consentToCount" IS NULL OR "consentToCount" NOT IN ${REFUSED})`,
  ]
}

function victimArms(s: StatisticsScope): Sql[] {
  const { byAgency, others } = refsOf(s)
  const counted = sql`(SELECT "personRef" FROM "countedPerson")`
  const persons = sql`"Person" p`
  const personCases = sql`"CaseVictim" cv JOIN "CriminalCase" c ON c."id" = cv."caseId"`
  const inCase = sql`cv."personRef" IN ${counted}`
  return [
    count('policeOnly', sql`"scopeVictim"`, sql`"personRef" NOT IN ${refList(others)}`, sql`"personRef"`),
    count('excludedForConsent', sql`"unionPerson"`, sql`"consentToCount" IN ${REFUSED}`, sql`"personRef"`),
    ...byAgency.map((c) =>
      count(excludedFigure(c.id), sql`"Victim" v`, sql`v."personRef" IN ${refList(c.refs)} AND v."consentToCount" IN ${REFUSED}`, sql`v."personRef"`),
    ),
    count('policeCounted', sql`"scopeVictim"`, sql`"consentToCount" NOT IN ${REFUSED}`, sql`"personRef"`),
    countBy('victimsBySex', sql`p."sex"`, persons, sql`p."personRef" IN ${counted}`, sql`p."personRef"`),
    countBy('victimsByCitizenship', sql`p."citizenship"`, persons, sql`p."personRef" IN ${counted}`, sql`p."personRef"`),
    countBy('byBirthYear', sql`p."birthYear"`, persons, sql`p."personRef" IN ${counted}`, sql`p."personRef"`),
    // sex × age group (GLOTIP's girls, boys, women, men): birth years of each recorded sex
    countBy('byBirthYearFEMALE', sql`p."birthYear"`, persons, sql`p."personRef" IN ${counted} AND p."sex" = 'FEMALE'`, sql`p."personRef"`),
    countBy('byBirthYearMALE', sql`p."birthYear"`, persons, sql`p."personRef" IN ${counted} AND p."sex" = 'MALE'`, sql`p."personRef"`),
    // forms on the police victim record (a person under each); UNKNOWN adds those with none
    countBy('byForm', sql`vf."form"`, sql`"VictimExploitationForm" vf`, sql`vf."personRef" IN ${counted}`, sql`vf."personRef"`),
    countDistinct('withForm', sql`vf."personRef"`, sql`"VictimExploitationForm" vf`, sql`vf."personRef" IN ${counted}`),
    // route of the police cases the person is a victim in (a person in each route); NONE: in no police case
    countDistinctBy('byRoute', sql`c."routeKind"`, sql`cv."personRef"`, personCases, inCase),
    countDistinct('inAnyCase', sql`cv."personRef"`, personCases, inCase),
    countDistinctBy(
      'byDestination',
      sql`c."destinationCountry"`,
      sql`cv."personRef"`,
      personCases,
      sql`${inCase} AND c."routeKind" = 'CROSS_BORDER' AND c."destinationCountry" IS NOT NULL`,
    ),
    countDistinctBy('byUnit', sql`c."unitCode"`, sql`cv."personRef"`, personCases, inCase),
  ]
}

/** Victims counted: the other agencies' persons and the police's own, less those left out for consent. */
const total = (f: Figures, s: StatisticsScope, refs: RefCount) => refs(refsOf(s).others) + f.count('policeOnly') - f.count('excludedForConsent')

function byAgeBand(f: Figures, s: StatisticsScope, refs: RefCount): CountByKey[] {
  const at = new Date(s.period.end.getTime() - 1)
  const bands = new Map<string, number>()
  for (const [year, n] of f.groups('byBirthYear')) {
    const band = ageBandOf(Number(year), at)
    bands.set(band, (bands.get(band) ?? 0) + n)
  }
  return enumLines(labelsOf('AgeBand').vi, withUnknown(bands, total(f, s, refs), 'UNKNOWN')) // no birth year: UNKNOWN
}

const SEX_AGE_GROUPS = { FEMALE: ['GIRL', 'WOMAN'], MALE: ['BOY', 'MAN'] } as const
const CHILD_BANDS: ReadonlySet<string> = new Set(['UNDER_16', 'FROM_16_TO_17'])

/** Girls, boys, women, men by birth year at the period's last day; UNKNOWN: no sex or no birth year recorded (or no police record). */
function bySexAndAgeGroup(f: Figures, s: StatisticsScope, refs: RefCount): CountByKey[] {
  const at = new Date(s.period.end.getTime() - 1)
  const groups = new Map<string, number>()
  for (const [sex, [child, adult]] of Object.entries(SEX_AGE_GROUPS)) {
    for (const [year, n] of f.groups(`byBirthYear${sex}`)) {
      const band = ageBandOf(Number(year), at)
      if (band === 'UNKNOWN') continue // born after the period: left to UNKNOWN
      const group = CHILD_BANDS.has(band) ? child : adult
      groups.set(group, (groups.get(group) ?? 0) + n)
    }
  }
  return enumLines(labelsOf('VictimSexAgeGroup').vi, withUnknown(groups, total(f, s, refs), 'UNKNOWN'))
}

function byForm(f: Figures, s: StatisticsScope, refs: RefCount): CountByKey[] {
  const forms = f.groups('byForm')
  forms.set('UNKNOWN', (forms.get('UNKNOWN') ?? 0) + total(f, s, refs) - f.count('withForm'))
  return enumLines(labelsOf('ExploitationForm').vi, forms)
}

function byRoute(f: Figures, s: StatisticsScope, refs: RefCount): CountByKey[] {
  const routes = f.groups('byRoute')
  const none = total(f, s, refs) - f.count('inAnyCase')
  return enumLines(
    labelsOf('VictimRouteKey').vi,
    new Map([
      ['DOMESTIC', routes.get('DOMESTIC') ?? 0],
      ['CROSS_BORDER', routes.get('CROSS_BORDER') ?? 0],
      ['NONE', none],
    ]),
  )
}

function byAgency(f: Figures, s: StatisticsScope, refs: RefCount): CountByKey[] {
  return enumLines(
    labelsOf('VictimAgencyKey').vi,
    new Map([['POLICE', f.count('policeCounted')], ...refsOf(s).byAgency.map((c) => [c.byAgencyKey, refs(c.refs) - f.count(excludedFigure(c.id))] as const)]),
  )
}

/** VictimStatistics (the parent of its fields is the ProvincialStatistics representation): one statement per request and scope. */
export const victimSection = defineSection({
  name: 'victims',
  records: (s) => sharedSubqueries(scoped(s)),
  arms: (s) => victimArms(scoped(s)),
  types: {
    VictimStatistics: {
      total: persons(total),
      excludedForConsent: persons((f) => f.count('excludedForConsent')),
      bySex: persons((f, s, refs) => bySex(f, 'victims', total(f, s, refs))),
      byAgeBand: persons(byAgeBand),
      bySexAndAgeGroup: persons(bySexAndAgeGroup),
      byCitizenship: persons((f, s, refs) => byCitizenship(f, 'victims', total(f, s, refs))),
      byForm: persons(byForm),
      byRoute: persons(byRoute),
      byDestination: persons((f) => countryLines(f.groups('byDestination'))),
      byAgency: persons(byAgency),
      byUnit: persons((f) => unitLines(f.groups('byUnit'))),
    },
  },
})
