// A Direct Line conversation driven by Microsoft's own client library (botframework-directlinejs), as Web Chat uses it.
import type { Activity } from 'botbuilder';
import { ConnectionStatus, DirectLine } from 'botframework-directlinejs';
import WebSocket from 'ws';

// directlinejs uses XMLHttpRequest (rxjs ajax); Node has none, so the xhr2 emulation stands in for the browser's.
(globalThis as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest ??= require('xhr2');

export interface DirectLineChat {
  userId: string;
  conversationId: string;
  token: string;
  /** Sends a message and waits until the bot has answered with a message ending in `until` (or any reply). */
  say(text: string, until?: (a: Partial<Activity>) => boolean): Promise<Partial<Activity>[]>;
  waitFor(predicate: (a: Partial<Activity>) => boolean): Promise<Partial<Activity>[]>;
  all(): Partial<Activity>[];
  /** WebSockets the library opened (0 in polling mode). */
  sockets(): number;
  end(): void;
}

export interface ConnectOptions {
  /** WebSocket streamUrl (the library's default) instead of polling. */
  webSocket?: boolean;
}

export async function connectDirectLine(
  baseUrl: string,
  existing?: { token: string; conversationId: string; userId: string },
  options: ConnectOptions = {},
): Promise<DirectLineChat> {
  const session = existing ?? ((await (await fetch(`${baseUrl}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string; userId: string });
  let sockets = 0;
  // directlinejs checks the global WebSocket before it uses its WebSocket option; Node 20 has none.
  if (options.webSocket) (globalThis as unknown as { WebSocket: unknown }).WebSocket ??= WebSocket;
  const CountingWebSocket = class extends WebSocket {
    constructor(url: string) {
      super(url);
      sockets += 1;
    }
  };
  const directLine = new DirectLine({
    token: session.token,
    conversationId: existing ? session.conversationId : undefined,
    domain: `${baseUrl}/v3/directline`,
    webSocket: options.webSocket ?? false,
    pollingInterval: 200,
    // Node 20 has no WebSocket: the ws package stands in for the browser's; in polling mode one that fails loudly if ever used.
    WebSocket: options.webSocket
      ? CountingWebSocket
      : class {
          constructor() {
            throw new Error('this test uses polling; no WebSocket expected');
          }
        },
  } as unknown as ConstructorParameters<typeof DirectLine>[0]);
  const received: Partial<Activity>[] = [];
  const waiters: Array<() => void> = [];
  directLine.activity$.subscribe({
    next: (activity) => {
      received.push(activity as Partial<Activity>);
      waiters.splice(0).forEach((wake) => wake());
    },
    // After end() the library reports "conversation ended" here; that is the expected close.
    error: () => undefined,
  });
  await new Promise<void>((resolve, reject) => {
    const subscription = directLine.connectionStatus$.subscribe((status) => {
      if (status === ConnectionStatus.Online) resolve();
      if (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken) reject(new Error(`status ${status}`));
    });
    void subscription;
  });

  const waitFor = (predicate: (a: Partial<Activity>) => boolean, from = 0) =>
    new Promise<Partial<Activity>[]>((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`no matching activity; got: ${received.slice(from).map((a) => a.text).join(' | ')}`)), 10_000);
      const check = () => {
        const fresh = received.slice(from);
        if (fresh.some(predicate)) {
          clearTimeout(timeout);
          resolve(fresh);
        } else waiters.push(check);
      };
      check();
    });

  return {
    ...session,
    all: () => [...received],
    sockets: () => sockets,
    waitFor: (predicate) => waitFor(predicate),
    async say(text, until) {
      const from = received.length;
      await new Promise<void>((resolve, reject) =>
        directLine.postActivity({ type: 'message', from: { id: session.userId }, text } as never).subscribe({ next: () => resolve(), error: reject }),
      );
      const isBotReply = (a: Partial<Activity>) => a.from?.role === 'bot' && (!until || until(a));
      const fresh = await waitFor(isBotReply, from);
      return fresh.filter((a) => a.from?.role === 'bot');
    },
    end: () => directLine.end(),
  };
}
