// Writes the migration that makes a subgraph's submitted reports and audit log append-only, for
// BOTH providers, from the one text in ./appendOnly.ts. Run once in a subgraph folder:
//   npx tsx ../kit/src/prisma/appendOnlyMigration.ts
// Prisma's schema has no notion of triggers, so `db:migrate:new` cannot write this one; it is a
// committed migration like any other (never edited afterwards: a change is a new migration).
import { APPEND_ONLY_MIGRATION_NAME, appendOnlyMigrationSql } from './appendOnly.ts'
import { writeGeneratedMigration } from './generatedMigration.ts'

writeGeneratedMigration(APPEND_ONLY_MIGRATION_NAME, appendOnlyMigrationSql)
