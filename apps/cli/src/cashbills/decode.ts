import { createReadStream } from "node:fs";

/** The text encodings a CSV may come in. */
export type CsvEncoding = "utf8" | "cp949";

/**
 * Which encoding a CSV is in: UTF-8 (with or without a BOM) when the whole file decodes as
 * strict UTF-8, else CP949 (what Korean Excel writes for "CSV"; a superset of EUC-KR). Korean
 * text in CP949 is practically never valid UTF-8, so one strict pass decides. Streams the file
 * (memory stays flat for any size).
 */
export async function detectEncoding(path: string): Promise<CsvEncoding> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of createReadStream(path)) {
      decoder.decode(chunk as Buffer, { stream: true });
    }
    decoder.decode();
    return "utf8";
  } catch (error) {
    if (error instanceof TypeError) return "cp949";
    throw error;
  }
}
