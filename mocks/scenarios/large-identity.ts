/**
 * Names for the large scenario. Each kind of name walks its combination space through a
 * seeded permutation (index × a prime + offset, modulo the number of combinations), so every
 * name is distinct until the space is used up, without remembering the names already given.
 *
 * Display names are joined, not built with a template literal: concatenation leaves a tree of
 * pieces that the first sort by name after a reload must flatten, 100,000 times, while join
 * writes the finished string at once.
 */
import type { Rng } from './rng';
import { ADJECTIVES, FIRST_NAMES, JP_FIRST, JP_FORMS, JP_LAST, JP_PLACES, JP_PREFIXES, JP_TRADES, LAST_NAMES, NOUNS, PLACES, SUFFIXES } from './large-names';

/** Larger than every combination count below, and prime, so the walk is a permutation. */
const STEP = 1_000_003;
const INITIALS = 'ABCDEFGHIJKLMNOPRSTVW';

/** Yields the digits (one per list) of successive distinct combinations; reuses its array. */
function comboWalker(sizes: readonly number[], offset: number): () => number[] {
  const total = sizes.reduce((a, b) => a * b, 1);
  const out = new Array<number>(sizes.length).fill(0);
  let n = 0;
  return () => {
    let k = (n++ * STEP + offset) % total;
    for (let i = sizes.length - 1; i >= 0; i--) {
      out[i] = k % sizes[i];
      k = Math.floor(k / sizes[i]);
    }
    return out;
  };
}

export interface Business {
  name: string;
  /** Email domain (ASCII), unique per name. */
  domain: string;
}

export interface Person {
  first: string;
  last: string;
  /** ASCII local part for an email address. */
  local: string;
}

export class NameMaker {
  private readonly latinBusiness: () => number[];
  private readonly japaneseBusiness: () => number[];
  private readonly latinIndividual: () => number[];
  private readonly japaneseIndividual: () => number[];

  constructor(private readonly rng: Rng) {
    const offset = () => rng.int(0, 999_999);
    this.latinBusiness = comboWalker([ADJECTIVES.length, PLACES.length, NOUNS.length, SUFFIXES.length], offset());
    this.japaneseBusiness = comboWalker([JP_PREFIXES.length, JP_PLACES.length, JP_TRADES.length, JP_FORMS.length], offset());
    this.latinIndividual = comboWalker([FIRST_NAMES.length, INITIALS.length, LAST_NAMES.length], offset());
    this.japaneseIndividual = comboWalker([JP_LAST.length, JP_FIRST.length], offset());
  }

  business(japanese: boolean): Business {
    if (japanese) {
      const [p, place, trade, form] = this.japaneseBusiness();
      const [pre, preR] = JP_PREFIXES[p];
      const [pl, plR] = JP_PLACES[place];
      const [tr, trR] = JP_TRADES[trade];
      const [before, after, formR] = JP_FORMS[form];
      return { name: [before, pre, pl, tr, after].join(''), domain: `${preR}${plR}-${trR}-${formR}.example.jp` };
    }
    const [a, p, n, s] = this.latinBusiness();
    const [suffix, suffixSlug] = SUFFIXES[s];
    return {
      name: [ADJECTIVES[a], PLACES[p], NOUNS[n], suffix].join(' '),
      domain: `${ADJECTIVES[a]}${PLACES[p]}${NOUNS[n]}-${suffixSlug}.example`.toLowerCase(),
    };
  }

  /** A distinct individual customer's name. */
  individual(japanese: boolean): Person & { name: string } {
    if (japanese) {
      const [l, f] = this.japaneseIndividual();
      const [last, lastR] = JP_LAST[l];
      const [first, firstR] = JP_FIRST[f];
      return { name: `${last} ${first}`, first, last, local: `${firstR}.${lastR}` };
    }
    const [f, i, l] = this.latinIndividual();
    const first = FIRST_NAMES[f];
    const last = LAST_NAMES[l];
    return { name: [first, ' ', INITIALS[i], '. ', last].join(''), first, last, local: `${first}.${INITIALS[i]}.${last}`.toLowerCase() };
  }

  /** A contact person working for a business (names may repeat across businesses). */
  employee(japanese: boolean): Person {
    if (japanese) {
      const [last, lastR] = this.rng.pick(JP_LAST);
      const [first] = this.rng.pick(JP_FIRST);
      return { first, last, local: lastR };
    }
    const first = this.rng.pick(FIRST_NAMES);
    const last = this.rng.pick(LAST_NAMES);
    return { first, last, local: `${first}.${last}`.toLowerCase() };
  }
}
