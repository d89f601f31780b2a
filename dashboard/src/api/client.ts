// The GraphQL client (urql core): every request carries the bearer token, like any integrator's.
// Results are cached by operation and variables, so going back to a view sends nothing.
import { Client, cacheExchange, fetchExchange } from '@urql/core'
import type { TypedDocumentString } from '../gql/graphql.ts'
import type { UnitRowFieldsFragment } from '../gql/graphql.ts'
import { UnitRowFields } from './operations.ts'
import { type Holes, type MissingFigures, missingFiguresOf } from '../missing.ts'

export interface Session {
  token: string
  gatewayUrl: string
}

export function createClient(session: Session): Client {
  return new Client({
    url: session.gatewayUrl,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    fetchOptions: () => ({ headers: { authorization: `Bearer ${session.token}` } }),
  })
}

/** A GraphQL error as the API sends it (code in extensions). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number | undefined,
  ) {
    super(message)
  }
}

/** An answer and the figures it lacks (agencies whose subgraph could not be read): `data` may have holes there. */
export interface Answer<T> {
  data: Holes<T>
  missing: MissingFigures[]
}

/** Operations whose last answer lacked figures, per client: asked afresh next time, never from the cache. */
const incomplete = new WeakMap<Client, Set<string>>()

/**
 * Runs one typed operation (`fresh`: never from the cache). Errors about parts of the answer (an
 * agency's figures) come back as `missing` with the rest of the data; an error about the request
 * as a whole (HTTP, token, limits) becomes an ApiError naming the API's code.
 */
export async function answer<R, V extends Record<string, unknown>>(
  client: Client,
  doc: TypedDocumentString<R, V> | string,
  variables: V,
  options: { fresh?: boolean } = {},
): Promise<Answer<R>> {
  const query = String(doc)
  const key = `${query}\n${JSON.stringify(variables)}`
  const marked = incomplete.get(client) ?? new Set<string>()
  incomplete.set(client, marked)
  const fresh = options.fresh || marked.has(key)
  const result = await client.query(query, variables, fresh ? { requestPolicy: 'network-only' } : {}).toPromise()
  const errors = result.error?.graphQLErrors ?? []
  const missing = result.error && !result.error.networkError ? missingFiguresOf(errors) : null
  if (result.error && !missing) {
    const first = errors[0]
    const status = (result.error.response as Response | undefined)?.status
    throw new ApiError(first?.message ?? result.error.message, first?.extensions?.code as string | undefined, status)
  }
  if (missing?.length) marked.add(key)
  else marked.delete(key)
  return { data: (result.data ?? null) as Holes<R>, missing: missing ?? [] }
}

/** Runs one typed operation whose answer must be whole: any error is an ApiError. */
export async function run<R, V extends Record<string, unknown>>(client: Client, doc: TypedDocumentString<R, V> | string, variables: V): Promise<R> {
  const { data, missing } = await answer(client, doc, variables)
  if (missing.length) throw new ApiError('incomplete answer', 'SUBGRAPH_UNAVAILABLE', undefined)
  return data as R
}

/** The units table's operation: one alias per unit (u0 = the unit picked, then the units under it). */
export function unitRowsOperation(codes: readonly string[]): { query: string; variableNames: string[] } {
  const variableNames = codes.map((_, i) => `u${i}`)
  const head = `query UnitRows($period: PeriodInput!, ${variableNames.map((v) => `$${v}: AdminUnitCode`).join(', ')})`
  const fields = variableNames.map((v) => `  ${v}: provincialStatistics(period: $period, unitCode: $${v}) { ...UnitRowFields }`).join('\n')
  return { query: `${head} {\n${fields}\n}\n${String(UnitRowFields)}`, variableNames }
}

export type UnitRow = UnitRowFieldsFragment
