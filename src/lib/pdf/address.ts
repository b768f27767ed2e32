/** Postal address → printed lines: Japanese order (〒 zip, prefecture + city + street) or Western. */
export type AddressRecord = Partial<Record<string, string>>;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

function isJapanese(a: AddressRecord): boolean {
  const country = (a.country ?? '').trim().toLowerCase();
  if (country === '日本' || country === 'japan') return true;
  return !country && CJK.test(`${a.state ?? ''}${a.city ?? ''}${a.address ?? ''}`);
}

const clean = (lines: (string | undefined)[]) => lines.map((l) => (l ?? '').trim()).filter(Boolean);

export function addressLines(a: AddressRecord | undefined): string[] {
  if (!a) return [];
  if (isJapanese(a)) {
    return clean([a.zip ? `〒${a.zip}` : '', `${a.state ?? ''}${a.city ?? ''}${a.address ?? ''}`, a.street2, a.attention]);
  }
  const cityLine = [
    a.city,
    [a.state, a.zip]
      .map((s) => s?.trim())
      .filter(Boolean)
      .join(' '),
  ]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(', ');
  return clean([a.attention, a.address, a.street2, cityLine, a.country]);
}
