/**
 * `@korbill/points/testing`: a scripted POPBiLL transport (token and token-less calls recorded)
 * and a points client wired to it, for tests that must not reach the network.
 */
export { CORP_NUM, LINK_ID, NOW, type Recorded, fakeClient, fakePopbill } from "./fake-popbill.js";
