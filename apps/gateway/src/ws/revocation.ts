import { GraphQLError } from "graphql";
import type { WebSocket } from "ws";
import type { ApiKeyStore, Tenant } from "@korbill/core-tenancy";
import { isDatabaseUnavailable } from "@korbill/core-events";
import type { Logger } from "../logger.js";
import { ErrorCode } from "@korbill/error-codes";

/** graphql-ws's Forbidden: what an unusable key's socket is closed with. */
export const REVOKED_CLOSE_CODE = 4403;
const REVOKED_REASON = "Forbidden: API key revoked";
/** Key ids per query: well under SQLite's and PostgreSQL's bound-parameter limits. */
const IDS_PER_QUERY = 500;
/** The shortest check interval accepted: below it the checks would be most of the work. */
const MIN_INTERVAL_MS = 100;

/** What the watch needs. */
export interface RevocationOptions {
  apiKeys: ApiKeyStore;
  /** How often the keys of open sockets are checked (`KORBILL_REVOCATION_CHECK_MS`). */
  intervalMs: number;
  logger: Logger;
}

/**
 * Ends what a revoked key opened. A key may be revoked by any process that shares the
 * database (the CLI, another instance), so the database is the source of truth: every
 * `intervalMs` one query asks which keys of this instance's open sockets (and recent HTTP
 * requests) are revoked, and their sockets are closed with 4403. The query names only those
 * keys (none: no query), so it costs nothing when idle and does not depend on clocks agreeing. Each new
 * operation re-checks its key by one primary-key read before it runs (`recheck`), so nothing
 * of a revoked key reaches upstream in the interval between two checks.
 */
export class RevocationWatch {
  private readonly sockets = new Map<string, Set<WebSocket>>();
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly opts: RevocationOptions) {
    this.intervalMs = Math.max(MIN_INTERVAL_MS, opts.intervalMs);
    this.schedule();
  }

  /** Remembers the socket of an authenticated connection until it closes. */
  track(tenant: Tenant | null | undefined, socket: WebSocket): void {
    // A socket that closed while its key was being checked would never emit `close` again.
    if (!tenant || socket.readyState === socket.CLOSED) return;
    const { keyId } = tenant;
    let open = this.sockets.get(keyId);
    if (!open) this.sockets.set(keyId, (open = new Set()));
    open.add(socket);
    socket.once("close", () => {
      open.delete(socket);
      if (open.size === 0 && this.sockets.get(keyId) === open) this.sockets.delete(keyId);
    });
  }

  /**
   * Re-checks a connection's key before a new operation (one primary-key read). When the
   * key is revoked, its sockets are closed with 4403 and the operation is answered with
   * `refused` instead of running. Otherwise `tenant` is the key as stored now, so limits set
   * by `korbill keys limit` apply to sockets opened before the change too.
   */
  async recheck(
    tenant: Tenant | null | undefined,
  ): Promise<{ refused: readonly GraphQLError[] } | { tenant: Tenant | null }> {
    if (!tenant) return { tenant: null };
    let current: Tenant | null;
    try {
      current = await this.opts.apiKeys.current(tenant.keyId);
    } catch (error) {
      // Fail closed, but as an error of this operation: a throw here would close the socket
      // with 4500, which clients take as fatal.
      this.opts.logger.warn("could not re-check an API key", { error: String(error) });
      return {
        refused: [
          new GraphQLError("the API key could not be checked right now; try again", {
            // A lost database connection says so, as everywhere else (the client retries).
            extensions: {
              code: isDatabaseUnavailable(error)
                ? ErrorCode.DATABASE_UNAVAILABLE
                : ErrorCode.INTERNAL_SERVER_ERROR,
            },
          }),
        ],
      };
    }
    if (current) return { tenant: current };
    this.end([tenant.keyId]);
    return {
      refused: [
        new GraphQLError("invalid or revoked korbill API key", {
          extensions: { code: ErrorCode.UNAUTHENTICATED },
        }),
      ],
    };
  }

  /** `recheck`'s refusal, or null when the operation may run. */
  async refusal(tenant: Tenant | null | undefined): Promise<readonly GraphQLError[] | null> {
    const checked = await this.recheck(tenant);
    return "refused" in checked ? checked.refused : null;
  }

  /**
   * One check of every key with an open socket or a cached HTTP authentication: the revoked
   * ones' sockets are closed and their cache entries dropped (HTTP then answers 401 at once,
   * instead of after the cache's lifetime).
   */
  async check(): Promise<void> {
    const ids = [...new Set([...this.sockets.keys(), ...this.opts.apiKeys.cachedKeyIds()])];
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
      this.end(await this.opts.apiKeys.revokedAmong(ids.slice(i, i + IDS_PER_QUERY)));
    }
  }

  /** Stops checking; resolves once a check under way has finished (before the database closes). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    // A chain of timeouts, not an interval: a slow check (a database under load) never
    // overlaps the next one.
    this.timer = setTimeout(() => {
      this.running = this.check()
        .catch((error: unknown) => {
          this.opts.logger.warn("revocation check failed; retrying", {
            error: error instanceof Error ? error.message : String(error),
          });
        })
        .finally(() => {
          this.running = undefined;
          this.schedule();
        });
    }, this.intervalMs);
    this.timer.unref();
  }

  private end(keyIds: readonly string[]): void {
    if (keyIds.length === 0) return;
    // This instance's HTTP path stops accepting the keys at once too (not after the cache TTL).
    this.opts.apiKeys.forget(keyIds);
    for (const keyId of keyIds) {
      const open = this.sockets.get(keyId);
      this.sockets.delete(keyId);
      for (const socket of open ?? []) socket.close(REVOKED_CLOSE_CODE, REVOKED_REASON);
      if (open?.size) {
        this.opts.logger.info("closed the sockets of a revoked API key", {
          keyId,
          sockets: open.size,
        });
      }
    }
  }
}
