import type { APIOverwrite, APIUser } from 'discord.js';

/** Inputs of addGuild(): everything optional except what identifies a user or names a role. */
export interface ChannelSpec {
  id?: string;
  name?: string;
  /** 0 text (default), 4 category, 5 announcement. */
  type?: 0 | 4 | 5;
  parentId?: string;
  permissionOverwrites?: APIOverwrite[];
}

export interface RoleSpec {
  id?: string;
  name: string;
  permissions: bigint | string;
  position?: number;
}

export interface MemberSpec {
  user: Partial<APIUser> & { id: string };
  /** Role ids (the @everyone role is implicit). */
  roles?: string[];
  nick?: string;
}

export interface GuildSpec {
  id?: string;
  name?: string;
  ownerId?: string;
  /** Permissions of @everyone (default: view, send, embed, history, use commands). */
  everyonePermissions?: bigint | string;
  channels?: ChannelSpec[];
  roles?: RoleSpec[];
  members?: MemberSpec[];
}
