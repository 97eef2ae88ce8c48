-- CreateIndex
CREATE INDEX "Asset_householdId_name_id_idx" ON "Asset"("householdId", "name", "id");

-- CreateIndex
CREATE INDEX "Asset_householdId_priceMinor_id_idx" ON "Asset"("householdId", "priceMinor", "id");

-- CreateIndex
CREATE INDEX "Asset_householdId_purchaseDate_id_idx" ON "Asset"("householdId", "purchaseDate", "id");
