import { Redis } from "ioredis";
import { TEST_REDIS_URL } from "./databases.js";

/**
 * True when the test Redis answers. Under `CI=true` a missing server throws instead,
 * so CI never passes by skipping.
 */
export async function redisAvailable(): Promise<boolean> {
  const client = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: () => null,
  });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch (error) {
    if (process.env.CI === "true")
      throw new Error(
        `Redis is required under CI=true but ${TEST_REDIS_URL} failed: ${String(error)}`,
      );
    console.warn(`Redis tests skipped: ${TEST_REDIS_URL} is not reachable`);
    return false;
  } finally {
    client.disconnect();
  }
}
