/**
 * GENERATED FILE: DO NOT EDIT BY HAND.
 * The fixture format as a JSON Schema from spec/fixture.schema.yaml and spec/openapi.yaml. Regenerate with `pnpm generate`; `pnpm test` fails when this file is stale.
 */

export const fixtureSchema: Record<string, unknown> = {
 "$schema": "https://json-schema.org/draft/2020-12/schema",
 "$comment": "GENERATED from spec/fixture.schema.yaml and spec/openapi.yaml by `pnpm generate`: do not edit by hand.",
 "title": "Tessera mock fixture",
 "description": "Data to load into the Tessera mock. Every list is optional; a fixture adds to what the mock\nalready holds, and ids, emails and secrets must be new to it. Times are RFC 3339 date-times\nbetween 1970 and 9999; a time left out is the mock clock's now. Plain passwords and secrets are\nhashed on load. A fixture the mock could not serve within the contract is refused whole, with\nevery problem named by JSON pointer.\n",
 "type": "object",
 "additionalProperties": false,
 "properties": {
  "$schema": {
   "type": "string",
   "description": "This schema's location, for editors (for example `./node_modules/@tessera/mock/fixture.schema.json`); ignored on load."
  },
  "organizations": {
   "type": "array",
   "items": {
    "$ref": "#/$defs/FixtureOrganization"
   }
  },
  "users": {
   "type": "array",
   "items": {
    "$ref": "#/$defs/FixtureUser"
   }
  },
  "resources": {
   "type": "array",
   "items": {
    "$ref": "#/$defs/FixtureResource"
   }
  },
  "tokens": {
   "type": "array",
   "items": {
    "$ref": "#/$defs/FixtureToken"
   }
  }
 },
 "$defs": {
  "OrganizationId": {
   "type": "string",
   "description": "An organization's id, unique in the mock (the contract gives it no shape; fixtures keep it to letters, digits, `_` and `-`).",
   "pattern": "^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$",
   "examples": [
    "org_acme"
   ]
  },
  "UserId": {
   "type": "string",
   "description": "A user's id, unique in the mock (the contract gives it no shape; fixtures keep it to letters, digits, `_` and `-`).",
   "pattern": "^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$",
   "examples": [
    "usr_ada"
   ]
  },
  "Name": {
   "type": "string",
   "description": "A display name; plain text (no control or format characters, E5), not blank.",
   "minLength": 1,
   "maxLength": 200
  },
  "FixtureOrganization": {
   "type": "object",
   "description": "An organization (DESIGN.md §2).",
   "additionalProperties": false,
   "required": [
    "id",
    "name",
    "plan"
   ],
   "properties": {
    "id": {
     "$ref": "#/$defs/OrganizationId"
    },
    "name": {
     "$ref": "#/$defs/Name"
    },
    "plan": {
     "$ref": "#/$defs/Plan"
    },
    "balance": {
     "type": "number",
     "description": "Account balance in US dollars.",
     "default": 0
    },
    "maxTokenLifetimeDays": {
     "type": [
      "integer",
      "null"
     ],
     "description": "Longest lifetime of tokens created from now on, in days (T13); null for unlimited. At most 100 years.",
     "minimum": 1,
     "maximum": 36525,
     "default": null
    },
    "createdAt": {
     "$ref": "#/$defs/Timestamp",
     "description": "When the organization was created (also its `updatedAt`); default the mock clock's now."
    }
   }
  },
  "FixtureMembership": {
   "type": "object",
   "description": "The user's role in one organization (of the fixture or already in the mock).",
   "additionalProperties": false,
   "required": [
    "organizationId",
    "role"
   ],
   "properties": {
    "organizationId": {
     "$ref": "#/$defs/OrganizationId"
    },
    "role": {
     "$ref": "#/$defs/Role"
    }
   }
  },
  "FixtureUser": {
   "type": "object",
   "description": "A user, with a plain `password` (hashed on load) or a stored `passwordHash`, and their memberships.",
   "additionalProperties": false,
   "required": [
    "id",
    "email",
    "firstName",
    "lastName"
   ],
   "properties": {
    "id": {
     "$ref": "#/$defs/UserId"
    },
    "email": {
     "type": "string",
     "format": "email",
     "maxLength": 254,
     "description": "Unique in the mock ignoring case; stored lowercased."
    },
    "password": {
     "type": "string",
     "description": "The plain password, hashed on load (PBKDF2). Give this or `passwordHash`.",
     "minLength": 1,
     "maxLength": 1024
    },
    "passwordHash": {
     "type": "string",
     "description": "A stored hash instead of a password: `pbkdf2-sha256$<iterations, at most 10,000,000>$<salt>$<32-byte key in base64>`.",
     "pattern": "^pbkdf2-sha256\\$[1-9][0-9]{0,7}\\$[^$]{1,200}\\$[A-Za-z0-9+/]{43}=$"
    },
    "firstName": {
     "$ref": "#/$defs/Name"
    },
    "lastName": {
     "$ref": "#/$defs/Name"
    },
    "emailIsVerified": {
     "type": "boolean",
     "default": true
    },
    "receiveReports": {
     "$ref": "#/$defs/ReceiveReports",
     "default": "weekly"
    },
    "memberships": {
     "type": "array",
     "description": "The organizations the user belongs to, each at most once. A user without one cannot log in (H3).",
     "default": [],
     "items": {
      "$ref": "#/$defs/FixtureMembership"
     }
    }
   },
   "allOf": [
    {
     "title": "Give either `password` or `passwordHash`, not both.",
     "oneOf": [
      {
       "required": [
        "password"
       ]
      },
      {
       "required": [
        "passwordHash"
       ]
      }
     ]
    }
   ]
  },
  "FixtureResource": {
   "type": "object",
   "description": "A zone, domain or certificate that grants can be restricted to (S1).",
   "additionalProperties": false,
   "required": [
    "id",
    "type",
    "name",
    "organizationId"
   ],
   "properties": {
    "id": {
     "$ref": "#/$defs/ResourceId",
     "description": "`zone_` for zones, `dom_` for domains, `cert_` for certificates."
    },
    "type": {
     "$ref": "#/$defs/SelectableResourceType"
    },
    "name": {
     "$ref": "#/$defs/Name"
    },
    "organizationId": {
     "$ref": "#/$defs/OrganizationId"
    }
   }
  },
  "FixtureToken": {
   "type": "object",
   "description": "A personal token (owned by a member) or an organization token (carrying a role), including\nlegacy keys, with its plain `secret` (hashed on load) or a stored `secretHash` and `prefix`.\n",
   "additionalProperties": false,
   "required": [
    "id",
    "type",
    "organizationId",
    "createdBy",
    "label"
   ],
   "properties": {
    "id": {
     "$ref": "#/$defs/TokenId"
    },
    "type": {
     "$ref": "#/$defs/TokenType"
    },
    "legacy": {
     "type": "boolean",
     "description": "A legacy key (T17), an organization token whose secret is 32 lowercase hex characters.",
     "default": false
    },
    "organizationId": {
     "$ref": "#/$defs/OrganizationId"
    },
    "ownerUserId": {
     "$ref": "#/$defs/UserId",
     "description": "Personal tokens only, the owning member; default `createdBy`."
    },
    "createdBy": {
     "$ref": "#/$defs/UserId",
     "description": "The member who created the token; for organization tokens an admin (T2)."
    },
    "label": {
     "$ref": "#/$defs/TokenLabel"
    },
    "description": {
     "$ref": "#/$defs/TokenDescription",
     "default": null
    },
    "role": {
     "$ref": "#/$defs/Role",
     "description": "Organization tokens only; default `developer`, `admin` for legacy keys."
    },
    "scopes": {
     "$ref": "#/$defs/ScopeList",
     "description": "The grants; default full access (`[{ \"resource\": \"*\", \"access\": \"write\" }]`)."
    },
    "sensitiveData": {
     "$ref": "#/$defs/SensitiveData",
     "default": "visible"
    },
    "secret": {
     "type": "string",
     "description": "The plain secret, hashed on load: `tsr_pat_...` (personal) or `tsr_oat_...` (organization) with a valid checksum, or 32 lowercase hex characters (legacy).",
     "maxLength": 100
    },
    "secretHash": {
     "type": "string",
     "description": "Instead of `secret`, its SHA-256 in lowercase hex; give `prefix` with it.",
     "pattern": "^[0-9a-f]{64}$"
    },
    "prefix": {
     "type": "string",
     "description": "With `secretHash`, the secret's first 12 characters.",
     "minLength": 12,
     "maxLength": 12
    },
    "createdAt": {
     "$ref": "#/$defs/Timestamp",
     "description": "Default the mock clock's now."
    },
    "expiresAt": {
     "description": "When the token stops working; null (the default) for never.",
     "default": null,
     "oneOf": [
      {
       "$ref": "#/$defs/Timestamp"
      },
      {
       "type": "null"
      }
     ]
    },
    "revokedAt": {
     "description": "When the token was revoked; null (the default) while it is not.",
     "default": null,
     "oneOf": [
      {
       "$ref": "#/$defs/Timestamp"
      },
      {
       "type": "null"
      }
     ]
    }
   },
   "dependentRequired": {
    "secretHash": [
     "prefix"
    ],
    "prefix": [
     "secretHash"
    ]
   },
   "allOf": [
    {
     "title": "Give either `secret`, or `secretHash` with `prefix`.",
     "oneOf": [
      {
       "required": [
        "secret"
       ]
      },
      {
       "required": [
        "secretHash"
       ]
      }
     ]
    },
    {
     "title": "A personal token has no `role` and is never a legacy key.",
     "if": {
      "required": [
       "type"
      ],
      "properties": {
       "type": {
        "const": "personal"
       }
      }
     },
     "then": {
      "properties": {
       "role": false,
       "legacy": {
        "const": false
       }
      }
     }
    },
    {
     "title": "An organization token has no `ownerUserId`.",
     "if": {
      "required": [
       "type"
      ],
      "properties": {
       "type": {
        "const": "organization"
       }
      }
     },
     "then": {
      "properties": {
       "ownerUserId": false
      }
     }
    }
   ]
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
     "$ref": "#/$defs/ResourceType"
    },
    {
     "type": "string",
     "const": "*",
     "description": "Every resource type."
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
  "ReceiveReports": {
   "type": "string",
   "enum": [
    "never",
    "daily",
    "weekly",
    "monthly"
   ]
  },
  "ResourceId": {
   "type": "string",
   "description": "Id of a zone (`zone_`), domain (`dom_`) or certificate (`cert_`) a grant can be restricted to (S1).",
   "pattern": "^(zone|dom|cert)_[0-9A-Za-z]{1,40}$",
   "examples": [
    "zone_acme01"
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
  "Role": {
   "type": "string",
   "enum": [
    "admin",
    "developer"
   ],
   "description": "Membership role, or the role an organization token carries."
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
     "$ref": "#/$defs/GrantResource"
    },
    "access": {
     "$ref": "#/$defs/Access"
    },
    "resourceIds": {
     "type": "array",
     "minItems": 1,
     "maxItems": 100,
     "uniqueItems": true,
     "items": {
      "$ref": "#/$defs/ResourceId"
     }
    }
   },
   "examples": [
    {
     "resource": "zones",
     "access": "write",
     "resourceIds": [
      "zone_acme01"
     ]
    }
   ]
  },
  "ScopeList": {
   "type": "array",
   "description": "The token's grants; at least one. Duplicate resources are not allowed.",
   "minItems": 1,
   "maxItems": 20,
   "items": {
    "$ref": "#/$defs/ScopeGrant"
   }
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
  "SensitiveData": {
   "type": "string",
   "enum": [
    "hidden",
    "visible"
   ],
   "description": "With `hidden`, email and balance are returned as null (Q2)."
  },
  "Timestamp": {
   "type": "string",
   "format": "date-time",
   "description": "RFC 3339 date-time in UTC.",
   "examples": [
    "2099-12-31T00:00:00.000Z"
   ]
  },
  "TokenDescription": {
   "type": [
    "string",
    "null"
   ],
   "description": "Up to 500 characters (Unicode code points). Plain text only, like the label (E5): control and\nformat characters (Cc and Cf, newlines included), line and paragraph separators (Zl, Zp) and\nunpaired surrogates are refused with\n`400 invalid_request` at `/body/description`.\n",
   "maxLength": 500,
   "examples": [
    "Used by the deploy pipeline"
   ]
  },
  "TokenId": {
   "type": "string",
   "description": "Token id.",
   "pattern": "^tok_[0-9A-Za-z]{16}$",
   "examples": [
    "tok_8fK2mQ9xLp4Rt7Vw"
   ]
  },
  "TokenLabel": {
   "type": "string",
   "description": "1 to 100 characters after trimming surrounding spaces, which are removed (T5); the raw\nvalue may carry up to 200. Characters are Unicode code points, so an emoji counts as one.\nDuplicates are allowed. Plain text only (E5): a label holding a control or format character\n(Unicode general categories Cc and Cf: NUL, tab, newline, bidi overrides such as U+202E,\nzero-width spaces and joiners, U+FEFF), a line or paragraph separator (Zl, Zp: U+2028,\nU+2029) or an unpaired surrogate is refused with\n`400 invalid_request` at `/body/label`, so a label typed to confirm (T10) cannot be spoofed.\n",
   "minLength": 1,
   "maxLength": 200,
   "examples": [
    "CI deploy"
   ]
  },
  "TokenType": {
   "type": "string",
   "enum": [
    "personal",
    "organization"
   ]
  }
 }
};
