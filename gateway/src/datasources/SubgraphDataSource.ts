// How the gateway talks to a subgraph: HTTP POST to its /graphql, carrying the caller's identity
// in a header the gateway signs over the exact operation (subgraphs refuse anything unsigned),
// with, for a fetch of entities, where they sit in the caller's operation (`entityPath`).
// A subgraph's refusal (4xx with a typed error) reaches the caller as that typed error, without
// the subgraph's raw response (which could quote what was submitted).
import type { KeyObject } from 'node:crypto'
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway'
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql'
import { isErrorCode } from '@lienthong/kit'
import { entityPathOf } from './entityPath.ts'
import { signForwardedIdentity } from '@lienthong/kit/identity'
import type { GatewayContext } from '../context.ts'

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: { url: string; signingKey: KeyObject }) {
    super({ url: options.url })
    this.signingKey = options.signingKey
  }
  private readonly signingKey: KeyObject

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { request, context } = options
    const headers = request.http?.headers
    if (!headers || !context?.identity) return // health checks and schema loading carry no identity
    headers.set('x-request-id', context.requestId)
    const identity = { ...context.identity, entityPath: entityPathOfFetch(options) }
    if (identity.entityPath === undefined) delete identity.entityPath
    for (const [name, value] of Object.entries(signForwardedIdentity(identity, { query: request.query, variables: request.variables }, this.signingKey))) headers.set(name, value)
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => undefined) as { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } | undefined
    const first = Array.isArray(body?.errors) ? body.errors[0] : undefined
    const code = first?.extensions?.code
    if (isErrorCode(code) && typeof first?.message === 'string') {
      const { field, problems } = first.extensions ?? {}
      return new GraphQLError(first.message, { extensions: { code, ...(field ? { field } : {}), ...(problems ? { problems } : {}) } })
    }
    return new GraphQLError(`${response.status}: ${response.statusText}`, { extensions: { code: response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR' } })
  }
}

/** For a fetch of entities inside the caller's operation: where they sit in it (see ./entityPath.ts). */
function entityPathOfFetch(options: GraphQLDataSourceProcessOptions<GatewayContext>): string | undefined {
  if (!('incomingRequestContext' in options) || !options.pathInIncomingRequest) return undefined // not part of a caller's operation
  const { operation, document } = options.incomingRequestContext
  if (!operation || !document) return undefined
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
  return entityPathOf(operation, fragments, options.pathInIncomingRequest)
}
