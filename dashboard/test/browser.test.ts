// The dashboard in a real browser (Debian's chromium driven by playwright-core) against the real
// network (four subgraphs on fresh seeded databases and the gateway, over HTTP): sign in as an
// analyst, change period and unit, read the KPI figures the page shows and compare them with the
// API's, see a protected cell shown as protected (and victims by sex and age group as the API gives
// them), switch to English, download the XLSX and open it.
// Screenshots of every view go to test/artifacts/ (gitignored) for a person to look at.
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testProviders } from '@lienthong/kit/testing'
import { startNetwork, type Query, type TestNetwork } from '@lienthong/test/network'
import { ensureBuilt } from '../server/build.ts'
import { serveDashboard, type RunningDashboard } from '../server/serve.ts'
import { ARTIFACTS, openDashboardBrowser, type DashboardBrowser } from './chromium.ts'

const ANALYST = { sub: 'test-analyst', agency: 'steering_committee', role: 'analyst', unit: '99' } as const

const VICTIMS_BREAKDOWNS =
  'victims { bySex { key count suppressed } byAgeBand { key count suppressed } byCitizenship { key count suppressed } byForm { key count suppressed } byRoute { key count suppressed } byDestination { key count suppressed } }'

describe.each(await testProviders())('the dashboard in a browser (%s)', (provider) => {
  let net: TestNetwork
  let dashboard: RunningDashboard
  let browser: DashboardBrowser
  let page: Page
  let analyst: Query
  /** GraphQL requests the page sent to the gateway. */
  const graphqlRequests: string[] = []

  beforeAll(async () => {
    ensureBuilt()
    let gatewayUrl = ''
    dashboard = await serveDashboard({ host: '127.0.0.1', port: 0, gatewayUrl: () => gatewayUrl, development: true })
    net = await startNetwork(provider, { corsOrigins: [dashboard.origin], development: true })
    gatewayUrl = net.gatewayUrl
    analyst = await net.as(ANALYST)
    browser = await openDashboardBrowser(() => net.gatewayUrl, graphqlRequests)
    page = browser.page
  })
  afterAll(async () => {
    await browser?.close()
    await dashboard?.close()
    await net?.stop()
  })

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${provider}-${name}.png`), fullPage: true })
  /** Waits for the view to show the period and unit; a view that failed fails the test with its message. */
  async function viewReady(view: string, period: string, unit: string): Promise<void> {
    const main = `main[data-view="${view}"][data-period="${period}"][data-unit="${unit}"]`
    await page.waitForSelector(`${main}[data-state="done"], ${main}[data-state="error"]`)
    if (await page.$(`${main}[data-state="error"]`)) throw new Error(`${view} ${period} ${unit}: ${await page.textContent(`${main} .error`)}`)
  }
  /** Runs an action and returns the GraphQL requests it made the page send. */
  async function requestsOf(action: () => Promise<unknown>): Promise<string[]> {
    const before = graphqlRequests.length
    await action()
    return graphqlRequests.slice(before)
  }

  it('signs in as an analyst with the development picker', async () => {
    await page.goto(dashboard.url)
    await page.waitForSelector('[data-testid="dev-sign-in"]')
    await shot('0-sign-in')
    await page.selectOption('[data-testid="signin-agency"]', 'steering_committee')
    await page.selectOption('[data-testid="signin-role"]', 'analyst')
    await page.selectOption('[data-testid="unit-picker"]', '99')
    await page.click('[data-testid="signin-submit"]')
    await page.waitForSelector('main[data-view="overview"][data-state="done"]')
    expect(await page.textContent('.topbar .who')).toContain('steering_committee · analyst')
  })

  it('shows the KPI figures the API gives for the period and unit picked, one request per change', async () => {
    // each change of period or unit is exactly one GraphQL request (the 12 months are aliases in it)
    const change = async (action: () => Promise<unknown>, period: string, unit: string) => {
      expect(
        await requestsOf(async () => {
          await action()
          await viewReady('overview', period, unit)
        }),
      ).toHaveLength(1)
    }
    await change(() => page.selectOption('[data-testid="period-year"]', '2024'), '2024', '99')
    await change(() => page.selectOption('[data-testid="period-kind"]', 'QUARTER'), '2024-Q1', '99')
    await change(() => page.selectOption('[data-testid="period-index"]', '3'), '2024-Q3', '99')
    await change(() => page.selectOption('[data-testid="unit-picker"]', '994'), '2024-Q3', '994')
    const { body } = await analyst(
      '{ provincialStatistics(period: { kind: QUARTER, year: 2024, index: 3 }, unitCode: "994") { kpis { code numerator denominator value met } } }',
    )
    expect(body.errors).toBeUndefined()
    const api = body.data.provincialStatistics.kpis as { code: string; numerator: number; denominator: number; value: number | null }[]
    expect(api).toHaveLength(5)
    for (const k of api) {
      const card = page.locator(`[data-kpi="${k.code}"]`)
      expect(await card.locator('[data-numerator]').getAttribute('data-numerator')).toBe(String(k.numerator))
      expect(await card.locator('[data-denominator]').getAttribute('data-denominator')).toBe(String(k.denominator))
      expect(await card.locator('.value').getAttribute('data-value')).toBe(k.value == null ? '' : String(k.value))
    }
    expect(api.some((k) => k.denominator > 0)).toBe(true)
    await shot('1-overview')
    // the trends come from the same answer: switching to them sends nothing
    expect(
      await requestsOf(async () => {
        await page.click('[data-testid="tab-trends"]')
        await viewReady('trends', '2024-Q3', '994')
      }),
    ).toHaveLength(0)
    await page.waitForTimeout(300) // charts draw on the next frame
    await shot('2-trends')
  })

  it('shows a protected cell as protected, never as a number', async () => {
    // a unit and year where the API withholds a small count of victims
    let found: { unit: string; year: number; key: string; breakdown: string } | undefined
    for (const year of [2024, 2023, 2025, 2022]) {
      for (const unit of ['994', '991', '992', '993', '995', '99']) {
        const { body } = await analyst(`{ provincialStatistics(period: { kind: YEAR, year: ${year} }, unitCode: "${unit}") { ${VICTIMS_BREAKDOWNS} } }`)
        const v = body.data.provincialStatistics.victims as Record<string, { key: string; count: number | null; suppressed: boolean }[]>
        for (const [breakdown, cells] of Object.entries(v)) {
          const hidden = cells.find((c) => c.suppressed)
          if (hidden) {
            expect(hidden.count).toBeNull()
            found = { unit, year, key: hidden.key, breakdown }
            break
          }
        }
        if (found) break
      }
      if (found) break
    }
    expect(found, 'the demo data has a suppressed victims cell for some unit and year').toBeDefined()
    const sent = await requestsOf(async () => {
      await page.click('[data-testid="tab-victims"]')
      await page.selectOption('[data-testid="period-kind"]', 'YEAR')
      await page.selectOption('[data-testid="period-year"]', String(found!.year))
      await page.selectOption('[data-testid="unit-picker"]', found!.unit)
      await viewReady('victims', String(found!.year), found!.unit)
    })
    expect(sent.length).toBeGreaterThanOrEqual(1)
    expect(sent.length).toBeLessThanOrEqual(4) // at most one per change: view, period kind, year, unit
    const row = page.locator(`[data-breakdown="${found!.breakdown}"] tr[data-key="${found!.key}"]`)
    expect(await row.getAttribute('data-protected')).toBe('true')
    expect(await row.locator('td.n').textContent()).toBe('ẩn / hidden')
    expect(await row.locator('.protected').getAttribute('title')).toMatch(/không phải số 0/)
    // victims by sex and age group: the API's cells, protected ones shown as protected
    const { body } = await analyst(
      `{ provincialStatistics(period: { kind: YEAR, year: ${found!.year} }, unitCode: "${found!.unit}") { victims { bySexAndAgeGroup { key count suppressed } } } }`,
    )
    const cells = body.data.provincialStatistics.victims.bySexAndAgeGroup as { key: string; count: number | null }[]
    const rows = page.locator('[data-breakdown="bySexAndAgeGroup"] tr')
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')))).toEqual(cells.map((c) => c.key))
    for (const c of cells)
      expect(await page.locator(`[data-breakdown="bySexAndAgeGroup"] tr[data-key="${c.key}"] td.n`).textContent()).toBe(
        c.count == null ? 'ẩn / hidden' : String(c.count),
      )
    await shot('3-victims')
  })

  it('switches to English, with definitions from the schema on hover', async () => {
    await page.click('[data-testid="lang-toggle"]')
    await page.waitForSelector('html[lang="en"]')
    expect(await page.textContent('[data-testid="tab-victims"]')).toBe('Victims')
    expect(await page.locator('.protected').first().textContent()).toBe('hidden / ẩn')
    expect(await page.locator('[data-breakdown="bySex"] h3 .defined').getAttribute('title')).toBe('by sex')
    await shot('4-victims-en')
    for (const view of ['funnel', 'units', 'compliance'] as const) {
      await page.click(`[data-testid="tab-${view}"]`)
      await page.waitForSelector(`main[data-view="${view}"][data-state="done"]`)
      await page.waitForTimeout(300)
      await shot(`5-${view}-en`)
    }
    await page.click('[data-testid="lang-toggle"]')
    await page.waitForSelector('html[lang="vi"]')
  })

  it('sorts the units table and opens a compliance cell', async () => {
    await page.selectOption('[data-testid="unit-picker"]', '99')
    await page.selectOption('[data-testid="period-year"]', '2024')
    await page.click('[data-testid="tab-units"]')
    await viewReady('units', '2024', '99')
    const reports = async () =>
      Promise.all((await page.locator('table.units tbody tr td:nth-child(2)').allTextContents()).map((t) => Number(t.replace(/\D/g, ''))))
    const descending = await reports()
    expect(descending.length).toBeGreaterThan(1)
    expect(descending).toEqual([...descending].sort((a, b) => b - a))
    await page.click('table.units th:nth-child(2) button')
    expect(await reports()).toEqual([...descending].sort((a, b) => a - b))
    await shot('6-units')
    // the police submit their March 2024 report, receive one more report of that month, and submit
    // a correction: the grid shows the revisions and, on click, the figures that changed
    const police = await net.as({ sub: 'test-police-reporter', agency: 'police', role: 'officer', unit: '99', purpose: 'data_quality' })
    const submit = 'mutation { submitPoliceReport(input: { period: { kind: MONTH, year: 2024, index: 3 } }) { revision changes { path } } }'
    expect((await police(submit)).body.data.submitPoliceReport.revision).toBe(1)
    const received = await police(`mutation { receiveIncomingReport(input: { externalRef: "TEST-DASHBOARD-0001", kind: DENUNCIATION, channel: IN_PERSON,
      receivedAt: "2024-03-20T09:00:00+07:00", receivedByUnitCode: "99", unitCode: "99101" }) { id } }`)
    expect(received.body.errors).toBeUndefined()
    const corrected = (await police(submit)).body.data.submitPoliceReport
    expect(corrected.revision).toBe(2)
    const changed = corrected.changes.map((c: { path: string }) => c.path) as string[]
    expect(changed).toContain('reportsReceived')
    await page.click('[data-testid="tab-compliance"]')
    await viewReady('compliance', '2024', '99')
    const cell = page.locator('tr[data-agency="police"] button[data-period="2024-M03"]')
    expect(await cell.getAttribute('data-status')).toBe('LATE')
    expect(await cell.locator('sup.rev').textContent()).toBe('2')
    await cell.click()
    const revision2 = page.locator('.drawer section[data-revision="2"]')
    await revision2.waitFor()
    const paths = await revision2.locator('table.diff td code').allTextContents()
    expect(paths.sort()).toEqual([...changed].sort())
    await shot('7-compliance')
  })

  it('downloads the XLSX export with the API figures', async () => {
    await page.selectOption('[data-testid="period-kind"]', 'QUARTER')
    await page.selectOption('[data-testid="period-index"]', '3')
    await viewReady('compliance', '2024-Q3', '99')
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-xlsx-vi"]')])
    expect(download.suggestedFilename()).toBe('bao-cao-2024-Q3-99.xlsx')
    const file = path.join(ARTIFACTS, `${provider}-${download.suggestedFilename()}`)
    await download.saveAs(file)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    const sheet = workbook.worksheets[0]!
    const text = sheet
      .getSheetValues()
      .flat()
      .map((v) => String(v ?? ''))
      .join('\n')
    expect(text).toContain('Quý III/2024')
    const { body } = await analyst('{ provincialStatistics(period: { kind: QUARTER, year: 2024, index: 3 }) { police { reportsReceived } } }')
    const reportsRow = sheet
      .getSheetValues()
      .find((r) => Array.isArray(r) && r.some((c) => typeof c === 'string' && c.startsWith('Nguồn tin tiếp nhận trong kỳ')))
    expect(reportsRow, 'the XLSX has the row of reports received').toBeDefined()
    expect((reportsRow as unknown[]).includes(body.data.provincialStatistics.police.reportsReceived)).toBe(true)
  })
})
