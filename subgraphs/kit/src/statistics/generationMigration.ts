// Writes the migration that installs the data generation (./generation.ts) in a subgraph's
// database, for BOTH providers, for every model of its Prisma schema. Run once in a subgraph folder:
//   npx tsx ../kit/src/statistics/generationMigration.ts
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { writeGeneratedMigration } from '../prisma/generatedMigration.ts'
import { GENERATION_MIGRATION_NAME, generationMigrationSql } from './generation.ts'

const schemaDir = path.resolve('prisma', 'sqlite')
const models = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.prisma'))
  .flatMap((f) => [...readFileSync(path.join(schemaDir, f), 'utf8').matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!))
  .sort()
writeGeneratedMigration(GENERATION_MIGRATION_NAME, (provider) => generationMigrationSql(provider, models))
