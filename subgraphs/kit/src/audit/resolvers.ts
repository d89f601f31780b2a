// The audit log through the gateway: each subgraph serves its own log under its own root field
// (`policeAuditLog`, …, declared in the subgraph's audit.graphql) to auditors of the owning
// agencies and of the steering committee. A page carries the verification of the whole chain.
import { z } from 'zod'
import { forbidden, parseInput } from '../errors.ts'
import type { Agency, Identity } from '../identity/claims.ts'
import { auditStoreOf, fromRow, verifyAuditStore } from './log.ts'

const AuditPageArgs = z.object({
  afterSeq: z.number().int().min(0, 'afterSeq từ 0 / afterSeq must be at least 0').nullish(),
  first: z.number().int().min(1, 'first từ 1 / first must be at least 1').max(500, 'first tối đa 500 / first is at most 500').nullish(),
})

interface AuditReaderContext {
  db: unknown
  identity?: Identity
}

/** `{ [field]: resolver }` for the subgraph's Query type. */
export function auditLogResolvers(field: string, owners: readonly Agency[]) {
  return {
    [field]: async (_: unknown, args: z.input<typeof AuditPageArgs>, ctx: AuditReaderContext) => {
      const who = ctx.identity
      if (who?.role !== 'auditor' || !(owners.includes(who.agency) || who.agency === 'steering_committee')) {
        throw forbidden(
          field,
          'chỉ kiểm toán viên của cơ quan quản lý hoặc Ban Chỉ đạo được xem nhật ký này',
          'only auditors of the owning agency or of the steering committee may read this log',
        )
      }
      const { afterSeq, first } = parseInput(AuditPageArgs, args)
      const store = auditStoreOf(ctx.db)
      const take = first ?? 100
      const rows = await store.findMany({ orderBy: { seq: 'asc' }, where: { seq: { gt: afterSeq ?? 0 } }, take: take + 1 })
      const entries = rows.slice(0, take).map(fromRow)
      return { entries, nextAfterSeq: rows.length > take ? entries.at(-1)!.seq : null, verification: await verifyAuditStore(store) }
    },
  }
}
