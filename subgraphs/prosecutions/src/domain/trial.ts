// What a first-instance trial may decide: a verdict for every defendant charged in the indictment
// tried, each only on an article charged (the court tries what the procuracy indicted).
import { badUserInput } from '@lienthong/kit'
import type { Tx } from '../db.ts'

/** Person reference → the defendant record and the articles charged, for one indictment. */
export type Charged = Map<string, { defendantId: string; articles: Set<number> }>

export async function chargedDefendants(tx: Tx, indictmentId: string): Promise<Charged> {
  const charges = await tx.charge.findMany({ where: { indictmentId }, include: { defendant: true } })
  const charged: Charged = new Map()
  for (const c of charges) {
    const entry = charged.get(c.defendant.personRef) ?? { defendantId: c.defendantId, articles: new Set<number>() }
    entry.articles.add(c.article)
    charged.set(c.defendant.personRef, entry)
  }
  return charged
}

/** BAD_USER_INPUT naming the verdict unless the verdicts are exactly one per charged defendant, on articles charged. */
export function checkVerdicts(verdicts: readonly { personRef: string; article: number | null }[], charged: Charged): void {
  verdicts.forEach((v, i) => {
    const entry = charged.get(v.personRef)
    if (!entry)
      throw badUserInput([{ field: `input.verdicts.${i}.personRef`, reasonVi: 'không bị truy tố trong cáo trạng', reasonEn: 'not charged in the indictment' }])
    if (v.article != null && !entry.articles.has(v.article)) {
      throw badUserInput([
        { field: `input.verdicts.${i}.article`, reasonVi: 'Tòa chỉ xét xử điều luật VKS truy tố', reasonEn: 'the court tries only the articles charged' },
      ])
    }
  })
  if (verdicts.length !== charged.size) {
    throw badUserInput([
      { field: 'input.verdicts', reasonVi: 'thiếu phán quyết cho bị cáo trong cáo trạng', reasonEn: 'a defendant charged in the indictment has no verdict' },
    ])
  }
}
