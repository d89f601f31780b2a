// lienthong import — to be written.
import type { Command } from 'commander'

export function registerImport(program: Command): void {
  void program
}
