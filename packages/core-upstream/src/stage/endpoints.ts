/** Where korbill runs: the in-process sandbox, POPBiLL's test service, or production. */
export type Stage = "local" | "test" | "production";

/** Which Linkhub host family to use (popbill.md §1.1): default, static-IP or GA. */
export type HostVariant = "default" | "static" | "ga";

/** The POPBiLL ServiceID of a stage. */
export type PopbillServiceId = "POPBILL" | "POPBILL_TEST";

/** Base URLs that replace the computed ones; `http://host:port` is allowed. */
export interface EndpointOverrides {
  linkhubAuthUrl?: string;
  popbillApiUrl?: string;
  iamportApiUrl?: string;
}

/** Everything a client needs to know about where a stage's upstreams live. */
export interface UpstreamEndpoints {
  stage: Stage;
  serviceId: PopbillServiceId;
  /** Linkhub auth host base URL, no trailing slash. */
  linkhubAuthUrl: string;
  /** POPBiLL API host base URL, no trailing slash. */
  popbillApiUrl: string;
  /** i'mport API base URL, no trailing slash. */
  iamportApiUrl: string;
}

/** Input of {@link resolveEndpoints}. */
export interface ResolveEndpointsOptions {
  stage: Stage;
  hostVariant?: HostVariant;
  overrides?: EndpointOverrides;
}

const OVERRIDE_KEYS = ["linkhubAuthUrl", "popbillApiUrl", "iamportApiUrl"] as const;

/**
 * Maps the SDKs' two flags to one variant: GA wins over static, which wins over default
 * (popbill.md §1.1).
 */
export function hostVariantFromFlags(flags: {
  useStaticIp?: boolean;
  useGaIp?: boolean;
}): HostVariant {
  if (flags.useGaIp === true) return "ga";
  if (flags.useStaticIp === true) return "static";
  return "default";
}

/**
 * Computes the upstream base URLs of a stage. `local` points at the in-process sandbox,
 * so every URL must be given as an override; `test` and `production` use the real hosts,
 * which overrides may still replace.
 */
export function resolveEndpoints(options: ResolveEndpointsOptions): UpstreamEndpoints {
  const { stage, hostVariant = "default", overrides = {} } = options;
  if (stage === "local") requireAllOverrides(overrides);
  const prefix = hostVariant === "default" ? "" : `${hostVariant}-`;
  const apiHost = stage === "production" ? "popbill.linkhub.co.kr" : "popbill-test.linkhub.co.kr";
  // [INF] i'mport has only a static-IP variant (iamport.md §1); the GA choice keeps its default host.
  const iamportHost = hostVariant === "static" ? "static-api.iamport.kr" : "api.iamport.kr";
  return {
    stage,
    // Local uses POPBILL_TEST: the sandbox stands in for the test service.
    serviceId: stage === "production" ? "POPBILL" : "POPBILL_TEST",
    linkhubAuthUrl: pick(overrides.linkhubAuthUrl, `https://${prefix}auth.linkhub.co.kr`),
    popbillApiUrl: pick(overrides.popbillApiUrl, `https://${prefix}${apiHost}`),
    iamportApiUrl: pick(overrides.iamportApiUrl, `https://${iamportHost}`),
  };
}

function requireAllOverrides(overrides: EndpointOverrides): void {
  const missing = OVERRIDE_KEYS.filter(
    (key) => overrides[key] === undefined || overrides[key] === "",
  );
  if (missing.length > 0) {
    throw new Error(
      `Stage "local" talks to the in-process sandbox and needs explicit URLs; missing overrides: ${missing.join(", ")}`,
    );
  }
}

function pick(override: string | undefined, fallback: string): string {
  if (override === undefined || override === "") return fallback;
  return normaliseBaseUrl(override);
}

function normaliseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`Endpoint override is not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`Endpoint override must be http(s): ${JSON.stringify(raw)}`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new Error(`Endpoint override must not carry a query or fragment: ${JSON.stringify(raw)}`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}
