import {
  createHttpTransport,
  createLinkhubTokenProvider,
  createPopbillTransport,
  resolveEndpoints,
} from "@korbill/core-upstream";
import { type CashbillClient, createCashbillClient } from "@korbill/cashbill";

/** The sandbox's auth and POPBiLL URLs and the partner credentials. */
export interface DirectTarget {
  authUrl: string;
  popbillUrl: string;
  iamportUrl: string;
  linkId: string;
  secretKey: string;
}

/** What {@link createDirectClient} gives. */
export interface DirectClient {
  cashbill: CashbillClient;
  popbill: ReturnType<typeof createPopbillTransport>;
  close(): Promise<void>;
}

/**
 * korbill's own upstream client (core-upstream transport + cash-receipt client) straight at a
 * sandbox, no gateway: what the floor measurement submits and polls with.
 */
export function createDirectClient(target: DirectTarget): DirectClient {
  const endpoints = resolveEndpoints({
    stage: "local",
    overrides: {
      linkhubAuthUrl: target.authUrl,
      popbillApiUrl: target.popbillUrl,
      iamportApiUrl: target.iamportUrl,
    },
  });
  const transport = createHttpTransport({ userAgent: "korbill-bench" });
  const tokens = createLinkhubTokenProvider({
    transport,
    endpoints,
    linkId: target.linkId,
    secretKey: target.secretKey,
  });
  const popbill = createPopbillTransport({ transport, tokens, endpoints });
  return { cashbill: createCashbillClient({ popbill }), popbill, close: () => transport.close() };
}
