// A backup folder: one `pg_dump -Fc` file per agency database and manifest.json, written last,
// which names each file with its SHA-256, its size, the database it came from (its name only, never
// the URL) and the migration that database was at, and when the backup was made.
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { SUBGRAPH_NAMES } from '@lienthong/schema'
import { fail } from '../say.ts'

export const MANIFEST_FILE = 'manifest.json'
export const MANIFEST_FORMAT = 'lienthong-backup/1'

const DumpSchema = z.object({
  subgraph: z.enum(SUBGRAPH_NAMES as [string, ...string[]]),
  file: z.string().regex(/^[a-z0-9_-]+\.dump$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  database: z.string().min(1),
  migration: z.string().min(1),
  migrations: z.number().int().positive(),
  dumpedAt: z.iso.datetime(),
})
export const ManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  createdAt: z.iso.datetime(),
  pgDump: z.string(),
  databases: z.array(DumpSchema).min(1),
})
export type Manifest = z.infer<typeof ManifestSchema>
export type Dump = z.infer<typeof DumpSchema>

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}

/** The manifest of the backup in `dir`, validated; a missing or malformed one stops the command. */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE)
  if (!existsSync(file))
    fail(
      `${dir}: không có ${MANIFEST_FILE} (không phải bản sao lưu, hoặc sao lưu chưa xong)`,
      `${dir}: no ${MANIFEST_FILE} (not a backup, or an unfinished one)`,
    )
  let parsed: ReturnType<typeof ManifestSchema.safeParse>
  try {
    parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return fail(`${MANIFEST_FILE} không phải JSON`, `${MANIFEST_FILE} is not JSON`)
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    return fail(`${MANIFEST_FILE} không hợp lệ: ${issue.path.join('.')}`, `${MANIFEST_FILE} is not valid: ${issue.path.join('.')}: ${issue.message}`)
  }
  return parsed.data
}

/** Checks every file of the manifest against its SHA-256 before anything is restored. */
export async function verifyDumps(dir: string, dumps: readonly Dump[]): Promise<void> {
  for (const d of dumps) {
    const file = path.join(dir, d.file)
    if (!existsSync(file)) fail(`${d.file}: thiếu tệp`, `${d.file}: the file is missing`)
    if ((await sha256File(file)) !== d.sha256)
      fail(
        `${d.file}: SHA-256 không khớp với ${MANIFEST_FILE} (tệp bị hỏng hoặc bị sửa): không khôi phục gì`,
        `${d.file}: SHA-256 does not match ${MANIFEST_FILE} (the file is damaged or altered): nothing restored`,
      )
  }
}
