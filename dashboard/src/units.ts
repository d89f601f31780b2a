// The unit picker's logic over the province's administrative-unit register (reference data
// published with the schema, bundled at build time): province → district → commune, with the
// 2025 reform (districts abolished and communes merged on its date). The API rolls a unit up
// across the reform; here we only list what can be picked and what a unit's rows are.
import register from '../../schema/data/admin-units.json'
import type { Lang } from './i18n.ts'

export interface Unit {
  code: string
  name: string
  nameEn?: string
  level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE'
  parent: string | null
  validFrom: string
  validTo: string | null
  predecessors?: string[]
}

export const UNITS: readonly Unit[] = (register as { units: Unit[] }).units
export const REFORM_DATE: string = (register as { reformDate: string }).reformDate
const byCode = new Map(UNITS.map((u) => [u.code, u]))

export const unitOf = (code: string): Unit | undefined => byCode.get(code)
export const provinceCode = (): string => UNITS.find((u) => u.level === 'PROVINCE')!.code

export function unitName(lang: Lang, code: string): string {
  const u = byCode.get(code)
  if (!u) return code
  return lang === 'en' && u.nameEn ? u.nameEn : u.name
}

/** Whether a unit was in force on some day of [first, last] (inclusive days). */
export const inForceDuring = (u: Unit, first: string, last: string) => u.validFrom <= last && (u.validTo == null || u.validTo > first)

/** The units directly under `code` in force during the period (a merged commune's predecessors, for a commune). */
export function childrenDuring(code: string, first: string, last: string): Unit[] {
  const u = byCode.get(code)
  if (!u) return []
  const under = UNITS.filter((c) => c.parent === code)
  const merged = (u.predecessors ?? []).map((p) => byCode.get(p)).filter((p): p is Unit => p != null)
  return [...under, ...merged].filter((c) => inForceDuring(c, first, last))
}

export interface UnitOption {
  code: string
  depth: number
  label: string
}

/**
 * Every unit for the picker, as a tree: the province, each former district with its former
 * communes, then the communes formed by the reform (each marked with its dates).
 */
export function unitOptions(lang: Lang, note: { before: string; after: string }): UnitOption[] {
  const out: UnitOption[] = []
  const visit = (u: Unit, depth: number) => {
    const when = u.validTo === REFORM_DATE ? ` (${note.before})` : u.validFrom === REFORM_DATE ? ` (${note.after})` : ''
    out.push({ code: u.code, depth, label: `${unitName(lang, u.code)}${when}` })
    for (const c of UNITS.filter((x) => x.parent === u.code).sort(
      (a, b) => Number(b.validTo == null) - Number(a.validTo == null) || a.code.localeCompare(b.code),
    )) {
      if (c.validFrom < REFORM_DATE || c.level !== 'COMMUNE') visit(c, depth + 1)
    }
  }
  const province = byCode.get(provinceCode())!
  visit(province, 0)
  const formed = UNITS.filter((u) => u.parent === province.code && u.validFrom >= REFORM_DATE && u.level === 'COMMUNE').map((u) => ({
    code: u.code,
    depth: 1,
    label: `${unitName(lang, u.code)} (${note.after})`,
  }))
  return [...out, ...formed]
}
