import type { Msg } from '../graphql/errors';

/**
 * The one catalog of gate messages, keyed by gate name, in both languages. Each domain declares
 * its own entries beside its machine (`<domain>.messages.ts`) and a gate takes its message from
 * here by its name (`gate()` in machine.ts), so a name means one thing everywhere and a client
 * that keys on `UserError.gate` always meets the same text for it.
 */
const catalog = new Map<string, Msg>();

/** Adds a domain's messages; a name declared twice, or a message missing a language, refuses to load. */
export function defineMessages<K extends string>(entries: Record<K, Msg>): Record<K, Msg> {
  for (const [name, message] of Object.entries(entries) as [K, Msg][]) {
    if (catalog.has(name)) throw new Error(`gate message ${name} is declared twice`);
    if (!message.zh?.trim() || !message.en?.trim()) throw new Error(`gate message ${name} needs both zh and en`);
    catalog.set(name, message);
  }
  return entries;
}

/** The message of a gate by its name. */
export function messageOf(name: string): Msg {
  const message = catalog.get(name);
  if (!message) throw new Error(`no message for gate ${name}: declare it with defineMessages`);
  return message;
}

/** Every declared name (for the catalog's own test). */
export function messageNames(): string[] {
  return [...catalog.keys()];
}
