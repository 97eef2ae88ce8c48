import { z } from "zod";
import { zText } from "@/lib/server/validation/input";
import { WEEKDAYS } from "./browser-locale";

/** IANA zones this runtime knows, plus "UTC" (not always listed by Intl). */
const knownZones = new Set<string>([...Intl.supportedValuesOf("timeZone"), "UTC"]);
const knownCurrencies = new Set<string>(Intl.supportedValuesOf("currency"));

export const ZHouseholdSettingsOut = z.object({
  id: z.uuid(),
  name: z.string(),
  timeZone: z.string(),
  hemisphere: z.enum(["NORTH", "SOUTH"]),
  currency: z.string(),
  weekStartsOn: z.enum(WEEKDAYS).describe("First day of the week in week views"),
});
export type THouseholdSettingsOut = z.infer<typeof ZHouseholdSettingsOut>;

export const ZTimeZone = zText()
  .max(64)
  .refine((v) => knownZones.has(v), { message: "Pick a time zone from the list, such as Europe/Paris" });
export const ZHemisphere = z.enum(["NORTH", "SOUTH"], { message: "Hemisphere is NORTH or SOUTH" });
export const ZWeekStartsOn = z.enum(WEEKDAYS, { message: "First day of the week is a weekday in capitals, such as MONDAY" });
export const ZCurrency = zText()
  .max(8)
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => /^[A-Z]{3}$/.test(v) && knownCurrencies.has(v), { message: "Use a three-letter ISO 4217 currency code, such as EUR" });

/**
 * Zone, hemisphere, currency and first day of the week a new household takes from the browser that creates it.
 * A guess the user never typed: a value this server does not know falls back to the default
 * (UTC, NORTH, USD, MONDAY) rather than failing sign-up on a field nobody can see.
 */
export const ZHouseholdLocale = z.object({
  timeZone: orDefault(ZTimeZone),
  hemisphere: orDefault(ZHemisphere),
  currency: orDefault(ZCurrency),
  weekStartsOn: orDefault(ZWeekStartsOn),
});

/** Text (never control characters: those are refused, 422) that becomes undefined when the schema does not know it. */
function orDefault<T>(schema: z.ZodType<T>) {
  return zText()
    .max(64)
    .transform((value) => {
      const known = schema.safeParse(value);
      return known.success ? known.data : undefined;
    })
    .optional();
}

export const ZUpdateHouseholdSettings = z
  .object({
    name: zText().trim().min(1, { message: "Give the household a name" }).max(100),
    timeZone: ZTimeZone,
    hemisphere: ZHemisphere,
    currency: ZCurrency,
    weekStartsOn: ZWeekStartsOn,
  })
  .partial()
  .strict();
export type TUpdateHouseholdSettings = z.input<typeof ZUpdateHouseholdSettings>;
