// The caller's identity to every subgraph, as Hive Gateway produces by configuration and our
// subgraphs verify (kit/src/identity/forwarding.ts, docs/identity-forwarding.md): the token's
// claims in `extensions.jwt.payload` (what Hive's JWT plugin forwards), our `extensions.lt` (time,
// single-use id, request id, the client's operation, purpose, dry run), then Hive's own HMAC
// upstream signature plugin, one instance per subgraph (`shouldSign`) with that subgraph's secret
// derived from the master secret, over the same serialization our subgraphs check.
import type { KeyObject } from 'node:crypto'
import { getOperationAST, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql'
import { useHmacUpstreamSignature, type GatewayPlugin } from '@graphql-hive/gateway-runtime'
import { serializeExecutionRequest } from '@graphql-tools/executor-common'
import { forwardingExtensions, signedText, subgraphSecret } from '@lienthong/kit/identity'
import { describeOperation } from '../../src/datasources/SubgraphDataSource.ts'
import { entityPathOf } from '../../src/datasources/entityPath.ts'
import type { CallerContext } from './callers.ts'

/** What the client asked for, once per request: its operation, named (its name and root fields), and its fragments. */
const operations = new WeakMap<object, { named: string; operation: OperationDefinitionNode; fragments: FragmentDefinitionNode[] }>()

/** For a fetch of entities: where they sit in the client's operation (gateway/src/datasources/entityPath.ts), from the field Hive resolves. */
function entityPathOfFetch(
  request: { variables?: Record<string, unknown>; info?: GraphQLResolveInfo },
  client: { operation: OperationDefinitionNode; fragments: FragmentDefinitionNode[] },
) {
  if (!Array.isArray(request.variables?.representations) || !request.info) return undefined
  const path: (string | number)[] = []
  for (let p: GraphQLResolveInfo['path'] | undefined = request.info.path; p; p = p.prev) path.unshift(p.key)
  return entityPathOf(client.operation, client.fragments, path)
}

/** Adds `extensions.jwt` and `extensions.lt` to each subgraph request of an authenticated caller. */
export function useIdentityForwarding(): GatewayPlugin<CallerContext> {
  return {
    onExecute({ args }) {
      const document = args.document as DocumentNode
      const operation = getOperationAST(document, args.operationName)
      const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      if (operation && args.contextValue) operations.set(args.contextValue, { named: describeOperation(operation, document), operation, fragments })
    },
    onSubgraphExecute({ executionRequest }) {
      const context = executionRequest.context as Partial<CallerContext> | undefined
      if (!context?.identity) return
      const client = operations.get(context)
      const entityPath = client && entityPathOfFetch(executionRequest, client)
      const identity = {
        ...context.identity,
        requestId: context.requestId,
        ...(client ? { operation: client.named } : {}),
        ...(entityPath ? { entityPath } : {}),
      }
      executionRequest.extensions = { ...executionRequest.extensions, ...forwardingExtensions(identity) }
    },
  }
}

/** Hive's HMAC upstream signature, one plugin per subgraph, each with that subgraph's own secret. */
export function useSubgraphSignatures(master: KeyObject, subgraphs: readonly string[]) {
  return subgraphs.map((name) =>
    useHmacUpstreamSignature({
      secret: subgraphSecret(master, name),
      shouldSign: ({ subgraphName }) => subgraphName === name,
      // what is sent (Hive's own serialization of the request), minus the signature, keys sorted
      serializeExecutionRequest: (executionRequest) => signedText(serializeExecutionRequest({ executionRequest })),
    }),
  )
}
