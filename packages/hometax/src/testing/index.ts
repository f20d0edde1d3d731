/**
 * `@korbill/hometax/testing`: a routed POPBiLL transport and the upstream refusals the HomeTax
 * flows must handle, for tests that must not reach the network.
 */
export {
  AUTH_INFO_MISSING,
  type FakeRoute,
  LOGIN_FAILED,
  fakePopbill,
  forbiddenPopbill,
  popbillRefusal,
  scripted,
} from "./fake-popbill.js";
