import { type ReactNode, createContext, useContext, useEffect, useState } from "react";
import { type Endpoints, endpointsFor } from "./config.js";
import { type PlaygroundClient, createPlaygroundClient } from "./graphql/korbill.js";

/** What every panel talks to the gateway with. */
export interface Api {
  apiKey: string;
  endpoints: Endpoints;
  /** @korbill/client for the key: HTTP, and one graphql-ws connection shared by the panels. */
  korbill: PlaygroundClient;
}

const ApiContext = createContext<Api | null>(null);

/**
 * Provides a client for `apiKey`; a new key gets a new client and closes the old socket. The
 * client is made in an effect (not a memo) so that the socket's owner is the effect that
 * closes it, which also holds under React's StrictMode double mount.
 */
export function ApiProvider({ apiKey, children }: { apiKey: string; children: ReactNode }) {
  const [api, setApi] = useState<Api | null>(null);
  useEffect(() => {
    const endpoints = endpointsFor(window.location);
    const next: Api = {
      apiKey,
      endpoints,
      korbill: createPlaygroundClient(endpoints.http, apiKey),
    };
    setApi(next);
    return () => void next.korbill.close();
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
  const { korbill } = useApi();
  const [status, setStatus] = useState<LiveStatus>("idle");
  useEffect(
    () =>
      korbill.onConnectionChange((state) =>
        setStatus(state === "connected" ? "live" : state === "connecting" ? "connecting" : "idle"),
      ),
    [korbill],
  );
  return status;
}
