import { type SandboxClock } from "../clock.js";
import { type SandboxSettings } from "../env.js";
import { type Scheduler } from "../scheduler/scheduler.js";
import { type SandboxState } from "../state/state.js";
import { type MemberRecord, type MemberUser } from "../state/types.js";

/** What the points domain needs. */
export interface PointsDeps {
  readonly clock: SandboxClock;
  readonly state: SandboxState;
  readonly settings: SandboxSettings;
  readonly scheduler: Scheduler;
}

/** The user that acted, or the administrator when it is gone; a blank user for none. */
export function actingUser(member: MemberRecord, userId: string): MemberUser {
  return (
    member.users.find((user) => user.userId === userId) ??
    member.users[0] ?? { userId: "", userName: "" }
  );
}
