/** Creates an account and its first household, with the new user as OWNER. */
import "server-only";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors/app-error";
import { hashPassword } from "@/lib/server/crypto/password";
import { ZSignUp, type TSignUp } from "./schemas";

export interface SignUpResult {
  userId: string;
  householdId: string;
}

export async function signUp(input: TSignUp): Promise<SignUpResult> {
  const data = ZSignUp.parse(input);
  const existing = await db().user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (existing) {
    throw new AppError("CONFLICT", "An account with this email already exists.", {
      fieldErrors: [{ path: "email", message: "An account with this email already exists" }],
    });
  }
  const passwordHash = await hashPassword(data.password);
  return db().$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: data.email, name: data.name, passwordHash } });
    const household = await tx.household.create({
      data: {
        name: data.householdName ?? `${data.name}'s household`,
        ...data.householdLocale,
        memberships: { create: { userId: user.id, role: "OWNER" } },
      },
    });
    await tx.user.update({ where: { id: user.id }, data: { activeHouseholdId: household.id } });
    return { userId: user.id, householdId: household.id };
  });
}
