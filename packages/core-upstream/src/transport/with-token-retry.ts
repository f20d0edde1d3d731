import { UpstreamAuthenticationError } from "../errors/upstream-error.js";

/** Where {@link withTokenRetry} gets a token and how it drops a rejected one. */
export interface TokenLease<T> {
  get(): Promise<T>;
  drop(token: T): void;
}

/**
 * Runs `call` with a cached token; on an authentication error drops that token and runs
 * `call` once more with a fresh one.
 */
// [INF] A request refused for its token was not acted on, so resending is safe whatever the method.
export async function withTokenRetry<T, R>(
  lease: TokenLease<T>,
  call: (token: T) => Promise<R>,
): Promise<R> {
  const token = await lease.get();
  try {
    return await call(token);
  } catch (error) {
    if (!(error instanceof UpstreamAuthenticationError)) throw error;
    lease.drop(token);
    return call(await lease.get());
  }
}
