// npm run compose: writes the enum of reporting agencies from the agency registry, then
// schema/supergraph.graphql from the subgraph SDLs. Fails on composition errors and on hints not
// listed in schema/accepted-hints.json.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { REPORTING_AGENCY_SDL_FILE, reportingAgencySdl } from '../src/agencies.ts'
import { composeNetwork, SUPERGRAPH_PATH, unacceptedHints } from '../src/composition.ts'

writeFileSync(fileURLToPath(new URL(`../${REPORTING_AGENCY_SDL_FILE}`, import.meta.url)), reportingAgencySdl())

const result = composeNetwork()
if (!result.supergraphSdl) {
  console.error(`✖ composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`)
  process.exit(1)
}
const fresh = unacceptedHints(result.hints)
if (fresh.length) {
  console.error(
    `✖ composition hints not accepted yet (read them, fix the schema or add them to schema/accepted-hints.json):\n${fresh.map((h) => `  - [${h.code}] ${h.message}`).join('\n')}`,
  )
  process.exit(1)
}
writeFileSync(SUPERGRAPH_PATH, result.supergraphSdl)
console.log(`✔ wrote ${SUPERGRAPH_PATH} (${result.hints.length} accepted hint(s))`)
