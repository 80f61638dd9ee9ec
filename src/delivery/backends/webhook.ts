// The `webhook` backend: POSTs the request as versioned JSON to WEBHOOK_URL, signed as Standard Webhooks describes.
import { Webhook } from 'standardwebhooks';
import { z } from 'zod';
import { ConfigError } from '../../config';
import { DeliveryError, type DeliveryJob, type RegisterOptions, type RegistrationBackend } from '../types';
import { webhookPayload } from './webhookPayload';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const options = z.object({
  url: z.url('WEBHOOK_URL: is required for the webhook backend').refine(
    (url) => new URL(url).protocol === 'https:' || (new URL(url).protocol === 'http:' && LOOPBACK.has(new URL(url).hostname)),
    'WEBHOOK_URL: must be https:// (plain http only on this machine)',
  ),
  secret: z.string({ error: 'WEBHOOK_SECRET: is required for the webhook backend' }).refine((secret) => {
    if (!secret.startsWith('whsec_')) return false;
    const key = secret.slice('whsec_'.length);
    return /^[A-Za-z0-9+/]+={0,2}$/.test(key) && Buffer.from(key, 'base64').length >= 24;
  }, 'WEBHOOK_SECRET: must be "whsec_" followed by at least 24 bytes in base64'),
  timeoutMs: z.number().int().positive(),
});

export interface WebhookSettings {
  url?: string;
  secret?: string;
  timeoutMs: number;
  publicUrl: string;
}

export class WebhookBackend implements RegistrationBackend {
  readonly id = 'webhook';
  private readonly signer: Webhook;
  private readonly url: string;
  private readonly timeoutMs: number;

  constructor(private readonly settings: WebhookSettings) {
    const parsed = options.safeParse({ url: settings.url, secret: settings.secret, timeoutMs: settings.timeoutMs });
    if (!parsed.success) throw new ConfigError('webhook_config', parsed.error.issues.map((i) => i.message).join('; '));
    this.url = parsed.data.url;
    this.timeoutMs = parsed.data.timeoutMs;
    this.signer = new Webhook(parsed.data.secret);
  }

  /** Any answer but 2xx, a time-out or a refused connection throws. The webhook-id stays the same on every retry. */
  async register(job: DeliveryJob, { now, signal }: RegisterOptions): Promise<void> {
    const body = JSON.stringify(webhookPayload(job, now, this.settings.publicUrl));
    const messageId = `request-${job.request.id}`;
    const timestamp = Math.floor(now.getTime() / 1000);
    const headers = {
      'Content-Type': 'application/json',
      'webhook-id': messageId,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': this.signer.sign(messageId, new Date(timestamp * 1000), body),
    };
    let response: Response;
    try {
      response = await fetch(this.url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.any([signal, AbortSignal.timeout(this.timeoutMs)]) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      throw new DeliveryError('webhook_unreachable', `webhook not reached (${cause})`);
    }
    await response.body?.cancel().catch(() => undefined);
    if (response.status < 200 || response.status > 299) {
      throw new DeliveryError('webhook_status', `webhook answered HTTP ${response.status}`);
    }
  }
}
