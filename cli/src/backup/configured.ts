// Each agency's database as the subgraphs are configured (DB_PROVIDER, <NAME>_DATABASE_URL, else
// DATABASE_URL: the kit's config, read exactly as `npm start` reads it). Backups are of PostgreSQL
// only: a SQLite database is backed up by copying its file while its subgraph is stopped.
import type { SubgraphName } from '@lienthong/schema'
import { fail } from '../say.ts'
import { type Connection, connectionOf } from './postgres.ts'

const SQLITE_NOTE = {
  vi: 'DB_PROVIDER=sqlite: lệnh này chỉ dùng cho PostgreSQL; sao lưu SQLite bằng cách dừng phân hệ rồi chép tệp .db (xem docs/backup.md)',
  en: 'DB_PROVIDER=sqlite: this command is for PostgreSQL only; back up SQLite by stopping the subgraph and copying its .db file (see docs/backup.md)',
}

/** The configured PostgreSQL database of `name`; SQLite or a bad configuration stops the command (exit code 2). */
export async function configuredConnection(name: SubgraphName): Promise<Connection> {
  const { ConfigError, databaseConfig } = await import('@lienthong/kit')
  try {
    const db = databaseConfig(name)
    if (db.provider !== 'postgresql') return fail(SQLITE_NOTE.vi, SQLITE_NOTE.en, 2)
    return connectionOf(db.url)
  } catch (e) {
    if (e instanceof ConfigError) return fail(`${name}: cấu hình sai: ${e.message}`, `${name}: ${e.message}`, 2)
    throw e
  }
}
