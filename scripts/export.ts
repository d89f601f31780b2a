// npm run export -- --period 2024-Q3 [--unit 99] [--format csv|xlsx] [--lang vi|en] [--out file-or-folder]
//                   [--gateway http://127.0.0.1:4000] [--token <JWT>]
// Downloads the provincial periodic report from a running gateway (GET /reports/provincial), in
// the format the gateway serves by default (CSV), into --out (a file, or a folder for the
// gateway's file name) or else into the folder npm was run from — never inside this repository.
// Every failure is one line on stderr and exit code 1.
// Without --token, development uses a steering-committee analyst token from the local key pair.
import { existsSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { devKeyPair, issueToken } from '@lienthong/kit/identity'

const REPOSITORY = fileURLToPath(new URL('..', import.meta.url))
const fail = (message: string): never => {
  console.error(`✖ ${message}`)
  process.exit(1)
}

let values: Record<string, string | undefined>
try {
  values = parseArgs({
    options: {
      period: { type: 'string' },
      unit: { type: 'string', default: '99' },
      format: { type: 'string', default: 'csv' },
      lang: { type: 'string', default: 'vi' },
      out: { type: 'string' },
      gateway: { type: 'string', default: `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}` },
      token: { type: 'string' },
    },
  }).values as Record<string, string | undefined>
} catch (e) {
  fail(`${(e as Error).message} (options: --period --unit --format --lang --out --gateway --token)`)
}
if (!values!.period) fail('--period is required, e.g. --period 2024-Q3 (codes: 2024-M07, 2024-Q3, 2024-H2, 2024, 2024-07-01..2024-09-30)')
if (!values!.token && process.env.NODE_ENV === 'production') fail('--token is required in production')

/** npm runs scripts from the repository's root: the caller's own folder is INIT_CWD. */
const callerDir = process.env.INIT_CWD ?? process.cwd()
const inRepository = (p: string) => !path.relative(REPOSITORY, p).startsWith('..') && !path.isAbsolute(path.relative(REPOSITORY, p))
const out = values!.out ? path.resolve(callerDir, values!.out) : null
if (!out && inRepository(path.resolve(callerDir))) {
  fail(`not writing the report inside the repository (${path.resolve(callerDir)}): run from another folder or pass --out <file or folder>`)
}

const token =
  values!.token ?? (await issueToken({ sub: 'cli-export', agency: 'steering_committee', role: 'analyst', unit: '99' }, devKeyPair('jwt').privateKey, 600))
const url = new URL('/reports/provincial', values!.gateway)
for (const k of ['period', 'unit', 'format', 'lang'] as const) url.searchParams.set(k, values![k]!)
const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } }).catch(() =>
  fail(`no gateway at ${values!.gateway}: start the network (npm start) or pass --gateway`),
)
if (!res.ok) {
  const body = (await res.json().catch(() => ({}))) as { errors?: { message: string; extensions?: { problems?: { field: string; reasonEn: string }[] } }[] }
  const e = body.errors?.[0]
  fail(
    `${res.status}: ${e?.message ?? res.statusText}${e?.extensions?.problems ? ` — ${e.extensions.problems.map((p) => `${p.field}: ${p.reasonEn}`).join('; ')}` : ''}`,
  )
}
const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `report.${values!.format}`
const target = !out ? path.join(callerDir, name) : existsSync(out) && statSync(out).isDirectory() ? path.join(out, name) : out
try {
  writeFileSync(target, Buffer.from(await res.arrayBuffer()))
} catch (e) {
  fail(`cannot write ${target}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
}
console.log(`✔ wrote ${target}`)
