// List queries over persons the police record: victim records (their personal fields are
// resolved apart, under the access rule of resolvers/PoliceVictim.ts) and suspects. Cursor
// connections like the others; cursors are sealed by the kit (a victim record's person reference never shows in one).
import { connection, periodRange, unitCodesUnder, definedOnly } from '@lienthong/kit'
import type { Context } from '../context.ts'
import { VICTIM_PUBLIC_FIELDS } from '../loaders/victim.ts'
import type { CaseSuspectFilter, InputMaybe, PoliceVictimFilter } from './types.ts'

interface PageArgs { first?: InputMaybe<number>; after?: InputMaybe<string> }

export async function policeVictims({ first, after, filter }: PageArgs & { filter?: InputMaybe<PoliceVictimFilter> }, { db }: Context) {
  const units = unitCodesUnder(filter?.unitCode, 'filter.unitCode')
  const w = definedOnly({
    recordedAt: periodRange(filter?.period, 'filter.period'),
    status: filter?.status ?? undefined,
    consentToCount: filter?.consentToCount ?? undefined,
    forms: filter?.form ? { some: { form: filter.form } } : undefined,
    rescueOperationId: filter?.rescued == null ? undefined : filter.rescued ? { not: null } : null,
    person: units ? { victimIn: { some: { case: { unitCode: units } } } } : undefined,
  })
  const page = await connection({ first, after }, async (p) => (await db.victim.findMany({
    take: p.take, skip: p.skip, cursor: p.cursor ? { personRef: p.cursor.id } : undefined,
    where: w, select: VICTIM_PUBLIC_FIELDS, orderBy: [{ recordedAt: 'desc' }, { personRef: 'desc' }],
  })).map((v) => ({ ...v, id: v.personRef })), () => db.victim.count({ where: w }))
  return { edges: page.edges, pageInfo: page.pageInfo, totalCount: page.totalCount() }
}

export async function caseSuspects({ first, after, filter }: PageArgs & { filter?: InputMaybe<CaseSuspectFilter> }, { db }: Context) {
  const units = unitCodesUnder(filter?.unitCode, 'filter.unitCode')
  const w = definedOnly({
    role: filter?.role ?? undefined,
    arrestStatus: filter?.arrestStatus ?? undefined,
    wanted: filter?.wanted ?? undefined,
    case: units ? { unitCode: units } : undefined,
  })
  const page = await connection({ first, after }, (p) => db.suspect.findMany({ ...p, where: w, orderBy: [{ externalRef: 'asc' }, { id: 'asc' }] }), () => db.suspect.count({ where: w }))
  return { edges: page.edges, pageInfo: page.pageInfo, totalCount: page.totalCount() }
}
