import type { TMeterOut } from "@/lib/meters/schemas";

const UNIT_LABELS: Record<TMeterOut["unit"], string> = { HOURS: "hours", KM: "km", MILES: "miles", CYCLES: "cycles", CUSTOM: "units" };

export function meterUnitLabel(meter: Pick<TMeterOut, "unit" | "customUnit">): string {
  return meter.unit === "CUSTOM" ? (meter.customUnit ?? UNIT_LABELS.CUSTOM) : UNIT_LABELS[meter.unit];
}
