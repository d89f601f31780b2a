// How the gateway talks to a subgraph: HTTP POST to its /graphql, carrying the caller's identity
// and the request id in the request's extensions, signed with the subgraph's own secret over the
// exact operation (kit/src/identity/forwarding.ts: subgraphs refuse anything unsigned, and
// anything signed they already received). The identity names the client's operation (its name and
// root fields), so that a subgraph answering `_entities` audits what the caller actually asked for,
// and, for a fetch of entities, where they sit in the caller's operation (`entityPath`).
// A subgraph's refusal (4xx with a typed error) reaches the caller as that typed error, without
// the subgraph's raw response (which could quote what was submitted).
// A subgraph that does not answer (down, slow, circuit open) leaves its fields null beside the
// rest of the response, each with a SUBGRAPH_UNAVAILABLE or SUBGRAPH_TIMEOUT error (../resilience).
import type { KeyObject } from 'node:crypto'
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql'
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway'
import { isErrorCode } from '@lienthong/kit'
import { entityPathOf } from './entityPath.ts'
import { inflightKey } from './inflight.ts'
import type { NetworkResilience } from '../resilience/resilience.ts'
import { failureErrors, SubgraphFailure } from '../resilience/subgraphFailure.ts'
import { signForwardedRequest, subgraphSecret } from '@lienthong/kit/identity'
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

export interface SubgraphDataSourceOptions {
  /** The subgraph's name in the supergraph. */
  service: string
  url: string
  signingKey: KeyObject
  resilience: NetworkResilience
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url })
    this.signingKey = options.signingKey
    this.service = options.service
    this.resilience = options.resilience
    // keep-alive pools per subgraph origin instead of Apollo's make-fetch-happen (NET-9's profile)
    this.fetcher = options.resilience.fetcherOf(options.service, options.url)
  }
  private readonly signingKey: KeyObject
  private readonly service: string
  private readonly resilience: NetworkResilience

  /**
   * One request of the query plan, through the subgraph's circuit; a query (`_entities` fetches
   * included) is attempted again on a connection failure or a 502/503/504, a mutation never.
   * Each attempt runs willSendRequest again: a fresh signature. An identical query of the same
   * caller already in flight is not sent again: its answer is shared (./inflight.ts) — unless the
   * caller declared a purpose of use: only then can a read reach victim-level data, and each such
   * read must reach the subgraph's audit log under its own request id.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const { request, context } = options
    const document = 'document' in options ? options.document : undefined
    const idempotent = operationKindOf(document, request.query) === 'query'
    if (!idempotent || !context?.identity || context.identity.purpose || !request.query) return this.attempt(options, document, idempotent)
    // an identical query of the same caller already under way answers this one too (./inflight.ts)
    const incoming = 'incomingRequestContext' in options ? options.incomingRequestContext : undefined
    const operation = incoming?.operation && incoming.document ? describeOperation(incoming.operation, incoming.document) : undefined
    const caller = { ...context.identity, operation, entityPath: entityPathOfFetch(options) }
    const key = inflightKey({ service: this.service, caller, query: request.query, variables: request.variables })
    return this.resilience.inflight.run(key, () => this.attempt(options, document, idempotent))
  }

  private async attempt(options: GraphQLDataSourceProcessOptions<GatewayContext>, document: DocumentNode | undefined, idempotent: boolean) {
    const { request } = options
    try {
      return await this.resilience.call(this.service, () => super.process(options), { idempotent })
    } catch (e) {
      if (!(e instanceof SubgraphFailure)) throw e
      const representations = request.variables?.representations
      return {
        errors: failureErrors(e, {
          query: request.query ?? '{ _ }',
          ...(document ? { document } : {}),
          ...(Array.isArray(representations) ? { representations: representations.length } : {}),
        }),
      }
    }
  }

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
    request.extensions = signForwardedRequest(request, identity, secretOf(this.signingKey, this.service)).extensions
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as
      | { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] }
      | undefined
    const first = Array.isArray(body?.errors) ? body.errors[0] : undefined
    const code = first?.extensions?.code
    if (isErrorCode(code) && typeof first?.message === 'string') {
      const { field, problems } = first.extensions ?? {}
      // an unavailability (a database down, a subgraph stopping) always names the agency's service
      const service = typeof first.extensions?.service === 'string' ? first.extensions.service : response.status >= 500 ? this.service : undefined
      const extensions = { code, ...(field ? { field } : {}), ...(problems ? { problems } : {}), ...(service ? { service } : {}) }
      return answered(new GraphQLError(first.message, { extensions }), response.status)
    }
    const error = new GraphQLError(`${response.status}: ${response.statusText}`, {
      extensions: { code: response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR' },
    })
    return answered(error, response.status)
  }
}

/** Each subgraph's own secret, derived once from the gateway's master secret. */
const secrets = new WeakMap<KeyObject, Map<string, string>>()
function secretOf(master: KeyObject, service: string): string {
  let derived = secrets.get(master)
  if (!derived) secrets.set(master, (derived = new Map()))
  let secret = derived.get(service)
  if (!secret) derived.set(service, (secret = subgraphSecret(master, service)))
  return secret
}

/** Marks an error as the subgraph's answer with that HTTP status (the breaker counts only 5xx ones). */
function answered(error: GraphQLError, status: number): GraphQLError {
  return Object.defineProperty(error, 'status', { value: status, enumerable: false })
}

/** Whether the planner's fetch is a query or a mutation (what may be retried). */
export function operationKindOf(document: DocumentNode | undefined, query: string | undefined): string | undefined {
  const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)
  if (operation) return operation.operation
  const keyword = /^\s*(query|mutation|subscription)\b|^\s*\{/.exec(query ?? '')
  return keyword ? (keyword[1] ?? 'query') : undefined
}

/** For a fetch of entities inside the caller's operation: where they sit in it (see ./entityPath.ts). */
function entityPathOfFetch(options: GraphQLDataSourceProcessOptions<GatewayContext>): string | undefined {
  if (!('incomingRequestContext' in options) || !options.pathInIncomingRequest) return undefined // not part of a caller's operation
  const { operation, document } = options.incomingRequestContext
  if (!operation || !document) return undefined
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
  return entityPathOf(operation, fragments, options.pathInIncomingRequest)
}
