import "reflect-metadata";
import { randomBytes, randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { type Server, createServer as createHttpServer } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError } from "graphql";
import { ApiKeyStore } from "@korbill/core-tenancy";
import { type KorbillDatabase, databaseConfigFromUrl, openDatabase } from "@korbill/core-events";
import type { GatewayConfig } from "./config.js";
import { AuthenticationFailure, authenticate } from "./http/auth.js";
import { type Logger, createLogger } from "./logger.js";
import { DEMO_KEYS, seedDemoKeys, startLocalSandbox } from "./local-stage.js";
import { buildGatewaySchema } from "./schema/build.js";
import { type Services, createServices } from "./services.js";
import {
  POPBILL_WEBHOOK_PATH,
  isPopbillWebhook,
  popbillWebhookListener,
} from "./http/popbill-webhook.js";
import { startWorkers } from "./workers.js";
import type { PopbillWebhookAuth } from "@korbill/cashbill";
import { iamportWebhookRoute } from "./http/iamport-webhook.js";
import { GATEWAY_MIGRATIONS } from "./migrations.js";
import { readiness } from "./http/health.js";
import { jsonErrors, jsonNotFound, playgroundNotBuilt } from "./http/errors.js";
import { apolloLogger } from "./apollo-logger.js";
import { jsonUpgradeErrors } from "./http/upgrade-errors.js";
import { gatewayValidation } from "./validation.js";
import { trustedDocumentsMiddleware } from "./http/trusted-documents.js";
import { attachWebSocketServer } from "./ws/server.js";
import type { SharedSubscriptionLimits } from "./ws/shared-subscriptions.js";
import { admitHttpOperation, rateLimitStatusPlugin, upstreamScope } from "./rate-limits/http.js";
import { prepareDataDir } from "./data-dir.js";
import { listenHttp } from "./http/listen.js";
import { subscriptionsOverWebSocketOnly } from "./http/subscriptions-over-http.js";
import { graphqlCors, refuseForeignUpgrades } from "./http/cors.js";
import { type GatewayMetrics, createObservability } from "./observability/index.js";
import { accessLogPlugin, httpAccess } from "./observability/http-access.js";
import { currentRequest } from "./observability/request-context.js";
import { pendingWork } from "./observability/domain.js";
import {
  IAMPORT_ROUTE,
  POPBILL_ROUTE,
  observedListener,
  observedRoute,
} from "./observability/webhook-access.js";
import { observedWorkers } from "./observability/workers.js";
import { ErrorCode } from "@korbill/error-codes";
import {
  type GatewayContext,
  contextBuilder,
  createPipeline,
  prepareHttpOperation,
  preparedDocuments,
} from "./pipeline/index.js";

export type { GatewayContext };

/** A gateway that is built but not yet listening. */
export interface KorbillGateway {
  config: GatewayConfig;
  httpServer: Server;
  database: KorbillDatabase;
  apiKeys: ApiKeyStore;
  services: Services;
  /** The in-process sandbox (local stage only). */
  sandbox?: Awaited<ReturnType<typeof startLocalSandbox>>;
  /** Starts listening; resolves to the base URL (`http://host:port`). */
  listen(port?: number, host?: string): Promise<string>;
  /** Drains HTTP and WebSocket traffic, then closes the database and the upstream pools. */
  close(): Promise<void>;
  /** The gateway's Prometheus metrics. */
  metrics: GatewayMetrics;
  /** Where the separate metrics listener serves, once listening (`KORBILL_METRICS_PORT`). */
  metricsUrl?: string;
}

/** Options beyond the configuration, for tests and embedding. */
export interface CreateServerOptions {
  logger?: Logger;
  metrics?: GatewayMetrics;
  /** When a shared subscriber is too slow (defaults: `shared-subscriptions.ts`). */
  sharedSubscriptions?: SharedSubscriptionLimits;
}

/**
 * Builds the whole gateway (Apollo Server 5 on express 5, graphql-ws on the same port and
 * `/graphql` path, health endpoint) without listening, so tests can drive it on port 0.
 */
export async function createServer(
  config: GatewayConfig,
  options: CreateServerOptions = {},
): Promise<KorbillGateway> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const obs = createObservability(config, logger, options.metrics);
  if (!config.databaseUrl) prepareDataDir(config.dataDir); // the SQLite default lives there
  const sandbox = config.stage === "local" ? await startLocalSandbox(config, logger) : undefined;
  const database = await openDatabase(
    databaseConfigFromUrl(config.databaseUrl, {
      dataDir: config.dataDir,
      stage: config.stage,
      schema: config.databaseSchema,
    }),
    GATEWAY_MIGRATIONS,
    { onConnectionError: (e) => logger.warn("database connection lost", { error: e.message }) },
  ).catch(async (error: unknown) => {
    await sandbox?.sandbox?.stop(); // an unreachable database must not leave the sandbox up
    throw error;
  });
  const apiKeys = new ApiKeyStore(database.db, config.stage);
  if (sandbox) await seedDemoKeys(apiKeys);
  const services = createServices(config, sandbox, database, logger, obs);
  const schema = await buildGatewaySchema();

  const app = express();
  app.disable("x-powered-by");
  // No ETag on dynamic replies: GraphQL answers POSTs, which no cache revalidates, and hashing
  // every body cost as much as parsing it. Static playground files keep theirs (serve-static).
  app.set("etag", false);
  // POPBiLL's webhooks (one per receipt of a bulk) skip express; everything else goes to it.
  const webhookAuth = popbillWebhookAuth(config);
  const popbillWebhook = observedListener(
    obs,
    POPBILL_ROUTE,
    popbillWebhookListener({
      auth: webhookAuth,
      store: services.cashbillStore,
      bulk: services.bulk,
      logger,
    }),
  );
  const httpServer = createHttpServer((req, res) => {
    if (isPopbillWebhook(req)) popbillWebhook(req, res);
    else app(req, res);
  });
  // One set of document limits and rules, one pipeline, for both transports.
  const validation = gatewayValidation({
    ...config.limits,
    introspection: config.introspection,
    trustedDocuments: config.trustedDocuments,
  });
  const buildContext = contextBuilder(config.stage, services);
  const pipeline = createPipeline({ schema, validation, buildContext, logger });
  const ws = attachWebSocketServer({
    httpServer,
    apiKeys,
    limits: config.limits,
    pipeline,
    logger,
    revocationCheckMs: config.revocationCheckMs,
    admit: (tenant) => services.rateLimits.tenants.admitOperation(tenant),
    observability: obs,
    sharedSubscriptions: options.sharedSubscriptions,
  });
  obs.watch({
    webSockets: () => ws.wss.clients.size,
    liveSubscriptions: () => ws.access.liveSubscriptions,
    pendingWork: () => pendingWork(database.db, config.stage),
  });
  jsonUpgradeErrors(ws.wss);
  refuseForeignUpgrades(ws.wss, config.corsOrigins);
  const apollo = new ApolloServer<GatewayContext>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    logger: apolloLogger(logger),
    // main.ts drains on SIGINT/SIGTERM itself (workers, sockets, then the database). Apollo's
    // own handler stopped Apollo and re-raised the signal, which killed the process before
    // that drain finished: the database was never closed.
    stopOnTerminationSignals: false,
    formatError: pipeline.formatError,
    // Documents come prepared by the pipeline (`prepareHttpOperation`); Apollo's own parse and
    // validation, with the same token limit and rules, only see anything that did not pass it.
    documentStore: preparedDocuments(),
    parseOptions: validation.parseOptions,
    validationRules: validation.rules(),
    // Every document passes the limits middleware first; a hash-only persisted query would not.
    persistedQueries: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      rateLimitStatusPlugin(),
      accessLogPlugin(),
      subscriptionsOverWebSocketOnly(logger, config.publicUrl),
      {
        async serverWillStart() {
          return { drainServer: () => ws.dispose() };
        },
      },
    ],
  });
  await apollo.start();

  app.post(
    "/webhooks/iamport",
    ...iamportWebhookRoute({ webhooks: services.billingWebhooks, logger }, [
      observedRoute(obs, IAMPORT_ROUTE),
    ]),
  );
  obs.mount(app);
  let workers: ReturnType<typeof startWorkers> | undefined;
  app.get("/healthz", (_req, res) => {
    res.json({
      status: "ok",
      stage: config.stage,
      workers: workers?.status ?? {},
    });
  });
  const ready = readiness({ database, migrations: GATEWAY_MIGRATIONS, bus: services.events.bus });
  app.get("/readyz", ready.handler);
  app.use("/graphql", graphqlCors(config.corsOrigins));
  app.use(
    "/graphql",
    httpAccess(obs),
    express.json({ limit: config.limits.maxBodyBytes }),
    trustedDocumentsMiddleware(validation),
    prepareHttpOperation(pipeline),
    upstreamScope(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          const tenant = await authenticate(apiKeys, req.headers.authorization);
          await admitHttpOperation(services.rateLimits.tenants, tenant, res);
          // The id of the request (x-request-id, access line, errors), as over WebSocket.
          return pipeline.buildContext(tenant, currentRequest()?.requestId ?? randomUUID());
        } catch (error) {
          if (!(error instanceof AuthenticationFailure)) throw error;
          throw new GraphQLError(error.message, {
            extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
          });
        }
      },
    }),
  );

  if (config.stage === "local") {
    // The playground page (built by `vite build` in apps/playground), local stage only. Found
    // by path, not as a package dependency: the playground's tests depend on the gateway.
    const playgroundDir =
      process.env.KORBILL_PLAYGROUND_DIR ??
      fileURLToPath(new URL("../../playground/dist", import.meta.url));
    app.use(express.static(playgroundDir));
    app.get("/", playgroundNotBuilt(logger, playgroundDir));
  }
  // Last: JSON for unknown paths and for every error (never express's HTML page with a stack).
  app.use(jsonNotFound(logger), jsonErrors(logger));

  let closed = false;
  let metricsUrl: string | undefined;
  return {
    config,
    httpServer,
    database,
    apiKeys,
    services,
    sandbox,
    metrics: obs.metrics,
    get metricsUrl() {
      return metricsUrl;
    },
    listen: async (port = config.port, host = config.host) => {
      const url = await listenHttp(httpServer, port, host);
      metricsUrl = await obs.listen();
      if (sandbox?.sandbox && config.popbillWebhook.selfRegister) {
        sandbox.sandbox.webhooks.configure({
          url: `${url}${POPBILL_WEBHOOK_PATH}`,
          basic: webhookAuth.basic,
          apiKey: webhookAuth.apiKey,
        });
        sandbox.sandbox.iamport.webhooks.configure({
          url: `${url}/webhooks/iamport`,
          mode: "json",
        });
      }
      workers = startWorkers({
        claims: services.claims,
        tickMs: config.bulk.tickMs,
        logger,
        specs: observedWorkers(services.workerSpecs, obs),
      });
      return url;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      ready.drain();
      await workers?.stop();
      services.bulk.stop();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      await services.close();
      await database.close();
      await obs.close();
      await sandbox?.sandbox?.stop();
    },
  };
}

export { DEMO_KEYS };

/**
 * Credentials POPBiLL webhooks must carry. Configured ones win; the local stage makes up a
 * random pair for its own sandbox; otherwise none, and the route refuses every delivery.
 */
function popbillWebhookAuth(config: GatewayConfig): PopbillWebhookAuth {
  const { username, password, apiKey } = config.popbillWebhook;
  const auth: PopbillWebhookAuth = {};
  if (username && password) auth.basic = { username, password };
  if (apiKey) auth.apiKey = apiKey;
  if (!auth.basic && !auth.apiKey && config.stage === "local") {
    auth.basic = { username: "korbill-local", password: randomBytes(18).toString("base64url") };
  }
  return auth;
}
