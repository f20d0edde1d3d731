import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { type KorbillGateway, createServer } from "../src/server.js";
import { countLiveStarts } from "../src/testing/local-gateway.js";
import type { Sandbox, SandboxUrls } from "@korbill/sandbox";

/** A real gateway on an ephemeral port, with its logs captured. */
export interface TestGateway {
  gateway: KorbillGateway;
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  logs: string[];
  /** POSTs a GraphQL operation over HTTP with the given key. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string | null,
  ): Promise<{
    status: number;
    body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  }>;
  /** A graphql-ws client sending `key` in connectionParams. */
  ws(key?: string | null): Client;
  /**
   * Resolves once `count` more live-only subscriptions (no `after` cursor) than now have read
   * the log's head: from then on they receive every event appended. Call it before
   * subscribing; identical subscriptions of one key share one start (`shared-subscriptions`).
   */
  liveStarted(count?: number): Promise<void>;
  close(): Promise<void>;
}

/** Webhook credentials the tests configure on both sides. */
export const TEST_WEBHOOK_AUTH = { username: "korbill-test", password: "webhook-secret-for-tests" };

/** The environment that points a local-stage gateway at an already running sandbox. */
export function externalSandboxEnv(
  urls: SandboxUrls,
  webhook = TEST_WEBHOOK_AUTH,
): Record<string, string> {
  return {
    POPBILL_AUTH_URL: urls.authUrl,
    POPBILL_API_URL: urls.popbillUrl,
    IAMPORT_API_URL: urls.iamportUrl,
    POPBILL_WEBHOOK_USER: webhook.username,
    POPBILL_WEBHOOK_PASSWORD: webhook.password,
  };
}

/**
 * Starts the gateway (local stage by default: in-process sandbox, fresh SQLite file), or
 * against `options.sandbox` when given (then POPBiLL webhooks go to this gateway unless
 * `webhooks: false`).
 */
export async function startTestGateway(
  env: Record<string, string> = {},
  options: { sandbox?: Sandbox; webhooks?: boolean } = {},
): Promise<TestGateway> {
  const dataDir = mkdtempSync(join(tmpdir(), "korbill-gw-"));
  const external = options.sandbox?.urls ? externalSandboxEnv(options.sandbox.urls) : {};
  const config = loadConfig({
    KORBILL_STAGE: "local",
    KORBILL_DATA_DIR: dataDir,
    KORBILL_PORT: "0",
    KORBILL_SANDBOX_TIMING: "demo", // filing results within seconds
    ...external,
    ...env,
  });
  const logs: string[] = [];
  const gateway = await createServer(config, {
    logger: createLogger("debug", (line) => logs.push(line)),
  });
  const url = await gateway.listen(0, "127.0.0.1");
  if (options.sandbox && options.webhooks !== false) {
    options.sandbox.webhooks.configure({
      url: `${url}/webhooks/popbill`,
      basic: TEST_WEBHOOK_AUTH,
    });
  }
  const graphqlUrl = `${url}/graphql`;
  const wsUrl = graphqlUrl.replace(/^http/, "ws");
  const clients: Client[] = [];
  const starts = countLiveStarts(gateway);
  return {
    gateway,
    url,
    graphqlUrl,
    wsUrl,
    logs,
    async gql(query, variables, key) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (key) headers.authorization = `Bearer ${key}`;
      const res = await fetch(graphqlUrl, {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as never };
    },
    ws(key) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: key ? { authorization: `Bearer ${key}` } : {},
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    liveStarted: (count = 1) => starts.next(count),
    async close() {
      await Promise.all(clients.map((c) => c.dispose()));
      await gateway.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Collects `count` results of a subscription (or rejects on error / timeout). */
export function collect<T>(
  client: Client,
  query: string,
  count: number,
  variables: Record<string, unknown> = {},
  timeoutMs = 10_000,
): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const out: T[] = [];
    const timer = setTimeout(() => {
      dispose();
      reject(new Error(`timed out with ${out.length} of ${count} results`));
    }, timeoutMs);
    const dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          if (value.errors?.length) {
            clearTimeout(timer);
            dispose();
            reject(Object.assign(new Error(value.errors[0]!.message), { errors: value.errors }));
            return;
          }
          out.push(value.data as T);
          if (out.length === count) {
            clearTimeout(timer);
            dispose();
            resolve(out);
          }
        },
        error: (error) => {
          clearTimeout(timer);
          const code = (error as { code?: unknown } | null)?.code;
          reject(
            error instanceof Error
              ? error
              : Object.assign(new Error(`subscription failed (${String(code)})`), {
                  detail: error,
                  code,
                }),
          );
        },
        complete: () => {
          clearTimeout(timer);
          resolve(out);
        },
      },
    );
  });
}
