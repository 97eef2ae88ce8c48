/**
 * Checks the ids an asset write refers to (tags, location, parent, members to share
 * with) against the caller's household, answering 422 with the field path of each bad
 * id. Another household's id is reported exactly like an unknown one.
 */
import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { DatabaseTransaction } from "@/lib/server/db/client";
import { AppError, type FieldError } from "@/lib/server/errors/app-error";
import { visibleAssetsWhere } from "@/lib/core/visibility/visible-assets";

export interface AssetReferences {
  tagIds?: string[];
  locationId?: string | null;
  parentId?: string | null;
  sharedWithUserIds?: string[];
}

export interface CheckedReferences {
  /** The referenced tags with their names (for searchText), when tagIds were given. */
  tags?: { id: string; name: string }[];
}

function missingIndexes(wanted: readonly string[], found: ReadonlySet<string>, path: string, message: string): FieldError[] {
  return wanted.flatMap((id, index) => (found.has(id) ? [] : [{ path: `${path}.${index}`, message }]));
}

/**
 * For an existing asset (`assetId`), a new parent must not be the asset itself or one
 * of its components at any depth. Callers hold `lockAssetTree` so two concurrent moves
 * cannot build a cycle between them.
 */
async function parentErrors(
  tx: DatabaseTransaction,
  auth: AuthContext,
  parentId: string,
  assetId: string | undefined,
): Promise<FieldError[]> {
  if (parentId === assetId) return [{ path: "parentId", message: "An asset cannot be a component of itself" }];
  const parent = await tx.asset.findFirst({ where: { AND: [visibleAssetsWhere(auth), { id: parentId }] }, select: { id: true } });
  if (!parent) return [{ path: "parentId", message: "Choose an existing asset of this household as the parent" }];
  if (!assetId) return [];
  const [{ cycle }] = await tx.$queryRaw<[{ cycle: boolean }]>`
    WITH RECURSIVE ancestors AS (
      SELECT id, "parentId" FROM "Asset" WHERE id = ${parentId}::uuid AND "householdId" = ${auth.householdId}::uuid
      UNION
      SELECT a.id, a."parentId" FROM "Asset" a JOIN ancestors ON a.id = ancestors."parentId"
      WHERE a."householdId" = ${auth.householdId}::uuid
    )
    SELECT EXISTS (SELECT 1 FROM ancestors WHERE id = ${assetId}::uuid) AS cycle`;
  return cycle ? [{ path: "parentId", message: "An asset cannot be moved under one of its own components" }] : [];
}

export async function checkAssetReferences(
  tx: DatabaseTransaction,
  auth: AuthContext,
  refs: AssetReferences,
  assetId?: string,
): Promise<CheckedReferences> {
  const householdId = auth.householdId;
  const tagIds = refs.tagIds ? [...new Set(refs.tagIds)] : undefined;
  const shareIds = refs.sharedWithUserIds ?? [];
  // Sequential: `tx` may be a transaction, whose one connection takes one query at a time.
  const tags = tagIds?.length
    ? await tx.tag.findMany({ where: { householdId, id: { in: tagIds } }, select: { id: true, name: true } })
    : [];
  const location = refs.locationId
    ? await tx.location.findFirst({ where: { householdId, id: refs.locationId }, select: { id: true } })
    : null;
  const members = shareIds.length
    ? await tx.membership.findMany({ where: { householdId, userId: { in: shareIds } }, select: { userId: true } })
    : [];
  const parentProblems = refs.parentId ? await parentErrors(tx, auth, refs.parentId, assetId) : [];
  const errors: FieldError[] = [
    ...missingIndexes(refs.tagIds ?? [], new Set(tags.map((t) => t.id)), "tagIds", "Choose a tag of this household"),
    ...(refs.locationId && !location ? [{ path: "locationId", message: "Choose a location of this household" }] : []),
    ...parentProblems,
    ...missingIndexes(shareIds, new Set(members.map((m) => m.userId)), "sharedWithUserIds", "Share only with members of this household"),
  ];
  if (errors.length > 0) throw new AppError("VALIDATION", errors[0]?.message ?? "The request has invalid fields.", { fieldErrors: errors });
  return tagIds ? { tags } : {};
}

/** Serializes changes to the component tree of one household (see parentErrors). */
export async function lockAssetTree(tx: DatabaseTransaction, householdId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`asset-tree:${householdId}`}, 0))`;
}
