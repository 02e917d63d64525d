"use server";
/** Server actions of the organisation page; each is the wrapper around one verb. */
import { field, listField, runAction } from "@/app/_lib/action";
import type { FormState } from "@/app/_lib/form-state";
import { createUnit } from "@/db/services/admin/create-unit";
import { importUnits } from "@/db/services/admin/import-units";
import { moveUnit } from "@/db/services/admin/move-unit";
import { retireUnit } from "@/db/services/admin/retire-unit";
import { setLevels } from "@/db/services/admin/set-levels";
import { updateUnit } from "@/db/services/admin/update-unit";

const revalidate = ["/admin/units"];

export async function createUnitAction(_s: FormState, f: FormData): Promise<FormState> {
  return runAction(
    async ({ db, actor }) => {
      await createUnit(db, {
        actor,
        input: {
          code: field(f, "code"),
          name: field(f, "name"),
          level: field(f, "level"),
          kind: field(f, "kind"),
          parent: field(f, "parent"),
        },
      });
      return "unitCreated";
    },
    { revalidate },
  );
}

export async function updateUnitAction(_s: FormState, f: FormData): Promise<FormState> {
  return runAction(
    async ({ db, actor }) => {
      await updateUnit(db, {
        actor,
        input: { code: field(f, "code"), name: field(f, "name"), kind: field(f, "kind") },
      });
    },
    { revalidate },
  );
}

export async function moveUnitAction(_s: FormState, f: FormData): Promise<FormState> {
  return runAction(
    async ({ db, actor }) => {
      await moveUnit(db, { actor, input: { code: field(f, "code"), parent: field(f, "parent") } });
    },
    { revalidate },
  );
}

export async function retireUnitAction(_s: FormState, f: FormData): Promise<FormState> {
  return runAction(
    async ({ db, actor }) => {
      await retireUnit(db, {
        actor,
        input: { code: field(f, "code"), effective: field(f, "effective") },
      });
    },
    { revalidate },
  );
}

export async function importUnitsAction(_s: FormState, f: FormData): Promise<FormState> {
  return runAction(
    async ({ db, actor }) => {
      const file = f.get("file");
      const csv = file instanceof File ? await file.text() : "";
      const summary = await importUnits(db, {
        actor,
        input: { csv, source: file instanceof File ? file.name : "upload" },
      });
      if (!summary.ok) {
        const { ServiceError } = await import("@/db/services/errors");
        throw new ServiceError(
          "VALIDATION",
          "bad rows",
          summary.errors.slice(0, 20).map((e) => ({ field: `line ${e.line}`, message: e.message })),
        );
      }
      return "imported";
    },
    { revalidate },
  );
}

export async function setLevelsAction(_s: FormState, f: FormData): Promise<FormState> {
  return runAction(
    async ({ db, actor }) => {
      await setLevels(db, { actor, input: { levels: listField(f, "levels") } });
    },
    { revalidate },
  );
}
