#!/usr/bin/env node
// `npx lienthong …` from the repository: the CLI runs its TypeScript sources through tsx.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/main.ts')
await main()
