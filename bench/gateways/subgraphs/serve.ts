// The four benchmark subgraphs in one process, each on its own port (BENCH_SUBGRAPH_PORT, then
// the next three): a bare node:http server per subgraph that parses and validates each distinct
// document once and executes it, nothing else, so the gateway is what the benchmark measures.
// The data never changes, so an answer is kept per (document, variables) and sent again (the
// public benchmark's Rust subgraphs cost next to nothing; graphql-js executing a 50-entity fetch
// does not). Headers and extensions a gateway adds (our signed identity) are ignored. Says it is ready (IPC,
// see ../launch/ready.ts) with the four URLs as JSON.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type DocumentNode, execute, type GraphQLError, type GraphQLSchema, parse, validate } from 'graphql'
import { announceReady } from '../launch/ready.ts'
import { SUBGRAPH_NAMES } from './resolvers.ts'
import { subgraphSchema } from './schema.ts'

interface Body {
  query?: string
  variables?: Record<string, unknown>
  operationName?: string
}

function handler(schema: GraphQLSchema) {
  const documents = new Map<string, { document: DocumentNode } | { errors: readonly GraphQLError[] }>()
  const prepared = (query: string) => {
    let entry = documents.get(query)
    if (!entry) {
      try {
        const document = parse(query)
        const errors = validate(schema, document)
        entry = errors.length ? { errors } : { document }
      } catch (e) {
        entry = { errors: [e as GraphQLError] }
      }
      if (documents.size < 1000) documents.set(query, entry)
    }
    return entry
  }
  const answers = new Map<string, string>()
  const answer = async (body: Body): Promise<string> => {
    const key = `${body.operationName ?? ''}\n${body.query ?? ''}\n${JSON.stringify(body.variables ?? {})}`
    const known = answers.get(key)
    if (known) return known
    const entry = prepared(body.query ?? '')
    const result =
      'errors' in entry
        ? { errors: entry.errors.map((e) => ({ message: e.message })) }
        : await execute({ schema, document: entry.document, variableValues: body.variables ?? {}, operationName: body.operationName ?? null })
    const payload = JSON.stringify(result)
    if (answers.size < 10_000) answers.set(key, payload)
    return payload
  }
  /** Answers by the request's exact bytes: no JSON parsing when a gateway sends the same request again. */
  const byBody = new Map<string, string>()
  return async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    let payload = byBody.get(raw)
    if (payload === undefined) {
      try {
        payload = await answer(JSON.parse(raw) as Body)
        if (byBody.size < 10_000) byBody.set(raw, payload)
      } catch {
        payload = JSON.stringify({ errors: [{ message: 'bad request' }] })
      }
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) })
    res.end(payload)
  }
}

const base = Number(process.env.BENCH_SUBGRAPH_PORT ?? 0)
const urls: Record<string, string> = {}
for (const [i, name] of SUBGRAPH_NAMES.entries()) {
  const server = createServer(handler(subgraphSchema(name)))
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(base ? base + i : 0, '127.0.0.1', resolve))
  urls[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`
}
announceReady(JSON.stringify(urls))
