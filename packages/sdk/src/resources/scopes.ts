import type { PagePromise } from "../Page.js";
import type { RequestOptions } from "../RequestOptions.js";
import type {
  ScopeCatalogue,
  ScopeResourceListQuery,
  SelectableResource,
  SelectableResourceType,
} from "../types.js";

/** The scope catalogue and the resources a token can be restricted to (S1-S4). */
export interface ScopesResource {
  /**
   * The catalogue: resource types, accesses, which are selectable, whether scoped tokens are allowed (S2).
   * @example
   * const { resources, scopedTokensAllowed } = await client.scopes.list();
   */
  list(options?: RequestOptions): Promise<ScopeCatalogue>;
  /**
   * The zones, domains or certificates a token can be restricted to, for a scope picker (S2).
   * @example
   * for await (const zone of client.scopes.resources("zones")) console.log(zone.id, zone.name);
   */
  resources(
    resource: SelectableResourceType,
    query?: ScopeResourceListQuery,
    options?: RequestOptions,
  ): PagePromise<SelectableResource>;
}
