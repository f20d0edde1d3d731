import { type ReactNode, createContext, useContext, useEffect, useState } from "react";
import { type Endpoints, endpointsFor } from "./config.js";
import { type HttpClient, createHttpClient } from "./graphql/http.js";
import { type LiveClient, createLiveClient } from "./graphql/ws.js";

/** What every panel talks to the gateway with. */
export interface Api {
  apiKey: string;
  endpoints: Endpoints;
  http: HttpClient;
  /** One graphql-ws connection shared by the panels and the editor. */
  live: LiveClient;
}

const ApiContext = createContext<Api | null>(null);

/**
 * Provides clients for `apiKey`; a new key gets new clients and closes the old socket. The
 * clients are made in an effect (not a memo) so that the socket's owner is the effect that
 * disposes it, which also holds under React's StrictMode double mount.
 */
export function ApiProvider({ apiKey, children }: { apiKey: string; children: ReactNode }) {
  const [api, setApi] = useState<Api | null>(null);
  useEffect(() => {
    const endpoints = endpointsFor(window.location);
    const next: Api = {
      apiKey,
      endpoints,
      http: createHttpClient(endpoints.http, apiKey),
      live: createLiveClient(endpoints.ws, apiKey),
    };
    setApi(next);
    return () => void next.live.dispose();
  }, [apiKey]);
  if (!api) return null;
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The clients of the nearest {@link ApiProvider}. */
export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi needs an ApiProvider");
  return api;
}

/** idle: no socket needed yet; live: connected; connecting: (re)connecting. */
export type LiveStatus = "idle" | "connecting" | "live";

/** The shared socket's state, for the header's indicator. */
export function useLiveStatus(): LiveStatus {
  const { live } = useApi();
  const [status, setStatus] = useState<LiveStatus>("idle");
  useEffect(() => {
    const offs = [
      live.on("connecting", () => setStatus("connecting")),
      live.on("connected", () => setStatus("live")),
      live.on("closed", () => setStatus("idle")),
    ];
    return () => offs.forEach((off) => off());
  }, [live]);
  return status;
}
