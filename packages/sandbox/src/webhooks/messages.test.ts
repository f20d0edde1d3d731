import { describe, expect, it } from "vitest";
import { newMid } from "./messages.js";

describe("newMid", () => {
  it("stays unique and shaped like POPBiLL's sample across many pool refills", () => {
    // 4 KiB pools hold 341 MIDs' random parts: 5,000 MIDs span 14 refills.
    const mids = Array.from({ length: 5_000 }, () => newMid());
    for (const mid of mids) expect(mid).toMatch(/^\d{12}-[0-9a-f]{23}$/);
    expect(new Set(mids).size).toBe(mids.length);
    // The random parts alone are unique too: no pool bytes are handed out twice.
    expect(new Set(mids.map((m) => m.slice(13))).size).toBe(mids.length);
  });
});
