import { createHash, randomBytes } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Generates a new secret API key: `kb_<stage>_<32 base62 chars>` (about 190 bits). */
export function generateApiKey(stage: string): string {
  const bytes = randomBytes(32);
  let body = "";
  for (const b of bytes) body += ALPHABET[b % ALPHABET.length];
  return `kb_${stage}_${body}`;
}

/** The stored form of a key: hex SHA-256 (keys are high-entropy, so a fast hash is enough). */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** The displayable start of a key, enough to tell keys apart, never most of the secret. */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, Math.max(0, Math.min(key.length - 8, key.lastIndexOf("_") + 5)));
}
