// Which agencies' figures an answer lacks. When an agency's subgraph is down or slow the gateway
// still answers, with that agency's fields null and one error per failed field: `path` starts at
// the field, `extensions.service` names the subgraph and `extensions.code` says why
// (SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT). The agency is read from the service when the error
// names one, else from the path (each agency's section of the statistics and its reporting fields,
// from the agency registry); a figure that combines several agencies (victims, the justice funnel,
// the KPIs) is reported as missing without guessing which agency failed.
import { AGENCY_REGISTRY, type AgencyId, agenciesOf, SUBGRAPH_NAMES, type SubgraphName } from '@lienthong/schema/agencies'

export type MissingReason = 'unavailable' | 'timeout' | 'unreadable'

export interface MissingFigures {
  /** The agencies whose figures are missing; empty when the answer does not say which. */
  agencies: AgencyId[]
  reason: MissingReason
  /** Where the answer is null, as the error gives it (response names: aliases included). */
  path: (string | number)[]
}

/** A GraphQL error as the gateway sends it (the parts read here). */
export interface AnswerError {
  message?: string
  path?: readonly (string | number)[] | undefined
  extensions?: Record<string, unknown> | undefined
}

const REASON_OF_CODE: Record<string, MissingReason> = { SUBGRAPH_UNAVAILABLE: 'unavailable', SUBGRAPH_TIMEOUT: 'timeout' }

/** Response field name → the agency whose figures it holds: statistics sections, reporting fields, victims' references. */
export const AGENCY_OF_FIELD: ReadonlyMap<string, AgencyId> = new Map(
  AGENCY_REGISTRY.flatMap((a) => {
    const fields: string[] = [a.statisticsSection, a.reportingKey, `${a.reportingKey}Reporting`]
    if ('victimPersonRefs' in a) fields.push(a.victimPersonRefs.field)
    return fields.map((f) => [f, a.id as AgencyId] as const)
  }),
)

const isSubgraph = (s: unknown): s is SubgraphName => typeof s === 'string' && (SUBGRAPH_NAMES as string[]).includes(s)

/** The agency a path names (its first field that is an agency's own), if any. */
export function agencyOfPath(path: readonly (string | number)[]): AgencyId | undefined {
  for (const segment of path) if (typeof segment === 'string' && AGENCY_OF_FIELD.has(segment)) return AGENCY_OF_FIELD.get(segment)
  return undefined
}

/**
 * The missing figures an error tells of, or null when the error is not about a part of the answer
 * (no path and no service: the request as a whole failed).
 */
export function missingOf(error: AnswerError): MissingFigures | null {
  const ext = error.extensions ?? {}
  const service = [ext.service, ext.serviceName].find(isSubgraph)
  const path = [...(error.path ?? [])]
  if (!service && path.length === 0) return null
  const named = agencyOfPath(path)
  const code = typeof ext.code === 'string' ? ext.code : ''
  const reason = REASON_OF_CODE[code] ?? 'unreadable'
  if (!service) return { agencies: named ? [named] : [], reason, path }
  const ofService = agenciesOf(service).map((a) => a.id as AgencyId)
  // one section of a subgraph holding two agencies (procuracy, court): only that agency's
  return { agencies: named && ofService.includes(named) ? [named] : ofService, reason, path }
}

/** The missing figures of an answer's errors, or null when one of them is about the whole request. */
export function missingFiguresOf(errors: readonly AnswerError[]): MissingFigures[] | null {
  const all = errors.map(missingOf)
  return all.every((m): m is MissingFigures => m !== null) ? all : null
}

/** One line per agency (and one for the figures of no known agency), each with its reason, in the registry's order. */
export function missingAgencies(missing: readonly MissingFigures[]): { agency: AgencyId | null; reason: MissingReason }[] {
  const reasons = new Map<AgencyId | null, MissingReason>()
  // a timeout or an unreachable service says more than "could not be read": it wins
  const keep = (k: AgencyId | null, r: MissingReason) => {
    if (!reasons.has(k) || reasons.get(k) === 'unreadable') reasons.set(k, r)
  }
  for (const m of missing) {
    if (m.agencies.length === 0) keep(null, m.reason)
    for (const a of m.agencies) keep(a, m.reason)
  }
  const order = [...AGENCY_REGISTRY.map((a) => a.id as AgencyId | null), null]
  return order.filter((k) => reasons.has(k)).map((agency) => ({ agency, reason: reasons.get(agency)! }))
}

/**
 * An answer in which any object or list may be null: the part an agency's unreachable subgraph
 * would have filled (its scalars stay as typed: a null count inside a section that arrived is a
 * protected cell, never missing figures).
 */
export type Holes<T> = T extends readonly (infer E)[] ? readonly Filled<E>[] | null | undefined : T extends object ? Filled<T> | null | undefined : T
/** An object that arrived, whose fields may have holes. */
export type Filled<T> = T extends object ? { [K in keyof T]: Holes<T[K]> } : T
