// Every enum of the police subgraph's SDL (its *.graphql and the shared vocabulary) with its
// Vietnamese and English labels, read from each value's description ("Vietnamese — English"):
// the one place they are written. Statistics lines, status machines and exports read them here.
import { fileURLToPath } from 'node:url'
import { enumLabels, enumLabelsOf, subgraphSdl, type EnumLabels } from '@lienthong/schema'

const SDL = subgraphSdl(fileURLToPath(new URL('../..', import.meta.url)))

export const LABELS: ReadonlyMap<string, EnumLabels> = enumLabelsOf(SDL)

/** One enum's labels, typed by its values (throws when the SDL has no such enum). */
export const labelsOf = <V extends string>(enumName: string): EnumLabels<V> => enumLabels<V>(SDL, enumName)

/**
 * Labels of the Criminal Code articles by the keys breakdowns use ("150", "151"): the SDL's
 * `CriminalCodeArticle` values ARTICLE_150, ARTICLE_151.
 */
export function articleLabels(): Record<string, string> {
  const { values, vi } = labelsOf('CriminalCodeArticle')
  return Object.fromEntries(values.map((v) => [v.replace(/^ARTICLE_/, ''), vi[v]!]))
}
