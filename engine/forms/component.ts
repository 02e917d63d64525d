/** Narrowing of schema components, which come from JSON files and may be anything. */
import type { FormComponent } from "../model/types";
import { isRecord } from "./paths";

/** The component if it is an object with a string `type`, else null. */
export function asComponent(value: unknown): FormComponent | null {
  return isRecord(value) && typeof value.type === "string" ? (value as FormComponent) : null;
}

/** A container's children (empty when `components` is missing or not a list). */
export function childrenOf(component: FormComponent): readonly unknown[] {
  return Array.isArray(component.components) ? component.components : [];
}
