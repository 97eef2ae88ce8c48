import { describe, expect, it } from "vitest";
import { scheduleChangedMessage, taskAssignedMessage, taskDueSoonMessage, taskOverdueMessage } from "@/lib/events/task-events";

const task = { id: "t1", title: "Descale the kettle" };

describe("task notification messages", () => {
  it("link to the task and key the event by task (and date) so notify can append the recipient", () => {
    expect(taskAssignedMessage(task)).toMatchObject({
      url: "/tasks/t1",
      dedupeKey: "task-assigned:t1",
      title: 'You were assigned "Descale the kettle"',
    });
    expect(taskDueSoonMessage(task, "2030-03-10", 0)).toMatchObject({
      url: "/tasks/t1",
      dedupeKey: "task-due-soon:t1:2030-03-10",
      title: '"Descale the kettle" is due today',
    });
    expect(taskDueSoonMessage(task, "2030-03-11", 1).title).toBe('"Descale the kettle" is due tomorrow');
    expect(taskDueSoonMessage(task, "2030-03-13", 3).title).toBe('"Descale the kettle" is due in 3 days');
    expect(taskOverdueMessage(task, "2030-03-01")).toMatchObject({
      url: "/tasks/t1",
      dedupeKey: "task-overdue:t1:2030-03-01",
      body: '"Descale the kettle" was due on 2030-03-01.',
    });
  });

  it("keys a schedule change by the schedule's updatedAt, one per edit", () => {
    const schedule = { id: "s1", title: "Filters", updatedAt: new Date("2030-03-01T10:00:00.000Z") };
    expect(scheduleChangedMessage(schedule, ["t1"])).toMatchObject({
      dedupeKey: "schedule-changed:s1:2030-03-01T10:00:00.000Z",
      url: "/tasks/t1",
    });
    expect(scheduleChangedMessage(schedule, ["t1", "t2"]).url).toBe("/schedules/s1");
  });
});
