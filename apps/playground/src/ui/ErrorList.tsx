import type { ShownError } from "../graphql/shown-errors.js";

/** Errors as the user wants them: `extensions.code` and the message, never a stack. */
export function ErrorList({
  errors,
  testId = "errors",
}: {
  errors: ShownError[];
  testId?: string;
}) {
  if (!errors.length) return null;
  return (
    <ul className="errors" data-testid={testId} role="alert">
      {errors.map((error, i) => (
        <li key={i}>
          <code className="error-code">{error.code}</code>
          <span className="error-message">{error.message}</span>
          {error.details.length > 0 && (
            <ul className="error-details">
              {error.details.map((detail, j) => (
                <li key={j}>{detail}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
