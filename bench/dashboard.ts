// npm run bench:dashboard — the dashboard's budgets, measured in Debian's chromium against the
// network started in this process on the demo data (DB_PROVIDER=postgresql for PostgreSQL):
//   - one GraphQL request per view change (every view, then a period and a unit change);
//   - first meaningful paint under 2 s: from navigation (signed in) to the five KPI cards drawn
//     with their figures, median of 5 cold page loads (the first load, which warms the servers,
//     is printed apart);
//   - JavaScript under 400 KB gzipped (every script the page loads).
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import type { DbProvider } from '@lienthong/kit'
import { startNetwork } from '../test/src/network.ts'
import { ensureBuilt } from '../dashboard/server/build.ts'
import { DIST_DIR, serveDashboard } from '../dashboard/server/serve.ts'
import { CHROMIUM, CHROMIUM_FLAGS } from '../dashboard/test/chromium.ts'

const BUDGET = { paintMs: 2000, jsGzipBytes: 400 * 1024, requestsPerChange: 1 }
const RUNS = 5
const provider = (process.env.DB_PROVIDER ?? 'sqlite') as DbProvider
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const verdict = (ok: boolean) => (ok ? '✔ within budget' : '✖ OVER BUDGET')

ensureBuilt((l) => console.log(l))
const scripts = readdirSync(path.join(DIST_DIR, 'assets')).filter((f) => f.endsWith('.js'))
const jsGzip = scripts.reduce((n, f) => n + gzipSync(readFileSync(path.join(DIST_DIR, 'assets', f)), { level: 9 }).length, 0)

let gatewayUrl = ''
const dashboard = await serveDashboard({ host: '127.0.0.1', port: 0, gatewayUrl: () => gatewayUrl, development: true })
console.log(`starting the network on ${provider} (demo data)…`)
const net = await startNetwork(provider, { corsOrigins: [dashboard.origin] })
gatewayUrl = net.gatewayUrl
const token = await net.token({ sub: 'bench-analyst', agency: 'steering_committee', role: 'analyst', unit: '99' })
const session = JSON.stringify({ token, identity: { sub: 'bench-analyst', agency: 'steering_committee', role: 'analyst', unit: '99' } })

const profile = mkdtempSync(path.join(tmpdir(), 'lt-bench-chromium-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_FLAGS,
  viewport: { width: 1440, height: 960 },
})
try {
  await context.addInitScript({ content: `sessionStorage.setItem('lienthong.session', ${JSON.stringify(session)})` })
  const paints: number[] = []
  for (let run = 0; run <= RUNS; run++) {
    const page = await context.newPage()
    await page.route('**/*', (r) => r.continue({ headers: { ...r.request().headers(), 'cache-control': 'no-cache' } }))
    const t0 = Date.now()
    await page.goto(dashboard.url, { waitUntil: 'commit' })
    await page.waitForSelector('main[data-view="overview"][data-state="done"] [data-kpi="K5"] canvas', { timeout: 120_000 })
    const ms = Date.now() - t0
    if (run === 0) console.log(`first load (cold servers): ${ms} ms`)
    else paints.push(ms)
    await page.close()
  }

  // one request per view change
  const page = await context.newPage()
  const posts: string[] = []
  page.on('request', (r) => {
    if (r.url() === net.gatewayUrl && r.method() === 'POST') posts.push(r.postData() ?? '')
  })
  await page.goto(dashboard.url)
  await page.waitForSelector('main[data-state="done"]', { timeout: 120_000 })
  // (the overview's answer is still cached from the page load: going back to it sends nothing)
  const changes: [string, () => Promise<unknown>, string][] = [
    ['view: funnel', () => page.click('[data-testid="tab-funnel"]'), 'funnel'],
    ['view: victims', () => page.click('[data-testid="tab-victims"]'), 'victims'],
    ['view: units', () => page.click('[data-testid="tab-units"]'), 'units'],
    ['view: compliance', () => page.click('[data-testid="tab-compliance"]'), 'compliance'],
    ['view: overview (KPI cards, 12-month sparklines)', () => page.click('[data-testid="tab-overview"]'), 'overview'],
    ['period: quarter', () => page.selectOption('[data-testid="period-kind"]', 'QUARTER'), 'overview'],
    ['unit: a district', () => page.selectOption('[data-testid="unit-picker"]', '994'), 'overview'],
  ]
  const counts: [string, number][] = []
  for (const [name, act, view] of changes) {
    const before = posts.length
    await act()
    await page.waitForSelector(`main[data-view="${view}"][data-state="done"]`, { timeout: 120_000 })
    await page.waitForTimeout(200)
    counts.push([name, posts.length - before])
  }

  console.log(`\nDashboard budgets (${provider}, demo data, chromium ${context.browser()?.version() ?? ''}):`)
  for (const [name, n] of counts) console.log(`  ${name.padEnd(48)} ${n} request${n === 1 ? '' : 's'}  ${verdict(n <= BUDGET.requestsPerChange)}`)
  console.log(
    `  first meaningful paint (KPI cards drawn), median of ${RUNS}: ${median(paints)} ms (runs ${paints.join(', ')} ms; budget ${BUDGET.paintMs} ms)  ${verdict(median(paints) < BUDGET.paintMs)}`,
  )
  console.log(
    `  JavaScript: ${(jsGzip / 1024).toFixed(1)} KB gzipped in ${scripts.length} file(s) (budget ${BUDGET.jsGzipBytes / 1024} KB)  ${verdict(jsGzip < BUDGET.jsGzipBytes)}`,
  )
} finally {
  await context.close()
  rmSync(profile, { recursive: true, force: true })
  await dashboard.close()
  await net.stop()
}
