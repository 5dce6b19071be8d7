import { createLogger } from '../app/logger.js';
import { runCli } from './run-cli.js';

/** Entry point of `npm run cli`: wires real streams and a stderr logger into runCli. */
// the CLI reads secrets only from the environment (discord-register, TRANSLATE_API_KEY): they never reach a log line
const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', secrets: [process.env.DISCORD_TOKEN, process.env.TELEGRAM_BOT_TOKEN, process.env.TRANSLATE_API_KEY] });
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  logger,
  cwd: process.cwd(),
  now: () => new Date(),
  env: process.env,
});
