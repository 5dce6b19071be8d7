import {
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandChannelOption,
} from 'discord.js';
import type { Command } from '../../../app/commands/command-types.js';

export type SlashOptions = ChatInputCommandInteraction['options'];

/** A neutral command bound to Discord: its slash command, how options become args, how it replies. */
export interface DiscordCommand {
  command: Command;
  /** The slash command as registered (English, with Hindi localisations). */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** The neutral command's args, from the interaction's options. */
  args(options: SlashOptions): string[];
  /** Has an optional `channel` option naming the channel it acts on (default: the current one). */
  targetsChannel: boolean;
  /** Replies are ephemeral even on success (errors and refusals always are). */
  private: boolean;
  /** Defers first: the work may take longer than Discord's 3 seconds. */
  defer: boolean;
  /** The bot will post in the target channel (checked: View Channel, Send Messages, Embed Links). */
  postsThere: boolean;
}

/** Where a command can be used: server channels only, or also the bot's DMs. */
export type Scope = 'guild' | 'guild-and-dm';

/** The slash command skeleton: name and description in English and Hindi, contexts, guild install. */
export function slashCommand(command: Command, hindiName: string, scope: Scope): SlashCommandBuilder {
  const contexts = scope === 'guild' ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDM];
  return new SlashCommandBuilder()
    .setName(command.name)
    .setNameLocalizations({ hi: hindiName })
    .setDescription(command.description.en)
    .setDescriptionLocalizations({ hi: command.description.hi })
    .setContexts(contexts)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}

/** The optional `channel` option of /subscribe, /unsubscribe, /lang and /time. */
export function channelOption(option: SlashCommandChannelOption): SlashCommandChannelOption {
  return option
    .setName('channel')
    .setNameLocalizations({ hi: 'चैनल' })
    .setDescription('The channel (default: this one)')
    .setDescriptionLocalizations({ hi: 'चैनल (डिफ़ॉल्ट: यही चैनल)' })
    .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement)
    .setRequired(false);
}

/** A string option's value as neutral args (none when the option was left out). */
export function stringArg(options: SlashOptions, name: string): string[] {
  const value = options.getString(name)?.trim();
  return value ? [value] : [];
}

export const noArgs = (): string[] => [];

/** Binds with the defaults: public replies, no channel option, no defer, no posting check. */
export function bindCommand(
  command: Command,
  data: RESTPostAPIChatInputApplicationCommandsJSONBody,
  extras: Partial<Omit<DiscordCommand, 'command' | 'data'>> = {},
): DiscordCommand {
  return { command, data, args: noArgs, targetsChannel: false, private: false, defer: false, postsThere: false, ...extras };
}
