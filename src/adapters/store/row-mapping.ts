import { StoreError } from './store-errors.js';
import { OUTBOX_STATUSES, type OutboxRow } from '../../app/ports/outbox-port.js';
import {
  CHAT_KINDS,
  LANGUAGES,
  PLATFORMS,
  type Subscription,
} from '../../app/ports/store-port.js';

/** Column shapes as better-sqlite3 returns them. */
export interface SubscriptionRecord {
  id: number;
  platform: string;
  chat_id: string;
  kind: string;
  language: string;
  time: string | null;
  active: number;
  deactivated_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface OutboxRecord {
  id: number;
  subscription_id: number;
  digest_id: string;
  part: number;
  payload: string;
  status: string;
  attempts: number;
  message_id: string | null;
  not_before: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

function oneOf<T extends string>(allowed: readonly T[], value: string, column: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new StoreError('query-failed', `unexpected ${column} value in database: ${value}`);
  return found;
}

export function toSubscription(record: SubscriptionRecord): Subscription {
  return {
    id: record.id,
    platform: oneOf(PLATFORMS, record.platform, 'platform'),
    chatId: record.chat_id,
    kind: oneOf(CHAT_KINDS, record.kind, 'kind'),
    language: oneOf(LANGUAGES, record.language, 'language'),
    time: record.time,
    active: record.active === 1,
    deactivatedReason: record.deactivated_reason,
    createdAt: record.created_at,
    updatedAt: record.updated_at,
  };
}

export function toOutboxRow(record: OutboxRecord): OutboxRow {
  return {
    id: record.id,
    subscriptionId: record.subscription_id,
    digestId: record.digest_id,
    part: record.part,
    payload: record.payload,
    status: oneOf(OUTBOX_STATUSES, record.status, 'status'),
    attempts: record.attempts,
    messageId: record.message_id,
    notBefore: record.not_before,
    lastError: record.last_error,
    createdAt: record.created_at,
    sentAt: record.sent_at,
  };
}
