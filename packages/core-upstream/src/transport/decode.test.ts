import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeBody } from "./decode.js";

describe("decodeBody", () => {
  it("inflates a small gzip body (in place) and a large one (off the event loop) alike", async () => {
    const small = Buffer.from(JSON.stringify({ issueResult: [{ mgtKey: "K-1", code: 1 }] }));
    // Random bytes do not compress: over the 64 KiB in-place limit once gzipped.
    const large = randomBytes(100 * 1024);
    expect(gzipSync(large).length).toBeGreaterThan(64 * 1024);
    expect(await decodeBody(gzipSync(small), "gzip")).toEqual(small);
    expect(await decodeBody(gzipSync(large), " GZIP ")).toEqual(large);
    expect(await decodeBody(gzipSync(small), "x-gzip")).toEqual(small);
  });

  it("leaves bodies that are not gzip, or were already decoded, as they are", async () => {
    const plain = Buffer.from('{"code":1}');
    expect(await decodeBody(plain, "gzip")).toBe(plain);
    expect(await decodeBody(gzipSync(plain), null)).toEqual(gzipSync(plain));
    expect(await decodeBody(gzipSync(plain), "identity")).toEqual(gzipSync(plain));
  });

  it("rejects a corrupt gzip body on either path", async () => {
    const corrupt = (b: Buffer) => Buffer.concat([b.subarray(0, 12), Buffer.alloc(40, 7)]);
    await expect(
      decodeBody(corrupt(gzipSync(Buffer.from("x".repeat(500)))), "gzip"),
    ).rejects.toThrow();
    const big = gzipSync(randomBytes(100 * 1024));
    big.fill(7, 20, 40);
    await expect(decodeBody(big, "gzip")).rejects.toThrow();
  });
});
