/** A `/command` found at the start of a message or channel post. */
export interface ParsedCommand {
  /** Lowercase command name without the slash. */
  name: string;
  /** Whitespace-separated words after the command. */
  args: string[];
  /** True when the command named this bot explicitly (`/cmd@thisbot`). */
  addressed: boolean;
}

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,32}))?(?=\s|$)([\s\S]*)$/;

/**
 * Parses `/name[@bot] args…`. Returns null for text that is not a command and for commands
 * addressed to another bot (`/subscribe@otherbot` in a group shared with other bots).
 */
export function parseCommand(text: string, botUsername: string): ParsedCommand | null {
  const m = COMMAND.exec(text.trim());
  if (!m) return null;
  const [, name = '', mention, rest = ''] = m;
  if (mention !== undefined && mention.toLowerCase() !== botUsername.toLowerCase()) return null;
  const args = rest.split(/\s+/u).filter((w) => w.length > 0);
  return { name: name.toLowerCase(), args, addressed: mention !== undefined };
}
