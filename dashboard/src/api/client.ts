// The GraphQL client (urql core): every request carries the bearer token, like any integrator's.
// Results are cached by operation and variables, so going back to a view sends nothing.
import { Client, cacheExchange, fetchExchange } from '@urql/core'
import type { TypedDocumentString } from '../gql/graphql.ts'
import type { UnitRowFieldsFragment } from '../gql/graphql.ts'
import { UnitRowFields } from './operations.ts'

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

/** Runs one typed operation (`fresh`: never from the cache); errors (HTTP or GraphQL) become an ApiError naming the API's code. */
export async function run<R, V extends Record<string, unknown>>(
  client: Client,
  doc: TypedDocumentString<R, V> | string,
  variables: V,
  options: { fresh?: boolean } = {},
): Promise<R> {
  const result = await client.query(String(doc), variables, options.fresh ? { requestPolicy: 'network-only' } : {}).toPromise()
  if (result.error) {
    const first = result.error.graphQLErrors[0]
    const status = (result.error.response as Response | undefined)?.status
    throw new ApiError(first?.message ?? result.error.message, first?.extensions?.code as string | undefined, status)
  }
  return result.data as R
}

/** The units table's operation: one alias per unit (u0 = the unit picked, then the units under it). */
export function unitRowsOperation(codes: readonly string[]): { query: string; variableNames: string[] } {
  const variableNames = codes.map((_, i) => `u${i}`)
  const head = `query UnitRows($period: PeriodInput!, ${variableNames.map((v) => `$${v}: AdminUnitCode`).join(', ')})`
  const fields = variableNames.map((v) => `  ${v}: provincialStatistics(period: $period, unitCode: $${v}) { ...UnitRowFields }`).join('\n')
  return { query: `${head} {\n${fields}\n}\n${String(UnitRowFields)}`, variableNames }
}

export type UnitRow = UnitRowFieldsFragment
