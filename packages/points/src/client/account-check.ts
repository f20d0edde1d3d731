import { InputError } from "@korbill/core-domain";
import type { WireAccountCheckInfo, WireDepositorCheckInfo, WireIdentityNumType } from "../wire.js";
import { type CallContext, as } from "./request.js";
import { ACCOUNT_CHECK_SCOPES } from "./services.js";

function refuse(path: string, message: string): never {
  throw new InputError(`${path} ${message}`, [{ path, message }]);
}

/** The SDK's own local checks (AccountCheckService.js:78-152), so a script cannot skip them. */
function checkAccount(bankCode: string, accountNumber: string): void {
  if (typeof bankCode !== "string" || !/^\d{4}$/.test(bankCode))
    refuse("bankCode", "must be 4 digits");
  if (typeof accountNumber !== "string" || accountNumber.trim() === "") {
    refuse("accountNumber", "is required");
  }
}

/**
 * 예금주조회 (AccountCheckService.js): both checks are body-less POSTs with the query in the
 * URL, sent once (each check costs points). Values are percent-encoded as the SDK does.
 */
export function accountCheckCalls(ctx: CallContext) {
  const { popbill } = ctx;
  return {
    /**
     * CheckAccountInfo (예금주 성명조회): the holder's name of an account
     * (`POST /EasyFin/AccountCheck?c={bankCode}&n={accountNumber}`).
     */
    async checkAccountInfo(
      corpNum: string,
      bankCode: string,
      accountNumber: string,
      userId?: string,
    ): Promise<WireAccountCheckInfo> {
      checkAccount(bankCode, accountNumber);
      return popbill.request<WireAccountCheckInfo>({
        ...as(corpNum, userId, ACCOUNT_CHECK_SCOPES),
        method: "POST",
        path: `/EasyFin/AccountCheck?c=${bankCode}&n=${encodeURIComponent(accountNumber)}`,
      });
    },

    /**
     * CheckDepositorInfo (예금주 실명조회): whether an account belongs to the person (`P`, birth
     * date yyMMdd) or business (`B`, BRN) given
     * (`POST /EasyFin/DepositorCheck?c=…&n=…&t={P|B}&p={identityNum}`).
     */
    async checkDepositorInfo(
      corpNum: string,
      bankCode: string,
      accountNumber: string,
      identityNumType: WireIdentityNumType,
      identityNum: string,
      userId?: string,
    ): Promise<WireDepositorCheckInfo> {
      checkAccount(bankCode, accountNumber);
      if (identityNumType !== "P" && identityNumType !== "B")
        refuse("identityNumType", "must be P or B");
      if (typeof identityNum !== "string" || !/^\d+$/.test(identityNum)) {
        refuse("identityNum", "must be digits only");
      }
      const query = [
        `c=${bankCode}`,
        `n=${encodeURIComponent(accountNumber)}`,
        `t=${encodeURIComponent(identityNumType)}`,
        `p=${encodeURIComponent(identityNum)}`,
      ].join("&");
      return popbill.request<WireDepositorCheckInfo>({
        ...as(corpNum, userId, ACCOUNT_CHECK_SCOPES),
        method: "POST",
        path: `/EasyFin/DepositorCheck?${query}`,
      });
    },
  };
}
