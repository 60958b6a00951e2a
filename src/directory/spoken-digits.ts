/**
 * Screen readers read "0808 800 5000" as "zero eight zero eight, eight
 * hundred, five thousand" and "116 123" as "one hundred sixteen...", which a
 * frightened listener cannot dial. The box keeps the number as published in
 * each link's accessible name (so the name contains the visible text, WCAG
 * 2.5.3) and adds this digit-by-digit form as the link's description, which
 * screen readers announce after the name: "0 8 0 8, 8 0 0, 5 0 0 0".
 */
export function spokenDigits(display: string): string {
  return display
    .split(/[\s\-–.()/]+/)
    .map((group) => [...group.replace(/[^\d+]/g, '')].join(' '))
    .filter(Boolean)
    .join(', ');
}
