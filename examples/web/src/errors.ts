import { ConnectionError, RateLimitError, TesseraError, TimeoutError } from "@tessera/sdk";
import { h } from "./dom.js";

/** An error put into words for the person using the page. */
export interface ErrorDescription {
  /** One sentence: what went wrong. */
  message: string;
  /** Field errors, refused scopes, or when to try again; may be empty. */
  details: string[];
  /** Status, code and request id, for a bug report; undefined for errors that are not from the API. */
  reference: string | undefined;
}

/** `/body/scopes/0/resourceIds` -> `scopes 0 resourceIds`: the field a validation error points at. */
function fieldName(pointer: string): string {
  return pointer.split("/").slice(2).join(" ") || pointer;
}

/**
 * Turns anything thrown by an SDK call into readable text. The SDK throws one `TesseraError`
 * subclass per problem family, each carrying the API's `detail`, field `errors`, `code` and
 * `requestId`, so the page can show the service's own explanation instead of a bare status code.
 *
 * @example
 * try {
 *   await client.tokens.create(body);
 * } catch (error) {
 *   const { message, details } = describeError(error);
 * }
 */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ConnectionError) {
    return {
      message: "The Tessera API could not be reached. Check your connection.",
      details: [],
      reference: undefined,
    };
  }
  if (error instanceof TimeoutError && error.status === undefined) {
    return {
      message: "The Tessera API took too long to answer. Try again.",
      details: [],
      reference: undefined,
    };
  }
  if (error instanceof TesseraError) {
    const details = error.errors.map((field) => `${fieldName(field.pointer)}: ${field.detail}`);
    if (error instanceof RateLimitError && error.retryAfter !== undefined) {
      details.push(`Try again in ${Math.ceil(error.retryAfter / 60)} minute(s).`);
    }
    const parts = [error.status, error.code, error.requestId && `request ${error.requestId}`];
    return {
      message: error.detail ?? error.message,
      details,
      reference: parts.filter(Boolean).join(" · ") || undefined,
    };
  }
  return {
    message: error instanceof Error ? error.message : String(error),
    details: [],
    reference: undefined,
  };
}

/**
 * A box announcing an error to screen readers (`role="alert"`), ready to put into a form.
 *
 * @example
 * form.querySelector(".error-slot")?.replaceChildren(errorBox(error));
 */
export function errorBox(error: unknown): HTMLElement {
  const { message, details, reference } = describeError(error);
  return h(
    "div",
    { class: "error", role: "alert" },
    h("p", { class: "error-message" }, message),
    details.length > 0 && h("ul", {}, ...details.map((detail) => h("li", {}, detail))),
    reference && h("p", { class: "error-reference" }, reference),
  );
}
