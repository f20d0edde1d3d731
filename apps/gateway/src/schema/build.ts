import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { type PubSub, buildSchema } from "type-graphql";
import { authChecker } from "@korbill/core-tenancy/graphql";
import { pointsResolvers } from "@korbill/points/graphql";
import { cashbillResolvers } from "@korbill/cashbill/graphql";
import { billingResolvers } from "@korbill/billing/graphql";
import { hometaxResolvers } from "@korbill/hometax/graphql";
import { ViewerResolver } from "./viewer.resolver.js";
import { SandboxClockResolver } from "../sandbox-clock/resolver.js";

const noTopicPubSub: PubSub = {
  publish() {
    throw new Error("topic-based subscriptions are not used: publish through the event log");
  },
  subscribe() {
    throw new Error("topic-based subscriptions are not used: subscribe through replayThenLive");
  },
};

/** Every resolver class of the gateway, from each domain package's `./graphql` entry. */
export const resolvers = [
  ViewerResolver,
  ...pointsResolvers,
  ...cashbillResolvers,
  ...billingResolvers,
  ...hometaxResolvers,
  SandboxClockResolver,
] as const;

/** Builds the executable schema (type-graphql, one auth checker). */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  return buildTypeGraphqlSchema();
}

/** The schema exactly as type-graphql builds it (every resolver wrapped). */
export function buildTypeGraphqlSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers] as unknown as [Function, ...Function[]], // eslint-disable-line @typescript-eslint/no-unsafe-function-type
    authChecker,
    authMode: "error",
    validate: false,
    // Every subscription supplies its own `subscribe` (replay-then-live over the event log);
    // type-graphql still insists on a pub/sub instance for topic-based ones, of which there are none.
    pubSub: noTopicPubSub,
  });
}

/** The schema as checked in at `apps/gateway/schema.graphql` (sorted, so diffs stay small). */
export async function printGatewaySchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildGatewaySchema())) + "\n";
}
