// The one module-level singleton: a pino JSON logger. Never log message text, names, phone numbers or e-mail addresses.
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'steunwijzer' },
      redact: { paths: ['text', '*.text', 'phone', '*.phone', 'email', '*.email', 'firstName', '*.firstName'], censor: '[redacted]' },
    },
    destination,
  );
}

/** The composition root sets its level from the configuration; the jest setup silences it. */
export const logger: Logger = createLogger('info');
