/** heed's command line: one subcommand per file under commands/, all thin over the library. */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { scoreCommand, runScore, type ScoreCommandOptions } from './commands/score.js';
import { generateCommand } from './commands/generate.js';
import { HeedError } from '../core/errors.js';
import { packageRoot } from '../core/data-path.js';
import { join } from 'node:path';

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Runs the CLI with `argv` (process.argv shape); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('heed')
    .description('verifiable instruction following and structured output: score responses, generate tasks')
    .version(version())
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

  const commands = [
    scoreCommand().action(async (input: string | undefined, opts: ScoreCommandOptions) => {
      exitCode = await runScore(input, opts);
    }),
    generateCommand((code) => {
      exitCode = code;
    }),
  ];
  for (const command of commands) program.addCommand(command.copyInheritedSettings(program));

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit with code 0; usage errors with 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (HeedError.isInstance(error)) {
      process.stderr.write(`heed: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`heed: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
  return exitCode;
}
