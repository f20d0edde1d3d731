import { type RouteHandler } from "../http/router.js";
import { parseBody } from "./body.js";
import { inEnvelope } from "./call.js";
import { textField } from "./fields.js";
import { toSeconds } from "./ids.js";
import { envelope, IamportError } from "./reply.js";
import { type IamportState } from "./state.js";

/**
 * `POST /users/getToken` (iamport.md §2.1-§2.2): the merchant's live token per the
 * reuse rules; 401 for wrong credentials, 400 when a field is missing.
 */
export function handleGetToken(state: IamportState): RouteHandler {
  return inEnvelope((request) => {
    const body = parseBody(request);
    const impKey = textField(body, "imp_key");
    const impSecret = textField(body, "imp_secret");
    if (impKey === undefined || impSecret === undefined)
      throw new IamportError(400, -1, "imp_key, imp_secret 파라메터가 누락되었습니다.");
    if (state.merchant(impKey)?.impSecret !== impSecret)
      throw new IamportError(401, -1, "인증에 실패하였습니다. API키와 secret을 확인하세요.");
    return envelope(state.tokens.issue(impKey, toSeconds(state.clock.nowMs())));
  });
}
