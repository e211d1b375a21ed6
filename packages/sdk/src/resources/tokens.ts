import type { PagePromise } from "../Page.js";
import type { IdempotentRequestOptions, RequestOptions } from "../RequestOptions.js";
import type {
  Credential,
  Introspection,
  Token,
  TokenCreateRequest,
  TokenId,
  TokenListQuery,
  TokenRevokeQuery,
  TokenRotateRequest,
  TokenUpdateRequest,
  TokenWithSecret,
} from "../types.js";

/**
 * The body of a rotation (T11). `gracePeriodSeconds` is optional here (default 0): the generated
 * type marks it required because the spec gives it a default.
 */
export type TokenRotateInput = Omit<TokenRotateRequest, "gracePeriodSeconds"> &
  Partial<Pick<TokenRotateRequest, "gracePeriodSeconds">>;

/** Personal and organization API tokens (T1-T18). */
export interface TokensResource {
  /**
   * Tokens newest first (T7); await for one page or iterate every token.
   * @example
   * for await (const token of client.tokens.list({ status: "active" })) console.log(token.label);
   */
  list(query?: TokenListQuery, options?: RequestOptions): PagePromise<Token>;
  /**
   * One token (T8); a token the caller may not see is a {@link NotFoundError}.
   * @example
   * const token = await client.tokens.get("tok_8fK2mQ9xLp4Rt7Vw");
   */
  get(id: TokenId, options?: RequestOptions): Promise<Token>;
  /**
   * Creates a token and returns its secret, shown only now (T1, T6); optionally limited to IP blocks
   * (`allowedIps`, P1) and from a start (`notBefore`, P2). Retries reuse one Idempotency-Key (T18).
   * @example
   * const { token, secret } = await client.tokens.create({
   *   label: "CI deploy",
   *   type: "personal",
   *   scopes: [{ resource: "tokens", access: "read" }],
   *   sensitiveData: "hidden",
   * });
   */
  create(body: TokenCreateRequest, options?: IdempotentRequestOptions): Promise<TokenWithSecret>;
  /**
   * Edits label, description, scopes, role, sensitiveData, expiresAt, allowedIps or notBefore (T9).
   * @example
   * await client.tokens.update(id, { label: "CI deploy (prod)" });
   */
  update(id: TokenId, body: TokenUpdateRequest, options?: RequestOptions): Promise<Token>;
  /**
   * Revokes a token at once (T10); with `confirm`, only if it equals the label. Returns the revoked token.
   * @example
   * await client.tokens.revoke(id, { confirm: "CI deploy" });
   */
  revoke(id: TokenId, query?: TokenRevokeQuery, options?: RequestOptions): Promise<Token>;
  /**
   * Issues a new secret; the old one works for `gracePeriodSeconds` more (T11). Retries reuse one Idempotency-Key.
   * @example
   * const { secret } = await client.tokens.rotate(id, { gracePeriodSeconds: 3600 });
   */
  rotate(id: TokenId, body?: TokenRotateInput, options?: IdempotentRequestOptions): Promise<TokenWithSecret>;
  /**
   * Describes the credential this client calls with (T12).
   * @example
   * const { kind, scopes, expiresAt } = await client.tokens.current();
   */
  current(options?: RequestOptions): Promise<Credential>;
  /**
   * Whether a secret is live, per RFC 7662 (T12); dead or foreign secrets give `{ active: false }`.
   * @example
   * const result = await client.tokens.introspect(secret);
   * if (result.active) console.log(result.scope);
   */
  introspect(secret: string, options?: RequestOptions): Promise<Introspection>;
}
