/**
 * Phone numbers in each country's usual format, from the seeded generator. Where a country
 * reserves numbers for fiction (US 555-01xx, UK Ofcom drama ranges) we use those, so the demo
 * never shows someone's real number.
 */
import { digits, type Rng } from './rng';
import type { AddressSpec } from './demo-spec';

type Country = AddressSpec['country'];

export function phoneFor(rng: Rng, country: Country | undefined, kind: 'work' | 'mobile'): string {
  const d = (n: number) => digits(rng, n);
  switch (country) {
    case '日本':
      return kind === 'mobile' ? `090-${d(4)}-${d(4)}` : `0${rng.pick(['3', '6', '45', '52', '92'])}-${d(3)}-${d(4)}`;
    case 'Germany':
      return kind === 'mobile' ? `+49 151 ${d(8)}` : `+49 ${rng.pick(['30', '40', '69', '711'])} ${d(7)}`;
    case 'France':
      return `+33 ${kind === 'mobile' ? '6' : '1'} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 'Spain':
      return kind === 'mobile' ? `+34 6${d(2)} ${d(3)} ${d(3)}` : `+34 91 ${d(3)} ${d(2)} ${d(2)}`;
    case 'United Kingdom':
      return kind === 'mobile' ? `+44 7700 900${d(3)}` : `+44 20 7946 0${d(3)}`;
    case 'Sweden':
      return kind === 'mobile' ? `+46 70 ${d(3)} ${d(2)} ${d(2)}` : `+46 8 ${d(3)} ${d(2)} ${d(2)}`;
    default:
      return `+1 ${rng.pick(['212', '415', '503', '206', '512', '305'])}-555-01${d(2)}`;
  }
}
