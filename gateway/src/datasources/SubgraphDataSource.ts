// How the gateway talks to a subgraph: HTTP POST to its /graphql, carrying the caller's identity
// and the request id in a header the gateway signs over the exact operation (subgraphs refuse
// anything unsigned, and anything signed they already received). The identity names the client's operation (its name and
// root fields), so that a subgraph answering `_entities` audits what the caller actually asked for,
// and, for a fetch of entities, where they sit in the caller's operation (`entityPath`).
// A subgraph's refusal (4xx with a typed error) reaches the caller as that typed error, without
// the subgraph's raw response (which could quote what was submitted).
import type { KeyObject } from 'node:crypto'
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql'
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway'
import { isErrorCode } from '@lienthong/kit'
import { entityPathOf } from './entityPath.ts'
import { signForwardedIdentity } from '@lienthong/kit/identity'
import type { GatewayContext } from '../context.ts'

/** Longest operation description forwarded (the identity header stays small). */
const MAX_OPERATION_LENGTH = 300

/**
 * "ListVictims: policeVictims, criminalCases" — the client operation's name (when it has one) and
 * its root fields, never aliases nor argument values.
 */
export function describeOperation(operation: OperationDefinitionNode, document: DocumentNode): string {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])))
  const fields = new Set<string>()
  const collect = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) fields.add(s.name.value)
      else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet, seen)
      else if (!seen.has(s.name.value) && fragments.has(s.name.value)) collect(fragments.get(s.name.value)!, new Set([...seen, s.name.value]))
    }
  }
  collect(operation.selectionSet, new Set())
  const roots = [...fields].filter((f) => f !== '__typename').join(', ') || '__typename'
  const described = operation.name ? `${operation.name.value}: ${roots}` : roots
  return described.length > MAX_OPERATION_LENGTH ? `${described.slice(0, MAX_OPERATION_LENGTH - 1)}…` : described
}

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
    const incoming = 'incomingRequestContext' in options ? options.incomingRequestContext : undefined // an operation a client sent
    const operation = incoming?.operation && incoming.document ? describeOperation(incoming.operation, incoming.document) : undefined
    const identity = { ...context.identity, operation, entityPath: entityPathOfFetch(options), requestId: context.requestId }
    if (identity.operation === undefined) delete identity.operation
    if (identity.entityPath === undefined) delete identity.entityPath
    for (const [name, value] of Object.entries(signForwardedIdentity(identity, { query: request.query, variables: request.variables }, this.signingKey)))
      headers.set(name, value)
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as
      | { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] }
      | undefined
    const first = Array.isArray(body?.errors) ? body.errors[0] : undefined
    const code = first?.extensions?.code
    if (isErrorCode(code) && typeof first?.message === 'string') {
      const { field, problems } = first.extensions ?? {}
      return new GraphQLError(first.message, { extensions: { code, ...(field ? { field } : {}), ...(problems ? { problems } : {}) } })
    }
    return new GraphQLError(`${response.status}: ${response.statusText}`, {
      extensions: { code: response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR' },
    })
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
