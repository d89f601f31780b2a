// The dashboard when one agency's subgraph is down, in a real browser (Debian's chromium) against
// the real network on SQLite and PostgreSQL. The gateway reaches the Border Guard's subgraph through
// a TCP relay this test owns (the network's `gatewayRoutes`), so that the subgraph's HTTP front can
// be taken down and brought back on the same address mid-test: closed, the gateway's connections
// are refused exactly as when the subgraph's process is gone. The page must name the agency in a
// banner, say "không có số liệu" where its figures would be (never 0), keep the views that need
// nothing from it whole, and, once the subgraph is back, show everything again after a reload.
// The gateway answers SUBGRAPH_UNAVAILABLE with path and service; the agencies' parts are nullable,
// so the other agencies' figures of a view stay (docs/dashboard.md).
// Screenshots go to test/artifacts/ (gitignored).
import { createServer, type Server, type Socket, connect } from 'node:net'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AGENCY_REGISTRY, agenciesOf } from '@lienthong/schema/agencies'
import { testProviders } from '@lienthong/kit/testing'
import { startNetwork, type TestNetwork } from '@lienthong/test/network'
import { ensureBuilt } from '../server/build.ts'
import { serveDashboard, type RunningDashboard } from '../server/serve.ts'
import { ARTIFACTS, openDashboardBrowser, type DashboardBrowser } from './chromium.ts'

/** The agency taken down: the Border Guard (its references feed the victims' figures; its own row of the reporting grid). */
const DOWN = AGENCY_REGISTRY.find((a) => a.id === 'border_guard')!
const OTHERS = AGENCY_REGISTRY.filter((a) => a.subgraph !== DOWN.subgraph)

/** A TCP relay in front of a subgraph: `down()` closes it (connections refused), `up()` listens again on the same port. */
interface Relay {
  url: string
  down: () => Promise<void>
  up: () => Promise<void>
  close: () => Promise<void>
}

async function relayTo(target: () => URL): Promise<Relay> {
  const sockets = new Set<Socket>()
  let server: Server | undefined
  let port = 0
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const t = target()
        const upstream = connect(Number(t.port), t.hostname)
        for (const sock of [client, upstream]) {
          sockets.add(sock)
          sock.on('close', () => sockets.delete(sock))
          sock.on('error', () => {
            client.destroy()
            upstream.destroy()
          })
        }
        client.pipe(upstream).pipe(client)
      })
      s.once('error', reject)
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as { port: number }).port
        server = s
        resolve()
      })
    })
  const down = async () => {
    const s = server
    server = undefined
    for (const sock of sockets) sock.destroy()
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()))
  }
  await listen()
  return { url: `http://127.0.0.1:${port}/graphql`, down, up: listen, close: down }
}

describe.each(await testProviders())('the dashboard with an agency down (%s)', (provider) => {
  let net: TestNetwork
  let relay: Relay
  let dashboard: RunningDashboard
  let browser: DashboardBrowser
  let page: Page
  const graphqlRequests: string[] = []

  beforeAll(async () => {
    ensureBuilt()
    let gatewayUrl = ''
    let subgraphUrl = ''
    dashboard = await serveDashboard({ host: '127.0.0.1', port: 0, gatewayUrl: () => gatewayUrl, development: true })
    relay = await relayTo(() => new URL(subgraphUrl))
    net = await startNetwork(provider, { corsOrigins: [dashboard.origin], development: true, gatewayRoutes: { [DOWN.subgraph]: relay.url } })
    gatewayUrl = net.gatewayUrl
    subgraphUrl = net.subgraphUrls[DOWN.subgraph]
    browser = await openDashboardBrowser(() => net.gatewayUrl, graphqlRequests)
    page = browser.page
  })
  afterAll(async () => {
    await browser?.close()
    await dashboard?.close()
    await net?.stop()
    await relay?.close()
  })

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${provider}-degraded-${name}.png`), fullPage: true })
  /** Opens a view (one request) and waits for its answer; a view that failed fails the test with its message. */
  async function open(view: string): Promise<void> {
    const before = graphqlRequests.length
    await page.click(`[data-testid="tab-${view}"]`)
    await page.waitForSelector(`main[data-view="${view}"][data-state="done"], main[data-view="${view}"][data-state="error"]`)
    if (await page.$('main[data-state="error"]')) throw new Error(`${view}: ${await page.textContent('main .error')}`)
    expect(graphqlRequests.length - before, `${view}: one request`).toBeLessThanOrEqual(1)
  }
  const banner = () => page.locator('[data-testid="missing-banner"]')
  /** The figure of a column in the units table's total row. */
  const total = (column: string) => page.locator(`table.units tfoot td[data-column="${column}"]`)

  it('shows every figure while the network is whole', async () => {
    await page.goto(dashboard.url)
    await page.waitForSelector('[data-testid="dev-sign-in"]')
    await page.selectOption('[data-testid="signin-agency"]', 'steering_committee')
    await page.selectOption('[data-testid="signin-role"]', 'analyst')
    await page.click('[data-testid="signin-submit"]')
    await page.waitForSelector('main[data-view="overview"][data-state="done"]')
    await open('units')
    expect(await banner().count()).toBe(0)
    expect(await total('victims').textContent()).toMatch(/^\d[\d.]*$/)
  })

  it("names the agency whose subgraph is down, says 'không có số liệu' for its figures and keeps the others'", async () => {
    await relay.down()
    await page.reload()
    // the KPIs need no Border Guard figure: whole, no banner
    await page.waitForSelector('main[data-view="overview"][data-state="done"]')
    expect(await banner().count()).toBe(0)
    expect(await page.locator('[data-kpi] .value .no-figures').count()).toBe(0)
    await open('units')
    await banner().waitFor()
    expect(await banner().getAttribute('role')).toBe('alert')
    const lines = await banner().locator('li').allTextContents()
    expect(lines).toEqual(agenciesOf(DOWN.subgraph).map((a) => expect.stringMatching(new RegExp(`^Thiếu số liệu của ${a.nameVi} — không kết nối được$`))))
    expect(lines.join(' ')).not.toMatch(new RegExp(OTHERS.map((a) => a.nameVi).join('|')))
    // the victims are counted with the Border Guard's references: no figures, never a 0; the
    // police's own figures of the same row stay (the agencies' parts are nullable in the schema)
    expect(await total('victims').locator('.no-figures').textContent()).toBe('không có số liệu')
    expect(await total('reports').textContent()).toMatch(/^\d[\d.]*$/)
    await page.waitForTimeout(300) // charts and fonts settle
    await shot('units')
    // the reporting grid: the agency's row says so, the others' statuses stay
    await open('compliance')
    await banner().waitFor()
    expect(await page.locator(`tr[data-agency="${DOWN.id}"]`).getAttribute('data-missing')).toBe('true')
    expect(await page.locator(`tr[data-agency="${DOWN.id}"] .no-figures`).textContent()).toBe('không có số liệu')
    // the other agencies' rows keep their statuses
    for (const a of OTHERS) {
      const row = page.locator(`tr[data-agency="${a.id}"]`)
      expect([(await row.locator('button[data-status]').count()) > 0, await row.locator('.no-figures').count()], a.id).toEqual([true, 0])
    }
    await shot('compliance')
    // in English too
    await page.click('[data-testid="lang-toggle"]')
    await page.waitForSelector('html[lang="en"]')
    expect(await banner().locator('li').first().textContent()).toMatch(new RegExp(`^No figures from ${DOWN.nameEn} — `))
    await shot('compliance-en')
    await page.click('[data-testid="lang-toggle"]')
    await page.waitForSelector('html[lang="vi"]')
  })

  it('shows every figure again once the subgraph is back (after a reload)', async () => {
    await relay.up()
    // the gateway may keep the subgraph aside for a while after failures: reload until it answers
    let whole = false
    for (let i = 0; i < 40 && !whole; i++) {
      await page.reload()
      await page.waitForSelector('main[data-view="overview"][data-state="done"]')
      await open('units')
      whole = (await banner().count()) === 0
      if (!whole) await page.waitForTimeout(3_000)
    }
    expect(whole, 'the banner is gone after the subgraph came back').toBe(true)
    expect(await total('victims').textContent()).toMatch(/^\d[\d.]*$/)
    await shot('back')
  })
})
