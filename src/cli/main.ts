/** heed's command line: one subcommand per file under commands/, all thin over the library. */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import type { ScoreCommandOptions } from './commands/score.js';
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

const SUBCOMMANDS = ['score', 'generate'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

/**
 * The subcommands whose modules this run needs: the one named first on the command line, or all
 * of them (for `heed --help`, a typo, ...). `generate` pulls in every generator catalogue (~80 ms
 * to load), which `heed score` has no use for.
 */
function neededSubcommands(argv: readonly string[]): readonly Subcommand[] {
  const first = argv.slice(2).find((arg) => !arg.startsWith('-'));
  return SUBCOMMANDS.includes(first as Subcommand) ? [first as Subcommand] : SUBCOMMANDS;
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

  const commands: Command[] = [];
  for (const name of neededSubcommands(argv)) {
    if (name === 'score') {
      const { scoreCommand, runScore } = await import('./commands/score.js');
      commands.push(
        scoreCommand().action(async (input: string | undefined, opts: ScoreCommandOptions) => {
          exitCode = await runScore(input, opts);
        }),
      );
    } else {
      const { generateCommand } = await import('./commands/generate.js');
      commands.push(
        generateCommand((code) => {
          exitCode = code;
        }),
      );
    }
  }
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
