// The dashboard's own small static server: dist/ (built by Vite) and /config.json (the gateway's
// URL, development or production, the identity provider). It holds no data and no secret: the
// page calls the gateway from the browser, like any integrator (CORS at the gateway).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url))

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
}

export interface DashboardServerOptions {
  host: string
  port: number
  /** The gateway's GraphQL URL as the browser reaches it, or a function (tests set it once the network is up). */
  gatewayUrl: string | (() => string)
  development: boolean
  identityProvider?: { authorizeUrl: string; tokenUrl: string; clientId: string; scope?: string }
  distDir?: string
}

export interface RunningDashboard {
  url: string
  origin: string
  port: number
  close: () => Promise<void>
}

/** What dist/build.json says of the build (written by vite.config.ts). */
export function buildOf(dist = DIST_DIR): { devSignIn: boolean } {
  const file = path.join(dist, 'build.json')
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { devSignIn: true }
}

export async function serveDashboard(o: DashboardServerOptions): Promise<RunningDashboard> {
  const dist = o.distDir ?? DIST_DIR
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`the dashboard is not built: npm run build -w @lienthong/dashboard (no ${dist}/index.html)`)
  if (!o.development && buildOf(dist).devSignIn)
    throw new Error('this dashboard build has the development sign-in: build it with LT_DASHBOARD_BUILD=production npm run build -w @lienthong/dashboard')
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405)
      return void res.end()
    }
    const security = {
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'content-security-policy': `default-src 'self'; connect-src 'self' ${new URL(typeof o.gatewayUrl === 'function' ? o.gatewayUrl() : o.gatewayUrl).origin}${o.identityProvider ? ` ${new URL(o.identityProvider.tokenUrl).origin}` : ''}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'`,
    }
    if (url.pathname === '/config.json') {
      res.writeHead(200, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store', ...security })
      return void res.end(
        JSON.stringify({
          gatewayUrl: typeof o.gatewayUrl === 'function' ? o.gatewayUrl() : o.gatewayUrl,
          development: o.development,
          ...(o.identityProvider ? { identityProvider: o.identityProvider } : {}),
        }),
      )
    }
    const file = path.join(dist, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''))
    const target = file.startsWith(dist) && existsSync(file) && statSync(file).isFile() ? file : path.join(dist, 'index.html')
    const immutable = target.includes(`${path.sep}assets${path.sep}`)
    res.writeHead(200, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...security,
    })
    if (req.method === 'HEAD') return void res.end()
    createReadStream(target).pipe(res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new Error(`port ${o.port} on ${o.host} is in use: stop the other process or set DASHBOARD_PORT to a free port`) : e),
    )
    server.listen(o.port, o.host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const origin = `http://${o.host}:${port}`
  return {
    url: `${origin}/`,
    origin,
    port,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r())
        server.closeAllConnections()
      }),
  }
}
