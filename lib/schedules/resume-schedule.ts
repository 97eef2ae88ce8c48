import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { setSchedulePaused } from "./set-schedule-paused";
import type { TScheduleChangeOut } from "./schemas";

export const resumeSchedule = (auth: AuthContext, id: string): Promise<TScheduleChangeOut> => setSchedulePaused(auth, id, false);
