// lienthong export report | htcds | glotip — the network's published files, downloaded from the
// gateway's export endpoints as the caller (the same rules, limits and audit as the endpoints).
import type { Command } from 'commander'
import { bi } from '../say.ts'
import { registerExportGlotip } from './exportGlotip.ts'
import { registerExportHtcds } from './exportHtcds.ts'
import { registerExportReport } from './exportReport.ts'

export function registerExport(program: Command): void {
  const exports = program.command('export').description(bi('Xuất báo cáo và dữ liệu theo chuẩn', 'export reports and standard data files'))
  for (const register of [registerExportReport, registerExportHtcds, registerExportGlotip]) register(exports)
}
