import { describe, expect, it } from "vitest";
import { acceptsGzip } from "./encode.js";

describe("acceptsGzip", () => {
  it("accepts gzip in the SDKs' spellings", () => {
    for (const value of ["gzip,deflate", "gzip", "deflate, GZIP", "br;q=1.0, gzip;q=0.5", "*"]) {
      expect(acceptsGzip(value)).toBe(true);
    }
  });

  it("refuses a missing header, deflate only and gzip with q=0", () => {
    for (const value of [undefined, "", "deflate", "identity", "gzip;q=0", "gzip; q=0.000"]) {
      expect(acceptsGzip(value)).toBe(false);
    }
  });
});
