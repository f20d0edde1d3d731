/** A labelled text input. */
export function Field(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  testId?: string;
  type?: string;
  hint?: string;
  width?: "s" | "m" | "l";
}) {
  return (
    <label className={`field field-${props.width ?? "m"}`}>
      <span>{props.label}</span>
      <input
        type={props.type ?? "text"}
        value={props.value}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value)}
        spellCheck={false}
        autoComplete="off"
      />
      {props.hint && <small>{props.hint}</small>}
    </label>
  );
}
