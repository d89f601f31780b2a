// Query filters → Prisma conditions. Periods use the network's shared boundaries (Vietnam time,
// half-open); a unit includes the files placed at it and at every unit under it, before and after
// the 2025 reform (kit `unitCodesUnder`, the network's one roll-up rule).
import { parseInput, periodRange, unitCodesUnder } from '@lienthong/kit'
import type { Prisma } from './db.ts'
import type { CourtFileFilter, ProcuracyFileFilter, VerdictFilter } from './resolvers/types.ts'
import { ArticleSchema } from './validation/common.ts'

const inPeriod = (p: unknown, field: string) => periodRange(p, ['filter', field])
const unitsUnder = (code: string | null | undefined) => unitCodesUnder(code, ['filter', 'unitCode'])

export function procuracyFileWhere(f: ProcuracyFileFilter | null | undefined): Prisma.ProcuracyFileWhereInput {
  if (!f) return {}
  return {
    acceptedAt: inPeriod(f.acceptedIn, 'acceptedIn'),
    indictedAt: inPeriod(f.indictedIn, 'indictedIn'),
    unitCode: unitsUnder(f.unitCode),
    status: f.status ?? undefined,
  }
}

export function courtFileWhere(f: CourtFileFilter | null | undefined): Prisma.CourtFileWhereInput {
  if (!f) return {}
  const unit = unitsUnder(f.unitCode)
  return {
    acceptedAt: inPeriod(f.acceptedIn, 'acceptedIn'),
    triedAt: inPeriod(f.triedIn, 'triedIn'),
    status: f.status ?? undefined,
    trialKind: f.trialKind ?? undefined,
    indictment: unit ? { file: { unitCode: unit } } : undefined,
  }
}

export function verdictWhere(f: VerdictFilter | null | undefined): Prisma.VerdictWhereInput {
  if (!f) return {}
  const unit = unitsUnder(f.unitCode)
  return {
    decidedAt: inPeriod(f.decidedIn, 'decidedIn'),
    outcome: f.outcome ?? undefined,
    article: f.article == null ? undefined : parseInput(ArticleSchema, f.article, ['filter', 'article']),
    defendant: unit ? { file: { unitCode: unit } } : undefined,
  }
}
