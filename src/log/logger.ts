import pino, { type DestinationStream, type Logger } from 'pino';
import pinoPretty from 'pino-pretty';
import type { LogConfig } from '../config';

export type { Logger } from 'pino';

/**
 * The service's logger: JSON lines on stdout (or `destination`), with the level as a word and the
 * time in ISO 8601, so that a log shipper and a person reading `journalctl` both make sense of
 * them. Pretty lines when `LOG_PRETTY` asks for them, or by default on a terminal outside
 * production. Writes are synchronous: a line written just before `process.exit` is not lost.
 */
export function createLogger(config: LogConfig, options: { production?: boolean; destination?: DestinationStream } = {}): Logger {
  const pretty = config.pretty ?? (!options.production && !options.destination && process.stdout.isTTY === true);
  if (pretty) {
    const stream = pinoPretty({ sync: true, colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true });
    return pino({ level: config.level }, stream);
  }
  return pino(
    {
      level: config.level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** A logger that writes nothing (tests, and callers that have no logger to give). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
