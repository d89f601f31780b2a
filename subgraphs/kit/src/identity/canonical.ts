// What the gateway signs for a subgraph, byte for byte: the request's query, variables, operation
// name and extensions (all but the signature itself), serialized with sorted keys exactly as the
// `json-stable-stringify` package does, which is what Hive Gateway's HMAC upstream signature
// plugin uses. Any gateway that serializes the same way (ours, Hive Gateway configured with
// `serializeExecutionRequest`, a router coprocessor) produces a signature our subgraphs accept.
// The wire protocol is described in docs/identity-forwarding.md.

/** The extension that carries the signature (Hive Gateway's default name). */
export const SIGNATURE_EXTENSION = 'hmac-signature'

/** The parts of a GraphQL-over-HTTP request body a signature covers. */
export interface SignedRequest {
  query?: unknown
  variables?: unknown
  operationName?: unknown
  extensions?: unknown
}

/** JSON with object keys sorted (code-unit order), no whitespace, undefined members left out: json-stable-stringify's output. */
export function stableStringify(value: unknown): string | undefined {
  let node = value
  if (node && typeof (node as { toJSON?: unknown }).toJSON === 'function') node = (node as { toJSON: () => unknown }).toJSON()
  if (node === undefined) return undefined
  if (typeof node !== 'object' || node === null) return JSON.stringify(node)
  if (Array.isArray(node)) return `[${node.map((item) => stableStringify(item) ?? 'null').join(',')}]`
  const members: string[] = []
  for (const key of Object.keys(node).sort()) {
    const member = stableStringify((node as Record<string, unknown>)[key])
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`)
  }
  return `{${members.join(',')}}`
}

const nonEmpty = (o: unknown) => (o && typeof o === 'object' && Object.keys(o).length > 0 ? o : undefined)

/**
 * The text a signature covers: `{"extensions":{…},"operationName":…,"query":…,"variables":{…}}`
 * with sorted keys; empty variables and extensions count as absent, and the signature extension
 * is never part of it.
 */
export function signedText(request: SignedRequest): string {
  const extensions = nonEmpty(request.extensions) ? { ...(request.extensions as Record<string, unknown>) } : undefined
  if (extensions) delete extensions[SIGNATURE_EXTENSION]
  return (
    stableStringify({
      query: request.query,
      variables: nonEmpty(request.variables),
      operationName: request.operationName || undefined,
      extensions: nonEmpty(extensions),
    }) ?? '{}'
  )
}
