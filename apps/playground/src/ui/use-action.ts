import { useCallback, useState } from "react";
import { type ShownError, toShownErrors } from "../graphql/shown-errors.js";

/** A button's request: its result, whether it is running, and its errors (code + message). */
export function useAction<T>(): {
  result: T | null;
  busy: boolean;
  errors: ShownError[];
  run(action: () => Promise<T>): Promise<T | null>;
} {
  const [result, setResult] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const run = useCallback(async (action: () => Promise<T>) => {
    setBusy(true);
    setErrors([]);
    try {
      const value = await action();
      setResult(value);
      return value;
    } catch (error) {
      setErrors(toShownErrors(error));
      return null;
    } finally {
      setBusy(false);
    }
  }, []);
  return { result, busy, errors, run };
}
