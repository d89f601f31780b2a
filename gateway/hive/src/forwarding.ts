// The caller's identity to every subgraph, as Hive Gateway produces by configuration and our
// subgraphs verify (kit/src/identity/forwarding.ts, docs/identity-forwarding.md): the token's
// claims in `extensions.jwt.payload` (what Hive's JWT plugin forwards), our `extensions.lt` (time,
// single-use id, request id, the client's operation, purpose, dry run), then Hive's own HMAC
// upstream signature plugin, one instance per subgraph (`shouldSign`) with that subgraph's secret
// derived from the master secret, over the same serialization our subgraphs check.
import type { KeyObject } from 'node:crypto'
import { getOperationAST, type DocumentNode } from 'graphql'
import { useHmacUpstreamSignature, type GatewayPlugin } from '@graphql-hive/gateway-runtime'
import { serializeExecutionRequest } from '@graphql-tools/executor-common'
import { forwardingExtensions, signedText, subgraphSecret } from '@lienthong/kit/identity'
import { describeOperation } from '../../src/datasources/SubgraphDataSource.ts'
import type { CallerContext } from './callers.ts'

/** What the client asked for, named once per request (its operation name and root fields). */
const operations = new WeakMap<object, string>()

/** Adds `extensions.jwt` and `extensions.lt` to each subgraph request of an authenticated caller. */
export function useIdentityForwarding(): GatewayPlugin<CallerContext> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document as DocumentNode, args.operationName)
      if (operation && args.contextValue) operations.set(args.contextValue, describeOperation(operation, args.document as DocumentNode))
    },
    onSubgraphExecute({ executionRequest }) {
      const context = executionRequest.context as Partial<CallerContext> | undefined
      if (!context?.identity) return
      const operation = operations.get(context)
      const identity = { ...context.identity, requestId: context.requestId, ...(operation ? { operation } : {}) }
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
