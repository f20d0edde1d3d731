import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PrivateRedis } from "./redis-server.js";

describe("PrivateRedis", () => {
  it("never takes another process's server on its port for its own", async () => {
    const redis = await PrivateRedis.start();
    await redis.kill();
    // While it is down, someone else (another test run on the machine) binds its port.
    const other = spawn(
      "redis-server",
      ["--port", String(redis.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: "ignore" },
    );
    const otherExited = new Promise((resolve) => other.once("exit", resolve));
    try {
      await expect(PrivateRedis.start().then((r) => r.stop())).resolves.toBeUndefined();
      // Let the other server come up first, then restart ours on the taken port.
      await expect
        .poll(async () => (await fetchInfo(redis.port)).includes(`process_id:${other.pid}`), {
          timeout: 30_000,
        })
        .toBe(true);
      await expect(redis.restart()).rejects.toThrow(/exited/);
    } finally {
      other.kill("SIGKILL");
      await otherExited;
      await redis.stop();
    }
  });
});

/** `INFO server` of the Redis server on `port`, or "" when none answers. */
async function fetchInfo(port: number): Promise<string> {
  const { connect } = await import("node:net");
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let reply = "";
    socket.setTimeout(1000, () => (socket.destroy(), resolve("")));
    socket.on("error", () => resolve(""));
    socket.on("connect", () => socket.write("INFO server\r\n"));
    socket.on("data", (chunk) => {
      reply += chunk.toString();
      if (reply.includes("process_id:") && reply.endsWith("\r\n")) {
        socket.destroy();
        resolve(reply);
      }
    });
  });
}
