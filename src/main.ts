import { createLogger } from './app/logger.js';
import { runCli } from './cli/run-cli.js';

/**
 * `npm start`: until the chat adapters land, the console adapter prints the current digest of
 * ./content to stdout (CONTENT_DIR and DIGEST_TZ override the folder and timezone).
 */
const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'info' });
const args = ['--content', process.env.CONTENT_DIR ?? 'content', '--tz', process.env.DIGEST_TZ ?? 'Asia/Kolkata', 'digest'];
logger.info({ args }, 'console adapter: printing the current digest');
process.exitCode = await runCli(args, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  logger,
  cwd: process.cwd(),
  now: () => new Date(),
});
