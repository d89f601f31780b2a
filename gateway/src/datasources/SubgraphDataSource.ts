// How the gateway talks to a subgraph: HTTP POST to its /graphql, carrying the caller's identity
// in a header the gateway signs over the exact operation (subgraphs refuse anything unsigned).
import type { KeyObject } from 'node:crypto'
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway'
import { signForwardedIdentity } from '@lienthong/kit/identity'
import type { GatewayContext } from '../context.ts'

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: { url: string; signingKey: KeyObject }) {
    super({ url: options.url })
    this.signingKey = options.signingKey
  }
  private readonly signingKey: KeyObject

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers
    if (!headers || !context?.identity) return // health checks and schema loading carry no identity
    headers.set('x-request-id', context.requestId)
    for (const [name, value] of Object.entries(signForwardedIdentity(context.identity, { query: request.query, variables: request.variables }, this.signingKey))) headers.set(name, value)
  }
}
