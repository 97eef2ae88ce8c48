/**
 * For integration tests only: the asset, location and tag endpoints called through
 * their real route handlers with a member's Bearer token.
 */
import * as assetRoute from "@/app/api/assets/[id]/route";
import * as moveRoute from "@/app/api/assets/[id]/move/route";
import * as treeRoute from "@/app/api/assets/[id]/tree/route";
import * as assetsRoute from "@/app/api/assets/route";
import * as dashboardRoute from "@/app/api/dashboard/route";
import * as locationRoute from "@/app/api/locations/[id]/route";
import * as locationsRoute from "@/app/api/locations/route";
import * as tagRoute from "@/app/api/tags/[id]/route";
import * as tagsRoute from "@/app/api/tags/route";
import { callRoute, type TestMember } from "@/tests/support/fixtures";
import type { TLocationOut } from "@/lib/locations/schemas";
import type { TTagWithCount } from "@/lib/tags/schemas";
import type { TAssetOut, TAssetPage, TCreateAsset } from "./schemas";

export interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
}

type Query = Record<string, string | number | boolean | undefined>;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Endpoint calls as one member; `body` is typed loosely on purpose, tests send bad input too. */
export function apiAs(member: Pick<TestMember, "authorization">) {
  const { authorization } = member;
  const id = (value: string) => ({ id: value });
  return {
    listAssets: (query?: Query) => callRoute(assetsRoute.GET, { path: withQuery("/api/assets", query), authorization }),
    createAsset: (body: unknown) => callRoute(assetsRoute.POST, { method: "POST", path: "/api/assets", authorization, body }),
    getAsset: (assetId: string) => callRoute(assetRoute.GET, { path: `/api/assets/${assetId}`, authorization, params: id(assetId) }),
    updateAsset: (assetId: string, body: unknown) =>
      callRoute(assetRoute.PATCH, { method: "PATCH", path: `/api/assets/${assetId}`, authorization, body, params: id(assetId) }),
    deleteAsset: (assetId: string, query?: Query) =>
      callRoute(assetRoute.DELETE, {
        method: "DELETE",
        path: withQuery(`/api/assets/${assetId}`, query),
        authorization,
        params: id(assetId),
      }),
    assetTree: (assetId: string) => callRoute(treeRoute.GET, { path: `/api/assets/${assetId}/tree`, authorization, params: id(assetId) }),
    moveAsset: (assetId: string, body: unknown) =>
      callRoute(moveRoute.POST, { method: "POST", path: `/api/assets/${assetId}/move`, authorization, body, params: id(assetId) }),
    dashboard: () => callRoute(dashboardRoute.GET, { path: "/api/dashboard", authorization }),
    listLocations: () => callRoute(locationsRoute.GET, { path: "/api/locations", authorization }),
    createLocation: (body: unknown) => callRoute(locationsRoute.POST, { method: "POST", path: "/api/locations", authorization, body }),
    getLocation: (locationId: string) =>
      callRoute(locationRoute.GET, { path: `/api/locations/${locationId}`, authorization, params: id(locationId) }),
    updateLocation: (locationId: string, body: unknown) =>
      callRoute(locationRoute.PATCH, {
        method: "PATCH",
        path: `/api/locations/${locationId}`,
        authorization,
        body,
        params: id(locationId),
      }),
    deleteLocation: (locationId: string, query?: Query) =>
      callRoute(locationRoute.DELETE, {
        method: "DELETE",
        path: withQuery(`/api/locations/${locationId}`, query),
        authorization,
        params: id(locationId),
      }),
    listTags: () => callRoute(tagsRoute.GET, { path: "/api/tags", authorization }),
    createTag: (body: unknown) => callRoute(tagsRoute.POST, { method: "POST", path: "/api/tags", authorization, body }),
    getTag: (tagId: string) => callRoute(tagRoute.GET, { path: `/api/tags/${tagId}`, authorization, params: id(tagId) }),
    updateTag: (tagId: string, body: unknown) =>
      callRoute(tagRoute.PATCH, { method: "PATCH", path: `/api/tags/${tagId}`, authorization, body, params: id(tagId) }),
    deleteTag: (tagId: string) =>
      callRoute(tagRoute.DELETE, { method: "DELETE", path: `/api/tags/${tagId}`, authorization, params: id(tagId) }),
  };
}

export type Api = ReturnType<typeof apiAs>;

function expectStatus(result: { status: number; body: unknown }, status: number): void {
  if (result.status !== status) throw new Error(`expected ${status}, got ${result.status}: ${JSON.stringify(result.body)}`);
}

/** Creates through the API and returns the body, failing loudly on anything but 201. */
export async function newAsset(api: Api, body: TCreateAsset): Promise<TAssetOut> {
  const result = await api.createAsset(body);
  expectStatus(result, 201);
  return result.body as TAssetOut;
}

export async function newLocation(api: Api, name: string, parentId?: string): Promise<TLocationOut> {
  const result = await api.createLocation({ name, parentId });
  expectStatus(result, 201);
  return result.body as TLocationOut;
}

export async function newTag(api: Api, name: string, color?: string): Promise<TTagWithCount> {
  const result = await api.createTag({ name, color });
  expectStatus(result, 201);
  return result.body as TTagWithCount;
}

export async function page(api: Api, query?: Query): Promise<TAssetPage> {
  const result = await api.listAssets(query);
  expectStatus(result, 200);
  return result.body as TAssetPage;
}

export const problem = (result: { body: unknown }) => result.body as Problem;
