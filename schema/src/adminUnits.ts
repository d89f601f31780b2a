// The administrative-unit register of the demo province: province → district → commune, with
// effective dates. On 2025-07-01 Vietnam abolished the district level and merged communes, so
// a record keeps the code of the unit valid when it happened, and statistics roll it up through
// this register for any unit before or after the reform.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { AdminLevelSchema, type AdminLevel } from './vocabulary.ts'
import { CalendarDateSchema, vietnamDay } from './periods.ts'

export const AdminUnitCodeSchema = z.string().regex(/^\d{2,5}$/, 'mã đơn vị hành chính gồm 2–5 chữ số / a unit code has 2–5 digits')

const UnitSchema = z.object({
  code: AdminUnitCodeSchema,
  name: z.string().min(1),
  nameEn: z.string().optional(),
  level: AdminLevelSchema,
  parent: AdminUnitCodeSchema.nullable(),
  validFrom: CalendarDateSchema,
  validTo: CalendarDateSchema.nullable(),
  successor: AdminUnitCodeSchema.optional(),
  predecessors: z.array(AdminUnitCodeSchema).optional(),
  tags: z.array(z.enum(['coastal', 'land-border', 'port', 'island', 'checkpoint'])),
})
const RegisterFileSchema = z.object({ reformDate: CalendarDateSchema, units: z.array(UnitSchema).min(1) })

export type AdminUnit = z.infer<typeof UnitSchema>

export class AdminUnitRegister {
  readonly reformDate: string
  private readonly byCode = new Map<string, AdminUnit>()
  private readonly children = new Map<string, AdminUnit[]>()

  constructor(file: unknown) {
    const parsed = RegisterFileSchema.parse(file)
    this.reformDate = parsed.reformDate
    for (const u of parsed.units) {
      if (this.byCode.has(u.code)) throw new Error(`duplicate administrative unit code ${u.code}`)
      this.byCode.set(u.code, u)
    }
    for (const u of parsed.units) {
      if (u.parent == null) continue
      if (!this.byCode.has(u.parent)) throw new Error(`unit ${u.code} has unknown parent ${u.parent}`)
      this.children.set(u.parent, [...(this.children.get(u.parent) ?? []), u])
    }
    for (const u of parsed.units) {
      for (const p of u.predecessors ?? []) if (this.byCode.get(p)?.successor !== u.code) throw new Error(`unit ${p} does not name ${u.code} as successor`)
    }
  }

  get(code: string): AdminUnit | undefined {
    return this.byCode.get(code)
  }
  all(): AdminUnit[] {
    return [...this.byCode.values()]
  }
  province(): AdminUnit {
    return this.all().find((u) => u.level === 'PROVINCE')!
  }

  /** Whether the unit existed on the given day (YYYY-MM-DD or instant). */
  isValidOn(code: string, on: string | Date): boolean {
    const u = this.byCode.get(code)
    if (!u) return false
    const day = typeof on === 'string' ? on : vietnamDay(on)
    return u.validFrom <= day && (u.validTo == null || day < u.validTo)
  }

  /** Units of a level in force on a day. */
  unitsOn(level: AdminLevel, on: string | Date): AdminUnit[] {
    return this.all().filter((u) => u.level === level && this.isValidOn(u.code, on))
  }

  /**
   * Every commune code (before and after the reform) whose records roll up into `code`:
   * - the province: all communes;
   * - a pre-reform district: its communes, and each post-reform commune formed only from them;
   * - a post-reform commune: itself and the communes merged into it;
   * - a pre-reform commune: itself only (a merged commune's later records cannot be split).
   */
  communesUnder(code: string): string[] {
    const u = this.byCode.get(code)
    if (!u) return []
    if (u.level === 'PROVINCE')
      return this.all()
        .filter((x) => x.level === 'COMMUNE')
        .map((x) => x.code)
    if (u.level === 'COMMUNE') return [u.code, ...(u.predecessors ?? [])]
    const own = (this.children.get(u.code) ?? []).filter((x) => x.level === 'COMMUNE').map((x) => x.code)
    const ownSet = new Set(own)
    const successors = this.all().filter((x) => x.predecessors?.length && x.predecessors.every((p) => ownSet.has(p)))
    return [...own, ...successors.map((x) => x.code)]
  }

  /**
   * Every unit code whose records count in `code` — the one roll-up rule of the network, used by
   * every statistics scope, list filter and unit-scope check ("a unit and everything under it
   * across the 2025 reform"). A record may be placed at any unit valid on its date (a commune, a
   * pre-reform district, the province); it counts in its own unit and in every unit above it:
   * - the unit itself, always (a record placed at a district or at the province counts there);
   * - the province: every unit of the register (districts and communes, old and new);
   * - a pre-reform district: `communesUnder` (its communes, the new communes formed only from them);
   * - a commune: `communesUnder` (a new commune: the communes merged into it).
   * Never a unit above `code`: a record placed at a district or at the province is not known to lie
   * in any commune under it, so a commune (old or new) does not count it.
   */
  unitsUnder(code: string): string[] {
    const u = this.byCode.get(code)
    if (!u) return []
    if (u.level === 'PROVINCE')
      return [
        u.code,
        ...this.all()
          .filter((x) => x.code !== u.code)
          .map((x) => x.code),
      ]
    return [...new Set([u.code, ...this.communesUnder(u.code)])]
  }

  /** The units a record placed at `code` counts in: itself and every unit above it (the converse of `unitsUnder`). */
  unitsAbove(code: string): string[] {
    if (!this.byCode.has(code)) return []
    return this.all()
      .filter((x) => this.unitsUnder(x.code).includes(code))
      .map((x) => x.code)
  }

  /** Pre-reform district a commune belongs to; for a post-reform commune, the one district all its predecessors shared, else null. */
  districtOf(code: string): AdminUnit | null {
    const u = this.byCode.get(code)
    if (u?.level !== 'COMMUNE') return null
    if (u.parent && this.byCode.get(u.parent)?.level === 'DISTRICT') return this.byCode.get(u.parent)!
    const parents = new Set((u.predecessors ?? []).map((p) => this.byCode.get(p)?.parent))
    return parents.size === 1 ? (this.byCode.get([...parents][0]!) ?? null) : null
  }

  /** Post-reform commune that a commune's area belongs to now (itself if not merged). */
  currentCommuneOf(code: string): AdminUnit | null {
    const u = this.byCode.get(code)
    if (u?.level !== 'COMMUNE') return null
    return u.successor ? this.currentCommuneOf(u.successor) : u
  }

  withTag(tag: AdminUnit['tags'][number]): AdminUnit[] {
    return this.all().filter((u) => u.level === 'COMMUNE' && u.tags.includes(tag))
  }
}

let demo: AdminUnitRegister | undefined
/** The register shipped in data/admin-units.json (loaded once per process). */
export function adminUnits(): AdminUnitRegister {
  demo ??= new AdminUnitRegister(JSON.parse(readFileSync(new URL('../data/admin-units.json', import.meta.url), 'utf8')))
  return demo
}
