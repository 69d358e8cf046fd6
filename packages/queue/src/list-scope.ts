/**
 * Who may screen against a list (issue 12): official lists and deployment-wide custom lists serve every tenant; a
 * tenant's own custom list serves that tenant only. The owner is part of the list id, so that every place holding a
 * list id (catalog, registry, changes, matches, monitoring) can decide without a lookup:
 *
 * - `custom:<name>`: deployment-wide (uploaded by an operator with `?scope=deployment`; lists stored before lists were
 *   per tenant are deployment-wide too, as they were shared then);
 * - `custom:<tenant>.<name>`: tenant `<tenant>` only. Neither a tenant (letters, digits, `-`, `_`) nor a list name
 *   (lower-case letters, digits, `-`, `_`) contains a dot, so the split is unambiguous.
 */

/** The stored key of a custom list: `<tenant>.<name>` for a tenant's own list, `<name>` for a deployment-wide one. */
export function customListKey(name: string, tenant: string | undefined): string {
  return tenant === undefined ? name : `${tenant}.${name}`;
}

/** The tenant owning a list id (`custom:<tenant>.<name>`, or an entity id under it); undefined = every tenant may use it. */
export function listOwner(listId: string): string | undefined {
  if (!listId.startsWith('custom:')) return undefined;
  const key = listId.slice('custom:'.length).split(':', 1)[0]!;
  const dot = key.indexOf('.');
  return dot > 0 ? key.slice(0, dot) : undefined;
}

/** Whether `tenant` may screen against (and see) the list with this id. */
export function listVisibleTo(listId: string, tenant: string): boolean {
  const owner = listOwner(listId);
  return owner === undefined || owner === tenant;
}

/** The metrics label of every tenant's own list (metrics are deployment-wide: they never name a tenant's list). */
export const TENANT_LISTS_LABEL = 'custom:(tenant)';

/** A list id as a metrics label: official and deployment-wide lists by id, tenants' own lists as one label. */
export const listLabel = (listId: string): string => (listOwner(listId) === undefined ? listId : TENANT_LISTS_LABEL);
