// The repository as files, for the house rules (house.test.ts): which files are the project's own
// (tracked or new, not generated), their text, and the SDL enums with their labels.
import { execFileSync } from 'node:child_process'
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { enumLabelsOf, subgraphSdl, vocabularyTypeDefs } from '@lienthong/schema'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Files generated from a source (SDL, Prisma schema, supergraph): not written by hand. */
export const GENERATED = [
  /(^|\/)src\/generated\//,
  /(^|\/)src\/gql\//,
  /resolvers\/types\.ts$/,
  /^schema\/supergraph\.graphql$/,
  /prisma\/postgresql\/schema\.prisma$/,
  /\/migrations\//,
  /(^|\/)dist\//,
]
export const isGenerated = (file: string) => GENERATED.some((re) => re.test(file))

/** The project's own files (tracked, or new and not ignored), relative to the root. */
export function ownFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  return out.split('\n').filter((f) => f && existsSync(path.join(ROOT, f)) && !isGenerated(f))
}

export const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8')

/** Entries of a folder (names; folders end with '/'), sorted. */
export function entries(dir: string): string[] {
  const abs = path.join(ROOT, dir)
  if (!existsSync(abs)) return []
  return readdirSync(abs)
    .filter((n) => n !== 'generated' && n !== 'node_modules' && n !== 'dist' && !n.startsWith('.')) // dist/: the build's output (npm run build)
    .map((n) => (statSync(path.join(abs, n)).isDirectory() ? `${n}/` : n))
    .sort()
}

/** Every enum of the network's SDL (shared vocabulary and each subgraph's own) with its labels. */
export function sdlEnums(subgraphDirs: readonly string[]) {
  const all = new Map<string, { values: readonly string[]; vi: Readonly<Record<string, string>>; en: Readonly<Record<string, string>> }>()
  for (const [name, labels] of enumLabelsOf(vocabularyTypeDefs())) all.set(name, labels)
  for (const dir of subgraphDirs) for (const [name, labels] of enumLabelsOf(subgraphSdl(path.join(ROOT, dir)))) all.set(name, labels)
  return all
}

/** A Vietnamese string (a letter outside ASCII). */
const VIETNAMESE = /[À-ỹ]/u

/** `VALUE: 'label'` pairs written in a source file (an enum value name mapped to a Vietnamese string). */
export function labelPairs(text: string): { value: string; label: string; line: number }[] {
  const out: { value: string; label: string; line: number }[] = []
  const re = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\s*:\s*(['"])((?:(?!\2).)*)\2/gu
  for (const m of text.matchAll(re)) {
    if (!VIETNAMESE.test(m[3]!)) continue
    out.push({ value: m[1]!, label: m[3]!, line: text.slice(0, m.index).split('\n').length })
  }
  return out
}
