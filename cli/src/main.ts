// lienthong — the network's command-line tool. Every command is one module under commands/ that
// adds itself to the program; messages and help are Vietnamese with English beside them.
import { Command } from 'commander'
import { registerAudit } from './commands/audit.ts'
import { registerCompose } from './commands/compose.ts'
import { registerExport } from './commands/export.ts'
import { registerImport } from './commands/import.ts'
import { registerToken } from './commands/token.ts'
import { bi, CliFailure } from './say.ts'

export function program(): Command {
  const p = new Command('lienthong')
    .description(bi('Công cụ dòng lệnh của mạng Liên Thông', 'the Liên Thông network command-line tool'))
    .helpOption('-h, --help', bi('hướng dẫn', 'show help'))
    .helpCommand('help [command]', bi('hướng dẫn cho một lệnh', 'help for a command'))
    .showHelpAfterError()
  for (const register of [registerImport, registerExport, registerToken, registerCompose, registerAudit]) register(p)
  return p
}

/** Runs the CLI on `argv`; a failure is one line on stderr and its exit code. */
export async function main(argv: string[] = process.argv): Promise<void> {
  try {
    await program().parseAsync(argv)
  } catch (e) {
    if (e instanceof CliFailure) {
      console.error(`✖ ${e.message}`)
      process.exit(e.exitCode)
    }
    throw e
  }
}
