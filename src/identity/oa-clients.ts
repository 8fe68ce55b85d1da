import type { Msg } from '../graphql/errors';

/**
 * OA systems allowed to call for a user (RFC 8693 `act` claim): client ID → the agency codes it
 * may act for, or null for any agency.
 */
export type OaClients = ReadonlyMap<string, readonly string[] | null>;

/** A client ID as the identity platform issues it, e.g. `oa-municipal`. */
export const CLIENT_ID = /^[A-Za-z0-9][\w.-]{0,99}$/;
/** An agency's stable code (`Agency.code`), e.g. `GAJ`, `TAIHE-GOV`. */
const AGENCY_CODE = /^[A-Z0-9][A-Z0-9-]{0,39}$/;

/**
 * Parses `OA_CLIENTS`: a comma-separated list of client IDs, each optionally followed by `:` and
 * the `|`-separated codes of the agencies it may act for, e.g.
 * `oa-municipal,oa-taihe:TAIHE-GOV|TAIHE-DEPT`. A client without a list may act for users of any
 * agency. A malformed entry stops the service at start-up.
 */
export function parseOaClients(spec: string): OaClients {
  const clients = new Map<string, readonly string[] | null>();
  for (const entry of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [id, agencies, ...rest] = entry.split(':').map((s) => s.trim());
    if (!CLIENT_ID.test(id) || rest.length) {
      throw new Error(`OA_CLIENTS: "${entry}" is not a client ID (letters, digits, . _ -), optionally followed by :AGENCY|AGENCY`);
    }
    if (clients.has(id)) throw new Error(`OA_CLIENTS: client "${id}" is listed twice`);
    if (agencies === undefined) {
      clients.set(id, null);
      continue;
    }
    const codes = agencies.split('|').map((s) => s.trim());
    const bad = codes.find((c) => !AGENCY_CODE.test(c));
    if (bad !== undefined) throw new Error(`OA_CLIENTS: "${bad}" (client "${id}") is not an agency code such as GAJ or TAIHE-GOV`);
    clients.set(id, codes);
  }
  return clients;
}

/**
 * Why `clientId` may not act for a user of `agencyCode`, or undefined when it may. The reasons are
 * shown to the caller (the OA system's integrators need them); they name nothing the caller did
 * not send.
 */
export function oaClientRefusal(clients: OaClients, clientId: string, agencyCode: string): Msg | undefined {
  if (!clients.has(clientId)) return { zh: '未登记的 OA 系统', en: 'unknown OA client' };
  const agencies = clients.get(clientId);
  if (agencies && !agencies.includes(agencyCode)) return { zh: '该 OA 系统不能代表此用户所在单位', en: "the OA client may not act for this user's agency" };
  return undefined;
}
