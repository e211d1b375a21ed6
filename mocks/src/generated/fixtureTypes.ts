/**
 * GENERATED FILE: DO NOT EDIT BY HAND.
 * TypeScript types of the fixture format from spec/fixture.schema.yaml and spec/openapi.yaml. Regenerate with `pnpm generate`; `pnpm test` fails when this file is stale.
 */

export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * Tessera mock fixture
         * @description Data to load into the Tessera mock. Every list is optional; a fixture adds to what the mock
         *     already holds, and ids, emails and secrets must be new to it. Times are RFC 3339 date-times
         *     between 1970 and 9999; a time left out is the mock clock's now. Plain passwords and secrets are
         *     hashed on load. A fixture the mock could not serve within the contract is refused whole, with
         *     every problem named by JSON pointer.
         */
        Fixture: {
            /** @description This schema's location, for editors (for example `./node_modules/@tessera/mock/fixture.schema.json`); ignored on load. */
            $schema?: string;
            organizations?: components["schemas"]["FixtureOrganization"][];
            users?: components["schemas"]["FixtureUser"][];
            resources?: components["schemas"]["FixtureResource"][];
            tokens?: components["schemas"]["FixtureToken"][];
        };
        /**
         * @description An organization's id, unique in the mock (the contract gives it no shape; fixtures keep it to letters, digits, `_` and `-`).
         * @example org_acme
         */
        OrganizationId: string;
        /**
         * @description A user's id, unique in the mock (the contract gives it no shape; fixtures keep it to letters, digits, `_` and `-`).
         * @example usr_ada
         */
        UserId: string;
        /** @description A display name; plain text (no control or format characters, E5), not blank. */
        Name: string;
        /** @description An organization (DESIGN.md §2). */
        FixtureOrganization: {
            id: components["schemas"]["OrganizationId"];
            name: components["schemas"]["Name"];
            plan: components["schemas"]["Plan"];
            /**
             * @description Account balance in US dollars.
             * @default 0
             */
            balance?: number;
            /**
             * @description Longest lifetime of tokens created from now on, in days (T13); null for unlimited. At most 100 years.
             * @default null
             */
            maxTokenLifetimeDays?: number | null;
            /** @description When the organization was created (also its `updatedAt`); default the mock clock's now. */
            createdAt?: components["schemas"]["Timestamp"];
        };
        /** @description The user's role in one organization (of the fixture or already in the mock). */
        FixtureMembership: {
            organizationId: components["schemas"]["OrganizationId"];
            role: components["schemas"]["Role"];
        };
        /** @description A user, with a plain `password` (hashed on load) or a stored `passwordHash`, and their memberships. */
        FixtureUser: {
            id: components["schemas"]["UserId"];
            /**
             * Format: email
             * @description Unique in the mock ignoring case; stored lowercased.
             */
            email: string;
            /** @description The plain password, hashed on load (PBKDF2). Give this or `passwordHash`. */
            password?: string;
            /** @description A stored hash instead of a password: `pbkdf2-sha256$<iterations, at most 10,000,000>$<salt>$<32-byte key in base64>`. */
            passwordHash?: string;
            firstName: components["schemas"]["Name"];
            lastName: components["schemas"]["Name"];
            /** @default true */
            emailIsVerified?: boolean;
            /** @default weekly */
            receiveReports?: components["schemas"]["ReceiveReports"];
            /**
             * @description The organizations the user belongs to, each at most once. A user without one cannot log in (H3).
             * @default []
             */
            memberships?: components["schemas"]["FixtureMembership"][];
        } & (unknown | unknown);
        /** @description A zone, domain or certificate that grants can be restricted to (S1). */
        FixtureResource: {
            /** @description `zone_` for zones, `dom_` for domains, `cert_` for certificates. */
            id: components["schemas"]["ResourceId"];
            type: components["schemas"]["SelectableResourceType"];
            name: components["schemas"]["Name"];
            organizationId: components["schemas"]["OrganizationId"];
        };
        /**
         * @description A personal token (owned by a member) or an organization token (carrying a role), including
         *     legacy keys, with its plain `secret` (hashed on load) or a stored `secretHash` and `prefix`.
         */
        FixtureToken: {
            id: components["schemas"]["TokenId"];
            type: components["schemas"]["TokenType"];
            /**
             * @description A legacy key (T17), an organization token whose secret is 32 lowercase hex characters.
             * @default false
             */
            legacy?: boolean;
            organizationId: components["schemas"]["OrganizationId"];
            /** @description Personal tokens only, the owning member; default `createdBy`. */
            ownerUserId?: components["schemas"]["UserId"];
            /** @description The member who created the token; for organization tokens an admin (T2). */
            createdBy: components["schemas"]["UserId"];
            label: components["schemas"]["TokenLabel"];
            /** @default null */
            description?: components["schemas"]["TokenDescription"];
            /** @description Organization tokens only; default `developer`, `admin` for legacy keys. */
            role?: components["schemas"]["Role"];
            /** @description The grants; default full access (`[{ "resource": "*", "access": "write" }]`). */
            scopes?: components["schemas"]["ScopeList"];
            /** @default visible */
            sensitiveData?: components["schemas"]["SensitiveData"];
            /** @description The plain secret, hashed on load: `tsr_pat_...` (personal) or `tsr_oat_...` (organization) with a valid checksum, or 32 lowercase hex characters (legacy). */
            secret?: string;
            /** @description Instead of `secret`, its SHA-256 in lowercase hex; give `prefix` with it. */
            secretHash?: string;
            /** @description With `secretHash`, the secret's first 12 characters. */
            prefix?: string;
            /** @description Default the mock clock's now. */
            createdAt?: components["schemas"]["Timestamp"];
            /**
             * @description When the token stops working; null (the default) for never.
             * @default null
             */
            expiresAt?: components["schemas"]["Timestamp"] | null;
            /**
             * @description When the token was revoked; null (the default) while it is not.
             * @default null
             */
            revokedAt?: components["schemas"]["Timestamp"] | null;
        } & ((unknown | unknown) & unknown & unknown);
        /**
         * @description `write` implies `read`.
         * @enum {string}
         */
        Access: "read" | "write";
        /** @description A resource type, or `*` for every type. */
        GrantResource: components["schemas"]["ResourceType"] | "*";
        /**
         * @description Organization plan; `solo` allows full-access tokens only (S3).
         * @enum {string}
         */
        Plan: "solo" | "teams" | "enterprise";
        /** @enum {string} */
        ReceiveReports: "never" | "daily" | "weekly" | "monthly";
        /**
         * @description Id of a zone (`zone_`), domain (`dom_`) or certificate (`cert_`) a grant can be restricted to (S1).
         * @example zone_acme01
         */
        ResourceId: string;
        /**
         * @description A resource type that scopes grant access to (S1).
         * @enum {string}
         */
        ResourceType: "tokens" | "members" | "zones" | "domains" | "certificates" | "billing";
        /**
         * @description Membership role, or the role an organization token carries.
         * @enum {string}
         */
        Role: "admin" | "developer";
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
        /**
         * @description Resource types whose grants can be restricted to selected instances (S1).
         * @enum {string}
         */
        SelectableResourceType: "zones" | "domains" | "certificates";
        /**
         * @description With `hidden`, email and balance are returned as null (Q2).
         * @enum {string}
         */
        SensitiveData: "hidden" | "visible";
        /**
         * Format: date-time
         * @description RFC 3339 date-time in UTC.
         * @example 2099-12-31T00:00:00.000Z
         */
        Timestamp: string;
        /**
         * @description Up to 500 characters (Unicode code points). Plain text only, like the label (E5): control and
         *     format characters (Cc and Cf, newlines included), line and paragraph separators (Zl, Zp) and
         *     unpaired surrogates are refused with
         *     `400 invalid_request` at `/body/description`.
         * @example Used by the deploy pipeline
         */
        TokenDescription: string | null;
        /**
         * @description Token id.
         * @example tok_8fK2mQ9xLp4Rt7Vw
         */
        TokenId: string;
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
        /** @enum {string} */
        TokenType: "personal" | "organization";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
