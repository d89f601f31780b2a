// GET /explorer — a self-hosted GraphiQL (the npm package's own browser build and React's, served
// from node_modules; nothing from a CDN). The page is static; every request it sends to /graphql
// needs a token like any other, pasted in its headers pane (in development it asks /dev/token).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'

export const EXPLORER_PATH = '/explorer'

const require = createRequire(import.meta.url)
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`))
const here = (file: string) => new URL(file, import.meta.url)

/** The files of the explorer: path → [content type, where to read it]. */
const FILES: Record<string, [string, () => string | URL]> = {
  '': ['text/html; charset=utf-8', () => here('./index.html')],
  '/start.js': ['text/javascript; charset=utf-8', () => here('./start.js')],
  '/graphiql.min.js': ['text/javascript; charset=utf-8', () => path.join(packageDir('graphiql'), 'graphiql.min.js')],
  '/graphiql.min.css': ['text/css; charset=utf-8', () => path.join(packageDir('graphiql'), 'graphiql.min.css')],
  '/react.production.min.js': ['text/javascript; charset=utf-8', () => path.join(packageDir('react'), 'umd', 'react.production.min.js')],
  '/react-dom.production.min.js': ['text/javascript; charset=utf-8', () => path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js')],
}

/** Routes of the explorer, read once at start-up. */
export function explorerRoutes(): Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> {
  const routes: ReturnType<typeof explorerRoutes> = {}
  for (const [suffix, [type, where]] of Object.entries(FILES)) {
    const body = readFileSync(where())
    routes[`${EXPLORER_PATH}${suffix}`] = async (_req, res) => {
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:",
      })
      res.end(body)
    }
  }
  return routes
}
