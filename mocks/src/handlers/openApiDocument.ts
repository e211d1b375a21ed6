/** The parts of an OpenAPI 3.1 document the mock reads; the full document is in spec/openapi.yaml. */
export interface OpenApiDocument {
  paths: Record<string, PathItem>;
  components: { schemas: Record<string, unknown> } & Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

export interface PathItem {
  parameters?: Reference[];
  get?: Operation;
  post?: Operation;
  patch?: Operation;
  delete?: Operation;
  put?: Operation;
}

export interface Reference {
  $ref: string;
}

export interface Parameter {
  [key: string]: unknown;
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema: unknown;
}

export interface Operation {
  [key: string]: unknown;
  operationId: string;
  parameters?: (Reference | Parameter)[];
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, Reference | Response>;
  security?: Record<string, string[]>[];
}

export interface Response {
  [key: string]: unknown;
  description: string;
  headers?: Record<string, Reference | { [key: string]: unknown; required?: boolean; schema: unknown }>;
  content?: Record<string, MediaType>;
}

export interface MediaType {
  [key: string]: unknown;
  schema: unknown;
}
