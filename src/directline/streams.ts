// Direct Line 3.0 WebSocket streams: each socket gets the conversation's activity sets from its watermark on, as they are written.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { HttpError } from '../errors';
import type { Logger } from '../logger';
import type { ConversationStore } from './conversationStore';
import type { DirectLineTokens } from './tokens';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([A-Za-z0-9_-]+)\/stream$/;

export interface StreamOptions {
  /** How often a socket also looks in the database, for activities written by another instance (ms). */
  pollMs?: number;
}

export class DirectLineStreams {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly sockets = new Map<string, Set<WebSocket>>();
  private readonly pollMs: number;

  constructor(
    private readonly tokens: DirectLineTokens,
    private readonly store: ConversationStore,
    private readonly logger: Logger,
    options: StreamOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1000;
  }

  /** The streamUrl handed out on start and reconnect; `base` is the address the client reached us on. */
  url(base: string, conversationId: string, token: string, watermark?: string): string {
    const ws = base.replace(/^http/, 'ws').replace(/\/$/, '');
    const query = new URLSearchParams({ t: token, ...(watermark && /^\d+$/.test(watermark) ? { watermark } : {}) });
    return `${ws}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream?${query}`;
  }

  /** Called after an activity was written on this instance: sockets on it send at once instead of at the next poll. */
  notify(conversationId: string): void {
    this.listeners.get(conversationId)?.forEach((wake) => wake());
  }

  /** Sends an activity that is not kept (the bot's "typing") to this instance's open streams of the conversation. */
  sendTransient(conversationId: string, activity: Record<string, unknown>): void {
    const sockets = this.sockets.get(conversationId);
    if (!sockets) return;
    const message = JSON.stringify({ activities: [{ ...activity, id: `${conversationId}|typing-${Date.now()}`, timestamp: new Date().toISOString() }] });
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(message);
  }

  attach(server: HttpServer): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      void this.upgrade(req, socket, head);
    });
  }

  /** Closes every open stream (shutdown); clients reconnect to another instance. */
  close(): Promise<void> {
    for (const client of this.wss.clients) client.close(1001, 'server shutting down');
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return void socket.destroy();
    const conversationId = decodeURIComponent(match[1]);
    try {
      const claims = this.tokens.verify(`Bearer ${url.searchParams.get('t') ?? ''}`);
      if (claims.conversationId !== conversationId) throw new HttpError(403, 'token_conversation', 'token is for another conversation');
      if (!(await this.store.exists(conversationId))) throw new HttpError(404, 'conversation_not_found', 'conversation not found');
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      socket.end(`HTTP/1.1 ${status} ${status === 500 ? 'Internal Server Error' : 'Refused'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const watermark = url.searchParams.get('watermark');
    this.wss.handleUpgrade(req, socket, head, (ws) => this.serve(ws, conversationId, watermark && /^\d+$/.test(watermark) ? Number(watermark) : 0));
  }

  private serve(ws: WebSocket, conversationId: string, from: number): void {
    let watermark = from;
    let sending: Promise<void> = Promise.resolve();
    let again = false;
    let busy = false;
    const push = () => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      sending = sending.then(async () => {
        do {
          again = false;
          for (;;) {
            const batch = await this.store.since(conversationId, watermark);
            if (!batch.activities.length || ws.readyState !== ws.OPEN) break;
            watermark = Number(batch.watermark);
            ws.send(JSON.stringify(batch));
          }
        } while (again && ws.readyState === ws.OPEN);
      }).catch((error: Error) => {
        this.logger.warn({ err: { name: error.name, message: error.message } }, 'direct line stream could not read activities');
      }).finally(() => {
        busy = false;
      });
    };
    const set = this.listeners.get(conversationId) ?? new Set();
    set.add(push);
    this.listeners.set(conversationId, set);
    const open = this.sockets.get(conversationId) ?? new Set();
    open.add(ws);
    this.sockets.set(conversationId, open);
    const timer = setInterval(push, this.pollMs);
    timer.unref();
    // The client sends empty messages to keep the line open; nothing it sends is an activity.
    ws.on('message', () => undefined);
    ws.on('close', () => {
      clearInterval(timer);
      set.delete(push);
      if (!set.size) this.listeners.delete(conversationId);
      open.delete(ws);
      if (!open.size) this.sockets.delete(conversationId);
    });
    ws.on('error', () => ws.terminate());
    push();
  }
}
