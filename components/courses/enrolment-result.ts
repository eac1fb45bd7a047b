import type { MessageValues } from "@/lib/errors";

/** What became of one worker chosen for a course: a place, a place in line, or why not. */
export type EnrolmentResult =
  | { workerId: string; status: "ENROLLED" | "WAITLISTED"; waitlistRank: number | null }
  | { workerId: string; refused: string; messageValues?: MessageValues };
