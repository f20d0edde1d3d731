import { createSocketClient } from "@korbill/client";
import type { Client } from "graphql-ws";

/**
 * The editor's own graphql-ws connection, opened with the editor's Headers as
 * `connectionParams` (so a subscription runs as the key in Headers, exactly as a query does,
 * not as the top bar's). New headers close it and open another; subscriptions running on the
 * old one are told to subscribe again on the new one.
 */
export class EditorSocket {
  #client: Client | undefined;
  #headers = "";
  readonly #listeners = new Set<() => void>();

  constructor(
    readonly url: string,
    /** For tests: how a socket is made (default: @korbill/client's, reconnecting for ever). */
    private readonly connect = (headers: Record<string, unknown>): Client =>
      createSocketClient({ url, connectionParams: headers }),
  ) {}

  /** The connection for these headers; different headers than last time reconnect. */
  clientFor(headers: Record<string, unknown>): Client {
    const key = JSON.stringify(headers);
    if (this.#client && key === this.#headers) return this.#client;
    const old = this.#client;
    this.#headers = key;
    this.#client = this.connect(headers);
    if (old) {
      for (const listener of [...this.#listeners]) listener();
      void old.dispose();
    }
    return this.#client;
  }

  /** The current connection, if any operation or header edit made one. */
  get client(): Client | undefined {
    return this.#client;
  }

  /** Headers were edited: reconnect with them if a connection is in use (else nothing yet). */
  update(headers: Record<string, unknown>): void {
    if (this.#client) this.clientFor(headers);
  }

  /** Called after the headers changed and a new connection replaced the old one. */
  onReconnect(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  async dispose(): Promise<void> {
    this.#listeners.clear();
    await this.#client?.dispose();
    this.#client = undefined;
  }
}
