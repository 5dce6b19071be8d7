import { PermissionFlagsBits as P, type APIOverwrite, type APIRole } from 'discord.js';

/** Every permission bit discord.js knows. */
export const ALL_PERMISSIONS = Object.values(P).reduce((all, bit) => all | bit, 0n);

/** What @everyone may do in a fresh guild, roughly: see, talk, embed, read history, use commands. */
export const DEFAULT_EVERYONE =
  P.ViewChannel | P.SendMessages | P.EmbedLinks | P.ReadMessageHistory | P.UseApplicationCommands | P.AddReactions;

/** What the bot's managed role gets unless the fake is told otherwise. */
export const DEFAULT_BOT = P.ViewChannel | P.SendMessages | P.EmbedLinks | P.ReadMessageHistory;

export function toBits(value: bigint | string | undefined, fallback: bigint): bigint {
  if (value === undefined) return fallback;
  return typeof value === 'bigint' ? value : BigInt(value);
}

interface PermissionInput {
  guildId: string;
  ownerId: string;
  userId: string;
  memberRoles: readonly string[];
  roles: readonly APIRole[];
  overwrites?: readonly APIOverwrite[];
}

/** Discord's permission algorithm: base from roles, then channel overwrites (everyone, roles, member). */
export function computePermissions(input: PermissionInput): bigint {
  if (input.userId === input.ownerId) return ALL_PERMISSIONS;
  const roleBits = (id: string): bigint => BigInt(input.roles.find((r) => r.id === id)?.permissions ?? '0');
  let base = roleBits(input.guildId);
  for (const role of input.memberRoles) base |= roleBits(role);
  if ((base & P.Administrator) !== 0n) return ALL_PERMISSIONS;
  const overwrites = input.overwrites ?? [];
  const apply = (ow: APIOverwrite | undefined): void => {
    if (!ow) return;
    base = (base & ~BigInt(ow.deny)) | BigInt(ow.allow);
  };
  apply(overwrites.find((o) => o.id === input.guildId));
  let allow = 0n;
  let deny = 0n;
  for (const ow of overwrites) {
    if (ow.type !== 0 || !input.memberRoles.includes(ow.id)) continue;
    allow |= BigInt(ow.allow);
    deny |= BigInt(ow.deny);
  }
  base = (base & ~deny) | allow;
  apply(overwrites.find((o) => o.type === 1 && o.id === input.userId));
  return base;
}
