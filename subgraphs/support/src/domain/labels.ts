// The labels of this subgraph's enums, read from the SDL it serves (each value's description,
// "Vietnamese — English"; the shared vocabulary's enums included): statuses, statistics lines and
// errors all take them from here, so a label is written once, beside the value.
import { fileURLToPath } from 'node:url'
import { enumLabelsOf, subgraphSdl, type EnumLabels } from '@lienthong/schema'

export const LABELS = enumLabelsOf(subgraphSdl(fileURLToPath(new URL('../..', import.meta.url))))

/** The labels of one enum of the served SDL (throws at start-up when the SDL has no such enum). */
export function labelsOf<V extends string>(enumName: string): EnumLabels<V> {
  const found = LABELS.get(enumName)
  if (!found) throw new Error(`enum ${enumName} is not in the support SDL`)
  return found as unknown as EnumLabels<V>
}
