"use client";

import { createContext, useContext, type ReactNode } from "react";
import { can, type Permission } from "@/lib/core/permissions";
import type { Role } from "@/lib/client/types";

interface Membership {
  userId: string;
  householdId: string;
  role: Role;
}

const MembershipContext = createContext<Membership | null>(null);

/** The signed-in member, known by the server layout before any client request. */
export function MembershipProvider({ value, children }: { value: Membership; children: ReactNode }) {
  return <MembershipContext.Provider value={value}>{children}</MembershipContext.Provider>;
}

export function useMembership(): Membership {
  const membership = useContext(MembershipContext);
  if (!membership) throw new Error("useMembership must be used inside <MembershipProvider>");
  return membership;
}

/**
 * Whether the UI should offer an action. The server checks the same permission table;
 * this only hides what a VIEWER could not do anyway.
 */
export function useCan(permission: Permission): boolean {
  return can(useMembership().role, permission);
}
