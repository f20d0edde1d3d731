/** A labelled progress bar; `failed` shows as a red segment after the green one. */
export function Progress(props: {
  label: string;
  done: number;
  failed?: number;
  total: number;
  testId: string;
}) {
  const { label, done, failed = 0, total, testId } = props;
  const pct = (n: number) => (total > 0 ? (n / total) * 100 : 0);
  return (
    <div className="progress" data-testid={testId}>
      <div className="progress-head">
        <span>{label}</span>
        <span className="progress-count">
          {done + failed} / {total}
        </span>
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done + failed}
      >
        <div className="progress-bar ok" style={{ width: `${pct(done)}%` }} />
        <div className="progress-bar bad" style={{ width: `${pct(failed)}%` }} />
      </div>
    </div>
  );
}
