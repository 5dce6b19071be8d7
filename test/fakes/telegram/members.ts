import type { ChatMember, User } from 'grammy/types';
import type { MemberStatus } from './types.js';

const ADMIN_RIGHTS = {
  can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_delete_messages: true,
  can_manage_video_chats: true, can_restrict_members: true, can_promote_members: false,
  can_change_info: true, can_invite_users: true, can_post_stories: false, can_edit_stories: false,
  can_delete_stories: false, can_post_messages: true, can_edit_messages: true, can_pin_messages: true,
  can_send_welcome_messages: false,
} as const;

/** A ChatMember object of the given status, shaped like getChatMember's answer. */
export function chatMember(user: User, status: MemberStatus): ChatMember {
  switch (status) {
    case 'creator':
      return { status, user, is_anonymous: false };
    case 'administrator':
      return { status, user, ...ADMIN_RIGHTS };
    case 'member':
      return { status, user };
    case 'left':
      return { status, user };
    case 'kicked':
      return { status, user, until_date: 0 };
  }
}
