import DataLoader from "dataloader";
import { type CashbillClient, MAX_GET_INFOS } from "../client/client.js";
import type { WireCashbillInfo } from "../wire.js";
import type { CashbillLoaders, InfoKey } from "./context.js";

/**
 * Builds the per-request loaders: every cash-receipt lookup of one request is batched into
 * `POST /Cashbill/States` calls of at most 1,000 keys per member.
 */
export function createCashbillLoaders(client: CashbillClient): CashbillLoaders {
  return {
    cashbillInfo: new DataLoader<InfoKey, WireCashbillInfo | null, string>(
      async (keys) => {
        const byCorp = new Map<string, string[]>();
        for (const k of keys) byCorp.set(k.corpNum, [...(byCorp.get(k.corpNum) ?? []), k.mgtKey]);
        const found = new Map<string, WireCashbillInfo>();
        await Promise.all(
          [...byCorp].map(async ([corpNum, mgtKeys]) => {
            const unique = [...new Set(mgtKeys)];
            for (let i = 0; i < unique.length; i += MAX_GET_INFOS) {
              const infos = await client.getInfos(corpNum, unique.slice(i, i + MAX_GET_INFOS));
              for (const info of infos) found.set(`${corpNum}:${info.mgtKey}`, info);
            }
          }),
        );
        return keys.map((k) => found.get(`${k.corpNum}:${k.mgtKey}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.corpNum}:${k.mgtKey}`, maxBatchSize: 10_000 },
    ),
  };
}
