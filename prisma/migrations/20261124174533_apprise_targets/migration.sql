-- CreateTable
CREATE TABLE "AppriseTarget" (
    "id" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "ownerUserId" UUID,
    "label" TEXT NOT NULL,
    "scheme" TEXT NOT NULL,
    "urlSealed" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppriseTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AppriseTarget_householdId_ownerUserId_idx" ON "AppriseTarget"("householdId", "ownerUserId");
