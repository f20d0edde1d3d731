/** `list[index]`, known in range by construction; throws an internal error when it is not. */
export function at<T>(list: readonly T[], index: number): T {
  if (index < 0 || index >= list.length) throw new Error(`internal: index ${index} out of range`);
  return list[index] as T;
}
