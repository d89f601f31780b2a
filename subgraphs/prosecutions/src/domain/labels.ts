// Every enum this subgraph serves, with its Vietnamese and English labels, read from its SDL
// (schema.graphql and the files beside it, then the shared vocabulary): statuses, breakdown lines
// and validation all take their labels and values from here, never from a table written again.
import { fileURLToPath } from 'node:url'
import { enumLabelsOf, subgraphSdl, type EnumLabels } from '@lienthong/schema'

export const LABELS = enumLabelsOf(subgraphSdl(fileURLToPath(new URL('../..', import.meta.url))))

/** One enum's labels (throws at start-up when the SDL lacks it). */
export function labelsOf<V extends string>(enumName: string): EnumLabels<V> {
  const found = LABELS.get(enumName)
  if (!found) throw new Error(`enum ${enumName} is not in the prosecutions SDL`)
  return found as unknown as EnumLabels<V>
}
