// Stores local Direct Line conversations and their activities in order; the sequence number is the watermark.
import type { Activity } from 'botbuilder';
import type { Database } from '../storage/types';

export interface StoredActivities {
  activities: Partial<Activity>[];
  watermark: string;
}

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

  /** Appends an activity, giving it the id "<conversation>|<seq>" as Azure's Direct Line does, and the server's timestamp. */
  async append(conversationId: string, activity: Partial<Activity>): Promise<{ id: string; timestamp: string }> {
    const written = await this.db.transaction(async (tx) => {
      const now = this.clock().toISOString();
      const [row] = await tx.query<{ last_seq: number }>(
        'UPDATE directline_conversations SET last_seq = last_seq + 1, last_activity_at = $2 WHERE id = $1 RETURNING last_seq',
        [conversationId, now],
      );
      if (!row) throw new Error('conversation not found');
      const id = `${conversationId}|${String(row.last_seq).padStart(7, '0')}`;
      await tx.query('INSERT INTO directline_activities (conversation_id, seq, activity) VALUES ($1, $2, $3)', [
        conversationId,
        row.last_seq,
        JSON.stringify({ ...activity, id, timestamp: now }),
      ]);
      return { id, timestamp: now };
    });
    for (const listener of this.appendListeners) listener(conversationId);
    return written;
  }

  async since(conversationId: string, watermark: number, limit = 100): Promise<StoredActivities> {
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
