/** A seasonal rule without a hemisphere takes the household's; one with its own keeps it. */
import { describe, expect, it } from "vitest";
import { updateHouseholdSettings } from "@/lib/households/settings";
import { createHouseholdOwner } from "@/tests/support/fixtures";
import { expectOk, scheduleApiAs } from "./test-kit";
import type { TScheduleChangeOut } from "./schemas";

describe("seasonal rules default to the household's hemisphere", () => {
  it("fills in a missing hemisphere on create and update, keeps an explicit one, and refuses an unknown one", async () => {
    const owner = await createHouseholdOwner("seasonal-default");
    await updateHouseholdSettings(owner.auth, { timeZone: "Pacific/Auckland", hemisphere: "SOUTH" });
    const api = scheduleApiAs(owner);

    const southern = expectOk<TScheduleChangeOut>(
      await api.createSchedule({ title: "Gutters", rule: { kind: "SEASONAL", season: "FALL" } }),
      201,
    );
    expect(southern.schedule.rule).toEqual({ kind: "SEASONAL", season: "FALL", hemisphere: "SOUTH" });
    expect(southern.schedule.nextTask?.dueOn?.slice(5)).toBe("03-01");

    const northern = expectOk<TScheduleChangeOut>(
      await api.createSchedule({ title: "Visiting", rule: { kind: "SEASONAL", season: "FALL", hemisphere: "NORTH" } }),
      201,
    );
    expect(northern.schedule.rule).toMatchObject({ hemisphere: "NORTH" });
    expect(northern.schedule.nextTask?.dueOn?.slice(5)).toBe("09-01");

    const updated = expectOk<TScheduleChangeOut>(
      await api.updateSchedule(northern.schedule.id, { rule: { kind: "SEASONAL", season: "SPRING" } }),
    );
    expect(updated.schedule.rule).toEqual({ kind: "SEASONAL", season: "SPRING", hemisphere: "SOUTH" });
    expect(updated.schedule.nextTask?.dueOn?.slice(5)).toBe("09-01");

    // The household moving hemisphere does not move a saved rule.
    await updateHouseholdSettings(owner.auth, { hemisphere: "NORTH" });
    expect(expectOk<{ rule: unknown }>(await api.getSchedule(southern.schedule.id)).rule).toMatchObject({ hemisphere: "SOUTH" });

    expect((await api.createSchedule({ title: "X", rule: { kind: "SEASONAL", season: "FALL", hemisphere: "EAST" } })).status).toBe(422);
    expect((await api.preview({ rule: { kind: "SEASONAL", season: "FALL", hemisphere: null } })).status).toBe(422);
  });
});
