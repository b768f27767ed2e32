/** Mix a `#rrggbb` colour with white: `amount` 0 keeps it, 1 gives white. */
export function tint(hex: string, amount: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const mix = (c: string) => Math.round(parseInt(c, 16) + (255 - parseInt(c, 16)) * amount);
  return `#${[m[1], m[2], m[3]]
    .map((c) =>
      mix(c ?? '00')
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
