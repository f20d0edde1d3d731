import "reflect-metadata";
import type { Tenant } from "@korbill/core-tenancy";
import { authChecker } from "@korbill/core-tenancy/graphql";
import type { EventLog } from "@korbill/core-events";
import { type ExecutionResult, graphql } from "graphql";
import { type PubSub, buildSchema } from "type-graphql";
import { CORP_NUM, fakeClient } from "./fake-popbill.js";
import type { BalanceWatch } from "../service/balance-watch.js";
import type { PointsContext } from "../graphql/context.js";
import { pointsResolvers } from "../graphql/index.js";

const noTopicPubSub: PubSub = {
  publish: () => {
    throw new Error("not used");
  },
  subscribe: () => {
    throw new Error("not used");
  },
};

/** The package's resolvers with the gateway's one auth checker, built like the gateway does. */
export const schema = await buildSchema({
  resolvers: [...pointsResolvers],
  authChecker,
  authMode: "error",
  validate: false,
  pubSub: noTopicPubSub,
});

/** A member key bound to {@link CORP_NUM}, or a partner key without a default member. */
export function tenant(kind: "member" | "partner"): Tenant {
  return {
    keyId: `key_${kind}`,
    kind,
    name: kind,
    stage: "test",
    corpNums: kind === "member" ? [CORP_NUM] : [],
    userId: kind === "member" ? "testkorea" : null,
  };
}

/** Runs `source` as `kind` against scripted upstream replies; returns the result and the calls. */
export async function run(
  kind: "member" | "partner",
  source: string,
  replies: unknown[] = [],
  variableValues?: Record<string, unknown>,
) {
  const { client, calls } = fakeClient(...replies);
  const observed: [string, number][] = [];
  const pointsWatch = {
    observe: async (corpNum: string, balance: number) => void observed.push([corpNum, balance]),
    threshold: async () => 0,
    setThreshold: async (_c: string, threshold: number) => threshold,
  } as unknown as BalanceWatch;
  const contextValue: PointsContext = {
    tenant: tenant(kind),
    stage: "test",
    requestId: "req-test",
    events: {} as EventLog,
    points: client,
    pointsWatch,
  };
  const result: ExecutionResult = await graphql({ schema, source, contextValue, variableValues });
  return { result, calls, observed };
}

/** The domain code of the first error (the gateway maps it to `extensions.code`). */
export function firstCode(result: ExecutionResult): string | undefined {
  const original = result.errors?.[0]?.originalError as { code?: string } | undefined;
  return original?.code;
}
