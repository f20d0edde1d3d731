export {
  type RecordedCall,
  type ScriptedFetch,
  type Step,
  hang,
  jsonReply,
  scriptedFetch,
  zeroSleep,
} from "./fake-fetch.js";
export {
  CASHBILL_TOKEN,
  CREDENTIALS,
  T0,
  linkhubSetup,
  popbillSetup,
  tokenReply,
} from "./linkhub-fakes.js";
export { IMP, NOW_S, iamportSetup, ok, tokenEnvelope } from "./iamport-fakes.js";
