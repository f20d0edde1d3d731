import { redactText } from "@korbill/billing";
import type { Tenant } from "@korbill/core-tenancy";
import type { Logger } from "../logger.js";
import type { GatewayMetrics } from "./metrics.js";
import type { AccessFacts } from "./request-context.js";
import { ErrorCode } from "@korbill/error-codes";

/** The logger and metrics every instrumented boundary reports to. */
export interface Observability {
  logger: Logger;
  metrics: GatewayMetrics;
}

/** What one finished GraphQL operation reports. */
export interface OperationReport extends AccessFacts {
  transport: "http" | "ws";
  requestId: string;
  durationMs: number;
}

/**
 * One access line and the operation metrics for a finished GraphQL operation. Never the
 * variables or the document: they may hold receipt or card data.
 */
export function reportOperation(obs: Observability, r: OperationReport): void {
  const code = r.code ?? "OK";
  const type = r.operationType ?? "unknown";
  const operation = obs.metrics.operationLabel(r.operationName);
  obs.metrics.operations.inc({ operation, type, transport: r.transport, code });
  obs.metrics.operationSeconds.observe(
    { operation, type, transport: r.transport },
    r.durationMs / 1000,
  );
  obs.logger.info("graphql operation", {
    requestId: r.requestId,
    transport: r.transport,
    operationName: r.operationName ? redactText(r.operationName) : null,
    operationType: type,
    keyId: r.keyId ?? null,
    tenant: r.tenant ?? null,
    corpNum: r.corpNum ?? null,
    code,
    durationMs: Math.round(r.durationMs * 10) / 10,
  });
}

/** The tenant facts of an access line; corpNum is the operation's own or the key's default. */
export function tenantFacts(
  tenant: Tenant | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): Pick<AccessFacts, "keyId" | "tenant" | "corpNum"> {
  const asked = variables?.corpNum;
  return {
    keyId: tenant?.keyId,
    tenant: tenant?.name,
    corpNum: typeof asked === "string" && /^\d{10}$/.test(asked) ? asked : tenant?.corpNums[0],
  };
}

/** The code an access line reports for a reply's errors (formatted, with `extensions.code`). */
export function resultCode(
  errors: readonly { extensions?: Record<string, unknown> }[] | undefined,
): string {
  const code = errors?.[0]?.extensions?.code;
  if (!errors?.length) return "OK";
  return typeof code === "string" ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}
