// lienthong export … — to be written.
import type { Command } from 'commander'

export function registerExportHtcds(exports: Command): void {
  void exports
}
