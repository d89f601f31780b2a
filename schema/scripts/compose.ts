// npx tsx schema/scripts/compose.ts — the same as `lienthong compose` (npm run compose), for the
// schema package alone: writes the enum of reporting agencies from the agency registry, then
// schema/supergraph.graphql from the subgraph SDLs. Fails on composition errors and on hints not
// listed in schema/accepted-hints.json.
import { composeSchemaFiles, SUPERGRAPH_PATH } from '../src/composition.ts'

const result = composeSchemaFiles()
if (!result.ok) {
  if (result.errors.length) console.error(`✖ composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`)
  else
    console.error(
      `✖ composition hints not accepted yet (read them, fix the schema or add them to schema/accepted-hints.json):\n${result.unaccepted.map((h) => `  - [${h.code}] ${h.message}`).join('\n')}`,
    )
  process.exit(1)
}
console.log(`✔ wrote ${SUPERGRAPH_PATH} (${result.hints} accepted hint(s))`)
