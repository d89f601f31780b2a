// Entry point of the `prosecutions` subgraph: config → migrate → (demo seed) → serve.
import { runSubgraph } from '@lienthong/kit'
import { subgraph } from './server.ts'

await runSubgraph(subgraph)
