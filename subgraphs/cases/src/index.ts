// Entry point of the `cases` subgraph: config → migrate → (demo seed) → serve.
import { runSubgraph } from '@lienthong/kit'
import { subgraph } from './server.ts'

await runSubgraph(subgraph)
