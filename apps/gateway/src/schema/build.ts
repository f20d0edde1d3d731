import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "@korbill/core-auth/graphql";
import { pointsResolvers } from "@korbill/points/graphql";
import { ViewerResolver } from "./viewer.resolver.js";

/** Every resolver class of the gateway, from each domain package's `./graphql` entry. */
export const resolvers = [ViewerResolver, ...pointsResolvers] as const;

/** Builds the executable schema (type-graphql, one auth checker). */
export function buildGatewaySchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers] as unknown as [Function, ...Function[]], // eslint-disable-line @typescript-eslint/no-unsafe-function-type
    authChecker,
    authMode: "error",
    validate: false,
  });
}

/** The schema as checked in at `apps/gateway/schema.graphql` (sorted, so diffs stay small). */
export async function printGatewaySchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildGatewaySchema())) + "\n";
}
