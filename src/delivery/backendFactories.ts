// Every registration backend that REGISTRATION_BACKENDS can turn on, built from the configuration and the app's services.
import type { DeliveryConfig } from '../config';
import type { Logger } from '../logger';
import { DemoBackend } from './backends/demo';
import { FailingBackend } from './backends/failing';
import { WebhookBackend } from './backends/webhook';
import type { BackendFactory } from './types';

export interface BackendContext {
  config: DeliveryConfig;
  publicUrl: string;
  logger: Logger;
}

export function backendFactories(context: BackendContext): Record<string, BackendFactory> {
  return {
    demo: () => new DemoBackend(context.logger),
    failing: () => new FailingBackend(),
    webhook: () => new WebhookBackend({ ...context.config.webhook, publicUrl: context.publicUrl }),
  };
}
