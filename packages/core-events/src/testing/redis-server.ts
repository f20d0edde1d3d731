import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A port nobody listens on right now (the OS's choice). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A private `redis-server` on a port of its own, which a test may kill and start again (the
 * shared Redis on 6379 is never touched). `stop()` kills it; call it in `afterAll`.
 */
export class PrivateRedis {
  private proc: ChildProcess | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), "korbill-redis-"));

  private constructor(
    readonly port: number,
    private readonly extraArgs: string[],
  ) {}

  /**
   * Starts a plain redis-server (no persistence) on a free port. A port found free can be
   * taken before redis-server binds it (another test run on the machine): then another port.
   */
  static async start(extraArgs: string[] = []): Promise<PrivateRedis> {
    for (let attempt = 1; ; attempt++) {
      const redis = new PrivateRedis(await freePort(), extraArgs);
      try {
        await redis.restart();
        return redis;
      } catch (error) {
        await redis.stop();
        if (!(error instanceof PortTaken) || attempt === 5) throw error;
      }
    }
  }

  /**
   * Starts a Redis Cluster of `size` masters (no replicas) on free ports, joined with
   * `redis-cli --cluster create`; stop each node afterwards.
   */
  static async cluster(size = 3): Promise<PrivateRedis[]> {
    const nodes: PrivateRedis[] = [];
    try {
      for (let i = 0; i < size; i++)
        nodes.push(
          await PrivateRedis.start([
            "--cluster-enabled",
            "yes",
            "--cluster-config-file",
            "nodes.conf",
          ]),
        );
      const create = spawn(
        "redis-cli",
        [
          "--cluster",
          "create",
          ...nodes.map((n) => `127.0.0.1:${n.port}`),
          "--cluster-replicas",
          "0",
          "--cluster-yes",
        ],
        { stdio: "ignore" },
      );
      const code = await new Promise<number | null>((resolve) => {
        create.once("exit", resolve);
        create.once("error", () => resolve(-1));
      });
      if (code !== 0) throw new Error(`redis-cli --cluster create exited with ${code}`);
      return nodes;
    } catch (error) {
      await Promise.all(nodes.map((n) => n.stop()));
      throw error;
    }
  }

  /** Starts a sentinel on a free port that monitors `master` as `name` (quorum 1). */
  static async sentinel(master: PrivateRedis, name = "mymaster"): Promise<PrivateRedis> {
    const port = await freePort();
    const redis = new PrivateRedis(port, ["--sentinel"]);
    const conf = join(redis.dir, "sentinel.conf");
    writeFileSync(
      conf,
      [
        `port ${port}`,
        "bind 127.0.0.1",
        `dir ${redis.dir}`,
        `sentinel monitor ${name} 127.0.0.1 ${master.port} 1`,
        `sentinel down-after-milliseconds ${name} 5000`,
        "",
      ].join("\n"),
    );
    redis.confFile = conf;
    await redis.restart();
    return redis;
  }

  private confFile: string | null = null;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /**
   * (Re)starts the server on its port and waits until it answers, itself (its process id):
   * a server of someone else's that took the port meanwhile is never mistaken for it.
   */
  async restart(): Promise<void> {
    if (this.proc) return;
    const args = this.confFile
      ? [this.confFile, ...this.extraArgs]
      : [
          "--port",
          String(this.port),
          "--bind",
          "127.0.0.1",
          "--save",
          "",
          "--appendonly",
          "no",
          "--dir",
          this.dir,
          ...this.extraArgs,
        ];
    const proc = spawn("redis-server", args, { stdio: "ignore" });
    this.proc = proc;
    let exited = false;
    proc.once("exit", () => {
      exited = true;
      if (this.proc === proc) this.proc = null;
    });
    const started = Date.now();
    while (!(await servedBy(this.port, proc.pid))) {
      // It exits at once when the port is taken (a bound for a hang otherwise: 30 s).
      if (exited) throw new PortTaken(`redis-server on ${this.port} exited (port taken?)`);
      if (Date.now() - started > 30_000) {
        proc.kill("SIGKILL");
        throw new Error(`redis-server on ${this.port} did not start`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Kills the server (SIGKILL, like a crash) and waits for it to exit. */
  async kill(): Promise<void> {
    const proc = this.proc;
    if (!proc) return;
    const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
    proc.kill("SIGKILL");
    await exited;
    this.proc = null;
  }

  /** Kills the server and removes its directory. */
  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A private redis-server could not bind its port. */
class PortTaken extends Error {}

/**
 * True when the Redis server on `port` answers and is process `pid` (its `INFO server`'s
 * process_id; RESP over a plain socket).
 */
function servedBy(port: number, pid: number | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let reply = "";
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write("INFO server\r\n"));
    socket.on("data", (chunk) => {
      reply += chunk.toString();
      if (reply.startsWith("-")) return done(false); // loading, or not Redis
      const id = /\r\nprocess_id:(\d+)\r\n/.exec(reply);
      if (id) done(Number(id[1]) === pid);
    });
  });
}
