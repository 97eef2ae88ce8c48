"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * After a failed submit, moves focus to the first invalid control so keyboard and
 * screen-reader users land on what to fix. Focus happens after React commits the
 * error state, hence the request counter and the effect.
 */
export function useFocusFirstError<T extends HTMLElement = HTMLFormElement>() {
  const formRef = useRef<T>(null);
  const [request, setRequest] = useState(0);

  useEffect(() => {
    if (request === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request]);

  const focusFirstError = useCallback(() => setRequest((n) => n + 1), []);
  return { formRef, focusFirstError };
}
