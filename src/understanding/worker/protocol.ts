// Messages between the main thread and the understanding worker. The text never leaves the process.
import type { Understanding } from '../types';

export interface WorkerRequest {
  id: number;
  text: string;
  /** The turn's clock, as epoch milliseconds (relative dates like "morgen" resolve against it). */
  now: number;
}

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  | { kind: 'understood'; id: number; understanding: Understanding }
  | { kind: 'error'; id: number; message: string };
