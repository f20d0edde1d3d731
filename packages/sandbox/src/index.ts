/**
 * @korbill/sandbox — a stateful local emulator of the upstream hosts korbill talks to,
 * speaking their real wire protocols. It imports nothing from other korbill packages.
 */
export { createSandbox, type Sandbox, type SandboxOptions } from "./sandbox.js";
export { type SandboxPorts, type SandboxUrls } from "./hosts.js";
export { SandboxClock, type SandboxClockOptions } from "./clock.js";
export { DEFAULT_SETTINGS, type SandboxEnv, type SandboxSettings } from "./env.js";
export { DEMO_MEMBERS, DEMO_PARTNER } from "./seeds.js";
export { remainPoint, SandboxState } from "./state/state.js";
export {
  type MemberRecord,
  type MemberSeed,
  type MemberUser,
  type PartnerRecord,
  type PartnerSeed,
} from "./state/types.js";
export { SERVICE_IDS, type ServiceId, type SessionToken } from "./state/tokens.js";
export { RequestLog, type RequestFilter, type RequestLogEntry } from "./http/request-log.js";
export { DROP_CONNECTION, type BeforeHook, type BeforeOutcome } from "./http/middleware.js";
export { SANDBOX_CODES, SandboxHttpError } from "./http/errors.js";
export { html, json, text, type SandboxReply } from "./http/reply.js";
export { type HostKind, type SandboxRequest } from "./http/request.js";
export { type HeaderBag } from "./http/headers.js";
export { verifyBearer } from "./linkhub/bearer.js";
export { LINKHUB_CODES } from "./linkhub/errors.js";
export { CONTROL_PREFIX } from "./control/routes.js";
