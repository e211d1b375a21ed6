import type { ScopeCatalogue, ScopeGrant, SelectableResourceType, TesseraClient } from "@tessera/sdk";
import { h, uniqueId } from "./dom.js";
import { describeError } from "./errors.js";
import { capitalize } from "./format.js";
import { radioChoices } from "./forms.js";

type ScopeInfo = ScopeCatalogue["resources"][number];

/** A fieldset for choosing a token's scopes, and a way to read the choice. */
export interface ScopePicker {
  element: HTMLFieldSetElement;
  /** The grants chosen: the catalogue's full-access grant, or one grant per resource type given access. */
  scopes(): ScopeGrant[];
}

/** One resource type's row: its access select, and for zones, domains and certificates the instances. */
interface ScopeRow {
  info: ScopeInfo;
  access: HTMLSelectElement;
  element: HTMLElement;
  /** Ids of the instances ticked; empty means every instance of the type. */
  selectedIds(): string[];
}

const ACCESS_LABELS = { read: "Read", write: "Read and write" } as const;

function isSelectable(resource: ScopeInfo["resource"]): resource is SelectableResourceType {
  return resource === "zones" || resource === "domains" || resource === "certificates";
}

/**
 * Lists the instances a token can be restricted to (`scopes.resources`, S2) as checkboxes. Callers
 * without read access on the type get the API's refusal in place of the list.
 */
function instanceChoices(client: TesseraClient, type: SelectableResourceType, selected: string[]) {
  const list = h("div", { class: "instances" }, h("p", { class: "hint" }, `Loading ${type}…`));
  const fieldset = h(
    "fieldset",
    { class: "instance-choices" },
    h("legend", {}, `Only these ${type}`, h("span", { class: "hint" }, ` — tick none for all ${type}`)),
    list,
  );
  (async () => {
    const boxes: HTMLElement[] = [];
    for await (const instance of client.scopes.resources(type)) {
      const checkbox = h("input", {
        type: "checkbox",
        value: instance.id,
        checked: selected.includes(instance.id),
      });
      boxes.push(h("label", { class: "choice" }, checkbox, instance.name));
    }
    list.replaceChildren(...(boxes.length > 0 ? boxes : [h("p", { class: "hint" }, `No ${type} yet.`)]));
  })().catch((error: unknown) => {
    list.replaceChildren(h("p", { class: "hint" }, `Cannot list ${type}: ${describeError(error).message}`));
  });
  return {
    element: fieldset,
    selectedIds: () =>
      [...fieldset.querySelectorAll<HTMLInputElement>("input:checked")].map((checkbox) => checkbox.value),
  };
}

function scopeRow(client: TesseraClient, info: ScopeInfo, current: ScopeGrant | undefined): ScopeRow {
  const id = uniqueId(`scope-${info.resource}`);
  const access = h(
    "select",
    { id, name: `access-${info.resource}`, "aria-describedby": `${id}-hint` },
    h("option", { value: "" }, "No access"),
    ...info.accesses.map((value) =>
      h("option", { value, selected: current?.access === value }, ACCESS_LABELS[value]),
    ),
  );
  const choices = isSelectable(info.resource)
    ? instanceChoices(client, info.resource, current?.resourceIds ?? [])
    : undefined;
  // Instances can only be picked for a type the token gets access to.
  const showChoices = () => {
    if (choices) choices.element.hidden = access.value === "";
  };
  access.addEventListener("change", showChoices);
  showChoices();
  return {
    info,
    access,
    element: h(
      "div",
      { class: "scope-row" },
      h(
        "div",
        {},
        h("label", { for: id, class: "scope-name" }, capitalize(info.resource)),
        h("p", { id: `${id}-hint`, class: "hint" }, info.description),
      ),
      access,
      choices?.element,
    ),
    selectedIds: () => choices?.selectedIds() ?? [],
  };
}

/**
 * The scope part of the create and edit forms, built from the catalogue (`scopes.list`): full
 * access, or an access level per resource type, optionally limited to chosen zones, domains or
 * certificates. On a plan without scoped tokens (S3) only full access can be chosen.
 *
 * @example
 * const catalogue = await client.scopes.list();
 * const picker = scopePicker(client, catalogue, token.scopes);
 * form.append(picker.element);
 * await client.tokens.update(token.id, { scopes: picker.scopes() });
 */
export function scopePicker(
  client: TesseraClient,
  catalogue: ScopeCatalogue,
  initial: ScopeGrant[] = [catalogue.fullAccess],
): ScopePicker {
  const fullAccess = initial.some((grant) => grant.resource === "*") || !catalogue.scopedTokensAllowed;
  const mode = radioChoices(
    "scope-mode",
    [
      { value: "full", label: "Full access", hint: "— everything your role allows." },
      {
        value: "scoped",
        label: "Only the access chosen below",
        hint: catalogue.scopedTokensAllowed
          ? ""
          : `— not available on the ${catalogue.plan} plan, which allows full-access tokens only.`,
        disabled: !catalogue.scopedTokensAllowed,
      },
    ],
    fullAccess ? "full" : "scoped",
  );
  const rows = catalogue.resources.map((info) =>
    scopeRow(
      client,
      info,
      initial.find((grant) => grant.resource === info.resource),
    ),
  );
  const scopedPart = h("div", { class: "scope-rows" }, ...rows.map((row) => row.element));
  const element = h("fieldset", { class: "scopes" }, h("legend", {}, "Scopes"), ...mode, scopedPart);
  const isFull = () => element.querySelector<HTMLInputElement>("input[value=full]")?.checked ?? true;
  const showRows = () => {
    scopedPart.hidden = isFull();
  };
  for (const choice of mode) choice.addEventListener("change", showRows);
  showRows();

  return {
    element,
    scopes() {
      if (isFull()) return [catalogue.fullAccess];
      return rows.flatMap(({ info, access, selectedIds }): ScopeGrant[] => {
        if (access.value !== "read" && access.value !== "write") return [];
        const ids = selectedIds();
        return [
          { resource: info.resource, access: access.value, ...(ids.length > 0 && { resourceIds: ids }) },
        ];
      });
    },
  };
}
