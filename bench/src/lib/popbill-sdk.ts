/**
 * The official `popbill` SDK (1.64.2, unmodified), pointed at the sandbox. Two documented,
 * logic-free redirections, nothing else:
 *
 * 1. Linkhub auth host. `BaseService` calls `linkhub.initialize({LinkID, SecretKey,
 *    UseLocalTimeYN, defaultErrorHandler})` without `AuthURL`; we call linkhub's public
 *    `initialize` again with the same values plus linkhub's own `AuthURL` option
 *    (`http://127.0.0.1:PORT`), so token and point requests go to the sandbox over http.
 * 2. POPBiLL API host. The SDK always calls `https.request({host: ServiceURL, …})` with
 *    `ServiceURL` = `popbill-test.linkhub.co.kr` (IsTest). We wrap `https.request` so that a
 *    request to exactly that host goes to the sandbox's POPBiLL port with `http.request`, same
 *    options otherwise; every other https request is untouched.
 *
 * Token caching, request building and callbacks are the SDK's own.
 */
import http from "node:http";
import https from "node:https";
import { createRequire } from "node:module";
import { dirname } from "node:path";

/** What the SDK needs to reach the sandbox. */
export interface SdkTarget {
  authUrl: string;
  popbillUrl: string;
  linkId: string;
  secretKey: string;
}

type Callback<T> = (value: T) => void;

/** The callback API of the SDK's CashbillService that the bench uses. */
interface SdkCashbillService {
  ServiceURL: string;
  getBalance(corpNum: string, ok: Callback<number>, fail: Callback<unknown>): void;
  getUnitCost(corpNum: string, ok: Callback<number>, fail: Callback<unknown>): void;
  bulkSubmit(
    corpNum: string,
    submitId: string,
    cashbills: object[],
    ok: Callback<{ code: number; receiptID?: string }>,
    fail: Callback<unknown>,
  ): void;
  getBulkResult(
    corpNum: string,
    submitId: string,
    ok: Callback<{ txState: number; successCount?: number }>,
    fail: Callback<unknown>,
  ): void;
}

/** The SDK's operations as promises (the callbacks untouched underneath). */
export interface SdkClient {
  getBalance(corpNum: string): Promise<number>;
  getUnitCost(corpNum: string): Promise<number>;
  bulkSubmit(corpNum: string, submitId: string, cashbills: object[]): Promise<{ code: number }>;
  getBulkResult(corpNum: string, submitId: string): Promise<{ txState: number }>;
}

function promised<T>(run: (ok: Callback<T>, fail: Callback<unknown>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    run(resolve, (e) =>
      reject(Object.assign(new Error(`popbill SDK error: ${JSON.stringify(e)}`), { detail: e })),
    ),
  );
}

function redirectHttpsHost(host: string, target: URL): void {
  const original = https.request;
  const redirected = function (this: unknown, ...args: unknown[]) {
    const [options, callback] = args as [https.RequestOptions, (res: http.IncomingMessage) => void];
    if (typeof options === "object" && options !== null && options.host === host) {
      return http.request(
        { ...options, host: target.hostname, port: Number(target.port) },
        callback,
      );
    }
    return (original as (...a: unknown[]) => http.ClientRequest).apply(https, args);
  };
  (https as { request: unknown }).request = redirected;
}

/** Configures the SDK as its guide says (`IsTest: true`) and points it at the sandbox. */
export function createSdkClient(target: SdkTarget): SdkClient {
  const require = createRequire(import.meta.url);
  const popbill = require("popbill") as {
    config(c: object): void;
    CashbillService(): SdkCashbillService;
  };
  const linkhub = require(
    require.resolve("linkhub", { paths: [dirname(require.resolve("popbill"))] }),
  ) as {
    initialize(options: object): void;
  };
  const defaultErrorHandler = (e: unknown) => console.error("popbill SDK default error", e);
  const settings = {
    LinkID: target.linkId,
    SecretKey: target.secretKey,
    IsTest: true,
    IPRestrictOnOff: true,
    UseStaticIP: false,
    UseLocalTimeYN: true,
    defaultErrorHandler,
  };
  popbill.config(settings);
  const service = popbill.CashbillService();
  linkhub.initialize({
    LinkID: target.linkId,
    SecretKey: target.secretKey,
    UseLocalTimeYN: true,
    defaultErrorHandler,
    AuthURL: target.authUrl.replace(/\/$/, ""),
  });
  redirectHttpsHost(service.ServiceURL, new URL(target.popbillUrl));
  return {
    getBalance: (corpNum) => promised((ok, fail) => service.getBalance(corpNum, ok, fail)),
    getUnitCost: (corpNum) => promised((ok, fail) => service.getUnitCost(corpNum, ok, fail)),
    bulkSubmit: (corpNum, submitId, cashbills) =>
      promised((ok, fail) => service.bulkSubmit(corpNum, submitId, cashbills, ok, fail)),
    getBulkResult: (corpNum, submitId) =>
      promised((ok, fail) => service.getBulkResult(corpNum, submitId, ok, fail)),
  };
}
