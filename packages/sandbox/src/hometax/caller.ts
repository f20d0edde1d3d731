import { type SandboxRequest } from "../http/request.js";
import { authorize, type PopbillCaller } from "../popbill/auth.js";
import { HOMETAX_SCOPES, type HometaxService, type MemberIdentity } from "./types.js";

/**
 * Authenticates a HomeTax-crawl call like every POPBiLL API call (`verifyBearer` through the
 * host's `authorize`): a member token of the configured ServiceID with scopes `member` and
 * the service's code (141 cash receipts, 111 tax invoices), else 401/403 `-1000003x`.
 */
export function hometaxCaller(request: SandboxRequest, service: HometaxService): PopbillCaller {
  return authorize(request, ["member", HOMETAX_SCOPES[service]]);
}

/** The member's identity for its own side of crawled documents. */
export function identityOf(caller: PopbillCaller): MemberIdentity {
  const { corpNum, corpName, ceoName } = caller.member;
  return { corpNum, corpName, ceoName };
}
