import http from "node:http";
import https from "node:https";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { DEMO_MEMBERS, DEMO_PARTNER } from "../seeds.js";
import { type Standalone, startStandalone } from "./standalone.test-helpers.js";

/** The demo member every conformance call acts for, and its first POPBiLL user. */
export const CORP = DEMO_MEMBERS[0].corpNum;
export const USER = DEMO_MEMBERS[0].users[0].userId;

/** The official SDK's service objects (popbill@1.64.2, untyped CommonJS). */
export interface PopbillSdk {
  cashbill: any;
  accountCheck: any;
  htCashbill: any;
  htTaxinvoice: any;
}

/**
 * Configures the unmodified `popbill` SDK as its guide says (`IsTest: true`) and points it at
 * a sandbox with two documented redirections only: linkhub's own `AuthURL` option for the
 * auth host (token, `/Point`, `/PartnerPoint`, `/URL`), and the test API host
 * `popbill-test.linkhub.co.kr` that the SDK sends to `https.request` mapped to the sandbox's
 * POPBiLL port over plain http (same options otherwise). Everything else is the SDK's own.
 */
export function popbillSdk(target: {
  authUrl: string;
  popbillUrl: string;
  linkId: string;
  secretKey: string;
}): PopbillSdk {
  const require = createRequire(import.meta.url);
  const popbill = require("popbill");
  const linkhub = require(
    require.resolve("linkhub", { paths: [dirname(require.resolve("popbill"))] }),
  );
  const defaultErrorHandler = (e: unknown) => {
    throw new Error(`popbill SDK default error handler: ${JSON.stringify(e)}`);
  };
  popbill.config({
    LinkID: target.linkId,
    SecretKey: target.secretKey,
    IsTest: true,
    IPRestrictOnOff: true,
    UseStaticIP: false,
    UseLocalTimeYN: true,
    defaultErrorHandler,
  });
  const sdk: PopbillSdk = {
    cashbill: popbill.CashbillService(),
    accountCheck: popbill.AccountCheckService(),
    htCashbill: popbill.HTCashbillService(),
    htTaxinvoice: popbill.HTTaxinvoiceService(),
  };
  linkhub.initialize({
    LinkID: target.linkId,
    SecretKey: target.secretKey,
    UseLocalTimeYN: true,
    defaultErrorHandler,
    AuthURL: target.authUrl.replace(/\/$/, ""),
  });
  redirectHttps(sdk.cashbill.ServiceURL as string, new URL(target.popbillUrl));
  return sdk;
}

function redirectHttps(host: string, target: URL): void {
  const original = https.request;
  (https as { request: unknown }).request = function (this: unknown, ...args: unknown[]) {
    const [options, callback] = args as [https.RequestOptions, (res: http.IncomingMessage) => void];
    if (typeof options === "object" && options !== null && options.host === host) {
      return http.request(
        { ...options, host: target.hostname, port: Number(target.port) },
        callback,
      );
    }
    return (original as (...a: unknown[]) => http.ClientRequest).apply(https, args);
  };
}

/** A popbill SDK error as its error callback hands it over. */
export interface SdkError {
  code: number;
  message: string;
}

/** Runs one SDK call (args + success + error callbacks) as a promise. */
export function call<T = any>(service: any, method: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    service[method](
      ...args,
      (value: T) => resolve(value),
      (error: SdkError) =>
        reject(Object.assign(new Error(`${method}: ${JSON.stringify(error)}`), { sdk: error })),
    );
  });
}

/** The SDK error of a call that must fail. */
export async function failure(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return (error as { sdk?: SdkError }).sdk ?? { code: 0, message: String(error) };
  }
  throw new Error("the call succeeded");
}

/** The standalone sandbox (started with `env`) and the SDK configured for the demo partner. */
export async function startSdkSandbox(
  env: Record<string, string> = {},
): Promise<{ sandbox: Standalone; sdk: PopbillSdk }> {
  const sandbox = await startStandalone(env);
  const sdk = popbillSdk({
    ...sandbox,
    linkId: DEMO_PARTNER.linkId,
    secretKey: DEMO_PARTNER.secretKey,
  });
  return { sandbox, sdk };
}
