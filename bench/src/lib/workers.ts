import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";

/** A bench child process answering commands over IPC (see {@link serveCommands}). */
export interface WorkerHandle {
  pid: number;
  /** Sends a command and resolves with the child's answer. */
  call<T>(cmd: string, args?: unknown): Promise<T>;
  /** Asks the child to exit, then kills it if it does not. */
  stop(): Promise<void>;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: string;
}

/** Starts `dist/workers/<name>.js` as a child process with an IPC channel. */
export function startWorker(name: string, env: Record<string, string> = {}): WorkerHandle {
  const script = fileURLToPath(new URL(`../workers/${name}.js`, import.meta.url));
  const proc: ChildProcess = fork(script, [], {
    env: { ...process.env, ...env },
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let nextId = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  proc.on("message", (m: Reply) => {
    const waiter = pending.get(m.id);
    if (!waiter) return;
    pending.delete(m.id);
    if (m.error !== undefined) waiter.reject(new Error(`${name} worker: ${m.error}`));
    else waiter.resolve(m.result);
  });
  proc.once("exit", (code, signal) => {
    for (const w of pending.values()) {
      w.reject(new Error(`${name} worker exited (${code ?? signal}) before answering`));
    }
    pending.clear();
  });
  return {
    pid: proc.pid!,
    call<T>(cmd: string, args?: unknown): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        proc.send({ id, cmd, args });
      });
    },
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      if (proc.connected) proc.send({ id: 0, cmd: "exit" });
      const killer = setTimeout(() => proc.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

type Handler = (args: never) => Promise<unknown> | unknown;

/** The child side: runs each command's handler and answers with its result or error. */
export function serveCommands(handlers: Record<string, Handler>): void {
  process.on("message", (m: { id: number; cmd: string; args: unknown }) => {
    if (m.cmd === "exit") {
      process.exit(0);
    }
    const handler = handlers[m.cmd];
    void (async () => {
      try {
        if (!handler) throw new Error(`unknown command ${m.cmd}`);
        const result = await handler(m.args as never);
        process.send!({ id: m.id, result });
      } catch (error) {
        process.send!({ id: m.id, error: error instanceof Error ? error.stack : String(error) });
      }
    })();
  });
  process.on("disconnect", () => process.exit(0));
}
