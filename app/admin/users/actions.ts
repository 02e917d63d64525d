"use server";
/** Server actions of the users page; each is the wrapper around one verb. */
import { field, listField, runAction } from "@/app/_lib/action";
import type { FormState } from "@/app/_lib/form-state";
import { addSubstitute } from "@/db/services/admin/add-substitute";
import { createUser } from "@/db/services/admin/create-user";
import { resetPassword } from "@/db/services/admin/reset-password";
import { setMembership } from "@/db/services/admin/set-membership";
import { setUserDisabled } from "@/db/services/admin/set-user-disabled";

const revalidate = ["/admin/users"];

export async function createUserAction(_s: FormState, f: FormData): Promise<FormState> {
  return runAction(
    async ({ db, actor }) => {
      const unit = field(f, "unit");
      await createUser(db, {
        actor,
        input: {
          username: field(f, "username"),
          name: field(f, "name"),
          email: field(f, "email"),
          password: typeof f.get("password") === "string" ? f.get("password") : "",
          roles: f.getAll("roles").filter((r) => typeof r === "string"),
          memberships: unit ? [{ unit, roles: listField(f, "unitRoles") }] : [],
        },
      });
      return "userCreated";
    },
    { revalidate },
  );
}

export async function setDisabledAction(_s: FormState, f: FormData): Promise<FormState> {
  return runAction(
    async ({ db, actor }) => {
      await setUserDisabled(db, {
        actor,
        input: { userId: field(f, "userId"), disabled: field(f, "disabled") === "true" },
      });
    },
    { revalidate },
  );
}

export async function resetPasswordAction(_s: FormState, f: FormData): Promise<FormState> {
  return runAction(
    async ({ db, actor }) => {
      const password = f.get("password");
      await resetPassword(db, {
        actor,
        input: {
          userId: field(f, "userId"),
          password: typeof password === "string" ? password : "",
        },
      });
    },
    { revalidate },
  );
}

export async function setMembershipAction(_s: FormState, f: FormData): Promise<FormState> {
  return runAction(
    async ({ db, actor }) => {
      await setMembership(db, {
        actor,
        input: { userId: field(f, "userId"), unit: field(f, "unit"), roles: listField(f, "roles") },
      });
    },
    { revalidate },
  );
}

export async function addSubstituteAction(_s: FormState, f: FormData): Promise<FormState> {
  return runAction(
    async ({ db, actor }) => {
      await addSubstitute(db, {
        actor,
        input: {
          absentUserId: field(f, "absentUserId"),
          substituteUserId: field(f, "substituteUserId"),
          unit: field(f, "unit"),
          from: field(f, "from"),
          to: field(f, "to"),
        },
      });
    },
    { revalidate },
  );
}
