// Entry point of the `border` subgraph: config → migrate → (demo seed) → serve.
import { runSubgraph } from '@lienthong/kit'
import { subgraph } from './server.ts'

await runSubgraph(subgraph)
