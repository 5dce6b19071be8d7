import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { ConfigError, createConfig } from '../../app/config/create-config.js';
import type { AppConfig } from '../../app/config/config-schema.js';
import { CliError, EXIT, type CliIo } from '../cli-io.js';

type Env = Readonly<Record<string, string | undefined>>;

/** DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_API_ROOT through the app's config (default.yaml + env). */
function discordConfig(configDir: string, env: Env): AppConfig['discord'] {
  let defaultsYaml: string;
  try {
    defaultsYaml = readFileSync(join(configDir, 'default.yaml'), 'utf8');
  } catch {
    throw new CliError(`cannot read ${join(configDir, 'default.yaml')}`, EXIT.usage);
  }
  try {
    return createConfig({ defaultsYaml, env, configDir }).discord;
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.issues.join('; '), EXIT.usage, { cause: error });
    throw error;
  }
}

/**
 * `discord-register [--guild ID]`: bulk-overwrites the slash commands (English with Hindi
 * localisations) globally, or in one server with --guild (instant; global changes may take a while).
 */
export function registerDiscordRegister(program: Command, io: CliIo, configDir: () => string, env: Env = process.env): void {
  program
    .command('discord-register')
    .description('register the Discord slash commands (needs DISCORD_TOKEN and DISCORD_APPLICATION_ID)')
    .option('--guild <id>', 'register in this server only (instant) instead of globally')
    .action(async (options: { guild?: string }) => {
      if (options.guild !== undefined && !/^\d{1,20}$/.test(options.guild)) {
        throw new CliError(`invalid --guild "${options.guild}"; expected a numeric server id`, EXIT.usage);
      }
      const discord = discordConfig(configDir(), env);
      if (discord.token === null) throw new CliError('DISCORD_TOKEN is not set (the bot token from the Developer Portal)', EXIT.usage);
      if (discord.applicationId === null) throw new CliError('DISCORD_APPLICATION_ID is not set (the application id from the Developer Portal)', EXIT.usage);
      // discord.js is loaded only for this command: the other commands must start fast.
      const { DiscordAPIError, REST } = await import('discord.js');
      const { buildSlashCommands, inviteUrl, registerSlashCommands } = await import('../../adapters/discord/slash-commands.js');
      const rest = new REST({ api: discord.apiRoot, retries: 1 }).setToken(discord.token);
      try {
        const count = await registerSlashCommands(rest, discord.applicationId, options.guild);
        const where = options.guild ? `server ${options.guild}` : 'all servers (global; clients may take a few minutes to update)';
        io.stdout(`registered ${count || buildSlashCommands().length} slash commands for ${where}\n`);
        io.stdout(`invite the bot (View Channel, Send Messages, Embed Links only): ${inviteUrl(discord.applicationId)}\n`);
      } catch (error) {
        const detail = error instanceof DiscordAPIError ? `${error.status} ${error.message}` : (error as Error).message;
        throw new CliError(`discord-register failed: ${detail}`, EXIT.content, { cause: error });
      }
    });
}
