import { type Sleep } from "@korbill/core-domain";
import { type FetchInit, type FetchLike } from "../transport/types.js";

/** One recorded call of a {@link scriptedFetch}. */
export interface RecordedCall {
  url: string;
  init: FetchInit;
  /** The request body as text ("" when none). */
  body: string;
  /** Request headers with lower-cased names. */
  headers: Record<string, string>;
}

/** A scripted reply: a Response, an error to throw, or a function of the call. */
export type Step = Response | Error | ((call: RecordedCall) => Response | Promise<Response>);

/** A fake fetch that plays `steps` in order (the last one repeats) and records each call. */
export interface ScriptedFetch {
  fetch: FetchLike;
  calls: RecordedCall[];
}

/** Builds a {@link ScriptedFetch}. */
export function scriptedFetch(...steps: Step[]): ScriptedFetch {
  const calls: RecordedCall[] = [];
  const fetch: FetchLike = async (url, init) => {
    const call = record(url, init);
    calls.push(call);
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step === undefined) throw new Error("scriptedFetch has no steps");
    if (step instanceof Error) throw step;
    return typeof step === "function" ? step(call) : step.clone();
  };
  return { fetch, calls };
}

function record(url: string, init: FetchInit): RecordedCall {
  const headers = Object.fromEntries(
    Object.entries(init.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const body =
    init.body === undefined
      ? ""
      : typeof init.body === "string"
        ? init.body
        : Buffer.from(init.body).toString("utf8");
  return { url, init, body, headers };
}

/** A JSON reply. */
export function jsonReply(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** A fetch step that never answers until its signal aborts. */
export function hang(call: RecordedCall): Promise<Response> {
  return new Promise((_resolve, reject) => {
    call.init.signal.addEventListener("abort", () => reject(call.init.signal.reason), {
      once: true,
    });
  });
}

/** A sleep that returns at once and remembers what it was asked to wait. */
export function zeroSleep(): Sleep & { waits: number[] } {
  const waits: number[] = [];
  const sleep = async (ms: number): Promise<void> => {
    waits.push(ms);
  };
  return Object.assign(sleep, { waits });
}
