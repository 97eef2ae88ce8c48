/**
 * Guesses a new household's zone, hemisphere, currency and first day of the week from the
 * browser. Pure: the caller passes what Intl reports, so it is testable and works on server
 * and client.
 */
export type THemisphere = "NORTH" | "SOUTH";

/** Index equals `Date.getDay()` and the engine's `weekdayOf` (0 = Sunday), as in schedule rules' ZWeekday. */
export const WEEKDAYS = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"] as const;
export type TWeekday = (typeof WEEKDAYS)[number];

/** Zone prefixes and zones wholly or mostly south of the equator. */
const SOUTHERN_PREFIXES = ["Australia/", "Antarctica/", "America/Argentina/"];
const SOUTHERN_ZONES = new Set([
  "Pacific/Auckland",
  "Pacific/Chatham",
  "Pacific/Fiji",
  "Pacific/Tongatapu",
  "Pacific/Apia",
  "Pacific/Noumea",
  "Pacific/Efate",
  "Pacific/Port_Moresby",
  "Pacific/Guadalcanal",
  "Pacific/Tahiti",
  "Pacific/Rarotonga",
  "Pacific/Easter",
  "Pacific/Norfolk",
  "Pacific/Niue",
  "Pacific/Pitcairn",
  "Pacific/Gambier",
  "Pacific/Marquesas",
  "Pacific/Funafuti",
  "Pacific/Wallis",
  "Pacific/Fakaofo",
  "Pacific/Pago_Pago",
  "Pacific/Bougainville",
  "Pacific/Kanton",
  "Pacific/Enderbury",
  "America/Sao_Paulo",
  "America/Argentina/Buenos_Aires",
  "America/Buenos_Aires",
  "America/Santiago",
  "America/Montevideo",
  "America/Asuncion",
  "America/La_Paz",
  "America/Lima",
  "America/Punta_Arenas",
  "America/Campo_Grande",
  "America/Cuiaba",
  "America/Porto_Velho",
  "America/Rio_Branco",
  "America/Manaus",
  "America/Recife",
  "America/Fortaleza",
  "America/Maceio",
  "America/Bahia",
  "America/Belem",
  "America/Araguaina",
  "America/Noronha",
  "America/Eirunepe",
  "America/Guayaquil",
  "Atlantic/Stanley",
  "Atlantic/South_Georgia",
  "Atlantic/St_Helena",
  "Africa/Johannesburg",
  "Africa/Maputo",
  "Africa/Harare",
  "Africa/Lusaka",
  "Africa/Windhoek",
  "Africa/Gaborone",
  "Africa/Maseru",
  "Africa/Mbabane",
  "Africa/Blantyre",
  "Africa/Lubumbashi",
  "Africa/Kinshasa",
  "Africa/Brazzaville",
  "Africa/Luanda",
  "Africa/Dar_es_Salaam",
  "Africa/Nairobi",
  "Africa/Kigali",
  "Africa/Bujumbura",
  "Africa/Libreville",
  "Indian/Antananarivo",
  "Indian/Mauritius",
  "Indian/Reunion",
  "Indian/Mayotte",
  "Indian/Comoro",
  "Indian/Mahe",
  "Indian/Chagos",
  "Indian/Cocos",
  "Indian/Christmas",
  "Indian/Kerguelen",
  "Asia/Jakarta",
  "Asia/Makassar",
  "Asia/Jayapura",
  "Asia/Dili",
]);

export function hemisphereForZone(timeZone: string): THemisphere {
  if (SOUTHERN_ZONES.has(timeZone) || SOUTHERN_PREFIXES.some((p) => timeZone.startsWith(p))) return "SOUTH";
  return "NORTH";
}

/** Region (ISO 3166-1) → currency (ISO 4217), for regions whose currency is not obvious from Intl. */
const CURRENCY_BY_REGION: Record<string, string> = {
  US: "USD",
  CA: "CAD",
  MX: "MXN",
  BR: "BRL",
  AR: "ARS",
  CL: "CLP",
  CO: "COP",
  PE: "PEN",
  UY: "UYU",
  GB: "GBP",
  IE: "EUR",
  FR: "EUR",
  DE: "EUR",
  ES: "EUR",
  IT: "EUR",
  PT: "EUR",
  NL: "EUR",
  BE: "EUR",
  AT: "EUR",
  FI: "EUR",
  GR: "EUR",
  LU: "EUR",
  SK: "EUR",
  SI: "EUR",
  EE: "EUR",
  LV: "EUR",
  LT: "EUR",
  MT: "EUR",
  CY: "EUR",
  HR: "EUR",
  CH: "CHF",
  LI: "CHF",
  SE: "SEK",
  NO: "NOK",
  DK: "DKK",
  IS: "ISK",
  PL: "PLN",
  CZ: "CZK",
  HU: "HUF",
  RO: "RON",
  BG: "BGN",
  UA: "UAH",
  TR: "TRY",
  RU: "RUB",
  IL: "ILS",
  AE: "AED",
  SA: "SAR",
  EG: "EGP",
  ZA: "ZAR",
  NG: "NGN",
  KE: "KES",
  IN: "INR",
  PK: "PKR",
  CN: "CNY",
  HK: "HKD",
  TW: "TWD",
  JP: "JPY",
  KR: "KRW",
  SG: "SGD",
  MY: "MYR",
  TH: "THB",
  ID: "IDR",
  PH: "PHP",
  VN: "VND",
  AU: "AUD",
  NZ: "NZD",
};

/** The currency of the locale's region, e.g. "en-NZ" → "NZD"; "USD" when the locale names no known region. */
export function currencyForLocale(locale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return "USD";
  }
  return (region && CURRENCY_BY_REGION[region]) || "USD";
}

/** What Intl.Locale reports about weeks: `getWeekInfo()` (current spec) or the older `weekInfo` getter. */
interface LocaleWithWeekInfo {
  getWeekInfo?: () => { firstDay?: number };
  weekInfo?: { firstDay?: number };
}

/**
 * The first day of the week in the locale, e.g. "en-US" → SUNDAY, "en-GB" → MONDAY,
 * "ar-EG" → SATURDAY. Intl numbers days 1 (Monday) to 7 (Sunday). MONDAY (ISO 8601) when
 * the runtime cannot tell (Firefox had no week info until recently) or the locale is malformed.
 */
export function weekStartForLocale(locale: string): TWeekday {
  let firstDay: number | undefined;
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & LocaleWithWeekInfo;
    firstDay = (typeof info.getWeekInfo === "function" ? info.getWeekInfo() : info.weekInfo)?.firstDay;
  } catch {
    return "MONDAY";
  }
  return typeof firstDay === "number" && Number.isInteger(firstDay) && firstDay >= 1 && firstDay <= 7
    ? (WEEKDAYS[firstDay % 7] ?? "MONDAY")
    : "MONDAY";
}

/** What to send as `locale`/`householdLocale` when creating a household from this browser. */
export function browserHouseholdLocale(): { timeZone: string; hemisphere: THemisphere; currency: string; weekStartsOn: TWeekday } {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const locale = typeof navigator === "undefined" ? "en-US" : navigator.language;
  return {
    timeZone,
    hemisphere: hemisphereForZone(timeZone),
    currency: currencyForLocale(locale),
    weekStartsOn: weekStartForLocale(locale),
  };
}
