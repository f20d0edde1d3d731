import { type IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readRawBody } from "./body.js";
import { SandboxHttpError } from "./errors.js";

function stream(...chunks: string[]): IncomingMessage {
  return Readable.from(chunks.map((chunk) => Buffer.from(chunk))) as unknown as IncomingMessage;
}

describe("readRawBody", () => {
  it("joins the chunks into the exact bytes", async () => {
    expect((await readRawBody(stream("ab", "", "c"))).toString()).toBe("abc");
  });

  it("refuses a body over the limit with a 413", async () => {
    await expect(readRawBody(stream("abc", "def"), 5)).rejects.toMatchObject({ status: 413 });
    await expect(readRawBody(stream("abc", "def"), 5)).rejects.toBeInstanceOf(SandboxHttpError);
  });
});
