// lienthong export … — to be written.
import type { Command } from 'commander'

export function registerExportReport(exports: Command): void {
  void exports
}
