// What the caller sees when an agency's service cannot answer: its fields are null, each with an
// error SUBGRAPH_UNAVAILABLE or SUBGRAPH_TIMEOUT whose extensions are exactly { code, service,
// reason } and whose message names the agency's service, in Vietnamese and English, and never
// any data. The rest of the response answers.
import { Kind, parse, type DocumentNode, type GraphQLFormattedError, type SelectionSetNode } from 'graphql'
import { AGENCY_REGISTRY } from '@lienthong/schema/agencies'

export type SubgraphFailureCode = 'SUBGRAPH_UNAVAILABLE' | 'SUBGRAPH_TIMEOUT'
export const SUBGRAPH_FAILURE_CODES: readonly string[] = ['SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT'] satisfies SubgraphFailureCode[]

/** A subgraph that did not answer (connection, timeout, gateway-side 502/503/504, open circuit). */
export class SubgraphFailure extends Error {
  override name = 'SubgraphFailure'
  constructor(
    readonly code: SubgraphFailureCode,
    /** The subgraph's name in the supergraph. */
    readonly service: string,
    /** Short English reason: connection refused, circuit open, timed out after N ms, HTTP 502 Bad Gateway. */
    readonly reason: string,
    /** Worth another attempt for a query: a connection failure or a 502/503/504 answer. */
    readonly retryable = false,
  ) {
    super(`${service}: ${reason}`)
  }
}

export const circuitOpen = (service: string) => new SubgraphFailure('SUBGRAPH_UNAVAILABLE', service, 'circuit open')
export const timedOut = (service: string, ms: number) => new SubgraphFailure('SUBGRAPH_TIMEOUT', service, `timed out after ${ms} ms`)

const CONNECTION_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection reset',
  UND_ERR_SOCKET: 'connection reset',
  UND_ERR_CLOSED: 'connection closed',
  UND_ERR_DESTROYED: 'connection closed',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
}

/** A network error of the HTTP client (undici's codes UND_ERR_*, Node's E*; node-fetch) as a failure, or undefined when it is not one. */
export function connectionFailure(service: string, error: unknown): SubgraphFailure | undefined {
  const e = error as { code?: unknown; errno?: unknown; cause?: { code?: unknown } } | undefined
  const code = [e?.code, e?.errno, e?.cause?.code].find((c): c is string => typeof c === 'string' && c in CONNECTION_REASONS)
  if (code) return new SubgraphFailure('SUBGRAPH_UNAVAILABLE', service, CONNECTION_REASONS[code]!, true)
  const name = (error as Error | undefined)?.name
  if (name === 'FetchError' || (error instanceof TypeError && error.message === 'fetch failed'))
    return new SubgraphFailure('SUBGRAPH_UNAVAILABLE', service, 'connection failed', true)
  return undefined
}

/** The agency (or agencies) whose service a subgraph is, by the registry; any other supergraph's subgraph by its name. */
export function serviceNames(service: string): { vi: string; en: string } {
  const agencies = AGENCY_REGISTRY.filter((a) => a.subgraph === service)
  if (!agencies.length) return { vi: `dịch vụ ${service}`, en: `the ${service} service` }
  return { vi: `dịch vụ của ${agencies.map((a) => a.nameVi).join(', ')}`, en: `the ${agencies.map((a) => a.nameEn).join(' and ')} service` }
}

export function failureMessage(failure: Pick<SubgraphFailure, 'code' | 'service'>): string {
  const { vi, en } = serviceNames(failure.service)
  return failure.code === 'SUBGRAPH_TIMEOUT'
    ? `Không nhận được trả lời kịp thời từ ${vi} (${failure.service}) / No answer in time from ${en} (${failure.service}): its fields are null`
    : `Không truy cập được ${vi} (${failure.service}) / ${en.charAt(0).toUpperCase()}${en.slice(1)} (${failure.service}) cannot be reached: its fields are null`
}

/** At most this many errors for one failed fetch of entities (one per entity and field otherwise). */
export const MAX_FAILURE_ERRORS = 100

/**
 * The errors of a failed fetch, one per field it would have filled: a root field (`['supportCases']`),
 * or each entity's field (`['_entities', i, 'borderIncidents']`, which the gateway turns into the
 * field's path in the caller's response).
 */
export function failureErrors(failure: SubgraphFailure, fetch: { query: string; document?: DocumentNode; representations?: number }): GraphQLFormattedError[] {
  const message = failureMessage(failure)
  const extensions = { code: failure.code, service: failure.service, reason: failure.reason }
  const document = fetch.document ?? parse(fetch.query)
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)
  if (!operation) return [{ message, extensions }]
  const roots = fieldsOf(operation.selectionSet)
  const entities = roots.find((f) => f.name === '_entities')
  if (!entities || fetch.representations == null) return roots.map((f) => ({ message, path: [f.responseName], extensions }))
  const fields = entities.selectionSet ? fieldsOf(entities.selectionSet) : []
  const errors: GraphQLFormattedError[] = []
  for (let i = 0; i < fetch.representations && errors.length < MAX_FAILURE_ERRORS; i++)
    for (const f of fields) errors.push({ message, path: ['_entities', i, f.responseName], extensions })
  return errors.slice(0, MAX_FAILURE_ERRORS)
}

interface FieldAt {
  name: string
  responseName: string
  selectionSet?: SelectionSetNode
}

/** The fields a selection set asks for, through inline fragments (the planner's fetches use no named ones). */
function fieldsOf(set: SelectionSetNode): FieldAt[] {
  const out = new Map<string, FieldAt>()
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD && s.name.value !== '__typename')
      out.set(s.alias?.value ?? s.name.value, { name: s.name.value, responseName: s.alias?.value ?? s.name.value, selectionSet: s.selectionSet })
    else if (s.kind === Kind.INLINE_FRAGMENT) for (const f of fieldsOf(s.selectionSet)) out.set(f.responseName, f)
  }
  return [...out.values()]
}

/**
 * Keeps a failure's extensions exactly { code, service, reason }: the gateway adds `serviceName`
 * to every error of a subgraph's answer. Other errors pass unchanged (then maskError).
 */
export function formatSubgraphFailure(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const ext = formatted.extensions
  if (!ext || typeof ext.code !== 'string' || !SUBGRAPH_FAILURE_CODES.includes(ext.code)) return formatted
  return { ...formatted, extensions: { code: ext.code, service: ext.service, reason: ext.reason } }
}
