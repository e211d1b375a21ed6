/**
 * GENERATED FILE: DO NOT EDIT BY HAND.
 * TypeScript types from spec/openapi.yaml. Regenerate with `pnpm generate`; `pnpm test` fails when this file is stale.
 */

export type paths = {
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with email and password
         * @description Exchanges HTTP Basic `email:password` for a session secret (A5). The request has no body.
         *     A wrong email, a wrong password and a user who belongs to no organization any more all give
         *     byte-identical 401 responses, after the same password check (H3). Each of them counts as a
         *     failure: five failures for one email within 15 minutes lock that email for 15 minutes (429
         *     with `Retry-After`).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Revokes the session used to make this request (A6). Only sessions can log out.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requester": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the caller
         * @description Works for every valid credential (Q1). Users get their profile; organization tokens get the
         *     organization. With `sensitiveData: hidden`, `email` and `organization.balance` are null and
         *     listed in `redacted` (Q2).
         */
        get: operations["getRequester"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the scope catalogue
         * @description Every resource type with its description, the accesses it takes, whether it can be restricted
         *     to selected resources, and whether the caller's plan allows scoped tokens (S2).
         */
        get: operations["listScopes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scopes/{resource}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List selectable resources of one type
         * @description The zones, domains or certificates of the caller's organization that a token can be restricted
         *     to, for a scope picker (S2). Needs `<resource>:read`; a caller restricted to selected resources
         *     sees only those.
         */
        get: operations["listScopeResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tokens
         * @description Newest first, cursor-paginated (T7). Users see their own personal tokens; admins also see the
         *     organization's tokens and its members' personal tokens. Needs `tokens:read`.
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create a token
         * @description Creates a personal or organization token and returns its secret, which is shown only in this
         *     response (T1, T6). Only admins create organization tokens (T2); nobody grants more than they
         *     hold (T3); solo plans create full-access tokens only (S3); at most 50 active tokens per owner
         *     (T4). Honours `Idempotency-Key` (T18). Needs `tokens:write`.
         *
         *     `403 scope_escalation` (H1) when the new token would hold more than the caller: `refused`
         *     names a scope (`zones:write`, `zones:write[zone_x]`), `role:admin`, `sensitiveData:visible`
         *     (from a `hidden` caller) or `expiresAt` (later than the calling token's own expiry, or
         *     `null` from a token that expires; sessions are exempt). An omitted `expiresAt` never
         *     escalates: it defaults within the caller's own expiry (see `expiresAt`).
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the calling credential
         * @description Works for every valid credential, including sessions and legacy keys (T12).
         */
        get: operations["getCurrentToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Introspect a secret (RFC 7662)
         * @description Tells whether a secret is live (T12). Dead, unknown, malformed and foreign secrets all give
         *     exactly `{ "active": false }`. Needs `tokens:read`.
         */
        post: operations["introspectToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token id. */
                id: components["parameters"]["TokenIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a token
         * @description A token the caller may not see is 404, never 403 (T8). Needs `tokens:read`.
         */
        get: operations["getToken"];
        put?: never;
        post?: never;
        /**
         * Revoke a token
         * @description Revokes at once: the next request with its secret is 401 (T10). When `confirm` is given it must
         *     equal the token's label, the API form of typing the label to confirm. Needs `tokens:write`.
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        /**
         * Edit a token
         * @description Edits label, description, scopes, role, sensitiveData and expiresAt (T9). The same escalation
         *     (T3) and plan (S3) rules as creation apply; changes take effect on the next request. Only
         *     active tokens can be edited. Needs `tokens:write`.
         *
         *     No escalation (H1): an edit that gives anything (`scopes`, `role`, `sensitiveData: visible`,
         *     or an `expiresAt` later than the token's current one) gives it to the token as a whole, so
         *     the token as it would be after the edit must be covered by the caller, as for a rotation:
         *     its scopes under its role (and every grant named in `scopes`), `visible` only from a
         *     `visible` caller, and an expiry no later than the calling token's own (`null`, never,
         *     counts as latest; sessions are exempt). Otherwise `403 scope_escalation`, with `refused`
         *     naming scopes, `role:admin`, `sensitiveData:visible` or `expiresAt`. So a `hidden`
         *     credential cannot edit any token, itself included, to `visible`, and a token cannot
         *     extend any token, itself included, beyond its own expiry. Label, description,
         *     `sensitiveData: hidden` and an earlier expiry give nothing and are not measured.
         */
        patch: operations["updateToken"];
        trace?: never;
    };
    "/v1/tokens/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token id. */
                id: components["parameters"]["TokenIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a token's secret
         * @description Issues a new secret for the same token (T11). The old secret keeps working for
         *     `gracePeriodSeconds` (default 0: it stops at once). Honours `Idempotency-Key` (T18).
         *     Needs `tokens:write`. Only a personal token's owner may rotate it (`403 forbidden`).
         *
         *     The new secret is the whole token, so a credential may rotate only itself or a token it
         *     covers (H1); otherwise `403 scope_escalation` with `refused` naming what the token has
         *     beyond the caller: scopes it can use under its role (or its owner's current role),
         *     `role:admin` (an admin-role organization token, for a non-admin caller),
         *     `sensitiveData:visible` (a `visible` token, for a `hidden` caller) or `expiresAt` (a token
         *     that would expire after the calling token, never-expiring counting as latest; sessions are
         *     exempt). Rotating itself is always allowed, but a new `expiresAt` obeys the lifetime rule.
         */
        post: operations["rotateToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description Token and login events of the caller's organization, newest first (T16). Admins only; needs
         *     `tokens:read`. Events never contain secrets, only masked prefixes.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the caller's organization
         * @description The organization the credential acts in, with its token policy (P5). Works for every valid
         *     credential; with `sensitiveData: hidden` the balance is null and listed in `redacted` (Q2).
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organization/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the organization's token policy
         * @description Changes the token policy (P5): the longest token lifetime (T13), the days of inactivity after
         *     which a token is revoked, and whether tokens must carry an IP allow-list (P1). Only the fields
         *     given change. A policy applies to tokens created or edited after the change, and to inactivity
         *     from the change on; existing tokens keep their expiry and allow-list. Admins only (`403
         *     forbidden` otherwise); needs `tokens:write`. Audited as `organization.policy_updated`.
         */
        patch: operations["updateOrganizationPolicy"];
        trace?: never;
    };
    "/v1/credentials/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report leaked secrets
         * @description For secret scanners and anyone who finds a Tessera secret where it should not be (P4). Needs
         *     no credential: an `Authorization` header is not read. Every live token among the secrets is
         *     revoked at once (`revocationReason: leaked`), its owner (organization tokens: every admin) is
         *     notified with the token masked, and a `token.leaked` audit event is written; a live session
         *     secret is ended. The answer is always `202` with no body, whether any secret was live,
         *     unknown, malformed or already dead, so a report tells nothing about the secrets in it.
         *     Limited to 10 reports per caller address per 15 minutes (`429 rate_limited`, `Retry-After`).
         */
        post: operations["reportLeakedCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description Token id.
         * @example tok_8fK2mQ9xLp4Rt7Vw
         */
        TokenId: string;
        /**
         * @description Id of a zone (`zone_`), domain (`dom_`) or certificate (`cert_`) a grant can be restricted to (S1).
         * @example zone_acme01
         */
        ResourceId: string;
        /**
         * Format: date-time
         * @description RFC 3339 date-time in UTC.
         * @example 2099-12-31T00:00:00.000Z
         */
        Timestamp: string;
        /** @description An RFC 3339 date-time in UTC, or null where the field has none (never expires, never used). */
        NullableTimestamp: components["schemas"]["Timestamp"] | null;
        /**
         * @description Organization plan; `solo` allows full-access tokens only (S3).
         * @enum {string}
         */
        Plan: "solo" | "teams" | "enterprise";
        /**
         * @description Membership role, or the role an organization token carries.
         * @enum {string}
         */
        Role: "admin" | "developer";
        /** @description The role of an organization token; null for personal tokens. */
        NullableRole: components["schemas"]["Role"] | null;
        /** @enum {string} */
        ReceiveReports: "never" | "daily" | "weekly" | "monthly";
        /**
         * @description A resource type that scopes grant access to (S1).
         * @enum {string}
         */
        ResourceType: "tokens" | "members" | "zones" | "domains" | "certificates" | "billing";
        /**
         * @description Resource types whose grants can be restricted to selected instances (S1).
         * @enum {string}
         */
        SelectableResourceType: "zones" | "domains" | "certificates";
        /**
         * @description `write` implies `read`.
         * @enum {string}
         */
        Access: "read" | "write";
        /** @description A resource type, or `*` for every type. */
        GrantResource: components["schemas"]["ResourceType"] | "*";
        /**
         * @description One grant. `resource: "*"` with `access: write` is full access (S3). `resourceIds` restricts a
         *     zones, domains or certificates grant to those instances; without it the grant covers every
         *     instance of the type.
         * @example {
         *       "resource": "zones",
         *       "access": "write",
         *       "resourceIds": [
         *         "zone_acme01"
         *       ]
         *     }
         */
        ScopeGrant: {
            resource: components["schemas"]["GrantResource"];
            access: components["schemas"]["Access"];
            resourceIds?: components["schemas"]["ResourceId"][];
        };
        /** @description The token's grants; at least one. Duplicate resources are not allowed. */
        ScopeList: components["schemas"]["ScopeGrant"][];
        /** @enum {string} */
        TokenType: "personal" | "organization";
        /** @enum {string} */
        TokenStatus: "active" | "expired" | "revoked";
        /**
         * @description With `hidden`, email and balance are returned as null (Q2).
         * @enum {string}
         */
        SensitiveData: "hidden" | "visible";
        /** @enum {string} */
        CredentialKind: "session" | "personal" | "organization" | "legacy";
        /**
         * @description An IPv4 or IPv6 block in CIDR notation (`203.0.113.0/24`, `2001:db8::/32`), or one address
         *     (`203.0.113.7`, meaning `/32`; `2001:db8::7`, meaning `/128`). IPv4 in four decimal parts only;
         *     no bits may be set after the prefix; returned in canonical form (P1).
         * @example 203.0.113.0/24
         */
        IpRange: string;
        /**
         * @description The addresses the token may be used from (P1): 1 to 20 blocks, or null for any address. A
         *     request from elsewhere is `403 ip_not_allowed` and changes nothing.
         * @example [
         *       "203.0.113.0/24",
         *       "2001:db8::/32"
         *     ]
         */
        AllowedIps: components["schemas"]["IpRange"][] | null;
        /**
         * @description Why a token was revoked: `manual` (`DELETE /v1/tokens/{id}`, T10), `leaked` (reported leaked,
         *     P4) or `inactive` (unused for the organization's `revokeAfterInactiveDays`, P5); null while it
         *     is not revoked.
         * @enum {string|null}
         */
        RevocationReason: "manual" | "leaked" | "inactive" | null;
        /**
         * @description 1 to 100 characters after trimming surrounding spaces, which are removed (T5); the raw
         *     value may carry up to 200. Characters are Unicode code points, so an emoji counts as one.
         *     Duplicates are allowed. Plain text only (E5): a label holding a control or format character
         *     (Unicode general categories Cc and Cf: NUL, tab, newline, bidi overrides such as U+202E,
         *     zero-width spaces and joiners, U+FEFF), a line or paragraph separator (Zl, Zp: U+2028,
         *     U+2029) or an unpaired surrogate is refused with
         *     `400 invalid_request` at `/body/label`, so a label typed to confirm (T10) cannot be spoofed.
         * @example CI deploy
         */
        TokenLabel: string;
        /**
         * @description Up to 500 characters (Unicode code points). Plain text only, like the label (E5): control and
         *     format characters (Cc and Cf, newlines included), line and paragraph separators (Zl, Zp) and
         *     unpaired surrogates are refused with
         *     `400 invalid_request` at `/body/description`.
         * @example Used by the deploy pipeline
         */
        TokenDescription: string | null;
        UserRef: {
            /** @example usr_ada */
            id: string;
            /** @example Ada Lovelace */
            name: string;
        };
        /**
         * @description A token as listed. Its secret is never part of it (T6).
         * @example {
         *       "id": "tok_8fK2mQ9xLp4Rt7Vw",
         *       "label": "CI deploy",
         *       "description": null,
         *       "type": "personal",
         *       "role": null,
         *       "scopes": [
         *         {
         *           "resource": "tokens",
         *           "access": "read"
         *         }
         *       ],
         *       "sensitiveData": "hidden",
         *       "prefix": "tsr_pat_Demo",
         *       "organizationId": "org_acme",
         *       "createdAt": "2026-11-01T09:00:00.000Z",
         *       "createdBy": {
         *         "id": "usr_ada",
         *         "name": "Ada Lovelace"
         *       },
         *       "lastUsedAt": "2026-11-21T17:42:10.000Z",
         *       "lastUsedIp": "203.0.113.7",
         *       "expiresAt": "2099-12-31T00:00:00.000Z",
         *       "revokedAt": null,
         *       "revocationReason": null,
         *       "status": "active",
         *       "legacy": false,
         *       "allowedIps": [
         *         "203.0.113.0/24"
         *       ],
         *       "notBefore": null
         *     }
         */
        Token: {
            id: components["schemas"]["TokenId"];
            label: components["schemas"]["TokenLabel"];
            description: components["schemas"]["TokenDescription"];
            type: components["schemas"]["TokenType"];
            role: components["schemas"]["NullableRole"];
            scopes: components["schemas"]["ScopeList"];
            sensitiveData: components["schemas"]["SensitiveData"];
            /**
             * @description The first 12 characters of the secret, for recognising it.
             * @example tsr_pat_Demo
             */
            prefix: string;
            /** @example org_acme */
            organizationId: string;
            createdAt: components["schemas"]["Timestamp"];
            createdBy: components["schemas"]["UserRef"];
            /** @description When the token last authenticated a request (T14). */
            lastUsedAt: components["schemas"]["NullableTimestamp"];
            /**
             * @description Client address of the last request, where known.
             * @example 203.0.113.7
             */
            lastUsedIp: string | null;
            /** @description When the token stops working; null for never. */
            expiresAt: components["schemas"]["NullableTimestamp"];
            revokedAt: components["schemas"]["NullableTimestamp"];
            revocationReason: components["schemas"]["RevocationReason"];
            status: components["schemas"]["TokenStatus"];
            /** @description A deprecated pre-existing API key (T17). */
            legacy: boolean;
            allowedIps: components["schemas"]["AllowedIps"];
            /** @description When the token starts working (P2); null for at once. */
            notBefore: components["schemas"]["NullableTimestamp"];
        };
        TokenPage: {
            data: components["schemas"]["Token"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        TokenCreateRequest: {
            label: components["schemas"]["TokenLabel"];
            description?: components["schemas"]["TokenDescription"];
            type: components["schemas"]["TokenType"];
            /** @description Organization tokens only; defaults to `developer` (least privilege). */
            role?: components["schemas"]["Role"];
            scopes: components["schemas"]["ScopeList"];
            sensitiveData: components["schemas"]["SensitiveData"];
            /**
             * @description Must be in the future and within the organization's `maxTokenLifetimeDays` (T13), and,
             *     when the caller is a personal or organization token that itself expires, no later than
             *     the caller's own expiry (H1: `403 scope_escalation`, `refused: ["expiresAt"]`; null is
             *     refused likewise). Omitted means the earliest of the organization's cap and that
             *     caller's own expiry, or never when neither applies; null means never and is refused
             *     when the organization has a cap. Sessions are exempt from the caller's-expiry rule.
             */
            expiresAt?: components["schemas"]["NullableTimestamp"];
            /**
             * @description The addresses the token may be used from (P1); omitted or null for any. Required (not
             *     null) when the organization's policy has `requireAllowedIps` (P5: `400` at
             *     `/body/allowedIps`). A caller that itself carries `allowedIps` must give blocks within
             *     its own (H1: `403 scope_escalation`).
             */
            allowedIps?: components["schemas"]["AllowedIps"];
            /**
             * @description When the token starts working (P2); before it, requests with it are `401
             *     token_not_yet_valid`. Omitted or null: at once. Must be earlier than `expiresAt`.
             */
            notBefore?: components["schemas"]["NullableTimestamp"];
        };
        /**
         * @description Only the fields given change (T9).
         * @example {
         *       "label": "CI deploy (prod)",
         *       "scopes": [
         *         {
         *           "resource": "tokens",
         *           "access": "write"
         *         }
         *       ]
         *     }
         */
        TokenUpdateRequest: {
            label?: components["schemas"]["TokenLabel"];
            description?: components["schemas"]["TokenDescription"];
            scopes?: components["schemas"]["ScopeList"];
            /** @description Organization tokens only. */
            role?: components["schemas"]["Role"];
            sensitiveData?: components["schemas"]["SensitiveData"];
            /**
             * @description Same rules as at creation (T13, H1): null removes the expiry where the policy allows and
             *     the caller is a session or a token that never expires; a token cannot set an expiry
             *     later than its own (`403 scope_escalation`, `refused: ["expiresAt"]`).
             */
            expiresAt?: components["schemas"]["NullableTimestamp"];
            /**
             * @description Replaces the allow-list (P1); null lifts it. Under `requireAllowedIps` (P5) every edit
             *     must leave the token with one. Widening it (null, or a block outside the current ones)
             *     gives, so it is measured as H1 says (see the operation).
             */
            allowedIps?: components["schemas"]["AllowedIps"];
            /** @description When the token starts working (P2); null for at once. */
            notBefore?: components["schemas"]["NullableTimestamp"];
        };
        /**
         * @example {
         *       "gracePeriodSeconds": 3600
         *     }
         */
        TokenRotateRequest: {
            /**
             * @description How long the old secret keeps working, in seconds (T11).
             * @default 0
             */
            gracePeriodSeconds?: number;
            /**
             * @description A new expiry for the token (T13); omitted keeps the current one. Either way, the expiry
             *     after the rotation must be no later than the calling token's own (H1; sessions are
             *     exempt), or the rotation is `403 scope_escalation` with `refused: ["expiresAt"]`.
             */
            expiresAt?: components["schemas"]["NullableTimestamp"];
        };
        TokenWithSecret: {
            token: components["schemas"]["Token"];
            /**
             * @description The full secret. Shown only in create and rotate responses (T6).
             * @example tsr_pat_ExampleNewTokenSecret0000000030G31D1
             */
            secret: string;
        };
        /** @description The credential used for a request (T12, Q1). */
        Credential: {
            /**
             * @description Token id, or session id for sessions.
             * @example tok_8fK2mQ9xLp4Rt7Vw
             */
            id: string;
            kind: components["schemas"]["CredentialKind"];
            /** @description The token's label; null for sessions. */
            label: string | null;
            /** @example tsr_pat_Demo */
            prefix: string;
            /** @description The role this credential acts with right now. */
            role: components["schemas"]["Role"];
            scopes: components["schemas"]["ScopeList"];
            sensitiveData: components["schemas"]["SensitiveData"];
            /** @example org_acme */
            organizationId: string;
            createdAt: components["schemas"]["Timestamp"];
            expiresAt: components["schemas"]["NullableTimestamp"];
            lastUsedAt: components["schemas"]["NullableTimestamp"];
            /** @description The addresses this credential may be used from (P1); null for sessions and unrestricted tokens. */
            allowedIps: components["schemas"]["AllowedIps"];
            notBefore: components["schemas"]["NullableTimestamp"];
        };
        Session: {
            /** @example ses_4fT9kW2mQ8xLp7Rv */
            id: string;
            /**
             * @description The session secret; send it as a bearer token.
             * @example tsr_ses_ExampleSessionValue0000000000104ZwPx
             */
            value: string;
            expiresAt: components["schemas"]["Timestamp"];
            user: components["schemas"]["SessionUser"];
        };
        /** @description The user a session acts as. */
        SessionUser: {
            /** @example usr_ada */
            id: string;
        };
        /** @description The organization's token policy (P5). */
        OrganizationPolicy: {
            /** @description Longest allowed token lifetime in days; null for unlimited (T13). */
            maxTokenLifetimeDays: number | null;
            /**
             * @description Days without an accepted request after which a token is revoked (`revocationReason:
             *     inactive`), counted from its last use, its creation or the change of this setting,
             *     whichever is latest; null for never.
             */
            revokeAfterInactiveDays: number | null;
            /** @description Whether tokens created or edited from now on must carry `allowedIps` (P1). */
            requireAllowedIps: boolean;
        };
        /**
         * @description Only the fields given change (P5).
         * @example {
         *       "revokeAfterInactiveDays": 90
         *     }
         */
        OrganizationPolicyUpdate: {
            /** @description Longest token lifetime in days for expiries set from now on; null for unlimited. */
            maxTokenLifetimeDays?: number | null;
            /** @description Revoke tokens unused for this many days, counted from now at the earliest; null for never. */
            revokeAfterInactiveDays?: number | null;
            /** @description Whether tokens created or edited from now on must carry `allowedIps`. */
            requireAllowedIps?: boolean;
        };
        /** @description The caller's organization (P5). */
        Organization: {
            /** @example org_acme */
            id: string;
            /** @example Acme */
            name: string;
            plan: components["schemas"]["Plan"];
            /**
             * @description Account balance in US dollars; null when redacted (Q2).
             * @example 1250.5
             */
            balance: number | null;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            policy: components["schemas"]["OrganizationPolicy"];
            redacted: components["schemas"]["Redacted"];
        };
        /**
         * @description Secrets found where they should not be (P4).
         * @example {
         *       "credentials": [
         *         "tsr_pat_ExampleNewTokenSecret0000000030G31D1"
         *       ]
         *     }
         */
        LeakReport: {
            credentials: string[];
        };
        /** @description An organization the caller belongs to, with the role held there. */
        Membership: {
            /** @example org_acme */
            id: string;
            /** @example Acme */
            name: string;
            plan: components["schemas"]["Plan"];
            /**
             * @description Account balance in US dollars; null when redacted (Q2).
             * @example 1250.5
             */
            balance: number | null;
            role: components["schemas"]["Role"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            policy: components["schemas"]["OrganizationPolicy"];
        };
        /**
         * @description JSON pointers of the fields withheld because the credential hides sensitive data (Q2), e.g.
         *     `/email`, `/organization/balance`, `/organizations/0/balance` (and `/balance` in
         *     `GET /v1/organization`).
         */
        Redacted: string[];
        UserRequester: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "user";
            /** @example usr_ada */
            id: string;
            /**
             * @description Display name.
             * @example Ada Lovelace
             */
            name: string;
            /**
             * Format: email
             * @description Null when redacted (Q2).
             * @example ada@acme.test
             */
            email: string | null;
            emailIsVerified: boolean;
            /** @example Ada */
            firstName: string;
            /** @example Lovelace */
            lastName: string;
            receiveReports: components["schemas"]["ReceiveReports"];
            organization: components["schemas"]["Membership"];
            /** @description Every organization the user belongs to, oldest membership first (at most 100). */
            organizations: components["schemas"]["Membership"][];
            credential: components["schemas"]["Credential"];
            redacted: components["schemas"]["Redacted"];
        };
        OrganizationRequester: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "organization";
            /**
             * @description The organization's id.
             * @example org_acme
             */
            id: string;
            /** @example Acme */
            name: string;
            organization: components["schemas"]["Membership"];
            credential: components["schemas"]["Credential"];
            redacted: components["schemas"]["Redacted"];
        };
        /** @description Who is calling (Q1). */
        Requester: components["schemas"]["UserRequester"] | components["schemas"]["OrganizationRequester"];
        ScopeResourceInfo: {
            resource: components["schemas"]["ResourceType"];
            /** @example DNS zones and their records. */
            description: string;
            accesses: components["schemas"]["Access"][];
            /** @description Whether grants can be restricted to selected instances. */
            selectable: boolean;
        };
        ScopeCatalogue: {
            resources: components["schemas"]["ScopeResourceInfo"][];
            fullAccess: components["schemas"]["ScopeGrant"];
            plan: components["schemas"]["Plan"];
            /** @description False on the solo plan, where tokens are full access only (S3). */
            scopedTokensAllowed: boolean;
        };
        SelectableResource: {
            id: components["schemas"]["ResourceId"];
            type: components["schemas"]["SelectableResourceType"];
            /** @example acme.test */
            name: string;
        };
        SelectableResourcePage: {
            data: components["schemas"]["SelectableResource"][];
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "token": "tsr_pat_ExampleNewTokenSecret0000000030G31D1"
         *     }
         */
        IntrospectionRequest: {
            /** @description The secret to introspect. */
            token: string;
            /** @enum {string} */
            token_type_hint?: "access_token";
        };
        ActiveIntrospection: {
            /** @constant */
            active: true;
            /**
             * @description Space-separated grants, e.g. `tokens:read zones:write`.
             * @example tokens:read zones:write
             */
            scope: string;
            /**
             * @description The token id.
             * @example tok_8fK2mQ9xLp4Rt7Vw
             */
            client_id: string;
            /** @description The owner's email, for personal tokens and sessions with visible sensitive data. */
            username?: string;
            /** @constant */
            token_type: "Bearer";
            /** @description Expiry as a Unix time; absent when the token never expires. */
            exp?: number;
            /** @description Creation as a Unix time. */
            iat: number;
            /** @description The token's `notBefore` as a Unix time (P2); absent when it has none. */
            nbf?: number;
            /** @description The principal, a user or organization id. */
            sub: string;
            kind: components["schemas"]["CredentialKind"];
            organization_id: string;
        };
        InactiveIntrospection: {
            /** @constant */
            active: false;
        };
        /** @description RFC 7662 introspection response. */
        Introspection: components["schemas"]["ActiveIntrospection"] | components["schemas"]["InactiveIntrospection"];
        /** @enum {string} */
        AuditEventType: "token.created" | "token.updated" | "token.rotated" | "token.revoked" | "token.expired" | "token.leaked" | "organization.policy_updated" | "login.failed";
        AuditEvent: {
            /** @example evt_3kP9wQ2mT8xLr4Vn */
            id: string;
            type: components["schemas"]["AuditEventType"];
            occurredAt: components["schemas"]["Timestamp"];
            /** @example org_acme */
            organizationId: string;
            /**
             * @description Who acted; null for what no credential did: failed logins, expiries (P3), leak reports
             *     (P4) and revocations for inactivity (P5).
             */
            actor: components["schemas"]["NullableAuditActor"];
            /** @description The token acted on, masked; null for failed logins and policy changes. */
            token: components["schemas"]["NullableMaskedToken"];
            /**
             * @description The email a failed login tried; null for token events, and null for a credential with
             *     `sensitiveData: hidden` (Q2: emails are sensitive).
             */
            email: string | null;
            /** @description Why the token was revoked, for `token.revoked` and `token.leaked`; null otherwise. */
            reason: components["schemas"]["RevocationReason"];
        };
        /** @description Who acted, or null when no credential did. */
        NullableAuditActor: components["schemas"]["AuditActor"] | null;
        /** @description A token as masked in audit events, or null for events about no token. */
        NullableMaskedToken: components["schemas"]["MaskedToken"] | null;
        AuditActor: {
            /** @example usr_ada */
            id: string;
            /** @enum {string} */
            kind: "user" | "organization";
            /** @example Ada Lovelace */
            name: string;
            /**
             * @description The credential the actor used.
             * @example tok_8fK2mQ9xLp4Rt7Vw
             */
            credentialId: string;
        };
        MaskedToken: {
            id: components["schemas"]["TokenId"];
            label: string;
            type: components["schemas"]["TokenType"];
            /**
             * @description The prefix followed by asterisks, never the secret.
             * @example tsr_pat_Demo********************************
             */
            masked: string;
        };
        AuditEventPage: {
            data: components["schemas"]["AuditEvent"][];
            nextCursor: string | null;
        };
        /**
         * @description Stable machine-readable error code.
         * @enum {string}
         */
        ProblemCode: "invalid_request" | "unauthenticated" | "invalid_token" | "token_expired" | "invalid_credentials" | "https_required" | "insufficient_scope" | "scope_escalation" | "plan_upgrade_required" | "forbidden" | "not_found" | "method_not_allowed" | "token_limit_reached" | "confirmation_mismatch" | "token_not_active" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "login_locked" | "rate_limited" | "request_timeout" | "internal_error" | "service_unavailable" | "storage_unavailable" | "idempotency_replay_unavailable" | "ip_not_allowed" | "token_not_yet_valid" | "legacy_key_sunset";
        FieldError: {
            /**
             * @description JSON Pointer into the request seen as `{ body, query, path, headers }`, e.g. `/body/label`,
             *     `/query/limit`, `/path/id`, `/headers/idempotency-key`.
             * @example /body/label
             */
            pointer: string;
            /** @example must NOT have fewer than 1 characters */
            detail: string;
        };
        /** @description RFC 9457 problem details (E2), with extension members for some codes. */
        Problem: {
            /**
             * Format: uri
             * @description Identifies the problem type; `https://docs.tessera.dev/problems/<code>`.
             * @example https://docs.tessera.dev/problems/invalid_token
             */
            type: string;
            /** @example Invalid token */
            title: string;
            /** @example 401 */
            status: number;
            /** @example The credential is not valid. */
            detail: string;
            code: components["schemas"]["ProblemCode"];
            /** @example req_01HZX4Q2V8N6M3K0TB5C7D9E1F */
            requestId: string;
            /** @description The request path. */
            instance?: string;
            /** @description Field errors, for `invalid_request` (the first 100). */
            errors?: components["schemas"]["FieldError"][];
            /**
             * @description The scope that was missing, for `insufficient_scope`.
             * @example tokens:write
             */
            scope?: string;
            /**
             * @description What was refused, for `scope_escalation` (T3, H1), e.g. `billing:read`, `role:admin`,
             *     `zones:write[zone_x]`, `sensitiveData:visible`, `expiresAt`, `allowedIps`,
             *     `allowedIps[10.0.0.0/8]`.
             */
            refused?: string[];
            /** @description The limit, for `token_limit_reached`. */
            limit?: number;
            /** @description Active tokens now, for `token_limit_reached`. */
            current?: number;
            /** @description Seconds until a retry may succeed, for 429 and 503. */
            retryAfterSeconds?: number;
        };
    };
    responses: {
        /**
         * @description `invalid_request`: the request does not match the contract (E1), the Authorization header is
         *     malformed (A2), the body is not valid UTF-8 (pointer `/body`), an integer parameter is not
         *     plain decimal, or a label or description holds a control or format character (E5).
         */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                Link: components["headers"]["Link"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.tessera.dev/problems/invalid_request",
                 *       "title": "Invalid request",
                 *       "status": 400,
                 *       "detail": "The request body does not match the contract.",
                 *       "code": "invalid_request",
                 *       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F",
                 *       "errors": [
                 *         {
                 *           "pointer": "/body/label",
                 *           "detail": "must NOT have fewer than 1 characters"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `invalid_credentials`: wrong email, wrong password, or a user who belongs to no organization
         *     any more; all give identical responses (A5, H3), with where that email stands against the
         *     lockout in `RateLimit-*`. Without Basic credentials at all, `unauthenticated` (A1).
         */
        LoginFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.tessera.dev/problems/invalid_credentials",
                 *       "title": "Invalid credentials",
                 *       "status": 401,
                 *       "detail": "The email or password is not correct.",
                 *       "code": "invalid_credentials",
                 *       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `unauthenticated` (no credential, A1), `invalid_token` (unknown, revoked or malformed, A3;
         *     unknown and revoked give identical bodies), `token_expired` (A3), `token_not_yet_valid`
         *     (before the token's `notBefore`, P2) or `legacy_key_sunset` (a legacy key after its `Sunset`,
         *     with the `Link` to the migration guide, P6).
         */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                Link: components["headers"]["Link"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.tessera.dev/problems/invalid_token",
                 *       "title": "Invalid token",
                 *       "status": 401,
                 *       "detail": "The credential is not valid.",
                 *       "code": "invalid_token",
                 *       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `https_required` (A4), `ip_not_allowed` (the caller's address is outside the token's
         *     `allowedIps`, P1), `insufficient_scope` (S4, with `WWW-Authenticate` and `scope`),
         *     `scope_escalation` (T3, H1, with `refused`), `plan_upgrade_required` (S3) or `forbidden` (role).
         */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate-Optional"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                Link: components["headers"]["Link"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.tessera.dev/problems/insufficient_scope",
                 *       "title": "Insufficient scope",
                 *       "status": 403,
                 *       "detail": "This operation needs the tokens:write scope.",
                 *       "code": "insufficient_scope",
                 *       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F",
                 *       "scope": "tokens:write"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `not_found`: no such resource, or the caller may not see it (T8). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                Link: components["headers"]["Link"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.tessera.dev/problems/not_found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "No token with this id.",
                 *       "code": "not_found",
                 *       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `token_limit_reached` (T4, with `limit` and `current`), `confirmation_mismatch` (T10),
         *     `token_not_active` (editing or rotating an expired or revoked token) or
         *     `idempotency_replay_unavailable` (T18: the first request with this Idempotency-Key succeeded
         *     before the local server restarted; its answer held a secret, so it is not kept; `detail` names
         *     the token it made, and no second token is made).
         */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                Link: components["headers"]["Link"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.tessera.dev/problems/token_limit_reached",
                 *       "title": "Token limit reached",
                 *       "status": 409,
                 *       "detail": "This owner already has 50 active tokens.",
                 *       "code": "token_limit_reached",
                 *       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F",
                 *       "limit": 50,
                 *       "current": 50
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `payload_too_large`: the body is over 64 KiB, counted in the bytes sent (E1). */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                Link: components["headers"]["Link"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `unsupported_media_type`: the body is not `application/json` (or a `+json` type) (E1), or its
         *     `charset` parameter names anything but UTF-8 (`utf-8` in any case, quoted or not) (E5).
         */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                Link: components["headers"]["Link"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `idempotency_key_reused`: the Idempotency-Key was used with another body (T18). */
        UnprocessableContent: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                Link: components["headers"]["Link"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `login_locked` (A5) or `rate_limited` (leak reports, P4, or a limit the mock was told to
         *     apply); wait `Retry-After` seconds.
         */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                Link: components["headers"]["Link"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.tessera.dev/problems/login_locked",
                 *       "title": "Too many failed logins",
                 *       "status": 429,
                 *       "detail": "Too many failed logins for this email; try again later.",
                 *       "code": "login_locked",
                 *       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F",
                 *       "retryAfterSeconds": 900
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `method_not_allowed`: the path exists but does not take this method; `Allow` lists those it takes. */
        MethodNotAllowed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                Allow: components["headers"]["Allow"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.tessera.dev/problems/method_not_allowed",
                 *       "title": "Method not allowed",
                 *       "status": 405,
                 *       "detail": "PUT is not allowed here.",
                 *       "code": "method_not_allowed",
                 *       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `request_timeout` (408), `internal_error` (500) or `service_unavailable` (502, 503, 504; 503 with
         *     `Retry-After`). The mock sends these only when a fault is injected, and `storage_unavailable`
         *     (503 with `Retry-After`) when the local server's `--persist` file cannot be written: the
         *     operation was not applied, and retrying it (with the same Idempotency-Key) is safe.
         */
        UnexpectedError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After-Optional"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                Link: components["headers"]["Link"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description Token id. */
        TokenIdPath: components["schemas"]["TokenId"];
        /**
         * @description Page size, 1 to 100, in plain decimal digits (E5): `0x10`, `1e1`, `+5`, `05` and `5.0` are
         *     `400 invalid_request` at `/query/limit`.
         */
        Limit: number;
        /** @description Opaque cursor from the previous page's `nextCursor`. */
        Cursor: string;
        /**
         * @description Makes a POST safe to retry: the same key and body from the same credential within 24 hours
         *     replays the first response; the same key with another body is `422 idempotency_key_reused` (T18).
         *     Keys belong to the secret that sent them, not to its user or organization (a rotated token's
         *     new secret starts afresh), and a replay is answered only after that credential is authenticated
         *     and would still be allowed the request now (H2): a revoked, demoted or narrowed credential gets
         *     the refusal, never the stored secret.
         */
        IdempotencyKey: string;
        /** @description A resource type that can be restricted to selected instances. */
        SelectableResourceTypePath: components["schemas"]["SelectableResourceType"];
    };
    requestBodies: never;
    headers: {
        /** @description Unique id of this request; quote it when reporting a problem (E3). */
        "X-Request-Id": string;
        /** @description The authentication challenge (RFC 6750), e.g. `Bearer error="invalid_token"`. */
        "WWW-Authenticate": string;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
        /** @description The challenge for `insufficient_scope` (S4), e.g. `Bearer error="insufficient_scope", scope="tokens:write"`. */
        "WWW-Authenticate-Optional": string;
        /** @description Seconds to wait before retrying; sent with 503. */
        "Retry-After-Optional": number;
        /** @description Present on every response to a legacy key (T17, RFC 9745), e.g. `@1767225600`. */
        Deprecation: string;
        /**
         * @description Present on every response to a legacy key (T17, RFC 8594): the instant legacy keys stop working
         *     (P6), after which they get `401 legacy_key_sunset`. The server sends exactly this example.
         */
        Sunset: string;
        /** @description Present on every response to a legacy key (T17); points at the migration guide. */
        Link: string;
        /** @description URL of the created token. */
        Location: string;
        /** @description `true` when this response is a replay of an earlier one with the same `Idempotency-Key`. */
        "Idempotent-Replayed": "true";
        /**
         * @description Sent when a rate limit applies to the request (login per email, leak reports per caller
         *     address, every `429`): how many requests the limit allows in its window.
         */
        "RateLimit-Limit": number;
        /** @description Sent with `RateLimit-Limit`; how many of them are left in the current window. */
        "RateLimit-Remaining": number;
        /** @description Sent with `RateLimit-Limit`; seconds until the window frees its next request. */
        "RateLimit-Reset": number;
        /** @description How many requests the rate limit on this operation allows in its window. */
        "RateLimit-Limit-Sent": number;
        /** @description How many of them are left in the current window. */
        "RateLimit-Remaining-Sent": number;
        /** @description Seconds until the window frees its next request. */
        "RateLimit-Reset-Sent": number;
        /** @description The methods this path does take. */
        Allow: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session created. `value` is the session secret; it is shown only here. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit-Sent"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining-Sent"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset-Sent"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["LoginFailed"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is revoked. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getRequester: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Requester"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listScopes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScopeCatalogue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listScopeResources: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100, in plain decimal digits (E5): `0x10`, `1e1`, `+5`, `05` and `5.0` are
                 *     `400 invalid_request` at `/query/limit`.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description A resource type that can be restricted to selected instances. */
                resource: components["parameters"]["SelectableResourceTypePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of resources. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelectableResourcePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listTokens: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100, in plain decimal digits (E5): `0x10`, `1e1`, `+5`, `05` and `5.0` are
                 *     `400 invalid_request` at `/query/limit`.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only tokens of this type. */
                type?: components["schemas"]["TokenType"];
                /** @description Only tokens in this status. */
                status?: components["schemas"]["TokenStatus"];
                /** @description Case-insensitive substring of the label. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tokens. Secrets never appear here (T6). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key and body from the same credential within 24 hours
                 *     replays the first response; the same key with another body is `422 idempotency_key_reused` (T18).
                 *     Keys belong to the secret that sent them, not to its user or organization (a rotated token's
                 *     new secret starts afresh), and a replay is answered only after that credential is authenticated
                 *     and would still be allowed the request now (H2): a revoked, demoted or narrowed credential gets
                 *     the refusal, never the stored secret.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreateRequest"];
            };
        };
        responses: {
            /** @description The token and its secret. Store the secret now; it is not shown again. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getCurrentToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credential used for this request. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credential"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    introspectToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntrospectionRequest"];
            };
        };
        responses: {
            /** @description The introspection result. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Introspection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token id. */
                id: components["parameters"]["TokenIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token. Its secret is never included (T6). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeToken: {
        parameters: {
            query?: {
                /** @description The token's label, typed by the user to confirm; compared exactly. */
                confirm?: string;
            };
            header?: never;
            path: {
                /** @description Token id. */
                id: components["parameters"]["TokenIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked token. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token id. */
                id: components["parameters"]["TokenIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenUpdateRequest"];
            };
        };
        responses: {
            /** @description The edited token. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    rotateToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST safe to retry: the same key and body from the same credential within 24 hours
                 *     replays the first response; the same key with another body is `422 idempotency_key_reused` (T18).
                 *     Keys belong to the secret that sent them, not to its user or organization (a rotated token's
                 *     new secret starts afresh), and a replay is answered only after that credential is authenticated
                 *     and would still be allowed the request now (H2): a revoked, demoted or narrowed credential gets
                 *     the refusal, never the stored secret.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Token id. */
                id: components["parameters"]["TokenIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenRotateRequest"];
            };
        };
        responses: {
            /** @description The token and its new secret. Store the secret now; it is not shown again. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100, in plain decimal digits (E5): `0x10`, `1e1`, `+5`, `05` and `5.0` are
                 *     `400 invalid_request` at `/query/limit`.
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only events of this type. */
                type?: components["schemas"]["AuditEventType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateOrganizationPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationPolicyUpdate"];
            };
        };
        responses: {
            /** @description The organization with its new policy. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    Link: components["headers"]["Link"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    reportLeakedCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeakReport"];
            };
        };
        responses: {
            /** @description Received. Any live secret among them no longer works. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit-Sent"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining-Sent"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset-Sent"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["UnexpectedError"];
        };
    };
}
