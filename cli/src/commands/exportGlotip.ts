// lienthong export … — to be written.
import type { Command } from 'commander'

export function registerExportGlotip(exports: Command): void {
  void exports
}
