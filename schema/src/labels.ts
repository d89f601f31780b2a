// Enum values and their labels from ONE source, the SDL: the values are the enum's, in their
// declared order; the Vietnamese and English labels are each value's description, written
// "Vietnamese — English". Validation (zod lists), statistics lines and exports all read them
// from here, so a label cannot differ between two places (labels.test.ts and the repository
// scan in labelConsistency.test.ts check it).
import { Kind, parse, type DocumentNode, type EnumTypeDefinitionNode, type EnumTypeExtensionNode } from 'graphql'

export interface EnumLabels<V extends string = string> {
  /** The values in declared order. */
  values: readonly V[]
  vi: Readonly<Record<V, string>>
  en: Readonly<Record<V, string>>
}

/** Splits "Vietnamese — English" (the English half may go on with explanations after a ';' or '('). */
export function bilingual(description: string, where: string): { vi: string; en: string } {
  const at = description.indexOf(' — ')
  if (at <= 0) throw new Error(`${where}: the description must read "Vietnamese — English"`)
  return { vi: description.slice(0, at).trim(), en: description.slice(at + 3).trim() }
}

/**
 * The short heading of a Vietnamese label, as a column heading of an import file or a form: the
 * text before the first " (" or ":" ("Đơn vị hành chính (còn hiệu lực vào ngày đó: …)" → "Đơn vị
 * hành chính"). Input field descriptions put that short name first, the details after it.
 */
export function headingOf(vi: string): string {
  const cut = vi.search(/ \(|:/)
  return (cut < 0 ? vi : vi.slice(0, cut)).trim()
}

const cache = new WeakMap<object, Map<string, EnumLabels>>()
const textCache = new Map<string, Map<string, EnumLabels>>()

/** Every enum of an SDL document (or SDL text) with its labels. */
export function enumLabelsOf(sdl: string | DocumentNode): Map<string, EnumLabels> {
  const hit = typeof sdl === 'string' ? textCache.get(sdl) : cache.get(sdl)
  if (hit) return hit
  const doc = typeof sdl === 'string' ? parse(sdl) : sdl
  const out = new Map<string, EnumLabels>()
  for (const def of doc.definitions) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION && def.kind !== Kind.ENUM_TYPE_EXTENSION) continue
    const e = def as EnumTypeDefinitionNode | EnumTypeExtensionNode
    const prev = out.get(e.name.value) ?? { values: [], vi: {}, en: {} }
    const values = [...prev.values]
    const vi: Record<string, string> = { ...prev.vi }
    const en: Record<string, string> = { ...prev.en }
    for (const v of e.values ?? []) {
      const name = v.name.value
      const labels = v.description ? bilingual(v.description.value, `${e.name.value}.${name}`) : { vi: name, en: name }
      values.push(name)
      vi[name] = labels.vi
      en[name] = labels.en
    }
    out.set(e.name.value, { values, vi, en })
  }
  if (typeof sdl === 'string') textCache.set(sdl, out)
  else cache.set(doc, out)
  return out
}

/** One enum's labels from an SDL; throws when the SDL has no such enum. */
export function enumLabels<V extends string = string>(sdl: string | DocumentNode, enumName: string): EnumLabels<V> {
  const found = enumLabelsOf(sdl).get(enumName)
  if (!found) throw new Error(`enum ${enumName} is not in the schema`)
  return found as unknown as EnumLabels<V>
}

/** The values of an enum as a non-empty tuple, for `z.enum(…)`. */
export function enumValues<V extends string>(labels: EnumLabels<V>): [V, ...V[]] {
  if (!labels.values.length) throw new Error('an enum has at least one value')
  return labels.values as [V, ...V[]]
}
