// Stores local Direct Line conversations and their activities in order; the sequence number is the watermark.
import type { Activity } from 'botbuilder';
import { toJsonText } from '../storage/jsonText';
import type { Database } from '../storage/types';

export interface StoredActivities {
  activities: Partial<Activity>[];
  watermark: string;
}

/** Activity ids are "<conversation>|<seq>" with the sequence number zero-padded to at least 7 digits. */
const activityId = (conversationId: string, seq: number): string => `${conversationId}|${String(seq).padStart(7, '0')}`;

const APPEND = `
  WITH next AS (
    UPDATE directline_conversations SET last_seq = last_seq + 1, last_activity_at = $2::timestamptz WHERE id = $1 RETURNING last_seq
  )
  INSERT INTO directline_activities (conversation_id, seq, activity)
  SELECT $1, next.last_seq, $3::jsonb || jsonb_build_object(
    'id', $1 || '|' || lpad(next.last_seq::text, greatest(7, length(next.last_seq::text)), '0'),
    'timestamp', $4::text)
  FROM next
  RETURNING seq`;

const MAX_SEQ = 2_147_483_647;

export class ConversationStore {
  private readonly appendListeners: Array<(conversationId: string) => void> = [];

  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
  ) {}

  /** Called after each activity is written (the WebSocket streams send it at once). */
  onAppended(listener: (conversationId: string) => void): void {
    this.appendListeners.push(listener);
  }

  /** Creates the conversation; false when it already existed. */
  async create(conversationId: string, userId: string): Promise<boolean> {
    const now = this.clock().toISOString();
    const rows = await this.db.query(
      `INSERT INTO directline_conversations (id, user_id, created_at, last_activity_at) VALUES ($1, $2, $3, $3)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [conversationId, userId, now],
    );
    return rows.length === 1;
  }

  async exists(conversationId: string): Promise<boolean> {
    const rows = await this.db.query('SELECT 1 FROM directline_conversations WHERE id = $1', [conversationId]);
    return rows.length === 1;
  }

  /**
   * Appends an activity, giving it the id "<conversation>|<seq>" as Azure's Direct Line does, and the server's timestamp.
   * One statement (atomic by itself): the sequence number is taken and the activity stored in the same round trip.
   */
  async append(conversationId: string, activity: Partial<Activity>): Promise<{ id: string; timestamp: string }> {
    const now = this.clock().toISOString();
    const [row] = await this.db.query<{ seq: number }>(APPEND, [conversationId, now, toJsonText(activity), now]);
    if (!row) throw new Error('conversation not found');
    for (const listener of this.appendListeners) listener(conversationId);
    return { id: activityId(conversationId, row.seq), timestamp: now };
  }

  async since(conversationId: string, watermark: number, limit = 100): Promise<StoredActivities> {
    // A watermark past any sequence number (the column is an integer) simply has nothing after it.
    if (!Number.isSafeInteger(watermark) || watermark > MAX_SEQ) return { activities: [], watermark: String(watermark) };
    const rows = await this.db.query<{ seq: number; activity: Partial<Activity> | string }>(
      'SELECT seq, activity FROM directline_activities WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
      [conversationId, watermark, limit],
    );
    const activities = rows.map((r) => (typeof r.activity === 'string' ? JSON.parse(r.activity) : r.activity) as Partial<Activity>);
    const last = rows.length ? rows[rows.length - 1].seq : watermark;
    return { activities, watermark: String(last) };
  }

  /** Deletes the messages kept so far ("wis mijn gegevens"); the conversation itself goes on. */
  async deleteActivities(conversationId: string): Promise<void> {
    await this.db.query('DELETE FROM directline_activities WHERE conversation_id = $1', [conversationId]);
  }

  /** Privacy: conversations without activity since the cutoff are deleted with their activities. */
  async deleteInactiveSince(cutoff: Date): Promise<number> {
    const rows = await this.db.query('DELETE FROM directline_conversations WHERE last_activity_at < $1 RETURNING id', [cutoff.toISOString()]);
    return rows.length;
  }
}
