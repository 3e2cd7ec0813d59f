/**
 * The option an arrow key moves to in a list of `count` options, wrapping at both ends;
 * from none (-1), down goes to the first and up to the last. -1 when there is nothing to choose.
 */
export function moveActive(current: number, count: number, step: 1 | -1): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
