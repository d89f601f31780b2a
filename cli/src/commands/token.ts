// lienthong token — to be written.
import type { Command } from 'commander'

export function registerToken(program: Command): void {
  void program
}
