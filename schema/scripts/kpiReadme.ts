// npm run kpi:readme -w @lienthong/schema: regenerates the READMEs' KPI tables from the catalogue.
import { writeKpiTables } from '../src/kpiReadme.ts'

const changed = writeKpiTables()
console.log(changed.length ? `✔ rewrote the KPI tables of ${changed.join(', ')}` : '✔ the KPI tables are up to date')
