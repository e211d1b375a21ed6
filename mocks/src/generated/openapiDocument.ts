/**
 * GENERATED FILE: DO NOT EDIT BY HAND.
 * The OpenAPI document as data from spec/openapi.yaml. Regenerate with `pnpm generate`; `pnpm test` fails when this file is stale.
 */

import type { OpenApiDocument } from "../handlers/openApiDocument.js";

export const openapiDocument: OpenApiDocument = {
 "openapi": "3.1.0",
 "info": {
  "title": "Tessera API-token service",
  "version": "1.0.0",
  "summary": "Log in, then create, list, edit, rotate and revoke scoped API tokens.",
  "description": "Tessera issues and manages API tokens for organizations and their members.\n\nThis document is the single source of truth: the TypeScript SDK's types are generated\nfrom it and the in-memory mock validates every request and response against it.\nRule ids in brackets (A1, T4, ...) refer to the design contract.\n\n## Credentials\nFour kinds of credential are accepted:\n\n| kind | secret | how you get one |\n|---|---|---|\n| `session` | `tsr_ses_…` | `POST /v1/auth/login` with HTTP Basic email:password |\n| `personal` | `tsr_pat_…` | `POST /v1/tokens` with `type: personal`; acts as its owner |\n| `organization` | `tsr_oat_…` | `POST /v1/tokens` with `type: organization`; acts as the organization with a role |\n| `legacy` | 32 lowercase hex characters | cannot be created; pre-existing keys still work but are deprecated (T17) |\n\nSend a secret as `Authorization: Bearer <secret>` or `Authorization: ApiKey <secret>` (A2), or\nas the whole value of `Authorization` with no scheme name (`Authorization: <secret>`), which is\nwhat a client generated from the `apiKeyAuth` scheme sends. Plain `http://` is refused except on\nloopback hosts (A4).\n\nSecrets have the form `tsr_<kind>_<30 base62 characters><6 base62 characters>`: the last six\ncharacters are the CRC32 of everything before them (`tsr_<kind>_<random>`), written in base62\n(`0-9A-Za-z`) and left-padded with `0`. Clients can reject a mistyped secret without a round trip.\nThe server stores only a SHA-256 of each secret; the first 12 characters are kept as `prefix`.\n\n## Organization context\nEvery credential acts within one organization. A session acts in its user's first membership\n(oldest first); a personal token acts in the organization it was created in and stops working\nthere when its owner leaves (T15); an organization token acts in its organization with the role\nit carries and survives its creator leaving.\n\n## Permissions\nA credential's effective permissions are its scope grants intersected with its owner's current\nrole: `admin` may write every resource type; `developer` may write `zones`, `domains`,\n`certificates` and its own personal tokens, read `members`, and has no access to `billing`.\nThe grant `{ resource: \"*\", access: \"write\" }` is full access (S3). `write` implies `read`.\n\n## Errors\nEvery error is an RFC 9457 `application/problem+json` document with a stable `code` (E2).\nEvery response carries `X-Request-Id` (E3). A rejected request changes no state.\n\n## Decisions where the design is silent\n- Token ids look like `tok_…`; a malformed id in a path is `400 invalid_request`, a well-formed id\n  the caller may not see is `404 not_found` (T8).\n- `DELETE /v1/tokens/{id}` returns the revoked token; revoking an already revoked token returns it\n  again without a second audit event or notification.\n- Rotating a legacy key issues a new `tsr_oat_` secret and clears `legacy`: rotation is the\n  migration path off legacy keys. Expired and revoked tokens cannot be rotated (`409 token_not_active`).\n- When `expiresAt` is omitted at creation, the token expires at the earliest of the organization's\n  cap (T13) and, when the caller is a personal or organization token that itself expires, the\n  caller's own expiry (H1); with neither, it never expires.\n- Introspection (T12) reports `active: true` only for live tokens of the caller's own organization;\n  anything else, including a well-formed secret of another organization, is `{ \"active\": false }`.\n- Organization tokens cannot create personal tokens (a personal token needs a user to own it).\n- Audit events are readable by organization admins only (`403 forbidden` otherwise).\n- No escalation (T3): every grant named explicitly must be within the caller's effective\n  permissions, and so must what the token could do under its role (or its owner's current role).\n  `*` therefore means \"everything the token's role allows\": a developer may create a `*:write`\n  personal token from a full-access session, but not name `billing:read`.\n- No escalation by any path (H1), refused with `403 scope_escalation` whose `refused` names each\n  thing the caller lacks: `role:admin`, `<type>:<access>`, `<type>:<access>[<id>]`,\n  `sensitiveData:visible`, `expiresAt`. Rotation hands out the whole token, so a credential may\n  rotate itself, or a token whose effective permissions (its scopes under its role, or its\n  owner's current role) it covers, with `visible` only from a `visible` caller and an expiry\n  (after the rotation) no later than its own; an admin-role organization token needs an admin\n  caller. A `hidden` credential cannot create a `visible` token or edit any token, itself\n  included, to `visible`. A personal or organization token cannot give any token, itself\n  included, an expiry later than its own (never counts as the latest) on create, edit or\n  rotate. An edit that gives anything (scopes, a role, `visible`, a later expiry) is measured\n  on the whole token after it, as a rotation is, so two credentials cannot combine into one\n  that neither is (a never-expiring narrow token extending a full-access one that expires\n  soon). Sessions are exempt from the lifetime rule, so a signed-in user can still create\n  long-lived tokens. These checks run after the request's own field checks (`400`) and before\n  anything is written.\n- Visibility (T7, T8): an admin credential sees every token of its organization (organization\n  tokens and members' personal tokens); any other credential sees only its user's own personal\n  tokens (an organization token with the developer role sees none). Admins may edit and revoke\n  what they see, but only a personal token's owner may rotate it (rotation reveals a secret that\n  acts as the owner).\n- `lastUsedAt` (T14) is updated by every request that is accepted (2xx); a rejected request\n  changes no state (E3). The one exception is a failed login, which counts toward the lockout\n  and is audited (A5).\n- Each operation happens at one instant: a token's `createdAt` (or `revokedAt`), the expiry the\n  organization's cap gives it (exactly `createdAt` plus the cap, T13), the start of a rotated\n  secret's grace period, the `occurredAt` of its audit event and of every notice about it\n  (T16), and the `status` it is shown with (a `?status=active` page lists no `expired` token,\n  T7) all come from one reading of the clock. A locked login's `Retry-After` and\n  `RateLimit-Reset` name the same second (A5).\n- Sessions act with full access within their user's role. A user who belongs to no\n  organization cannot log in, and is told so only as a wrong password is (H3): the same\n  `401 invalid_credentials`, after the same password check, counted toward the lockout.\n- Request bodies are JSON in UTF-8 (E5). The 64 KiB limit counts the bytes sent; a `charset`\n  other than `utf-8` is `415 unsupported_media_type`; bytes that are not valid UTF-8 are\n  `400 invalid_request` at `/body` (never replaced with U+FFFD); one leading UTF-8 byte order\n  mark is ignored, as RFC 8259 allows. Labels and descriptions are plain text, counted in code\n  points (see `TokenLabel`).\n- Checks run in one order (E4), and a request that fails two gets the earlier answer: route\n  (`404`/`405`), transport (`403 https_required`), body size (`413`), credential (`400` for a\n  malformed `Authorization` header, `401` for a missing, unknown, revoked or expired secret),\n  content type (`415`), contract (`400`), then the rule (`403`/`404`/`409`/`422`). A caller\n  without a valid credential learns nothing about the contract of what it called. Login takes\n  no body and is checked before its password, so a malformed login is not a failed attempt.\n- A4 on the local server is decided from the connection, never from the `Host` header: plain\n  HTTP is accepted from loopback peers only. `X-Forwarded-For` and `X-Forwarded-Proto` are\n  believed only when the server runs with `--trust-proxy` (H4); `lastUsedIp` (T14) is the\n  caller's address as decided that way (in-process: the mock's `clientAddress` option).\n- Nothing echoes a secret (E6): a path segment shaped like a secret (`tsr_…` or 32 hex\n  characters, checksum or not) appears in problem documents, the request journal and logs as\n  its 12-character prefix followed by `…`.\n- No input yields a `5xx` (E7): a malformed percent-encoding in a path is kept as sent and\n  refused by the path's schema (`400`); a request line or `Host` header no URL can be made of\n  is `400 invalid_request`.\n\n## Token policy and lifecycle (P1-P6)\n- IP allow-lists (P1): `allowedIps` holds 1 to 20 IPv4 or IPv6 blocks in CIDR notation; a bare\n  address means that one address (`/32`, `/128`). They are stored and returned in canonical form\n  (`2001:DB8::/32` becomes `2001:db8::/32`); a block with bits set after its prefix is refused\n  (`400`, naming the network meant). An IPv4-mapped IPv6 caller (`::ffff:203.0.113.7`) is matched\n  as its IPv4 address. A request from an address outside every block is `403 ip_not_allowed`\n  after the credential is checked and before the contract is (E4), and changes nothing: no last\n  use (T14), no replay. `null` means any address. A credential that carries `allowedIps` can\n  create, edit or rotate only tokens restricted to blocks within its own (H1: `refused` names\n  `allowedIps` for an unrestricted token, `allowedIps[<block>]` for each block outside).\n- Not before (P2): until `notBefore` a token answers `401 token_not_yet_valid`; its `status` is\n  still `active` (it is neither expired nor revoked) and it counts toward the 50 (T4).\n  `notBefore` must be earlier than `expiresAt`.\n- Expiry notices (P3): 7 days and 1 day before a token expires its owner (organization tokens:\n  every admin) is notified `token.expiring`, and at expiry `token.expired`, which is also an\n  audit event. A notice goes out when the service's clock passes its instant, once: notices whose\n  instant had passed when the token got its expiry (created to expire within 7 days, say) are not\n  sent, and a new expiry starts its own notices. Several instants passed at once are delivered in\n  time order.\n- Leak reports (P4): `POST /v1/credentials/revoke` needs no credential (an `Authorization` header\n  there is not read) and always answers `202`, whichever secrets were live. Each live token\n  among them is revoked (`revocationReason: leaked`), its owner or admins are notified\n  (`token.leaked`) and a `token.leaked` audit event is written; a live session secret is ended.\n  Reports are limited to 10 per caller address per 15 minutes (`429 rate_limited` with\n  `Retry-After`), like logins (A5).\n- Organization policy (P5): every credential may read its organization (`GET /v1/organization`,\n  balance redacted as in Q2); admins with `tokens:write` change its policy. `maxTokenLifetimeDays`\n  caps every expiry set after the change (T13: create, an edit of `expiresAt`, a rotation with\n  `expiresAt`). `requireAllowedIps` makes every token created or edited after the change carry\n  `allowedIps` (`400` at `/body/allowedIps` otherwise); tokens that have none keep working until\n  edited. `revokeAfterInactiveDays` revokes a token not used for that many days, counted from its\n  last accepted request, its creation, or the change of this setting, whichever is latest; the\n  revocation (`revocationReason: inactive`) is audited as `token.revoked` (no actor) and notified.\n  Each change is audited as `organization.policy_updated`.\n- Legacy keys (P6): every response to a legacy key names its `Sunset`; from that instant the key\n  is refused with `401 legacy_key_sunset`, with the same `Link` to the migration guide. Rotating a\n  legacy key before then migrates it (see above).\n- Rate limits: responses to operations that are rate limited (login per email, leak reports per\n  address) carry `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`, and so does every\n  `429`.\n",
  "contact": {
   "name": "Tessera maintainers",
   "url": "https://github.com/tessera-dev/tessera"
  },
  "license": {
   "name": "MIT",
   "identifier": "MIT"
  }
 },
 "servers": [
  {
   "url": "http://127.0.0.1:4010",
   "description": "Local mock server (`pnpm mock`); loopback is exempt from the HTTPS rule."
  },
  {
   "url": "https://api.tessera.dev",
   "description": "Production"
  }
 ],
 "security": [
  {
   "bearerAuth": []
  },
  {
   "apiKeyAuth": []
  }
 ],
 "tags": [
  {
   "name": "auth",
   "description": "Sessions from email and password (A5-A7)."
  },
  {
   "name": "requester",
   "description": "Who is calling (Q1-Q2)."
  },
  {
   "name": "scopes",
   "description": "The scope catalogue and the resources a token can be restricted to (S1-S4)."
  },
  {
   "name": "tokens",
   "description": "Personal and organization API tokens (T1-T18)."
  },
  {
   "name": "auditEvents",
   "description": "What happened to tokens and logins in the organization (T16)."
  },
  {
   "name": "organization",
   "description": "The caller's organization and its token policy (P5)."
  },
  {
   "name": "credentials",
   "description": "Reporting leaked secrets, with no credential needed (P4)."
  }
 ],
 "paths": {
  "/v1/auth/login": {
   "post": {
    "operationId": "login",
    "tags": [
     "auth"
    ],
    "summary": "Log in with email and password",
    "description": "Exchanges HTTP Basic `email:password` for a session secret (A5). The request has no body.\nA wrong email, a wrong password and a user who belongs to no organization any more all give\nbyte-identical 401 responses, after the same password check (H3). Each of them counts as a\nfailure: five failures for one email within 15 minutes lock that email for 15 minutes (429\nwith `Retry-After`).\n",
    "security": [
     {
      "basicAuth": []
     }
    ],
    "responses": {
     "201": {
      "description": "Session created. `value` is the session secret; it is shown only here.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit-Sent"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining-Sent"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset-Sent"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Session"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/LoginFailed"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  },
  "/v1/auth/logout": {
   "post": {
    "operationId": "logout",
    "tags": [
     "auth"
    ],
    "summary": "Log out",
    "description": "Revokes the session used to make this request (A6). Only sessions can log out.",
    "responses": {
     "204": {
      "description": "The session is revoked.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  },
  "/v1/requester": {
   "get": {
    "operationId": "getRequester",
    "tags": [
     "requester"
    ],
    "summary": "Describe the caller",
    "description": "Works for every valid credential (Q1). Users get their profile; organization tokens get the\norganization. With `sensitiveData: hidden`, `email` and `organization.balance` are null and\nlisted in `redacted` (Q2).\n",
    "responses": {
     "200": {
      "description": "The caller.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Requester"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  },
  "/v1/scopes": {
   "get": {
    "operationId": "listScopes",
    "tags": [
     "scopes"
    ],
    "summary": "List the scope catalogue",
    "description": "Every resource type with its description, the accesses it takes, whether it can be restricted\nto selected resources, and whether the caller's plan allows scoped tokens (S2).\n",
    "responses": {
     "200": {
      "description": "The catalogue.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ScopeCatalogue"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  },
  "/v1/scopes/{resource}/resources": {
   "get": {
    "operationId": "listScopeResources",
    "tags": [
     "scopes"
    ],
    "summary": "List selectable resources of one type",
    "description": "The zones, domains or certificates of the caller's organization that a token can be restricted\nto, for a scope picker (S2). Needs `<resource>:read`; a caller restricted to selected resources\nsees only those.\n",
    "parameters": [
     {
      "$ref": "#/components/parameters/SelectableResourceTypePath"
     },
     {
      "$ref": "#/components/parameters/Limit"
     },
     {
      "$ref": "#/components/parameters/Cursor"
     }
    ],
    "responses": {
     "200": {
      "description": "A page of resources.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/SelectableResourcePage"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  },
  "/v1/tokens": {
   "get": {
    "operationId": "listTokens",
    "tags": [
     "tokens"
    ],
    "summary": "List tokens",
    "description": "Newest first, cursor-paginated (T7). Users see their own personal tokens; admins also see the\norganization's tokens and its members' personal tokens. Needs `tokens:read`.\n",
    "parameters": [
     {
      "$ref": "#/components/parameters/Limit"
     },
     {
      "$ref": "#/components/parameters/Cursor"
     },
     {
      "name": "type",
      "in": "query",
      "description": "Only tokens of this type.",
      "schema": {
       "$ref": "#/components/schemas/TokenType"
      }
     },
     {
      "name": "status",
      "in": "query",
      "description": "Only tokens in this status.",
      "schema": {
       "$ref": "#/components/schemas/TokenStatus"
      }
     },
     {
      "name": "search",
      "in": "query",
      "description": "Case-insensitive substring of the label.",
      "schema": {
       "type": "string",
       "minLength": 1,
       "maxLength": 100
      }
     }
    ],
    "responses": {
     "200": {
      "description": "A page of tokens. Secrets never appear here (T6).",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TokenPage"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   },
   "post": {
    "operationId": "createToken",
    "tags": [
     "tokens"
    ],
    "summary": "Create a token",
    "description": "Creates a personal or organization token and returns its secret, which is shown only in this\nresponse (T1, T6). Only admins create organization tokens (T2); nobody grants more than they\nhold (T3); solo plans create full-access tokens only (S3); at most 50 active tokens per owner\n(T4). Honours `Idempotency-Key` (T18). Needs `tokens:write`.\n\n`403 scope_escalation` (H1) when the new token would hold more than the caller: `refused`\nnames a scope (`zones:write`, `zones:write[zone_x]`), `role:admin`, `sensitiveData:visible`\n(from a `hidden` caller) or `expiresAt` (later than the calling token's own expiry, or\n`null` from a token that expires; sessions are exempt). An omitted `expiresAt` never\nescalates: it defaults within the caller's own expiry (see `expiresAt`).\n",
    "parameters": [
     {
      "$ref": "#/components/parameters/IdempotencyKey"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/TokenCreateRequest"
       },
       "examples": {
        "scopedPersonal": {
         "summary": "A personal token that can read tokens and manage one zone",
         "value": {
          "label": "CI deploy",
          "type": "personal",
          "scopes": [
           {
            "resource": "tokens",
            "access": "read"
           },
           {
            "resource": "zones",
            "access": "write",
            "resourceIds": [
             "zone_acme01"
            ]
           }
          ],
          "sensitiveData": "hidden",
          "expiresAt": "2099-12-31T00:00:00Z",
          "allowedIps": [
           "203.0.113.0/24",
           "2001:db8::/32"
          ]
         }
        },
        "organizationDeveloper": {
         "summary": "An organization token with the developer role",
         "value": {
          "label": "Billing exporter",
          "description": "Nightly export job",
          "type": "organization",
          "role": "developer",
          "scopes": [
           {
            "resource": "*",
            "access": "write"
           }
          ],
          "sensitiveData": "visible"
         }
        }
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "The token and its secret. Store the secret now; it is not shown again.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Location": {
        "$ref": "#/components/headers/Location"
       },
       "Idempotent-Replayed": {
        "$ref": "#/components/headers/Idempotent-Replayed"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TokenWithSecret"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "409": {
      "$ref": "#/components/responses/Conflict"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     },
     "422": {
      "$ref": "#/components/responses/UnprocessableContent"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  },
  "/v1/tokens/current": {
   "get": {
    "operationId": "getCurrentToken",
    "tags": [
     "tokens"
    ],
    "summary": "Describe the calling credential",
    "description": "Works for every valid credential, including sessions and legacy keys (T12).",
    "responses": {
     "200": {
      "description": "The credential used for this request.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Credential"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  },
  "/v1/tokens/introspect": {
   "post": {
    "operationId": "introspectToken",
    "tags": [
     "tokens"
    ],
    "summary": "Introspect a secret (RFC 7662)",
    "description": "Tells whether a secret is live (T12). Dead, unknown, malformed and foreign secrets all give\nexactly `{ \"active\": false }`. Needs `tokens:read`.\n",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/IntrospectionRequest"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "The introspection result.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Introspection"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  },
  "/v1/tokens/{id}": {
   "parameters": [
    {
     "$ref": "#/components/parameters/TokenIdPath"
    }
   ],
   "get": {
    "operationId": "getToken",
    "tags": [
     "tokens"
    ],
    "summary": "Get a token",
    "description": "A token the caller may not see is 404, never 403 (T8). Needs `tokens:read`.",
    "responses": {
     "200": {
      "description": "The token. Its secret is never included (T6).",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Token"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   },
   "patch": {
    "operationId": "updateToken",
    "tags": [
     "tokens"
    ],
    "summary": "Edit a token",
    "description": "Edits label, description, scopes, role, sensitiveData and expiresAt (T9). The same escalation\n(T3) and plan (S3) rules as creation apply; changes take effect on the next request. Only\nactive tokens can be edited. Needs `tokens:write`.\n\nNo escalation (H1): an edit that gives anything (`scopes`, `role`, `sensitiveData: visible`,\nor an `expiresAt` later than the token's current one) gives it to the token as a whole, so\nthe token as it would be after the edit must be covered by the caller, as for a rotation:\nits scopes under its role (and every grant named in `scopes`), `visible` only from a\n`visible` caller, and an expiry no later than the calling token's own (`null`, never,\ncounts as latest; sessions are exempt). Otherwise `403 scope_escalation`, with `refused`\nnaming scopes, `role:admin`, `sensitiveData:visible` or `expiresAt`. So a `hidden`\ncredential cannot edit any token, itself included, to `visible`, and a token cannot\nextend any token, itself included, beyond its own expiry. Label, description,\n`sensitiveData: hidden` and an earlier expiry give nothing and are not measured.\n",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/TokenUpdateRequest"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "The edited token.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Token"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "409": {
      "$ref": "#/components/responses/Conflict"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   },
   "delete": {
    "operationId": "revokeToken",
    "tags": [
     "tokens"
    ],
    "summary": "Revoke a token",
    "description": "Revokes at once: the next request with its secret is 401 (T10). When `confirm` is given it must\nequal the token's label, the API form of typing the label to confirm. Needs `tokens:write`.\n",
    "parameters": [
     {
      "name": "confirm",
      "in": "query",
      "description": "The token's label, typed by the user to confirm; compared exactly.",
      "schema": {
       "type": "string",
       "minLength": 1,
       "maxLength": 100
      }
     }
    ],
    "responses": {
     "200": {
      "description": "The revoked token.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Token"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "409": {
      "$ref": "#/components/responses/Conflict"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  },
  "/v1/tokens/{id}/rotate": {
   "parameters": [
    {
     "$ref": "#/components/parameters/TokenIdPath"
    }
   ],
   "post": {
    "operationId": "rotateToken",
    "tags": [
     "tokens"
    ],
    "summary": "Rotate a token's secret",
    "description": "Issues a new secret for the same token (T11). The old secret keeps working for\n`gracePeriodSeconds` (default 0: it stops at once). Honours `Idempotency-Key` (T18).\nNeeds `tokens:write`. Only a personal token's owner may rotate it (`403 forbidden`).\n\nThe new secret is the whole token, so a credential may rotate only itself or a token it\ncovers (H1); otherwise `403 scope_escalation` with `refused` naming what the token has\nbeyond the caller: scopes it can use under its role (or its owner's current role),\n`role:admin` (an admin-role organization token, for a non-admin caller),\n`sensitiveData:visible` (a `visible` token, for a `hidden` caller) or `expiresAt` (a token\nthat would expire after the calling token, never-expiring counting as latest; sessions are\nexempt). Rotating itself is always allowed, but a new `expiresAt` obeys the lifetime rule.\n",
    "parameters": [
     {
      "$ref": "#/components/parameters/IdempotencyKey"
     }
    ],
    "requestBody": {
     "required": false,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/TokenRotateRequest"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "The token and its new secret. Store the secret now; it is not shown again.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Idempotent-Replayed": {
        "$ref": "#/components/headers/Idempotent-Replayed"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TokenWithSecret"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "409": {
      "$ref": "#/components/responses/Conflict"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     },
     "422": {
      "$ref": "#/components/responses/UnprocessableContent"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  },
  "/v1/audit-events": {
   "get": {
    "operationId": "listAuditEvents",
    "tags": [
     "auditEvents"
    ],
    "summary": "List audit events",
    "description": "Token and login events of the caller's organization, newest first (T16). Admins only; needs\n`tokens:read`. Events never contain secrets, only masked prefixes.\n",
    "parameters": [
     {
      "$ref": "#/components/parameters/Limit"
     },
     {
      "$ref": "#/components/parameters/Cursor"
     },
     {
      "name": "type",
      "in": "query",
      "description": "Only events of this type.",
      "schema": {
       "$ref": "#/components/schemas/AuditEventType"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "A page of events.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/AuditEventPage"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  },
  "/v1/organization": {
   "get": {
    "operationId": "getOrganization",
    "tags": [
     "organization"
    ],
    "summary": "Get the caller's organization",
    "description": "The organization the credential acts in, with its token policy (P5). Works for every valid\ncredential; with `sensitiveData: hidden` the balance is null and listed in `redacted` (Q2).\n",
    "responses": {
     "200": {
      "description": "The organization.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Organization"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  },
  "/v1/organization/policy": {
   "patch": {
    "operationId": "updateOrganizationPolicy",
    "tags": [
     "organization"
    ],
    "summary": "Change the organization's token policy",
    "description": "Changes the token policy (P5): the longest token lifetime (T13), the days of inactivity after\nwhich a token is revoked, and whether tokens must carry an IP allow-list (P1). Only the fields\ngiven change. A policy applies to tokens created or edited after the change, and to inactivity\nfrom the change on; existing tokens keep their expiry and allow-list. Admins only (`403\nforbidden` otherwise); needs `tokens:write`. Audited as `organization.policy_updated`.\n",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/OrganizationPolicyUpdate"
       },
       "examples": {
        "strict": {
         "summary": "Tokens live at most 90 days, die after 30 idle days, and need an allow-list",
         "value": {
          "maxTokenLifetimeDays": 90,
          "revokeAfterInactiveDays": 30,
          "requireAllowedIps": true
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "The organization with its new policy.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "Deprecation": {
        "$ref": "#/components/headers/Deprecation"
       },
       "Sunset": {
        "$ref": "#/components/headers/Sunset"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Organization"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  },
  "/v1/credentials/revoke": {
   "post": {
    "operationId": "reportLeakedCredentials",
    "tags": [
     "credentials"
    ],
    "summary": "Report leaked secrets",
    "description": "For secret scanners and anyone who finds a Tessera secret where it should not be (P4). Needs\nno credential: an `Authorization` header is not read. Every live token among the secrets is\nrevoked at once (`revocationReason: leaked`), its owner (organization tokens: every admin) is\nnotified with the token masked, and a `token.leaked` audit event is written; a live session\nsecret is ended. The answer is always `202` with no body, whether any secret was live,\nunknown, malformed or already dead, so a report tells nothing about the secrets in it.\nLimited to 10 reports per caller address per 15 minutes (`429 rate_limited`, `Retry-After`).\n",
    "security": [],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/LeakReport"
       },
       "examples": {
        "foundInARepository": {
         "summary": "A secret found in a public repository",
         "value": {
          "credentials": [
           "tsr_pat_ExampleNewTokenSecret0000000030G31D1"
          ]
         }
        }
       }
      }
     }
    },
    "responses": {
     "202": {
      "description": "Received. Any live secret among them no longer works.",
      "headers": {
       "X-Request-Id": {
        "$ref": "#/components/headers/X-Request-Id"
       },
       "RateLimit-Limit": {
        "$ref": "#/components/headers/RateLimit-Limit-Sent"
       },
       "RateLimit-Remaining": {
        "$ref": "#/components/headers/RateLimit-Remaining-Sent"
       },
       "RateLimit-Reset": {
        "$ref": "#/components/headers/RateLimit-Reset-Sent"
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "403": {
      "$ref": "#/components/responses/Forbidden"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     },
     "429": {
      "$ref": "#/components/responses/TooManyRequests"
     },
     "default": {
      "$ref": "#/components/responses/UnexpectedError"
     }
    }
   }
  }
 },
 "components": {
  "securitySchemes": {
   "bearerAuth": {
    "type": "http",
    "scheme": "bearer",
    "description": "`Authorization: Bearer <secret>` with a session, personal, organization or legacy secret."
   },
   "apiKeyAuth": {
    "type": "apiKey",
    "in": "header",
    "name": "Authorization",
    "description": "The same secrets as `bearerAuth` (session, personal, organization or legacy), as the whole value\nof the `Authorization` header: `Authorization: <secret>`, which is what a client generated\nfrom this scheme sends when given the secret. `Authorization: ApiKey <secret>` (the scheme name\nbefore it, any case) is accepted too (A2).\n"
   },
   "basicAuth": {
    "type": "http",
    "scheme": "basic",
    "description": "`Authorization: Basic base64(email:password)`, for login only (A5)."
   }
  },
  "parameters": {
   "TokenIdPath": {
    "name": "id",
    "in": "path",
    "required": true,
    "description": "Token id.",
    "schema": {
     "$ref": "#/components/schemas/TokenId"
    }
   },
   "Limit": {
    "name": "limit",
    "in": "query",
    "description": "Page size, 1 to 100, in plain decimal digits (E5): `0x10`, `1e1`, `+5`, `05` and `5.0` are\n`400 invalid_request` at `/query/limit`.\n",
    "schema": {
     "type": "integer",
     "minimum": 1,
     "maximum": 100,
     "default": 20
    }
   },
   "Cursor": {
    "name": "cursor",
    "in": "query",
    "description": "Opaque cursor from the previous page's `nextCursor`.",
    "schema": {
     "type": "string",
     "minLength": 1,
     "maxLength": 200
    }
   },
   "IdempotencyKey": {
    "name": "Idempotency-Key",
    "in": "header",
    "description": "Makes a POST safe to retry: the same key and body from the same credential within 24 hours\nreplays the first response; the same key with another body is `422 idempotency_key_reused` (T18).\nKeys belong to the secret that sent them, not to its user or organization (a rotated token's\nnew secret starts afresh), and a replay is answered only after that credential is authenticated\nand would still be allowed the request now (H2): a revoked, demoted or narrowed credential gets\nthe refusal, never the stored secret.\n",
    "schema": {
     "type": "string",
     "minLength": 1,
     "maxLength": 255,
     "pattern": "^[\\x21-\\x7E]+$"
    }
   },
   "SelectableResourceTypePath": {
    "name": "resource",
    "in": "path",
    "required": true,
    "description": "A resource type that can be restricted to selected instances.",
    "schema": {
     "$ref": "#/components/schemas/SelectableResourceType"
    }
   }
  },
  "headers": {
   "X-Request-Id": {
    "description": "Unique id of this request; quote it when reporting a problem (E3).",
    "required": true,
    "schema": {
     "type": "string",
     "example": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F"
    }
   },
   "WWW-Authenticate": {
    "description": "The authentication challenge (RFC 6750), e.g. `Bearer error=\"invalid_token\"`.",
    "required": true,
    "schema": {
     "type": "string",
     "example": "Bearer realm=\"tessera\", error=\"invalid_token\""
    }
   },
   "Retry-After": {
    "description": "Seconds to wait before retrying.",
    "required": true,
    "schema": {
     "type": "integer",
     "minimum": 0,
     "example": 900
    }
   },
   "WWW-Authenticate-Optional": {
    "description": "The challenge for `insufficient_scope` (S4), e.g. `Bearer error=\"insufficient_scope\", scope=\"tokens:write\"`.",
    "schema": {
     "type": "string"
    }
   },
   "Retry-After-Optional": {
    "description": "Seconds to wait before retrying; sent with 503.",
    "schema": {
     "type": "integer",
     "minimum": 0
    }
   },
   "Deprecation": {
    "description": "Present on every response to a legacy key (T17, RFC 9745), e.g. `@1767225600`.",
    "schema": {
     "type": "string",
     "pattern": "^@[0-9]+$",
     "example": "@1767225600"
    }
   },
   "Sunset": {
    "description": "Present on every response to a legacy key (T17, RFC 8594): the instant legacy keys stop working\n(P6), after which they get `401 legacy_key_sunset`. The server sends exactly this example.\n",
    "schema": {
     "type": "string",
     "example": "Thu, 01 Jan 2099 00:00:00 GMT"
    }
   },
   "Link": {
    "description": "Present on every response to a legacy key (T17); points at the migration guide.",
    "schema": {
     "type": "string",
     "example": "<https://docs.tessera.dev/migrate-legacy-keys>; rel=\"deprecation\"; type=\"text/html\""
    }
   },
   "Location": {
    "description": "URL of the created token.",
    "required": true,
    "schema": {
     "type": "string",
     "example": "/v1/tokens/tok_8fK2mQ9xLp4Rt7Vw"
    }
   },
   "Idempotent-Replayed": {
    "description": "`true` when this response is a replay of an earlier one with the same `Idempotency-Key`.",
    "schema": {
     "type": "string",
     "enum": [
      "true"
     ]
    }
   },
   "RateLimit-Limit": {
    "description": "Sent when a rate limit applies to the request (login per email, leak reports per caller\naddress, every `429`): how many requests the limit allows in its window.\n",
    "schema": {
     "type": "integer",
     "minimum": 0,
     "example": 10
    }
   },
   "RateLimit-Remaining": {
    "description": "Sent with `RateLimit-Limit`; how many of them are left in the current window.",
    "schema": {
     "type": "integer",
     "minimum": 0,
     "example": 9
    }
   },
   "RateLimit-Reset": {
    "description": "Sent with `RateLimit-Limit`; seconds until the window frees its next request.",
    "schema": {
     "type": "integer",
     "minimum": 0,
     "example": 900
    }
   },
   "RateLimit-Limit-Sent": {
    "description": "How many requests the rate limit on this operation allows in its window.",
    "required": true,
    "schema": {
     "type": "integer",
     "minimum": 0,
     "example": 10
    }
   },
   "RateLimit-Remaining-Sent": {
    "description": "How many of them are left in the current window.",
    "required": true,
    "schema": {
     "type": "integer",
     "minimum": 0,
     "example": 9
    }
   },
   "RateLimit-Reset-Sent": {
    "description": "Seconds until the window frees its next request.",
    "required": true,
    "schema": {
     "type": "integer",
     "minimum": 0,
     "example": 900
    }
   },
   "Allow": {
    "description": "The methods this path does take.",
    "required": true,
    "schema": {
     "type": "string",
     "example": "GET, PATCH, DELETE"
    }
   }
  },
  "responses": {
   "BadRequest": {
    "description": "`invalid_request`: the request does not match the contract (E1), the Authorization header is\nmalformed (A2), the body is not valid UTF-8 (pointer `/body`), an integer parameter is not\nplain decimal, or a label or description holds a control or format character (E5).\n",
    "headers": {
     "X-Request-Id": {
      "$ref": "#/components/headers/X-Request-Id"
     },
     "Deprecation": {
      "$ref": "#/components/headers/Deprecation"
     },
     "Sunset": {
      "$ref": "#/components/headers/Sunset"
     },
     "Link": {
      "$ref": "#/components/headers/Link"
     },
     "RateLimit-Limit": {
      "$ref": "#/components/headers/RateLimit-Limit"
     },
     "RateLimit-Remaining": {
      "$ref": "#/components/headers/RateLimit-Remaining"
     },
     "RateLimit-Reset": {
      "$ref": "#/components/headers/RateLimit-Reset"
     }
    },
    "content": {
     "application/problem+json": {
      "schema": {
       "$ref": "#/components/schemas/Problem"
      },
      "example": {
       "type": "https://docs.tessera.dev/problems/invalid_request",
       "title": "Invalid request",
       "status": 400,
       "detail": "The request body does not match the contract.",
       "code": "invalid_request",
       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F",
       "errors": [
        {
         "pointer": "/body/label",
         "detail": "must NOT have fewer than 1 characters"
        }
       ]
      }
     }
    }
   },
   "LoginFailed": {
    "description": "`invalid_credentials`: wrong email, wrong password, or a user who belongs to no organization\nany more; all give identical responses (A5, H3), with where that email stands against the\nlockout in `RateLimit-*`. Without Basic credentials at all, `unauthenticated` (A1).\n",
    "headers": {
     "X-Request-Id": {
      "$ref": "#/components/headers/X-Request-Id"
     },
     "WWW-Authenticate": {
      "$ref": "#/components/headers/WWW-Authenticate"
     },
     "RateLimit-Limit": {
      "$ref": "#/components/headers/RateLimit-Limit"
     },
     "RateLimit-Remaining": {
      "$ref": "#/components/headers/RateLimit-Remaining"
     },
     "RateLimit-Reset": {
      "$ref": "#/components/headers/RateLimit-Reset"
     }
    },
    "content": {
     "application/problem+json": {
      "schema": {
       "$ref": "#/components/schemas/Problem"
      },
      "example": {
       "type": "https://docs.tessera.dev/problems/invalid_credentials",
       "title": "Invalid credentials",
       "status": 401,
       "detail": "The email or password is not correct.",
       "code": "invalid_credentials",
       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F"
      }
     }
    }
   },
   "Unauthorized": {
    "description": "`unauthenticated` (no credential, A1), `invalid_token` (unknown, revoked or malformed, A3;\nunknown and revoked give identical bodies), `token_expired` (A3), `token_not_yet_valid`\n(before the token's `notBefore`, P2) or `legacy_key_sunset` (a legacy key after its `Sunset`,\nwith the `Link` to the migration guide, P6).\n",
    "headers": {
     "X-Request-Id": {
      "$ref": "#/components/headers/X-Request-Id"
     },
     "WWW-Authenticate": {
      "$ref": "#/components/headers/WWW-Authenticate"
     },
     "Deprecation": {
      "$ref": "#/components/headers/Deprecation"
     },
     "Sunset": {
      "$ref": "#/components/headers/Sunset"
     },
     "Link": {
      "$ref": "#/components/headers/Link"
     },
     "RateLimit-Limit": {
      "$ref": "#/components/headers/RateLimit-Limit"
     },
     "RateLimit-Remaining": {
      "$ref": "#/components/headers/RateLimit-Remaining"
     },
     "RateLimit-Reset": {
      "$ref": "#/components/headers/RateLimit-Reset"
     }
    },
    "content": {
     "application/problem+json": {
      "schema": {
       "$ref": "#/components/schemas/Problem"
      },
      "example": {
       "type": "https://docs.tessera.dev/problems/invalid_token",
       "title": "Invalid token",
       "status": 401,
       "detail": "The credential is not valid.",
       "code": "invalid_token",
       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F"
      }
     }
    }
   },
   "Forbidden": {
    "description": "`https_required` (A4), `ip_not_allowed` (the caller's address is outside the token's\n`allowedIps`, P1), `insufficient_scope` (S4, with `WWW-Authenticate` and `scope`),\n`scope_escalation` (T3, H1, with `refused`), `plan_upgrade_required` (S3) or `forbidden` (role).\n",
    "headers": {
     "X-Request-Id": {
      "$ref": "#/components/headers/X-Request-Id"
     },
     "WWW-Authenticate": {
      "$ref": "#/components/headers/WWW-Authenticate-Optional"
     },
     "Deprecation": {
      "$ref": "#/components/headers/Deprecation"
     },
     "Sunset": {
      "$ref": "#/components/headers/Sunset"
     },
     "Link": {
      "$ref": "#/components/headers/Link"
     },
     "RateLimit-Limit": {
      "$ref": "#/components/headers/RateLimit-Limit"
     },
     "RateLimit-Remaining": {
      "$ref": "#/components/headers/RateLimit-Remaining"
     },
     "RateLimit-Reset": {
      "$ref": "#/components/headers/RateLimit-Reset"
     }
    },
    "content": {
     "application/problem+json": {
      "schema": {
       "$ref": "#/components/schemas/Problem"
      },
      "example": {
       "type": "https://docs.tessera.dev/problems/insufficient_scope",
       "title": "Insufficient scope",
       "status": 403,
       "detail": "This operation needs the tokens:write scope.",
       "code": "insufficient_scope",
       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F",
       "scope": "tokens:write"
      }
     }
    }
   },
   "NotFound": {
    "description": "`not_found`: no such resource, or the caller may not see it (T8).",
    "headers": {
     "X-Request-Id": {
      "$ref": "#/components/headers/X-Request-Id"
     },
     "Deprecation": {
      "$ref": "#/components/headers/Deprecation"
     },
     "Sunset": {
      "$ref": "#/components/headers/Sunset"
     },
     "Link": {
      "$ref": "#/components/headers/Link"
     },
     "RateLimit-Limit": {
      "$ref": "#/components/headers/RateLimit-Limit"
     },
     "RateLimit-Remaining": {
      "$ref": "#/components/headers/RateLimit-Remaining"
     },
     "RateLimit-Reset": {
      "$ref": "#/components/headers/RateLimit-Reset"
     }
    },
    "content": {
     "application/problem+json": {
      "schema": {
       "$ref": "#/components/schemas/Problem"
      },
      "example": {
       "type": "https://docs.tessera.dev/problems/not_found",
       "title": "Not found",
       "status": 404,
       "detail": "No token with this id.",
       "code": "not_found",
       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F"
      }
     }
    }
   },
   "Conflict": {
    "description": "`token_limit_reached` (T4, with `limit` and `current`), `confirmation_mismatch` (T10),\n`token_not_active` (editing or rotating an expired or revoked token) or\n`idempotency_replay_unavailable` (T18: the first request with this Idempotency-Key succeeded\nbefore the local server restarted; its answer held a secret, so it is not kept; `detail` names\nthe token it made, and no second token is made).\n",
    "headers": {
     "X-Request-Id": {
      "$ref": "#/components/headers/X-Request-Id"
     },
     "Deprecation": {
      "$ref": "#/components/headers/Deprecation"
     },
     "Sunset": {
      "$ref": "#/components/headers/Sunset"
     },
     "Link": {
      "$ref": "#/components/headers/Link"
     },
     "RateLimit-Limit": {
      "$ref": "#/components/headers/RateLimit-Limit"
     },
     "RateLimit-Remaining": {
      "$ref": "#/components/headers/RateLimit-Remaining"
     },
     "RateLimit-Reset": {
      "$ref": "#/components/headers/RateLimit-Reset"
     }
    },
    "content": {
     "application/problem+json": {
      "schema": {
       "$ref": "#/components/schemas/Problem"
      },
      "example": {
       "type": "https://docs.tessera.dev/problems/token_limit_reached",
       "title": "Token limit reached",
       "status": 409,
       "detail": "This owner already has 50 active tokens.",
       "code": "token_limit_reached",
       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F",
       "limit": 50,
       "current": 50
      }
     }
    }
   },
   "PayloadTooLarge": {
    "description": "`payload_too_large`: the body is over 64 KiB, counted in the bytes sent (E1).",
    "headers": {
     "X-Request-Id": {
      "$ref": "#/components/headers/X-Request-Id"
     },
     "Deprecation": {
      "$ref": "#/components/headers/Deprecation"
     },
     "Sunset": {
      "$ref": "#/components/headers/Sunset"
     },
     "Link": {
      "$ref": "#/components/headers/Link"
     },
     "RateLimit-Limit": {
      "$ref": "#/components/headers/RateLimit-Limit"
     },
     "RateLimit-Remaining": {
      "$ref": "#/components/headers/RateLimit-Remaining"
     },
     "RateLimit-Reset": {
      "$ref": "#/components/headers/RateLimit-Reset"
     }
    },
    "content": {
     "application/problem+json": {
      "schema": {
       "$ref": "#/components/schemas/Problem"
      }
     }
    }
   },
   "UnsupportedMediaType": {
    "description": "`unsupported_media_type`: the body is not `application/json` (or a `+json` type) (E1), or its\n`charset` parameter names anything but UTF-8 (`utf-8` in any case, quoted or not) (E5).\n",
    "headers": {
     "X-Request-Id": {
      "$ref": "#/components/headers/X-Request-Id"
     },
     "Deprecation": {
      "$ref": "#/components/headers/Deprecation"
     },
     "Sunset": {
      "$ref": "#/components/headers/Sunset"
     },
     "Link": {
      "$ref": "#/components/headers/Link"
     },
     "RateLimit-Limit": {
      "$ref": "#/components/headers/RateLimit-Limit"
     },
     "RateLimit-Remaining": {
      "$ref": "#/components/headers/RateLimit-Remaining"
     },
     "RateLimit-Reset": {
      "$ref": "#/components/headers/RateLimit-Reset"
     }
    },
    "content": {
     "application/problem+json": {
      "schema": {
       "$ref": "#/components/schemas/Problem"
      }
     }
    }
   },
   "UnprocessableContent": {
    "description": "`idempotency_key_reused`: the Idempotency-Key was used with another body (T18).",
    "headers": {
     "X-Request-Id": {
      "$ref": "#/components/headers/X-Request-Id"
     },
     "Deprecation": {
      "$ref": "#/components/headers/Deprecation"
     },
     "Sunset": {
      "$ref": "#/components/headers/Sunset"
     },
     "Link": {
      "$ref": "#/components/headers/Link"
     },
     "RateLimit-Limit": {
      "$ref": "#/components/headers/RateLimit-Limit"
     },
     "RateLimit-Remaining": {
      "$ref": "#/components/headers/RateLimit-Remaining"
     },
     "RateLimit-Reset": {
      "$ref": "#/components/headers/RateLimit-Reset"
     }
    },
    "content": {
     "application/problem+json": {
      "schema": {
       "$ref": "#/components/schemas/Problem"
      }
     }
    }
   },
   "TooManyRequests": {
    "description": "`login_locked` (A5) or `rate_limited` (leak reports, P4, or a limit the mock was told to\napply); wait `Retry-After` seconds.\n",
    "headers": {
     "X-Request-Id": {
      "$ref": "#/components/headers/X-Request-Id"
     },
     "Retry-After": {
      "$ref": "#/components/headers/Retry-After"
     },
     "Deprecation": {
      "$ref": "#/components/headers/Deprecation"
     },
     "Sunset": {
      "$ref": "#/components/headers/Sunset"
     },
     "Link": {
      "$ref": "#/components/headers/Link"
     },
     "RateLimit-Limit": {
      "$ref": "#/components/headers/RateLimit-Limit"
     },
     "RateLimit-Remaining": {
      "$ref": "#/components/headers/RateLimit-Remaining"
     },
     "RateLimit-Reset": {
      "$ref": "#/components/headers/RateLimit-Reset"
     }
    },
    "content": {
     "application/problem+json": {
      "schema": {
       "$ref": "#/components/schemas/Problem"
      },
      "example": {
       "type": "https://docs.tessera.dev/problems/login_locked",
       "title": "Too many failed logins",
       "status": 429,
       "detail": "Too many failed logins for this email; try again later.",
       "code": "login_locked",
       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F",
       "retryAfterSeconds": 900
      }
     }
    }
   },
   "MethodNotAllowed": {
    "description": "`method_not_allowed`: the path exists but does not take this method; `Allow` lists those it takes.",
    "headers": {
     "X-Request-Id": {
      "$ref": "#/components/headers/X-Request-Id"
     },
     "Allow": {
      "$ref": "#/components/headers/Allow"
     },
     "RateLimit-Limit": {
      "$ref": "#/components/headers/RateLimit-Limit"
     },
     "RateLimit-Remaining": {
      "$ref": "#/components/headers/RateLimit-Remaining"
     },
     "RateLimit-Reset": {
      "$ref": "#/components/headers/RateLimit-Reset"
     }
    },
    "content": {
     "application/problem+json": {
      "schema": {
       "$ref": "#/components/schemas/Problem"
      },
      "example": {
       "type": "https://docs.tessera.dev/problems/method_not_allowed",
       "title": "Method not allowed",
       "status": 405,
       "detail": "PUT is not allowed here.",
       "code": "method_not_allowed",
       "requestId": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F"
      }
     }
    }
   },
   "UnexpectedError": {
    "description": "`request_timeout` (408), `internal_error` (500) or `service_unavailable` (502, 503, 504; 503 with\n`Retry-After`). The mock sends these only when a fault is injected, and `storage_unavailable`\n(503 with `Retry-After`) when the local server's `--persist` file cannot be written: the\noperation was not applied, and retrying it (with the same Idempotency-Key) is safe.\n",
    "headers": {
     "X-Request-Id": {
      "$ref": "#/components/headers/X-Request-Id"
     },
     "Retry-After": {
      "$ref": "#/components/headers/Retry-After-Optional"
     },
     "Deprecation": {
      "$ref": "#/components/headers/Deprecation"
     },
     "Sunset": {
      "$ref": "#/components/headers/Sunset"
     },
     "Link": {
      "$ref": "#/components/headers/Link"
     },
     "RateLimit-Limit": {
      "$ref": "#/components/headers/RateLimit-Limit"
     },
     "RateLimit-Remaining": {
      "$ref": "#/components/headers/RateLimit-Remaining"
     },
     "RateLimit-Reset": {
      "$ref": "#/components/headers/RateLimit-Reset"
     }
    },
    "content": {
     "application/problem+json": {
      "schema": {
       "$ref": "#/components/schemas/Problem"
      }
     }
    }
   }
  },
  "schemas": {
   "TokenId": {
    "type": "string",
    "description": "Token id.",
    "pattern": "^tok_[0-9A-Za-z]{16}$",
    "example": "tok_8fK2mQ9xLp4Rt7Vw"
   },
   "ResourceId": {
    "type": "string",
    "description": "Id of a zone (`zone_`), domain (`dom_`) or certificate (`cert_`) a grant can be restricted to (S1).",
    "pattern": "^(zone|dom|cert)_[0-9A-Za-z]{1,40}$",
    "example": "zone_acme01"
   },
   "Timestamp": {
    "type": "string",
    "format": "date-time",
    "description": "RFC 3339 date-time in UTC.",
    "example": "2099-12-31T00:00:00.000Z"
   },
   "NullableTimestamp": {
    "description": "An RFC 3339 date-time in UTC, or null where the field has none (never expires, never used).",
    "oneOf": [
     {
      "$ref": "#/components/schemas/Timestamp"
     },
     {
      "type": "null"
     }
    ]
   },
   "Plan": {
    "type": "string",
    "enum": [
     "solo",
     "teams",
     "enterprise"
    ],
    "description": "Organization plan; `solo` allows full-access tokens only (S3)."
   },
   "Role": {
    "type": "string",
    "enum": [
     "admin",
     "developer"
    ],
    "description": "Membership role, or the role an organization token carries."
   },
   "NullableRole": {
    "description": "The role of an organization token; null for personal tokens.",
    "oneOf": [
     {
      "$ref": "#/components/schemas/Role"
     },
     {
      "type": "null"
     }
    ]
   },
   "ReceiveReports": {
    "type": "string",
    "enum": [
     "never",
     "daily",
     "weekly",
     "monthly"
    ]
   },
   "ResourceType": {
    "type": "string",
    "enum": [
     "tokens",
     "members",
     "zones",
     "domains",
     "certificates",
     "billing"
    ],
    "description": "A resource type that scopes grant access to (S1)."
   },
   "SelectableResourceType": {
    "type": "string",
    "enum": [
     "zones",
     "domains",
     "certificates"
    ],
    "description": "Resource types whose grants can be restricted to selected instances (S1)."
   },
   "Access": {
    "type": "string",
    "enum": [
     "read",
     "write"
    ],
    "description": "`write` implies `read`."
   },
   "GrantResource": {
    "description": "A resource type, or `*` for every type.",
    "oneOf": [
     {
      "$ref": "#/components/schemas/ResourceType"
     },
     {
      "type": "string",
      "const": "*",
      "description": "Every resource type."
     }
    ]
   },
   "ScopeGrant": {
    "type": "object",
    "description": "One grant. `resource: \"*\"` with `access: write` is full access (S3). `resourceIds` restricts a\nzones, domains or certificates grant to those instances; without it the grant covers every\ninstance of the type.\n",
    "additionalProperties": false,
    "required": [
     "resource",
     "access"
    ],
    "properties": {
     "resource": {
      "$ref": "#/components/schemas/GrantResource"
     },
     "access": {
      "$ref": "#/components/schemas/Access"
     },
     "resourceIds": {
      "type": "array",
      "minItems": 1,
      "maxItems": 100,
      "uniqueItems": true,
      "items": {
       "$ref": "#/components/schemas/ResourceId"
      }
     }
    },
    "example": {
     "resource": "zones",
     "access": "write",
     "resourceIds": [
      "zone_acme01"
     ]
    }
   },
   "ScopeList": {
    "type": "array",
    "description": "The token's grants; at least one. Duplicate resources are not allowed.",
    "minItems": 1,
    "maxItems": 20,
    "items": {
     "$ref": "#/components/schemas/ScopeGrant"
    }
   },
   "TokenType": {
    "type": "string",
    "enum": [
     "personal",
     "organization"
    ]
   },
   "TokenStatus": {
    "type": "string",
    "enum": [
     "active",
     "expired",
     "revoked"
    ]
   },
   "SensitiveData": {
    "type": "string",
    "enum": [
     "hidden",
     "visible"
    ],
    "description": "With `hidden`, email and balance are returned as null (Q2)."
   },
   "CredentialKind": {
    "type": "string",
    "enum": [
     "session",
     "personal",
     "organization",
     "legacy"
    ]
   },
   "IpRange": {
    "type": "string",
    "description": "An IPv4 or IPv6 block in CIDR notation (`203.0.113.0/24`, `2001:db8::/32`), or one address\n(`203.0.113.7`, meaning `/32`; `2001:db8::7`, meaning `/128`). IPv4 in four decimal parts only;\nno bits may be set after the prefix; returned in canonical form (P1).\n",
    "minLength": 2,
    "maxLength": 49,
    "example": "203.0.113.0/24"
   },
   "AllowedIps": {
    "type": [
     "array",
     "null"
    ],
    "description": "The addresses the token may be used from (P1): 1 to 20 blocks, or null for any address. A\nrequest from elsewhere is `403 ip_not_allowed` and changes nothing.\n",
    "minItems": 1,
    "maxItems": 20,
    "uniqueItems": true,
    "items": {
     "$ref": "#/components/schemas/IpRange"
    },
    "example": [
     "203.0.113.0/24",
     "2001:db8::/32"
    ]
   },
   "RevocationReason": {
    "type": [
     "string",
     "null"
    ],
    "enum": [
     "manual",
     "leaked",
     "inactive",
     null
    ],
    "description": "Why a token was revoked: `manual` (`DELETE /v1/tokens/{id}`, T10), `leaked` (reported leaked,\nP4) or `inactive` (unused for the organization's `revokeAfterInactiveDays`, P5); null while it\nis not revoked.\n"
   },
   "TokenLabel": {
    "type": "string",
    "description": "1 to 100 characters after trimming surrounding spaces, which are removed (T5); the raw\nvalue may carry up to 200. Characters are Unicode code points, so an emoji counts as one.\nDuplicates are allowed. Plain text only (E5): a label holding a control or format character\n(Unicode general categories Cc and Cf: NUL, tab, newline, bidi overrides such as U+202E,\nzero-width spaces and joiners, U+FEFF), a line or paragraph separator (Zl, Zp: U+2028,\nU+2029) or an unpaired surrogate is refused with\n`400 invalid_request` at `/body/label`, so a label typed to confirm (T10) cannot be spoofed.\n",
    "minLength": 1,
    "maxLength": 200,
    "example": "CI deploy"
   },
   "TokenDescription": {
    "type": [
     "string",
     "null"
    ],
    "description": "Up to 500 characters (Unicode code points). Plain text only, like the label (E5): control and\nformat characters (Cc and Cf, newlines included), line and paragraph separators (Zl, Zp) and\nunpaired surrogates are refused with\n`400 invalid_request` at `/body/description`.\n",
    "maxLength": 500,
    "example": "Used by the deploy pipeline"
   },
   "UserRef": {
    "type": "object",
    "required": [
     "id",
     "name"
    ],
    "properties": {
     "id": {
      "type": "string",
      "example": "usr_ada"
     },
     "name": {
      "type": "string",
      "example": "Ada Lovelace"
     }
    }
   },
   "Token": {
    "type": "object",
    "description": "A token as listed. Its secret is never part of it (T6).",
    "required": [
     "id",
     "label",
     "description",
     "type",
     "role",
     "scopes",
     "sensitiveData",
     "prefix",
     "organizationId",
     "createdAt",
     "createdBy",
     "lastUsedAt",
     "lastUsedIp",
     "expiresAt",
     "revokedAt",
     "revocationReason",
     "status",
     "legacy",
     "allowedIps",
     "notBefore"
    ],
    "properties": {
     "id": {
      "$ref": "#/components/schemas/TokenId"
     },
     "label": {
      "$ref": "#/components/schemas/TokenLabel"
     },
     "description": {
      "$ref": "#/components/schemas/TokenDescription"
     },
     "type": {
      "$ref": "#/components/schemas/TokenType"
     },
     "role": {
      "$ref": "#/components/schemas/NullableRole"
     },
     "scopes": {
      "$ref": "#/components/schemas/ScopeList"
     },
     "sensitiveData": {
      "$ref": "#/components/schemas/SensitiveData"
     },
     "prefix": {
      "type": "string",
      "description": "The first 12 characters of the secret, for recognising it.",
      "minLength": 12,
      "maxLength": 12,
      "example": "tsr_pat_Demo"
     },
     "organizationId": {
      "type": "string",
      "example": "org_acme"
     },
     "createdAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "createdBy": {
      "$ref": "#/components/schemas/UserRef"
     },
     "lastUsedAt": {
      "description": "When the token last authenticated a request (T14).",
      "$ref": "#/components/schemas/NullableTimestamp"
     },
     "lastUsedIp": {
      "type": [
       "string",
       "null"
      ],
      "description": "Client address of the last request, where known.",
      "example": "203.0.113.7"
     },
     "expiresAt": {
      "description": "When the token stops working; null for never.",
      "$ref": "#/components/schemas/NullableTimestamp"
     },
     "revokedAt": {
      "$ref": "#/components/schemas/NullableTimestamp"
     },
     "revocationReason": {
      "$ref": "#/components/schemas/RevocationReason"
     },
     "status": {
      "$ref": "#/components/schemas/TokenStatus"
     },
     "legacy": {
      "type": "boolean",
      "description": "A deprecated pre-existing API key (T17)."
     },
     "allowedIps": {
      "$ref": "#/components/schemas/AllowedIps"
     },
     "notBefore": {
      "description": "When the token starts working (P2); null for at once.",
      "$ref": "#/components/schemas/NullableTimestamp"
     }
    },
    "example": {
     "id": "tok_8fK2mQ9xLp4Rt7Vw",
     "label": "CI deploy",
     "description": null,
     "type": "personal",
     "role": null,
     "scopes": [
      {
       "resource": "tokens",
       "access": "read"
      }
     ],
     "sensitiveData": "hidden",
     "prefix": "tsr_pat_Demo",
     "organizationId": "org_acme",
     "createdAt": "2026-11-01T09:00:00.000Z",
     "createdBy": {
      "id": "usr_ada",
      "name": "Ada Lovelace"
     },
     "lastUsedAt": "2026-11-21T17:42:10.000Z",
     "lastUsedIp": "203.0.113.7",
     "expiresAt": "2099-12-31T00:00:00.000Z",
     "revokedAt": null,
     "revocationReason": null,
     "status": "active",
     "legacy": false,
     "allowedIps": [
      "203.0.113.0/24"
     ],
     "notBefore": null
    }
   },
   "TokenPage": {
    "type": "object",
    "required": [
     "data",
     "nextCursor"
    ],
    "properties": {
     "data": {
      "type": "array",
      "maxItems": 100,
      "items": {
       "$ref": "#/components/schemas/Token"
      }
     },
     "nextCursor": {
      "type": [
       "string",
       "null"
      ],
      "description": "Pass as `cursor` for the next page; null on the last page."
     }
    }
   },
   "TokenCreateRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "label",
     "type",
     "scopes",
     "sensitiveData"
    ],
    "properties": {
     "label": {
      "$ref": "#/components/schemas/TokenLabel"
     },
     "description": {
      "$ref": "#/components/schemas/TokenDescription"
     },
     "type": {
      "$ref": "#/components/schemas/TokenType"
     },
     "role": {
      "description": "Organization tokens only; defaults to `developer` (least privilege).",
      "allOf": [
       {
        "$ref": "#/components/schemas/Role"
       }
      ]
     },
     "scopes": {
      "$ref": "#/components/schemas/ScopeList"
     },
     "sensitiveData": {
      "$ref": "#/components/schemas/SensitiveData"
     },
     "expiresAt": {
      "description": "Must be in the future and within the organization's `maxTokenLifetimeDays` (T13), and,\nwhen the caller is a personal or organization token that itself expires, no later than\nthe caller's own expiry (H1: `403 scope_escalation`, `refused: [\"expiresAt\"]`; null is\nrefused likewise). Omitted means the earliest of the organization's cap and that\ncaller's own expiry, or never when neither applies; null means never and is refused\nwhen the organization has a cap. Sessions are exempt from the caller's-expiry rule.\n",
      "$ref": "#/components/schemas/NullableTimestamp"
     },
     "allowedIps": {
      "description": "The addresses the token may be used from (P1); omitted or null for any. Required (not\nnull) when the organization's policy has `requireAllowedIps` (P5: `400` at\n`/body/allowedIps`). A caller that itself carries `allowedIps` must give blocks within\nits own (H1: `403 scope_escalation`).\n",
      "$ref": "#/components/schemas/AllowedIps"
     },
     "notBefore": {
      "description": "When the token starts working (P2); before it, requests with it are `401\ntoken_not_yet_valid`. Omitted or null: at once. Must be earlier than `expiresAt`.\n",
      "$ref": "#/components/schemas/NullableTimestamp"
     }
    }
   },
   "TokenUpdateRequest": {
    "type": "object",
    "additionalProperties": false,
    "minProperties": 1,
    "description": "Only the fields given change (T9).",
    "properties": {
     "label": {
      "$ref": "#/components/schemas/TokenLabel"
     },
     "description": {
      "$ref": "#/components/schemas/TokenDescription"
     },
     "scopes": {
      "$ref": "#/components/schemas/ScopeList"
     },
     "role": {
      "description": "Organization tokens only.",
      "allOf": [
       {
        "$ref": "#/components/schemas/Role"
       }
      ]
     },
     "sensitiveData": {
      "$ref": "#/components/schemas/SensitiveData"
     },
     "expiresAt": {
      "description": "Same rules as at creation (T13, H1): null removes the expiry where the policy allows and\nthe caller is a session or a token that never expires; a token cannot set an expiry\nlater than its own (`403 scope_escalation`, `refused: [\"expiresAt\"]`).\n",
      "$ref": "#/components/schemas/NullableTimestamp"
     },
     "allowedIps": {
      "description": "Replaces the allow-list (P1); null lifts it. Under `requireAllowedIps` (P5) every edit\nmust leave the token with one. Widening it (null, or a block outside the current ones)\ngives, so it is measured as H1 says (see the operation).\n",
      "$ref": "#/components/schemas/AllowedIps"
     },
     "notBefore": {
      "description": "When the token starts working (P2); null for at once.",
      "$ref": "#/components/schemas/NullableTimestamp"
     }
    },
    "example": {
     "label": "CI deploy (prod)",
     "scopes": [
      {
       "resource": "tokens",
       "access": "write"
      }
     ]
    }
   },
   "TokenRotateRequest": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "gracePeriodSeconds": {
      "type": "integer",
      "minimum": 0,
      "maximum": 86400,
      "default": 0,
      "description": "How long the old secret keeps working, in seconds (T11)."
     },
     "expiresAt": {
      "description": "A new expiry for the token (T13); omitted keeps the current one. Either way, the expiry\nafter the rotation must be no later than the calling token's own (H1; sessions are\nexempt), or the rotation is `403 scope_escalation` with `refused: [\"expiresAt\"]`.\n",
      "$ref": "#/components/schemas/NullableTimestamp"
     }
    },
    "example": {
     "gracePeriodSeconds": 3600
    }
   },
   "TokenWithSecret": {
    "type": "object",
    "required": [
     "token",
     "secret"
    ],
    "properties": {
     "token": {
      "$ref": "#/components/schemas/Token"
     },
     "secret": {
      "type": "string",
      "description": "The full secret. Shown only in create and rotate responses (T6).",
      "pattern": "^tsr_(pat|oat)_[0-9A-Za-z]{36}$",
      "example": "tsr_pat_ExampleNewTokenSecret0000000030G31D1"
     }
    }
   },
   "Credential": {
    "type": "object",
    "description": "The credential used for a request (T12, Q1).",
    "required": [
     "id",
     "kind",
     "label",
     "prefix",
     "role",
     "scopes",
     "sensitiveData",
     "organizationId",
     "createdAt",
     "expiresAt",
     "lastUsedAt",
     "allowedIps",
     "notBefore"
    ],
    "properties": {
     "id": {
      "type": "string",
      "description": "Token id, or session id for sessions.",
      "example": "tok_8fK2mQ9xLp4Rt7Vw"
     },
     "kind": {
      "$ref": "#/components/schemas/CredentialKind"
     },
     "label": {
      "type": [
       "string",
       "null"
      ],
      "description": "The token's label; null for sessions."
     },
     "prefix": {
      "type": "string",
      "example": "tsr_pat_Demo"
     },
     "role": {
      "description": "The role this credential acts with right now.",
      "allOf": [
       {
        "$ref": "#/components/schemas/Role"
       }
      ]
     },
     "scopes": {
      "$ref": "#/components/schemas/ScopeList"
     },
     "sensitiveData": {
      "$ref": "#/components/schemas/SensitiveData"
     },
     "organizationId": {
      "type": "string",
      "example": "org_acme"
     },
     "createdAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "expiresAt": {
      "$ref": "#/components/schemas/NullableTimestamp"
     },
     "lastUsedAt": {
      "$ref": "#/components/schemas/NullableTimestamp"
     },
     "allowedIps": {
      "description": "The addresses this credential may be used from (P1); null for sessions and unrestricted tokens.",
      "$ref": "#/components/schemas/AllowedIps"
     },
     "notBefore": {
      "$ref": "#/components/schemas/NullableTimestamp"
     }
    }
   },
   "Session": {
    "type": "object",
    "required": [
     "id",
     "value",
     "expiresAt",
     "user"
    ],
    "properties": {
     "id": {
      "type": "string",
      "example": "ses_4fT9kW2mQ8xLp7Rv"
     },
     "value": {
      "type": "string",
      "description": "The session secret; send it as a bearer token.",
      "pattern": "^tsr_ses_[0-9A-Za-z]{36}$",
      "example": "tsr_ses_ExampleSessionValue0000000000104ZwPx"
     },
     "expiresAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "user": {
      "$ref": "#/components/schemas/SessionUser"
     }
    }
   },
   "SessionUser": {
    "type": "object",
    "description": "The user a session acts as.",
    "required": [
     "id"
    ],
    "properties": {
     "id": {
      "type": "string",
      "example": "usr_ada"
     }
    }
   },
   "OrganizationPolicy": {
    "type": "object",
    "description": "The organization's token policy (P5).",
    "required": [
     "maxTokenLifetimeDays",
     "revokeAfterInactiveDays",
     "requireAllowedIps"
    ],
    "properties": {
     "maxTokenLifetimeDays": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 36525,
      "description": "Longest allowed token lifetime in days; null for unlimited (T13)."
     },
     "revokeAfterInactiveDays": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 3650,
      "description": "Days without an accepted request after which a token is revoked (`revocationReason:\ninactive`), counted from its last use, its creation or the change of this setting,\nwhichever is latest; null for never.\n"
     },
     "requireAllowedIps": {
      "type": "boolean",
      "description": "Whether tokens created or edited from now on must carry `allowedIps` (P1)."
     }
    }
   },
   "OrganizationPolicyUpdate": {
    "type": "object",
    "additionalProperties": false,
    "minProperties": 1,
    "description": "Only the fields given change (P5).",
    "properties": {
     "maxTokenLifetimeDays": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 36525,
      "description": "Longest token lifetime in days for expiries set from now on; null for unlimited."
     },
     "revokeAfterInactiveDays": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 3650,
      "description": "Revoke tokens unused for this many days, counted from now at the earliest; null for never."
     },
     "requireAllowedIps": {
      "type": "boolean",
      "description": "Whether tokens created or edited from now on must carry `allowedIps`."
     }
    },
    "example": {
     "revokeAfterInactiveDays": 90
    }
   },
   "Organization": {
    "type": "object",
    "description": "The caller's organization (P5).",
    "required": [
     "id",
     "name",
     "plan",
     "balance",
     "createdAt",
     "updatedAt",
     "policy",
     "redacted"
    ],
    "properties": {
     "id": {
      "type": "string",
      "example": "org_acme"
     },
     "name": {
      "type": "string",
      "example": "Acme"
     },
     "plan": {
      "$ref": "#/components/schemas/Plan"
     },
     "balance": {
      "type": [
       "number",
       "null"
      ],
      "description": "Account balance in US dollars; null when redacted (Q2).",
      "example": 1250.5
     },
     "createdAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "updatedAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "policy": {
      "$ref": "#/components/schemas/OrganizationPolicy"
     },
     "redacted": {
      "$ref": "#/components/schemas/Redacted"
     }
    }
   },
   "LeakReport": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "credentials"
    ],
    "description": "Secrets found where they should not be (P4).",
    "properties": {
     "credentials": {
      "type": "array",
      "minItems": 1,
      "maxItems": 1000,
      "items": {
       "type": "string",
       "minLength": 1,
       "maxLength": 200,
       "description": "A secret as found; anything that is not a live secret is ignored."
      }
     }
    },
    "example": {
     "credentials": [
      "tsr_pat_ExampleNewTokenSecret0000000030G31D1"
     ]
    }
   },
   "Membership": {
    "type": "object",
    "description": "An organization the caller belongs to, with the role held there.",
    "required": [
     "id",
     "name",
     "plan",
     "balance",
     "role",
     "createdAt",
     "updatedAt",
     "policy"
    ],
    "properties": {
     "id": {
      "type": "string",
      "example": "org_acme"
     },
     "name": {
      "type": "string",
      "example": "Acme"
     },
     "plan": {
      "$ref": "#/components/schemas/Plan"
     },
     "balance": {
      "type": [
       "number",
       "null"
      ],
      "description": "Account balance in US dollars; null when redacted (Q2).",
      "example": 1250.5
     },
     "role": {
      "$ref": "#/components/schemas/Role"
     },
     "createdAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "updatedAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "policy": {
      "$ref": "#/components/schemas/OrganizationPolicy"
     }
    }
   },
   "Redacted": {
    "type": "array",
    "maxItems": 102,
    "description": "JSON pointers of the fields withheld because the credential hides sensitive data (Q2), e.g.\n`/email`, `/organization/balance`, `/organizations/0/balance` (and `/balance` in\n`GET /v1/organization`).\n",
    "items": {
     "type": "string",
     "pattern": "^/(email|balance|organization/balance|organizations/[0-9]+/balance)$"
    }
   },
   "UserRequester": {
    "type": "object",
    "required": [
     "kind",
     "id",
     "name",
     "email",
     "emailIsVerified",
     "firstName",
     "lastName",
     "receiveReports",
     "organization",
     "organizations",
     "credential",
     "redacted"
    ],
    "properties": {
     "kind": {
      "type": "string",
      "const": "user"
     },
     "id": {
      "type": "string",
      "example": "usr_ada"
     },
     "name": {
      "type": "string",
      "description": "Display name.",
      "example": "Ada Lovelace"
     },
     "email": {
      "type": [
       "string",
       "null"
      ],
      "format": "email",
      "description": "Null when redacted (Q2).",
      "example": "ada@acme.test"
     },
     "emailIsVerified": {
      "type": "boolean"
     },
     "firstName": {
      "type": "string",
      "example": "Ada"
     },
     "lastName": {
      "type": "string",
      "example": "Lovelace"
     },
     "receiveReports": {
      "$ref": "#/components/schemas/ReceiveReports"
     },
     "organization": {
      "$ref": "#/components/schemas/Membership"
     },
     "organizations": {
      "type": "array",
      "maxItems": 100,
      "description": "Every organization the user belongs to, oldest membership first (at most 100).",
      "items": {
       "$ref": "#/components/schemas/Membership"
      }
     },
     "credential": {
      "$ref": "#/components/schemas/Credential"
     },
     "redacted": {
      "$ref": "#/components/schemas/Redacted"
     }
    }
   },
   "OrganizationRequester": {
    "type": "object",
    "required": [
     "kind",
     "id",
     "name",
     "organization",
     "credential",
     "redacted"
    ],
    "properties": {
     "kind": {
      "type": "string",
      "const": "organization"
     },
     "id": {
      "type": "string",
      "description": "The organization's id.",
      "example": "org_acme"
     },
     "name": {
      "type": "string",
      "example": "Acme"
     },
     "organization": {
      "$ref": "#/components/schemas/Membership"
     },
     "credential": {
      "$ref": "#/components/schemas/Credential"
     },
     "redacted": {
      "$ref": "#/components/schemas/Redacted"
     }
    }
   },
   "Requester": {
    "description": "Who is calling (Q1).",
    "oneOf": [
     {
      "$ref": "#/components/schemas/UserRequester"
     },
     {
      "$ref": "#/components/schemas/OrganizationRequester"
     }
    ],
    "discriminator": {
     "propertyName": "kind",
     "mapping": {
      "user": "#/components/schemas/UserRequester",
      "organization": "#/components/schemas/OrganizationRequester"
     }
    }
   },
   "ScopeResourceInfo": {
    "type": "object",
    "required": [
     "resource",
     "description",
     "accesses",
     "selectable"
    ],
    "properties": {
     "resource": {
      "$ref": "#/components/schemas/ResourceType"
     },
     "description": {
      "type": "string",
      "example": "DNS zones and their records."
     },
     "accesses": {
      "type": "array",
      "maxItems": 2,
      "items": {
       "$ref": "#/components/schemas/Access"
      }
     },
     "selectable": {
      "type": "boolean",
      "description": "Whether grants can be restricted to selected instances."
     }
    }
   },
   "ScopeCatalogue": {
    "type": "object",
    "required": [
     "resources",
     "fullAccess",
     "plan",
     "scopedTokensAllowed"
    ],
    "properties": {
     "resources": {
      "type": "array",
      "maxItems": 20,
      "items": {
       "$ref": "#/components/schemas/ScopeResourceInfo"
      }
     },
     "fullAccess": {
      "$ref": "#/components/schemas/ScopeGrant"
     },
     "plan": {
      "$ref": "#/components/schemas/Plan"
     },
     "scopedTokensAllowed": {
      "type": "boolean",
      "description": "False on the solo plan, where tokens are full access only (S3)."
     }
    }
   },
   "SelectableResource": {
    "type": "object",
    "required": [
     "id",
     "type",
     "name"
    ],
    "properties": {
     "id": {
      "$ref": "#/components/schemas/ResourceId"
     },
     "type": {
      "$ref": "#/components/schemas/SelectableResourceType"
     },
     "name": {
      "type": "string",
      "example": "acme.test"
     }
    }
   },
   "SelectableResourcePage": {
    "type": "object",
    "required": [
     "data",
     "nextCursor"
    ],
    "properties": {
     "data": {
      "type": "array",
      "maxItems": 100,
      "items": {
       "$ref": "#/components/schemas/SelectableResource"
      }
     },
     "nextCursor": {
      "type": [
       "string",
       "null"
      ]
     }
    }
   },
   "IntrospectionRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "token"
    ],
    "properties": {
     "token": {
      "type": "string",
      "description": "The secret to introspect.",
      "minLength": 1,
      "maxLength": 200
     },
     "token_type_hint": {
      "type": "string",
      "enum": [
       "access_token"
      ]
     }
    },
    "example": {
     "token": "tsr_pat_ExampleNewTokenSecret0000000030G31D1"
    }
   },
   "ActiveIntrospection": {
    "type": "object",
    "required": [
     "active",
     "scope",
     "client_id",
     "token_type",
     "iat",
     "sub",
     "kind",
     "organization_id"
    ],
    "properties": {
     "active": {
      "type": "boolean",
      "const": true
     },
     "scope": {
      "type": "string",
      "description": "Space-separated grants, e.g. `tokens:read zones:write`.",
      "example": "tokens:read zones:write"
     },
     "client_id": {
      "type": "string",
      "description": "The token id.",
      "example": "tok_8fK2mQ9xLp4Rt7Vw"
     },
     "username": {
      "type": "string",
      "description": "The owner's email, for personal tokens and sessions with visible sensitive data."
     },
     "token_type": {
      "type": "string",
      "const": "Bearer"
     },
     "exp": {
      "type": "integer",
      "description": "Expiry as a Unix time; absent when the token never expires."
     },
     "iat": {
      "type": "integer",
      "description": "Creation as a Unix time."
     },
     "nbf": {
      "type": "integer",
      "description": "The token's `notBefore` as a Unix time (P2); absent when it has none."
     },
     "sub": {
      "type": "string",
      "description": "The principal, a user or organization id."
     },
     "kind": {
      "$ref": "#/components/schemas/CredentialKind"
     },
     "organization_id": {
      "type": "string"
     }
    }
   },
   "InactiveIntrospection": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "active"
    ],
    "properties": {
     "active": {
      "type": "boolean",
      "const": false
     }
    }
   },
   "Introspection": {
    "description": "RFC 7662 introspection response.",
    "oneOf": [
     {
      "$ref": "#/components/schemas/ActiveIntrospection"
     },
     {
      "$ref": "#/components/schemas/InactiveIntrospection"
     }
    ]
   },
   "AuditEventType": {
    "type": "string",
    "enum": [
     "token.created",
     "token.updated",
     "token.rotated",
     "token.revoked",
     "token.expired",
     "token.leaked",
     "organization.policy_updated",
     "login.failed"
    ]
   },
   "AuditEvent": {
    "type": "object",
    "required": [
     "id",
     "type",
     "occurredAt",
     "organizationId",
     "actor",
     "token",
     "email",
     "reason"
    ],
    "properties": {
     "id": {
      "type": "string",
      "example": "evt_3kP9wQ2mT8xLr4Vn"
     },
     "type": {
      "$ref": "#/components/schemas/AuditEventType"
     },
     "occurredAt": {
      "$ref": "#/components/schemas/Timestamp"
     },
     "organizationId": {
      "type": "string",
      "example": "org_acme"
     },
     "actor": {
      "description": "Who acted; null for what no credential did: failed logins, expiries (P3), leak reports\n(P4) and revocations for inactivity (P5).\n",
      "$ref": "#/components/schemas/NullableAuditActor"
     },
     "token": {
      "description": "The token acted on, masked; null for failed logins and policy changes.",
      "$ref": "#/components/schemas/NullableMaskedToken"
     },
     "email": {
      "type": [
       "string",
       "null"
      ],
      "description": "The email a failed login tried; null for token events, and null for a credential with\n`sensitiveData: hidden` (Q2: emails are sensitive).\n"
     },
     "reason": {
      "description": "Why the token was revoked, for `token.revoked` and `token.leaked`; null otherwise.",
      "$ref": "#/components/schemas/RevocationReason"
     }
    }
   },
   "NullableAuditActor": {
    "description": "Who acted, or null when no credential did.",
    "oneOf": [
     {
      "$ref": "#/components/schemas/AuditActor"
     },
     {
      "type": "null"
     }
    ]
   },
   "NullableMaskedToken": {
    "description": "A token as masked in audit events, or null for events about no token.",
    "oneOf": [
     {
      "$ref": "#/components/schemas/MaskedToken"
     },
     {
      "type": "null"
     }
    ]
   },
   "AuditActor": {
    "type": "object",
    "required": [
     "id",
     "kind",
     "name",
     "credentialId"
    ],
    "properties": {
     "id": {
      "type": "string",
      "example": "usr_ada"
     },
     "kind": {
      "type": "string",
      "enum": [
       "user",
       "organization"
      ]
     },
     "name": {
      "type": "string",
      "example": "Ada Lovelace"
     },
     "credentialId": {
      "type": "string",
      "description": "The credential the actor used.",
      "example": "tok_8fK2mQ9xLp4Rt7Vw"
     }
    }
   },
   "MaskedToken": {
    "type": "object",
    "required": [
     "id",
     "label",
     "type",
     "masked"
    ],
    "properties": {
     "id": {
      "$ref": "#/components/schemas/TokenId"
     },
     "label": {
      "type": "string"
     },
     "type": {
      "$ref": "#/components/schemas/TokenType"
     },
     "masked": {
      "type": "string",
      "description": "The prefix followed by asterisks, never the secret.",
      "example": "tsr_pat_Demo********************************"
     }
    }
   },
   "AuditEventPage": {
    "type": "object",
    "required": [
     "data",
     "nextCursor"
    ],
    "properties": {
     "data": {
      "type": "array",
      "maxItems": 100,
      "items": {
       "$ref": "#/components/schemas/AuditEvent"
      }
     },
     "nextCursor": {
      "type": [
       "string",
       "null"
      ]
     }
    }
   },
   "ProblemCode": {
    "type": "string",
    "description": "Stable machine-readable error code.",
    "enum": [
     "invalid_request",
     "unauthenticated",
     "invalid_token",
     "token_expired",
     "invalid_credentials",
     "https_required",
     "insufficient_scope",
     "scope_escalation",
     "plan_upgrade_required",
     "forbidden",
     "not_found",
     "method_not_allowed",
     "token_limit_reached",
     "confirmation_mismatch",
     "token_not_active",
     "payload_too_large",
     "unsupported_media_type",
     "idempotency_key_reused",
     "login_locked",
     "rate_limited",
     "request_timeout",
     "internal_error",
     "service_unavailable",
     "storage_unavailable",
     "idempotency_replay_unavailable",
     "ip_not_allowed",
     "token_not_yet_valid",
     "legacy_key_sunset"
    ]
   },
   "FieldError": {
    "type": "object",
    "required": [
     "pointer",
     "detail"
    ],
    "properties": {
     "pointer": {
      "type": "string",
      "description": "JSON Pointer into the request seen as `{ body, query, path, headers }`, e.g. `/body/label`,\n`/query/limit`, `/path/id`, `/headers/idempotency-key`.\n",
      "example": "/body/label"
     },
     "detail": {
      "type": "string",
      "example": "must NOT have fewer than 1 characters"
     }
    }
   },
   "Problem": {
    "type": "object",
    "description": "RFC 9457 problem details (E2), with extension members for some codes.",
    "required": [
     "type",
     "title",
     "status",
     "detail",
     "code",
     "requestId"
    ],
    "properties": {
     "type": {
      "type": "string",
      "format": "uri",
      "description": "Identifies the problem type; `https://docs.tessera.dev/problems/<code>`.",
      "example": "https://docs.tessera.dev/problems/invalid_token"
     },
     "title": {
      "type": "string",
      "example": "Invalid token"
     },
     "status": {
      "type": "integer",
      "minimum": 400,
      "maximum": 599,
      "example": 401
     },
     "detail": {
      "type": "string",
      "example": "The credential is not valid."
     },
     "code": {
      "$ref": "#/components/schemas/ProblemCode"
     },
     "requestId": {
      "type": "string",
      "example": "req_01HZX4Q2V8N6M3K0TB5C7D9E1F"
     },
     "instance": {
      "type": "string",
      "description": "The request path."
     },
     "errors": {
      "type": "array",
      "maxItems": 100,
      "description": "Field errors, for `invalid_request` (the first 100).",
      "items": {
       "$ref": "#/components/schemas/FieldError"
      }
     },
     "scope": {
      "type": "string",
      "description": "The scope that was missing, for `insufficient_scope`.",
      "example": "tokens:write"
     },
     "refused": {
      "type": "array",
      "maxItems": 500,
      "description": "What was refused, for `scope_escalation` (T3, H1), e.g. `billing:read`, `role:admin`,\n`zones:write[zone_x]`, `sensitiveData:visible`, `expiresAt`, `allowedIps`,\n`allowedIps[10.0.0.0/8]`.\n",
      "items": {
       "type": "string"
      }
     },
     "limit": {
      "type": "integer",
      "description": "The limit, for `token_limit_reached`."
     },
     "current": {
      "type": "integer",
      "description": "Active tokens now, for `token_limit_reached`."
     },
     "retryAfterSeconds": {
      "type": "integer",
      "description": "Seconds until a retry may succeed, for 429 and 503."
     }
    }
   }
  }
 }
};
