import type { ExecutionArgs, GraphQLError, GraphQLFormattedError, GraphQLSchema } from "graphql";
import type { Logger } from "../logger.js";
import { type GatewayValidation, trustedQuery } from "../validation.js";
import type { DocumentRequest } from "../trusted-documents.js";
import type { BuildContext } from "./context.js";
import {
  type FormatError,
  createFormatError,
  formatGraphQLError,
  formatResult,
  formattedErrors,
} from "./errors.js";
import { type SubscribeResult, executeOperation, subscribeOperation } from "./execute.js";
import { type OperationRequest, type PreparedOperation, prepareOperation } from "./prepare.js";

export type { BuildContext, GatewayContext } from "./context.js";
export { contextBuilder } from "./context.js";
export type { FormatError } from "./errors.js";
export type { OperationRequest, PreparedOperation } from "./prepare.js";
export type { SubscribeResult } from "./execute.js";
export { prepareHttpOperation, preparedDocuments } from "./http.js";

/**
 * The one GraphQL pipeline of the gateway (as graphql-yoga's graphql-ws example: the WebSocket
 * server calls the same parse / validate / execute as HTTP). Each step is one function, called
 * by graphql-ws's hooks directly (`ws/server.ts`) and by Apollo through its hooks
 * (`documentStore`, `context`, `formatError`; `server.ts`), so a rule added to a step holds on
 * both transports:
 *
 * 1. `trustedQuery`: the query text a request runs (trusted documents);
 * 2. `prepare`: parse (size, tokens, cache), validate (limits, graphql-js's and the gateway's
 *    rules), resolve the operation, coerce the variables (`prepare.ts`);
 * 3. `buildContext`: the operation's context (`context.ts`);
 * 4. `execute` / `subscribe`: graphql-js's (`execute.ts`);
 * 5. `formatError`: `extensions.code` and `requestId` of every error (`errors.ts`).
 */
export interface GatewayPipeline {
  schema: GraphQLSchema;
  validation: GatewayValidation;
  trustedQuery(
    request: DocumentRequest,
  ): { query: string | undefined; byId: boolean } | { errors: GraphQLError[] };
  prepare(request: OperationRequest): { prepared: PreparedOperation } | { errors: GraphQLError[] };
  buildContext: BuildContext;
  execute(args: ExecutionArgs): ReturnType<typeof executeOperation>;
  subscribe(args: ExecutionArgs): Promise<SubscribeResult>;
  formatError: FormatError;
  /** One error through {@link formatError}, as a GraphQLError (graphql-ws sends those). */
  formatGraphQLError(error: GraphQLError): GraphQLError;
  /** A result with each error through {@link formatError}. */
  formatResult: <T extends Parameters<typeof formatResult>[1]>(result: T) => T;
  /** Refusal errors through {@link formatError}, as an HTTP body carries them. */
  formattedErrors(errors: readonly GraphQLError[]): GraphQLFormattedError[];
}

/** Builds the pipeline once, for both transports. */
export function createPipeline(opts: {
  schema: GraphQLSchema;
  validation: GatewayValidation;
  buildContext: BuildContext;
  logger: Logger;
}): GatewayPipeline {
  const { schema, validation } = opts;
  const formatError = createFormatError(opts.logger);
  return {
    schema,
    validation,
    trustedQuery: (request) => trustedQuery(validation, request),
    prepare: (request) => prepareOperation(validation, schema, request),
    buildContext: opts.buildContext,
    execute: executeOperation,
    subscribe: subscribeOperation,
    formatError,
    formatGraphQLError: (error) => formatGraphQLError(formatError, error),
    formatResult: (result) => formatResult(formatError, result),
    formattedErrors: (errors) => formattedErrors(formatError, errors),
  };
}
