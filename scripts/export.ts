// npm run export -- --period 2024-Q3 [--unit 99] [--format csv|xlsx] [--lang vi|en] [--out file]
//                   [--gateway http://127.0.0.1:4000] [--token <JWT>]
// Downloads the provincial periodic report from a running gateway (GET /reports/provincial).
// Without --token, development uses a steering-committee analyst token from the local key pair.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { devKeyPair, issueToken } from '@lienthong/kit/identity'

const { values } = parseArgs({ options: {
  period: { type: 'string' }, unit: { type: 'string', default: '99' }, format: { type: 'string', default: 'xlsx' }, lang: { type: 'string', default: 'vi' },
  out: { type: 'string' }, gateway: { type: 'string', default: `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}` }, token: { type: 'string' },
} })
if (!values.period) {
  console.error('✖ --period is required, e.g. --period 2024-Q3 (codes: 2024-M07, 2024-Q3, 2024-H2, 2024, 2024-07-01..2024-09-30)')
  process.exit(1)
}
if (!values.token && process.env.NODE_ENV === 'production') {
  console.error('✖ --token is required in production')
  process.exit(1)
}
const token = values.token ?? await issueToken({ sub: 'cli-export', agency: 'steering_committee', role: 'analyst', unit: '99' }, devKeyPair('jwt').privateKey, 600)
const url = new URL('/reports/provincial', values.gateway)
for (const k of ['period', 'unit', 'format', 'lang'] as const) url.searchParams.set(k, values[k]!)
let res: Response
try {
  res = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
} catch {
  console.error(`✖ no gateway at ${values.gateway}: start the network (npm start) or pass --gateway`)
  process.exit(1)
}
if (!res.ok) {
  const body = await res.json().catch(() => ({})) as { errors?: { message: string; extensions?: { problems?: { field: string; reasonEn: string }[] } }[] }
  const e = body.errors?.[0]
  console.error(`✖ ${res.status}: ${e?.message ?? res.statusText}${e?.extensions?.problems ? ` — ${e.extensions.problems.map((p) => `${p.field}: ${p.reasonEn}`).join('; ')}` : ''}`)
  process.exit(1)
}
const out = values.out ?? /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `report.${values.format}`
writeFileSync(out, Buffer.from(await res.arrayBuffer()))
console.log(`✔ wrote ${out}`)
