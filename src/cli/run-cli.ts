import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { isTimeZone } from '../core/calendar/zoned-time.js';
import { registerDigest } from './commands/digest.js';
import { registerDiscordRegister } from './commands/discord-register.js';
import { registerEvent } from './commands/event.js';
import { registerFacts } from './commands/facts.js';
import { registerValidate } from './commands/validate.js';
import { CliError, EXIT, type CliIo, type GlobalOptions } from './cli-io.js';

/** The repository's own config/ folder, wherever the CLI is started from. */
export const DEFAULT_CONFIG_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'config');

/**
 * Runs one CLI invocation and returns its exit code: 0 ok, 2 bad usage or query, 1 content error.
 * Errors end as one line on stderr, never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('khabar')
    .description('Hindi news pages → bilingual digests with key facts')
    .option('--content <dir>', 'content folder (article .txt files and metadata.yaml)', './content')
    .option('--config <dir>', 'config folder (lexicons, gazetteer, cleaning patterns)', DEFAULT_CONFIG_DIR)
    .option('--tz <zone>', 'timezone for publication timestamps and the digest edition', 'Asia/Kolkata')
    .option('--log-json', 'print problems as pino JSON lines on stderr (for machines) instead of file:line: lines')
    .option('--no-cache', 'analyse every article again (neither read nor write the analysis cache)')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });

  const globals = (): GlobalOptions => {
    const raw = program.opts<GlobalOptions>();
    const content = resolve(io.cwd, raw.content);
    if (!existsSync(content) || !statSync(content).isDirectory()) {
      throw new CliError(`content folder not found: ${raw.content}`, EXIT.content);
    }
    if (!isTimeZone(raw.tz)) throw new CliError(`unknown timezone "${raw.tz}"; expected an IANA name such as Asia/Kolkata`, EXIT.usage);
    return { content, config: resolve(io.cwd, raw.config), tz: raw.tz, logJson: raw.logJson === true, cache: raw.cache !== false };
  };
  const setExit = (code: number): void => {
    exitCode = code;
  };
  registerFacts(program, io, globals, setExit);
  registerEvent(program, io, globals, setExit);
  registerDigest(program, io, globals, setExit);
  registerValidate(program, io, globals, setExit);
  registerDiscordRegister(program, io, () => resolve(io.cwd, program.opts<GlobalOptions>().config));

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof CliError) {
    io.stderr(`khabar: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return EXIT.ok;
    io.stderr(`khabar: ${error.message.replace(/^error: /, '')} (see --help)\n`);
    return EXIT.usage;
  }
  // the stack is for developers: at debug level only, never on a user's terminal by default
  io.logger.debug({ err: error }, 'unexpected failure');
  io.stderr(`khabar: unexpected failure: ${(error as Error).message ?? String(error)}\n`);
  return EXIT.content;
}
