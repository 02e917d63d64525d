/**
 * Form-js forms on the server: validation of submitted data (the guard,
 * DESIGN.md §2), the list of a form's fields, and designer-time schema checks.
 */
export { validateFormData } from "./validate-form-data";
export { formFields } from "./form-fields";
export { checkFormSchema } from "./check-form-schema";
export type {
  FieldError,
  FileRef,
  FormFieldInfo,
  FormProblem,
  FormValidationResult,
  ValidateOptions,
} from "./types";
