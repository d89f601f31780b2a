// lienthong compose — to be written.
import type { Command } from 'commander'

export function registerCompose(program: Command): void {
  void program
}
