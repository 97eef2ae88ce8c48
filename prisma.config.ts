import { defineConfig } from "prisma/config";

// The Prisma CLI is only used for `prisma generate` here; migrations are created and
// applied by scripts/db (see docs/architecture.md, "Toolchain"), so no datasource URL is needed.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
