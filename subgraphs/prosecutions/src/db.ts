import { createPrismaClient, type PrismaOptions } from '@lienthong/kit/prisma'
import type { DatabaseConfig } from '@lienthong/kit'
import { PrismaClient, type Prisma } from './generated/sqlite/client.ts'
import { PrismaClient as PostgresClient } from './generated/postgresql/client.ts'

/** The subgraph's Prisma client (SQLite or PostgreSQL, one model). */
export type Db = PrismaClient
export function createDb(db: DatabaseConfig, options?: PrismaOptions): Db {
  return createPrismaClient(db, { sqlite: PrismaClient, postgresql: PostgresClient }, options)
}
export type * from './generated/sqlite/client.ts'
/** The model's enums as values (the same for both providers): the lists input schemas accept. */
export { $Enums } from './generated/sqlite/client.ts'

/** The client inside one interactive transaction. */
export type Tx = Prisma.TransactionClient
