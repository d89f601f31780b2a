// The labels of the Border Guard's enums, from ONE source: each value's SDL description
// ("Vietnamese — English") in this subgraph's .graphql files and the shared vocabulary. Status
// machines, statistics lines and exports all read them here (`LABELS.get('Enum')!.vi`).
import { fileURLToPath } from 'node:url'
import { enumLabelsOf, subgraphSdl, type EnumLabels } from '@lienthong/schema'

/** Every enum served by this subgraph, with its labels. */
export const LABELS: ReadonlyMap<string, EnumLabels> = enumLabelsOf(subgraphSdl(fileURLToPath(new URL('../..', import.meta.url))))

/** The Vietnamese labels of one enum (throws at start-up when the SDL has no such enum). */
export function labelsVi<V extends string>(enumName: string): Readonly<Record<V, string>> {
  const found = LABELS.get(enumName)
  if (!found) throw new Error(`enum ${enumName} is not in the border subgraph's schema`)
  return found.vi as Readonly<Record<V, string>>
}
