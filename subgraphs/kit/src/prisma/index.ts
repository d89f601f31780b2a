export { createPrismaClient, createDriverAdapter, type ClientClasses, type PrismaOptions } from './client.ts'
export { migrateDeploy, MigrationError } from './migrate.ts'
export { definePrismaConfig } from './prismaConfig.ts'
export { assertDatabaseReachable, assertPortFree, DATABASE_CHECK_MS } from './reachable.ts'
export {
  connectTimeoutMs,
  databaseUnavailable,
  isDatabaseUnavailable,
  unavailableOr,
  CONNECT_TIMEOUT_VARIABLE,
  DEFAULT_CONNECT_TIMEOUT_MS,
} from './unavailable.ts'
export {
  APPEND_ONLY_MIGRATION_NAME,
  APPEND_ONLY_TABLE_NAMES,
  APPEND_ONLY_TABLES,
  appendOnlyMigrationSql,
  appendOnlyRefusal,
  appendOnlyTableSql,
  appendOnlyTableStatements,
  appendOnlyTriggerNames,
  type AppendOnlyRefusal,
  type AppendOnlyTable,
} from './appendOnly.ts'
