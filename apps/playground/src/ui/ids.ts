/** A short id, unique enough for demo customerUids and merchantUids: `${prefix}-<time><salt>`. */
export function demoId(prefix: string, now = Date.now(), random: () => number = Math.random) {
  const salt = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
  return `${prefix}-${now.toString(36)}${salt}`;
}
