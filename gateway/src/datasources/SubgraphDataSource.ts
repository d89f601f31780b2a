// How the gateway talks to a subgraph: HTTP POST to its /graphql, carrying the caller's identity
// in a header the gateway signs over the exact operation (subgraphs refuse anything unsigned),
// with, for a fetch of entities, where they sit in the caller's operation (`entityPath`).
import type { KeyObject } from 'node:crypto'
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway'
import { Kind, type FragmentDefinitionNode } from 'graphql'
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
}

/** For a fetch of entities inside the caller's operation: where they sit in it (see ./entityPath.ts). */
function entityPathOfFetch(options: GraphQLDataSourceProcessOptions<GatewayContext>): string | undefined {
  if (!('incomingRequestContext' in options) || !options.pathInIncomingRequest) return undefined // not part of a caller's operation
  const { operation, document } = options.incomingRequestContext
  if (!operation || !document) return undefined
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
  return entityPathOf(operation, fragments, options.pathInIncomingRequest)
}
