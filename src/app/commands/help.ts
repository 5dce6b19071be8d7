import { ok, type Command, type CommandContext, type Reply, type ReplyLine } from './command-types.js';

const ABOUT: ReplyLine[] = [
  {
    en: 'khabar turns Hindi news into short digests in Hindi and English, with the key facts: dates, numbers, people, places and organisations.',
    hi: 'खबर हिंदी समाचारों को मुख्य तथ्यों (तारीख़, संख्याएँ, लोग, स्थान, संगठन) के साथ हिंदी और अंग्रेज़ी में छोटे डाइजेस्ट में बदलता है।',
  },
  {
    en: 'Subscribe and the digest arrives every day; /digest shows it right now.',
    hi: 'सब्सक्राइब करें, डाइजेस्ट रोज़ आएगा; /digest से अभी देखें।',
  },
];

/** One compact line per command, both languages (a second line per command would double the list). */
function commandLine(command: Command): ReplyLine {
  const head = command.usage ? `/${command.name} ${command.usage}` : `/${command.name}`;
  return { en: `${head} — ${command.description.en} · ${command.description.hi}` };
}

function subscriptionLine(ctx: CommandContext): ReplyLine {
  const sub = ctx.services.store.subscriptions.get(ctx.platform, ctx.chatId);
  if (!sub?.active) return { en: 'This chat is not subscribed.', hi: 'यह चैट सब्सक्राइब नहीं है।' };
  const { defaultTime, timezone } = ctx.services.config.schedule;
  const time = sub.time ?? defaultTime ?? 'the configured schedule';
  return {
    en: `This chat is subscribed: language ${sub.language}, time ${time} (${timezone}).`,
    hi: `यह चैट सब्सक्राइब है: भाषा ${sub.language}, समय ${time} (${timezone})।`,
  };
}

/**
 * `/start` and `/help`: what the bot does, in Hindi and English, and the command list (admin
 * commands only for admins). `list` is read lazily so help can list itself.
 */
export function createHelpCommand(name: 'start' | 'help', list: () => readonly Command[]): Command {
  return {
    name,
    adminOnly: false,
    description:
      name === 'start'
        ? { en: 'What this bot does', hi: 'यह बॉट क्या करता है' }
        : { en: 'Help and the list of commands', hi: 'सहायता और कमांड की सूची' },
    async run(ctx): Promise<Reply> {
      const commands = list().filter((c) => c.name !== 'start');
      const lines: ReplyLine[] = [...ABOUT, { en: 'Commands:', hi: 'कमांड:' }];
      lines.push(...commands.filter((c) => !c.adminOnly).map(commandLine));
      if (ctx.isAdmin) {
        lines.push({ en: 'Admin commands:', hi: 'एडमिन कमांड:' }, ...commands.filter((c) => c.adminOnly).map(commandLine));
      }
      lines.push(subscriptionLine(ctx));
      return ok(...lines);
    },
  };
}
