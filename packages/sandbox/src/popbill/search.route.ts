import { parseSearchQuery, searchCashbills } from "../cashbill/search.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { authorize } from "./auth.js";

/**
 * `GET /Cashbill/Search?DType&SDate&EDate[&State][&TradeType][&TradeUsage][&TradeOpt]
 * [&TaxationType][&QString][&FranchiseTaxRegID][&Order][&Page][&PerPage]`: CBSearchResult.
 */
export function handleSearch(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  const query = parseSearchQuery(request.query);
  return json(searchCashbills(request.env.state.cashbills, caller.member.corpNum, query));
}
