/** Display and input helpers for money (minor units), calendar dates and warranty status. */

const DEFAULT_FRACTION_DIGITS = 2;

/**
 * The UI is English; one fixed locale keeps server-rendered and hydrated text equal
 * (a Node default locale and a browser's rarely agree).
 */
export const UI_LOCALE = "en-US";

/** Decimal places a currency uses: 2 for USD, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? DEFAULT_FRACTION_DIGITS;
  } catch {
    return DEFAULT_FRACTION_DIGITS;
  }
}

export function formatMoney(minor: number, currency: string, locale: string = UI_LOCALE): string {
  const digits = currencyDigits(currency);
  const amount = minor / 10 ** digits;
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount);
  } catch {
    return `${amount.toFixed(digits)} ${currency}`;
  }
}

/** "1234.5" in USD → 123450. Empty → null. Not a valid amount → undefined. */
export function parseMoneyToMinor(text: string, currency: string): number | null | undefined {
  let s = text.trim().replace(/[\s_]/g, "");
  if (s === "") return null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replaceAll(",", "");
  else if (/^\d+,\d+$/.test(s)) s = s.replace(",", ".");
  const match = /^(\d+)(?:\.(\d*))?$/.exec(s);
  if (!match) return undefined;
  const digits = currencyDigits(currency);
  const whole = match[1] ?? "0";
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return undefined;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** 123450 in USD → "1234.50", for an input's value. */
export function minorToInput(minor: number | null | undefined, currency: string): string {
  if (minor === null || minor === undefined) return "";
  const digits = currencyDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}

/** Today's calendar date ("YYYY-MM-DD") in a time zone (the browser's by default). */
export function todayIn(timeZone?: string, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  } catch {
    return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  }
}

function utcMidnight(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}

/** "2026-05-31" → "May 31, 2026", without any time-zone shift. */
export function formatCalendarDate(date: string | null | undefined, locale: string = UI_LOCALE): string {
  if (!date) return "—";
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(utcMidnight(date));
}

export function formatDateTime(iso: string, locale: string = UI_LOCALE): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

export type WarrantyTone = "success" | "warning" | "danger" | "info";

export interface WarrantyStatus {
  tone: WarrantyTone;
  label: string;
}

/** The badge for one warranty; null when there is none to show. */
export function warrantyStatus(expiresOn: string | null, lifetime: boolean, today: string): WarrantyStatus | null {
  if (lifetime) return { tone: "success", label: "Lifetime warranty" };
  if (!expiresOn) return null;
  const days = daysBetween(today, expiresOn);
  if (days < 0) return { tone: "danger", label: "Warranty expired" };
  if (days === 0) return { tone: "warning", label: "Warranty expires today" };
  if (days <= 30) return { tone: "warning", label: `Warranty expires in ${days} day${days === 1 ? "" : "s"}` };
  if (days <= 90) return { tone: "info", label: `Warranty expires in ${days} days` };
  return { tone: "success", label: "Under warranty" };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
