export {
  type UpstreamBudget,
  type UpstreamScope,
  budgetedTransport,
  currentUpstreamTenant,
  runInUpstreamScope,
  withTenantUpstream,
} from "./tenant/upstream-scope.js";
export { apiKeyMigrations } from "./api-keys/migrations.js";
export { type ApiKeyRecord, ApiKeyStore, type NewApiKey } from "./api-keys/store.js";
export { generateApiKey, hashApiKey } from "./api-keys/key-format.js";
export {
  CORP_NUM_PATTERN,
  CorpNumError,
  type KeyLimits,
  type Tenant,
  type TenantKind,
  resolveCorpNum,
} from "./tenant/tenant.js";
