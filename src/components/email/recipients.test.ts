import { describe, expect, it } from 'vitest';
import { distinctAddresses, hasAddress, toggleAddress, withAddress } from './recipients';

describe('recipient lists', () => {
  it('toggles an address case-insensitively', () => {
    expect(toggleAddress(['a@x.example'], 'b@x.example')).toEqual(['a@x.example', 'b@x.example']);
    expect(toggleAddress(['a@x.example', 'b@x.example'], 'A@X.example')).toEqual(['b@x.example']);
  });

  it('adds an address once, whatever its case', () => {
    expect(withAddress(['a@x.example'], 'A@x.example')).toEqual(['a@x.example']);
    expect(withAddress([], 'a@x.example')).toEqual(['a@x.example']);
    expect(hasAddress(['a@x.example'], ' A@X.EXAMPLE')).toBe(true);
  });

  it('offers each address once', () => {
    const options = [
      { email: 'a@x.example', name: 'Ann' },
      { email: 'A@X.example', name: 'Ann again' },
      { email: 'b@x.example', name: 'Bob' },
    ];
    expect(distinctAddresses(options).map((o) => o.name)).toEqual(['Ann', 'Bob']);
  });
});
