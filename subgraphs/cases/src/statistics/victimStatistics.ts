// Victims for a statistics scope, counted once per person reference across the police, Social
// Affairs and the Border Guard. Only the references of the other agencies arrive here (through
// @requires); the union is expressed as a filter and every count runs in the police database.
import type { StatisticsScope } from '@lienthong/kit'
import { LABELS_VI } from '@lienthong/schema'
import type { Db, Prisma } from '../db.ts'
import { countryLines, enumLines, unitLines, type CountByKey } from './breakdown.ts'
import { byAgeBand, byCitizenship, bySex } from './personBreakdowns.ts'
import { victimsByCaseUnit, victimsByDestination } from './victimGroups.ts'
import { during, inScope } from './policeStatistics.ts'

export interface AgencyRefs { support: readonly string[]; border: readonly string[] }

const REFUSED = ['REFUSED', 'WITHDRAWN'] as const
export const AGENCY_LABELS = { POLICE: 'Công an', SUPPORT: 'Lao động – Thương binh và Xã hội', BORDER: 'Bộ đội Biên phòng' } as const
export const ROUTE_LABELS = { ...LABELS_VI.RouteKind, NONE: 'Không có vụ án của công an' } as const

/** Police victims of the scope: identified in the period, in a case or a rescue of the unit. */
export function policeVictimWhere(s: StatisticsScope): Prisma.VictimWhereInput {
  return {
    status: 'IDENTIFIED', identifiedAt: during(s),
    OR: [{ person: { victimIn: { some: { case: inScope(s) } } } }, { rescueOperation: inScope(s) }],
  }
}

/** Persons whose police consent to be counted is refused or withdrawn. */
const excluded: Prisma.PersonWhereInput = { victim: { is: { consentToCount: { in: [...REFUSED] } } } }
const notExcluded: Prisma.PersonWhereInput = { OR: [{ victim: { is: null } }, { victim: { is: { consentToCount: { notIn: [...REFUSED] } } } }] }

export interface VictimFigures {
  total: number; excludedForConsent: number
  bySex: CountByKey[]; byAgeBand: CountByKey[]; byCitizenship: CountByKey[]; byForm: CountByKey[]
  byRoute: CountByKey[]; byDestination: CountByKey[]; byAgency: CountByKey[]; byUnit: CountByKey[]
}

export async function victimStatistics(db: Db, s: StatisticsScope, refs: AgencyRefs): Promise<VictimFigures> {
  const support = [...new Set(refs.support)]
  const border = [...new Set(refs.border)]
  const others = [...new Set([...support, ...border])]
  const police: Prisma.PersonWhereInput = { victim: { is: policeVictimWhere(s) } }
  const union: Prisma.PersonWhereInput = { OR: [{ personRef: { in: others } }, police] }
  const counted: Prisma.PersonWhereInput = { AND: [union, notExcluded] }
  const count = (where: Prisma.PersonWhereInput) => db.person.count({ where })

  const [policeOnly, excludedForConsent, supportExcluded, borderExcluded, policeCounted] = await Promise.all([
    count({ AND: [police, { personRef: { notIn: others } }] }),
    count({ AND: [union, excluded] }),
    count({ AND: [{ personRef: { in: support } }, excluded] }),
    count({ AND: [{ personRef: { in: border } }, excluded] }),
    count({ AND: [police, notExcluded] }),
  ])
  const total = others.length + policeOnly - excludedForConsent
  const at = new Date(s.period.end.getTime() - 1)

  const [sex, age, citizenship, byForm, byRoute, byDestination, byUnit] = await Promise.all([
    bySex(db, counted, total), byAgeBand(db, counted, total, at), byCitizenship(db, counted, total),
    formLines(db, counted, total), routeLines(db, counted, total),
    victimsByDestination(db, s, others).then(countryLines), victimsByCaseUnit(db, s, others).then(unitLines),
  ])
  const byAgency = enumLines(AGENCY_LABELS, new Map([
    ['POLICE', policeCounted], ['SUPPORT', support.length - supportExcluded], ['BORDER', border.length - borderExcluded],
  ]))
  return { total, excludedForConsent, bySex: sex, byAgeBand: age, byCitizenship: citizenship, byForm, byRoute, byDestination, byAgency, byUnit }
}

/** Forms on the police victim record (a person under each of them); UNKNOWN adds those with none. */
async function formLines(db: Db, counted: Prisma.PersonWhereInput, total: number): Promise<CountByKey[]> {
  const [rows, withForm] = await Promise.all([
    db.victimExploitationForm.groupBy({ by: ['form'], where: { victim: { person: counted } }, _count: { _all: true } }),
    db.person.count({ where: { AND: [counted, { victim: { is: { forms: { some: {} } } } }] } }),
  ])
  const counts = new Map<string, number>(rows.map((r) => [r.form, r._count._all]))
  counts.set('UNKNOWN', (counts.get('UNKNOWN') ?? 0) + total - withForm)
  return enumLines(LABELS_VI.ExploitationForm, counts)
}

/** Route of the police cases the person is a victim in (a person in each route); NONE: in no police case. */
async function routeLines(db: Db, counted: Prisma.PersonWhereInput, total: number): Promise<CountByKey[]> {
  const inCase = (where: Prisma.CriminalCaseWhereInput) => db.person.count({ where: { AND: [counted, { victimIn: { some: { case: where } } }] } })
  const [domestic, crossBorder, any] = await Promise.all([inCase({ routeKind: 'DOMESTIC' }), inCase({ routeKind: 'CROSS_BORDER' }), inCase({})])
  return enumLines(ROUTE_LABELS, new Map([['DOMESTIC', domestic], ['CROSS_BORDER', crossBorder], ['NONE', total - any]]))
}
