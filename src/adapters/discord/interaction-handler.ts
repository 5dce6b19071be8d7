import { MessageFlags, PermissionFlagsBits, type Interaction } from 'discord.js';
import { refused, textReply, type Reply } from '../../app/commands/command-types.js';
import { runCommand } from '../../app/commands/run-command.js';
import type { AppServices } from '../../app/ports/app-port.js';
import type { DiscordCommand } from './commands/index.js';
import { resolveTarget, toCommandContext, type Target } from './discord-context.js';
import { replyOptions, sendInteractionReply } from './interaction-replies.js';
import { isFailure, renderDiscordReply } from './render/render-reply.js';
import { BOT_PERMISSIONS } from './slash-commands.js';

const APOLOGY = textReply('error', {
  en: 'Sorry, something went wrong. Please try again later.',
  hi: 'माफ़ कीजिए, कुछ गड़बड़ हो गई। कृपया बाद में फिर कोशिश करें।',
});

/** A member who may manage the target channel is told when the bot itself cannot post there. */
function postingRefusal(binding: DiscordCommand, target: Target): Reply | null {
  if (!binding.postsThere || !target.memberPermissions?.has(PermissionFlagsBits.ManageChannels)) return null;
  if (target.appPermissions === null || target.appPermissions.has(BOT_PERMISSIONS)) return null;
  const channel = `<#${target.channelId}>`;
  return refused({
    en: `I cannot post in ${channel}: I need View Channel, Send Messages and Embed Links there.`,
    hi: `मैं ${channel} में पोस्ट नहीं कर सकता: वहाँ View Channel, Send Messages और Embed Links की अनुमति चाहिए।`,
  });
}

/** A reply about another channel says which one. */
function naming(reply: Reply, target: Target): Reply {
  if (!target.explicit || reply.kind !== 'text') return reply;
  const channel = `<#${target.channelId}>`;
  return { ...reply, lines: [...reply.lines, { en: `Channel: ${channel}`, hi: `चैनल: ${channel}` }] };
}

/**
 * The one handler for slash commands: maps the interaction to the neutral context, runs the command
 * (deferring first for long work) and answers with rendered embeds. `/event`, admin replies, errors and
 * refusals are ephemeral. Nothing is thrown at the user: a failure is logged and answered privately.
 */
export function createInteractionHandler(commands: readonly DiscordCommand[], services: AppServices): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((c) => [c.command.name, c]));
  return async (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    const binding = byName.get(interaction.commandName);
    try {
      if (!binding) {
        const unknown = textReply('error', { en: `Unknown command /${interaction.commandName}.`, hi: `अनजान कमांड /${interaction.commandName}।` });
        await sendInteractionReply(interaction, renderDiscordReply(unknown), true);
        return;
      }
      const target = resolveTarget(interaction, binding);
      const refusal = postingRefusal(binding, target);
      if (refusal) {
        await sendInteractionReply(interaction, renderDiscordReply(refusal), true);
        return;
      }
      if (binding.defer) await interaction.deferReply(binding.private ? { flags: MessageFlags.Ephemeral } : {});
      const reply = await runCommand(binding.command, toCommandContext(interaction, binding, target, services));
      await sendInteractionReply(interaction, renderDiscordReply(naming(reply, target)), binding.private || isFailure(reply));
    } catch (err) {
      services.logger.error({ err, command: interaction.commandName, channelId: interaction.channelId }, 'discord command reply failed');
      const [apology] = renderDiscordReply(APOLOGY);
      if (apology === undefined) return;
      const answer = interaction.replied || interaction.deferred ? interaction.followUp.bind(interaction) : interaction.reply.bind(interaction);
      await answer(replyOptions(apology, true)).catch(() => undefined);
    }
  };
}
