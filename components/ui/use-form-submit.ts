"use client";

import { useRef, useState } from "react";
import { hasFieldErrors, splitSubmitError, type FieldErrors, type SplitOptions, type SubmitErrors } from "@/lib/client/form-errors";
import { useFocusFirstError } from "./use-focus-first-error";

export interface FormSubmitOptions extends SplitOptions {
  /**
   * Fields the form shows beside an input; the server's errors for other paths join the
   * form-level message. A nested path belongs to its first segment ("customFields.0.label").
   */
  fields: readonly string[];
  /** Replaces the default mapping, for forms whose inputs do not match the API's paths. */
  toErrors?: (error: unknown) => SubmitErrors;
}

/**
 * The one way a form sends and shows what went wrong. `submit` clears the old errors, runs
 * the request, and on failure maps the problem+json answer (status, detail, per-field
 * errors) into `fieldErrors` (for `<Field error>`, which sets aria-invalid and
 * aria-describedby) and `formError` (for an `<ErrorAlert>`, announced by role="alert"),
 * then moves focus to the first invalid input. Attach `formRef` to the form.
 *
 * `validate` shows errors found before any request the same way; `setFieldErrors` lets an
 * input clear its own message as it is fixed; `reset` clears everything.
 */
export function useFormSubmit<T extends HTMLElement = HTMLFormElement>({ fields, toErrors, ...split }: FormSubmitOptions) {
  const { formRef, focusFirstError } = useFocusFirstError<T>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // A second submit while the first is in flight (Enter twice) is ignored.
  const inFlight = useRef(false);

  function showErrors(errors: SubmitErrors) {
    setFieldErrors(errors.fields);
    setFormError(errors.form);
    // Also after a form-level error: inputs may be invalid by rules of their own (a rule editor).
    focusFirstError();
  }

  /** Shows errors found in the browser; false when there are any, so the caller stops. */
  function validate(local: FieldErrors): boolean {
    showErrors({ fields: local, form: null });
    return !hasFieldErrors(local);
  }

  /** Runs the request; resolves to true when it succeeded, false when its errors are on screen. */
  async function submit(run: () => Promise<unknown>): Promise<boolean> {
    if (inFlight.current) return false;
    inFlight.current = true;
    setFieldErrors({});
    setFormError(null);
    setPending(true);
    try {
      await run();
      return true;
    } catch (error) {
      showErrors(toErrors ? toErrors(error) : splitSubmitError(error, fields, split));
      return false;
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }

  function reset() {
    setFieldErrors({});
    setFormError(null);
  }

  return { formRef, fieldErrors, formError, pending, submit, validate, setFieldErrors, reset };
}
