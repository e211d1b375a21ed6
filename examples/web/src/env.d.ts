interface ImportMetaEnv {
  /** A real Tessera API to use instead of the in-memory mock, e.g. `https://api.tessera.dev`. */
  readonly VITE_TESSERA_API_URL?: string;
}
