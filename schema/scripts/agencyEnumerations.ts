// Finds source files that enumerate the network's agencies instead of reading the agency registry
// (src/agencies.ts). A file enumerates agencies when it names two or more distinct agencies as
// string literals or object keys (comments and longer strings do not count), where:
// - an agency is named by its id ('police', 'social_affairs', … and 'steering_committee');
// - a subgraph name ('cases', 'support', …) names its agencies, unless the file names one of
//   them by id (`name: 'cases'` beside `writers: ['police']` is one agency, not two); as an
//   object key, only beside another key naming an agency or a subgraph (`{ support, border }`,
//   not the `cases: CasePlan[]` of a plan);
// - inside its own folder subgraphs/<name>/, a subgraph and its own agencies count as one (the
//   prosecutions subgraph may name the procuracy and the court: adding an agency elsewhere does
//   not touch it).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { AGENCY_REGISTRY, STEERING_COMMITTEE } from '../src/agencies.ts'

export interface Registry {
  agencies: readonly { id: string; subgraph: string }[]
  callers: readonly string[]
}
export const REGISTRY: Registry = { agencies: AGENCY_REGISTRY, callers: [STEERING_COMMITTEE] }

export interface Mention {
  name: string
  line: number
}

/** Names of agencies and subgraphs used as whole string literals or object keys, with their lines. */
export function mentionsIn(fileName: string, source: string, registry: Registry = REGISTRY): Mention[] {
  const names = new Set([...registry.agencies.flatMap((a) => [a.id, a.subgraph]), ...registry.callers])
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const out: Mention[] = []
  const note = (node: ts.Node, text: string) => {
    if (names.has(text)) out.push({ name: text, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 })
  }
  const subgraphs = new Set(registry.agencies.map((a) => a.subgraph))
  const keyOf = (node: ts.Node): ts.Identifier | undefined => {
    if (
      (ts.isPropertyAssignment(node) ||
        ts.isPropertySignature(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isPropertyDeclaration(node) ||
        ts.isShorthandPropertyAssignment(node)) &&
      ts.isIdentifier(node.name)
    )
      return node.name
    return undefined // a string-literal key is seen as a literal
  }
  /** Identifier keys naming agencies or subgraphs among a key's siblings (the object, type or class it belongs to). */
  const namedSiblings = (node: ts.Node) => {
    const members: readonly ts.Node[] = ts.isObjectLiteralExpression(node.parent)
      ? node.parent.properties
      : ts.isTypeLiteralNode(node.parent) || ts.isInterfaceDeclaration(node.parent) || ts.isClassLike(node.parent)
        ? node.parent.members
        : [node]
    return new Set(members.map((m) => keyOf(m)?.text).filter((k): k is string => k != null && names.has(k)))
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportTypeNode(node)) return // module specifiers
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) note(node, node.text)
    const key = keyOf(node)
    // an agency id as a key names it; a subgraph name as a key (`cases: CasePlan[]`) only beside another such key
    if (key && names.has(key.text) && (!subgraphs.has(key.text) || namedSiblings(node).size >= 2)) note(key, key.text)
    ts.forEachChild(node, visit)
  }
  visit(file)
  return out
}

/** The distinct agencies a file names (see the rules above); a subgraph standing for its agencies is reported by its name. */
export function agenciesNamed(fileName: string, source: string, registry: Registry = REGISTRY): string[] {
  const mentioned = new Set(mentionsIn(fileName, source, registry).map((m) => m.name))
  const home = /^subgraphs\/([^/]+)\//.exec(fileName.split(path.sep).join('/'))?.[1]
  const agencies = new Set<string>()
  for (const a of registry.agencies) if (mentioned.has(a.id)) agencies.add(a.subgraph === home ? `subgraphs/${home}` : a.id)
  for (const c of registry.callers) if (mentioned.has(c)) agencies.add(c)
  for (const s of new Set(registry.agencies.map((a) => a.subgraph))) {
    if (!mentioned.has(s)) continue
    if (s === home) agencies.add(`subgraphs/${home}`)
    else if (!registry.agencies.some((a) => a.subgraph === s && mentioned.has(a.id))) agencies.add(s)
  }
  return [...agencies].sort()
}

export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The registry itself, which alone may enumerate agencies. */
export const REGISTRY_FILE = 'schema/src/agencies.ts'

/** The repository's TypeScript sources (tracked, or new and not ignored) that are neither tests (nor their fixtures in __tests__/) nor generated (nor the registry). */
export function scannedFiles(root = REPOSITORY_ROOT): string[] {
  return (
    execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.ts', '*.tsx'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .filter((f) => existsSync(path.join(root, f)))
      // tests, and the fixtures beside them in a __tests__ folder, name the agencies they exercise
      .filter((f) => !/\.test\.tsx?$/.test(f) && !/(^|\/)__tests__\//.test(f) && !/\.d\.ts$/.test(f))
      .filter((f) => !/(^|\/)(generated|gql)\//.test(f) && !f.endsWith('/resolvers/types.ts'))
      .filter((f) => f !== REGISTRY_FILE)
  )
}

/** Every scanned file that enumerates agencies, with the agencies it names. */
export function enumerations(root = REPOSITORY_ROOT, files = scannedFiles(root)): Map<string, string[]> {
  const found = new Map<string, string[]>()
  for (const f of files) {
    const named = agenciesNamed(f, readFileSync(path.join(root, f), 'utf8'))
    if (named.length >= 2) found.set(f, named)
  }
  return found
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [f, named] of enumerations()) console.log(`${f}: ${named.join(', ')}`)
}
