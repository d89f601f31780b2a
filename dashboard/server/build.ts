// Builds the dashboard when dist/ is missing or older than its sources (npm start, the browser
// test and the bench call this; `npm run build -w @lienthong/dashboard` always builds).
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildOf, DIST_DIR } from './serve.ts'

const dir = fileURLToPath(new URL('..', import.meta.url))
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json', '../schema/data/admin-units.json']

function newest(p: string): number {
  const s = statSync(p)
  if (!s.isDirectory()) return s.mtimeMs
  return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newest(path.join(p, f))))
}

export function needsBuild(): boolean {
  const index = path.join(DIST_DIR, 'index.html')
  if (!existsSync(index)) return true
  if (buildOf().devSignIn !== (process.env.LT_DASHBOARD_BUILD !== 'production')) return true
  const built = statSync(index).mtimeMs
  return SOURCES.some((s) => existsSync(path.join(dir, s)) && newest(path.join(dir, s)) > built)
}

/** Builds if needed; returns whether it built. */
export function ensureBuilt(log: (line: string) => void = () => undefined): boolean {
  if (!needsBuild()) return false
  log('dashboard: building (vite build)…')
  const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js')
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] })
  return true
}
