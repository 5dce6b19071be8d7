import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, createConfig } from './app/config/create-config.js';
import { createLogger, createRedactor } from './app/logger.js';
import { startApp, type RunningApp } from './start-app.js';
import { describeStartError } from './app/start-up-error.js';

/**
 * `npm start`: reads config/default.yaml and the environment, then runs every adapter whose token is
 * configured (with none, the console adapter prints the digest now and on the schedule).
 * SIGINT/SIGTERM stop gracefully; SIGHUP reloads content and config data like /reload.
 */
const configDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'config');
let config;
try {
  config = createConfig({ defaultsYaml: readFileSync(join(configDir, 'default.yaml'), 'utf8'), env: process.env, configDir });
} catch (error) {
  const message = error instanceof ConfigError ? error.issues.join('\n  ') : (error as Error).message;
  process.stderr.write(`khabar: invalid configuration:\n  ${message}\n`);
  process.exit(1);
}
const logger = createLogger({ level: config.logLevel, secrets: [config.telegram.token, config.discord.token, config.translation.apiKey] });
// Handlers go in before start-up: during start-up (content analysis, getMe) a signal would otherwise
// take its default action and kill the process without closing the database. A signal during
// start-up waits for it to finish (at most START_GRACE_MS: getMe can hang on an unreachable API),
// then stops gracefully. The handlers run only after `started` is set (signals wait for the loop).
const START_GRACE_MS = 5000;
let started: Promise<RunningApp> | undefined;
process.on('SIGHUP', () => void started?.then((app) => app.reload()).catch((err: unknown) => logger.error({ err }, 'reload failed')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('start-up did not finish; exiting without a graceful stop');
      process.exit(1);
    }, START_GRACE_MS);
    void started
      ?.then((app) => {
        clearTimeout(force);
        return app.stop();
      })
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  });
}
const secrets = [config.telegram.token, config.discord.token, config.translation.apiKey];
started = startApp({
  config,
  logger,
  write: (text) => process.stdout.write(text),
  // Another instance took the database over (this one was frozen past its lease): stop, exit 1.
  onLeaseLost: () => void started?.then((app) => app.stop()).finally(() => process.exit(1)),
});
try {
  await started;
} catch (error) {
  // One line with what to do; the stack only at debug level (never on a user's terminal by default).
  const reason = createRedactor(secrets)(describeStartError(error, config.databasePath));
  logger.debug({ err: error }, 'start-up failure');
  logger.fatal({ reason }, 'start-up failed');
  process.stderr.write(`khabar: cannot start: ${reason}\n`);
  process.exit(1);
}
