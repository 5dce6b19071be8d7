import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField, Routes, type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { discordCommands } from './commands/index.js';

/** The slash command bodies to register: English names and descriptions with Hindi (`hi`) localisations. */
export function buildSlashCommands(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return discordCommands().map((c) => c.data);
}

/**
 * Bulk-overwrites the application's commands: global (every server; clients may take a while to see
 * changes) or, with `guildId`, in one server only (instant, handy while testing). Returns the count.
 */
export async function registerSlashCommands(rest: REST, applicationId: string, guildId?: string): Promise<number> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body: buildSlashCommands() })) as unknown[];
  return Array.isArray(registered) ? registered.length : 0;
}

/** What the bot needs in a channel it posts digests to, and nothing more. */
export const BOT_PERMISSIONS = new PermissionsBitField([PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks]);

/** The invite link: bot + slash commands scopes with only View Channel, Send Messages and Embed Links. */
export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: BOT_PERMISSIONS.bitfield.toString(),
  });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}
