import { describe, expect, it } from 'vitest'
import { ConfigError, databaseConfig, subgraphConfig, DEV_NETWORK_KEY } from '../config.ts'

const oneLine = (fn: () => unknown): string => {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    const message = (e as Error).message
    expect(message).not.toContain('\n')
    return message
  }
  throw new Error('expected a ConfigError')
}

describe('configuration', () => {
  it('defaults to an embedded SQLite file per subgraph', () => {
    const db = databaseConfig('cases', {})
    expect(db.provider).toBe('sqlite')
    expect(db.url).toMatch(/^file:.*\.data\/cases\.db$/)
  })

  it('takes the subgraph-specific URL before DATABASE_URL', () => {
    const env = { DB_PROVIDER: 'postgresql', DATABASE_URL: 'postgresql://u@h:5432/shared', SUPPORT_DATABASE_URL: 'postgresql://u@h:5432/support' }
    expect(databaseConfig('support', env).url).toBe('postgresql://u@h:5432/support')
    expect(databaseConfig('border', env).url).toBe('postgresql://u@h:5432/shared')
  })

  it('names the variable to fix for an unknown provider', () => {
    expect(oneLine(() => databaseConfig('cases', { DB_PROVIDER: 'mysql' }))).toMatch(
      /^DB_PROVIDER: unknown provider "mysql": set DB_PROVIDER to sqlite \(default\) or postgresql$/,
    )
  })

  it('names the variable to fix for a missing or invalid PostgreSQL URL', () => {
    expect(oneLine(() => databaseConfig('cases', { DB_PROVIDER: 'postgresql' }))).toMatch(
      /^CASES_DATABASE_URL: missing: set CASES_DATABASE_URL \(or DATABASE_URL\)/,
    )
    expect(oneLine(() => databaseConfig('cases', { DB_PROVIDER: 'postgresql', CASES_DATABASE_URL: 'file:./x.db' }))).toMatch(
      /^CASES_DATABASE_URL: invalid: a PostgreSQL URL looks like/,
    )
    expect(oneLine(() => databaseConfig('cases', { DATABASE_URL: 'postgresql://u@h/db' }))).toMatch(/^DATABASE_URL: invalid: a SQLite URL looks like file:/)
  })

  it('refuses a bad port and, in production, a missing network key', () => {
    expect(oneLine(() => subgraphConfig('border', { BORDER_PORT: 'http' }))).toMatch(/^BORDER_PORT:/)
    expect(oneLine(() => subgraphConfig('border', { NODE_ENV: 'production' }))).toMatch(/^LT_NETWORK_KEY: missing/)
    expect(oneLine(() => subgraphConfig('border', { LT_NETWORK_KEY: 'short' }))).toMatch(/^LT_NETWORK_KEY: .*at least 32/)
    expect(subgraphConfig('border', {}).networkKey).toBe(DEV_NETWORK_KEY)
  })
})
