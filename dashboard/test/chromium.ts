// How the tests and the bench drive Debian's chromium (installed by .ci/run when missing).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
]

/** Where the browser tests save their screenshots (gitignored), for a person to look at. */
export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url))

export interface DashboardBrowser {
  context: BrowserContext
  page: Page
  /** Closes the browser and removes its profile. */
  close(): Promise<void>
}

/**
 * Chromium on a fresh profile with one page, as a user in Việt Nam sees the dashboard (vi-VN,
 * Asia/Ho_Chi_Minh, 1440×960), downloads accepted; every GraphQL POST the page sends to the
 * gateway (`gatewayUrl()`) is pushed to `requests`.
 */
export async function openDashboardBrowser(gatewayUrl: () => string, requests: string[]): Promise<DashboardBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'lt-chromium-'))
  mkdirSync(ARTIFACTS, { recursive: true })
  // launchPersistentContext passes the fresh profile as --user-data-dir
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: true,
    viewport: { width: 1440, height: 960 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(120_000) // a loaded 2-core machine: generous bounds, never a timing assertion
  page.on('request', (r) => {
    if (r.url() === gatewayUrl() && r.method() === 'POST') requests.push(r.postData() ?? '')
  })
  return {
    context,
    page,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
