// lienthong — the network's command-line tool. Every command is one module under commands/ that
// adds itself to the program; messages and help are Vietnamese with English beside them, and every
// failure (commander's own parse errors too) is one line on stderr and a non-zero exit code.
import { Command, CommanderError } from 'commander'
import { registerAudit } from './commands/audit.ts'
import { registerBackup } from './commands/backup.ts'
import { registerCompose } from './commands/compose.ts'
import { registerExport } from './commands/export.ts'
import { registerImport } from './commands/import.ts'
import { registerRestore } from './commands/restore.ts'
import { registerTemplate } from './commands/template.ts'
import { registerToken } from './commands/token.ts'
import { bi, CliFailure, HELP_TITLES, parseErrorLine } from './say.ts'

export function program(): Command {
  // settings made before the commands are added are inherited by every (sub)command
  const p = new Command('lienthong')
    .description(bi('Công cụ dòng lệnh của mạng Liên Thông', 'the Liên Thông network command-line tool'))
    .helpOption('-h, --help', bi('hướng dẫn', 'show help'))
    .helpCommand('help [command]', bi('hướng dẫn cho một lệnh', 'help for a command'))
    .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title })
    .configureOutput({ outputError: (message, write) => write(`${parseErrorLine(message)}\n`) })
    .exitOverride()
  for (const register of [registerImport, registerTemplate, registerExport, registerToken, registerCompose, registerAudit, registerBackup, registerRestore])
    register(p)
  return p
}

/** Runs the CLI on `argv`; a failure is one line on stderr and its exit code. */
export async function main(argv: string[] = process.argv): Promise<void> {
  try {
    await program().parseAsync(argv)
  } catch (e) {
    // help, or a parse error commander has already reported in one line
    if (e instanceof CommanderError) process.exit(e.exitCode)
    if (e instanceof CliFailure) {
      console.error(`✖ ${e.message}`)
      process.exit(e.exitCode)
    }
    throw e
  }
}
