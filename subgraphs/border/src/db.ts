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
/** The model's enums as values (the same on both providers): validation's lists come from here, never written out again. */
export {
  BorderIncidentStatus,
  CooperationCounterpart,
  CooperationDirection,
  CooperationStatus,
  CooperationSubject,
  IncidentType,
  InvolvementRole,
  PlaceType,
  RepatriationStatus,
} from './generated/sqlite/enums.ts'

/** The client inside one interactive transaction. */
export type Tx = Prisma.TransactionClient
