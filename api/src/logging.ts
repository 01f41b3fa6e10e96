import { pino, type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger } from 'pino';

/**
 * JSON lines on stdout, one object per event. Headers and variables are never logged; the
 * redaction is a second line of defence should an `authorization` or a key slip into an object.
 */
export function createLogger(level: LogLevel = 'info', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'faire-collectif' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: ['authorization', '*.authorization', '*.headers', 'apiKey', '*.apiKey'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that drops everything (tests, and library use without a logger). */
export const silentLogger: Logger = pino({ level: 'silent' });
