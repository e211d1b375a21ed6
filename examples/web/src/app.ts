import { type SignedIn, signInForm } from "./signInForm.js";
import { tokenPage } from "./tokenPage.js";

/** Options for {@link startApp}. */
export interface AppOptions {
  /** Where the Tessera API is; `location.origin` when the mock answers in a service worker. */
  baseUrl: string;
  /** Whether the API is the mock with its demo data, whose accounts the sign-in page then lists. */
  demo: boolean;
}

/**
 * Renders the app into `root`: the sign-in form, then the token page until the user signs out.
 *
 * @example
 * startApp(document.querySelector("#app")!, { baseUrl: "https://api.tessera.dev", demo: false });
 */
export function startApp(root: HTMLElement, options: AppOptions): void {
  const showSignIn = () => {
    root.replaceChildren(
      signInForm({ baseUrl: options.baseUrl, showDemoAccounts: options.demo, onSignedIn: showTokens }),
    );
    root.querySelector("input")?.focus();
  };
  const showTokens = (signedIn: SignedIn) => {
    root.replaceChildren(tokenPage(signedIn, showSignIn));
  };
  showSignIn();
}
