/**
 * A tiny seeded pseudo-random generator (mulberry32). Scenarios must be reproducible from
 * (scenario, size, seed, anchor date) alone, because the browser persists only those and the
 * changed records, then regenerates everything else on reload: Math.random or Date.now in a
 * generator would silently break persistence.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  // Mix the seed once so nearby seeds (42, 43) do not start with correlated sequences.
  let state = (Math.imul(seed | 0, 0x9e3779b1) ^ 0x85ebca6b) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/** A string of `width` random digits (phone numbers, customer codes). */
export function digits(rng: Rng, width: number): string {
  let s = '';
  for (let i = 0; i < width; i++) s += String(rng.int(0, 9));
  return s;
}
