// The national data set's databases: each subgraph's `<NAME>_DATABASE_URL` when set (it must be
// PostgreSQL), else `lienthong_<subgraph><suffix>` (default suffix `_national`) on the PostgreSQL
// server of the tests (PG_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
import { PG_SERVER_URL } from '@lienthong/kit/testing'
import { SUBGRAPH_NAMES, type SubgraphName } from '@lienthong/schema'

export const NATIONAL_SUFFIX = '_national'

/** One subgraph's national database URL; an SQLite URL is refused with a bilingual message. */
export function nationalUrl(name: SubgraphName, suffix = NATIONAL_SUFFIX, env: NodeJS.ProcessEnv = process.env): string {
  const variable = `${name.toUpperCase()}_DATABASE_URL`
  const own = env[variable]
  if (own) {
    if (!/^postgres(ql)?:\/\//.test(own))
      throw new Error(`${variable}: quy mô quốc gia chỉ chạy trên PostgreSQL / the national scale needs a PostgreSQL URL, not SQLite (${own.split(':')[0]})`)
    return own
  }
  const u = new URL(PG_SERVER_URL)
  u.pathname = `/lienthong_${name}${suffix}`
  return u.toString()
}

export const nationalUrls = (suffix = NATIONAL_SUFFIX): Record<SubgraphName, string> =>
  Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, nationalUrl(n, suffix)])) as Record<SubgraphName, string>
