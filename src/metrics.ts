// The one metrics registry (Prometheus): counters and histograms the app updates; never a personal value in a label.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  /** Turns by channel (msteams, directline-local, emulator …) and their latency. */
  turns: Counter<'channel'>;
  turnSeconds: Histogram<'channel'>;
  /** 1 while messages are understood in the worker thread, 0 in the main thread (configured so, or the worker was given up). */
  understandingInWorker: Gauge;
  /** Safety replies by level (acute, concern, check). */
  safetyReplies: Counter<'level'>;
  requestsFiled: Counter<'urgent'>;
  /** Deliveries by backend (email, webhook, teams …) and result (delivered, retry, failed). */
  deliveries: Counter<'backend' | 'result'>;
  outboxDepth: Gauge<'backend'>;
  /** Requests refused by a rate limit, by route group (token, conversation, activity, signin, status). */
  rateLimited: Counter<'route'>;
  databaseErrors: Counter<'operation'>;
}

/** A registry of its own per app, so two apps in one process (tests) do not share counts. */
export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'steunwijzer_' });
  const registers = [registry];
  return {
    registry,
    turns: new Counter({ name: 'steunwijzer_turns_total', help: 'Bot turns handled', labelNames: ['channel'], registers }),
    turnSeconds: new Histogram({
      name: 'steunwijzer_turn_duration_seconds', help: 'Time to handle one turn', labelNames: ['channel'], registers,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    }),
    understandingInWorker: new Gauge({ name: 'steunwijzer_understanding_in_worker', help: '1 while messages are understood in the worker thread', registers }),
    safetyReplies: new Counter({ name: 'steunwijzer_safety_replies_total', help: 'Safety replies sent', labelNames: ['level'], registers }),
    requestsFiled: new Counter({ name: 'steunwijzer_requests_filed_total', help: 'Requests filed to a WIJ team', labelNames: ['urgent'], registers }),
    deliveries: new Counter({ name: 'steunwijzer_deliveries_total', help: 'Delivery attempts by backend and result', labelNames: ['backend', 'result'], registers }),
    outboxDepth: new Gauge({ name: 'steunwijzer_outbox_depth', help: 'Deliveries waiting in the outbox', labelNames: ['backend'], registers }),
    rateLimited: new Counter({ name: 'steunwijzer_rate_limited_total', help: 'Requests refused by a rate limit', labelNames: ['route'], registers }),
    databaseErrors: new Counter({ name: 'steunwijzer_database_errors_total', help: 'Database operations that failed', labelNames: ['operation'], registers }),
  };
}
