-- CreateEnum
CREATE TYPE "ScheduleRotation" AS ENUM ('NONE', 'ROUND_ROBIN', 'LEAST_COMPLETED');

-- CreateEnum
CREATE TYPE "TaskAssignmentMode" AS ENUM ('ANY', 'EACH');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'SKIPPED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TaskPriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "TaskTrigger" AS ENUM ('DATE', 'USAGE', 'DEPENDENCY');

-- CreateEnum
CREATE TYPE "MeterUnit" AS ENUM ('HOURS', 'KM', 'MILES', 'CYCLES', 'CUSTOM');

-- CreateTable
CREATE TABLE "Schedule" (
    "id" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "assetId" UUID,
    "title" TEXT NOT NULL,
    "instructions" TEXT NOT NULL DEFAULT '',
    "estimatedMinutes" INTEGER,
    "rule" JSONB NOT NULL,
    "businessDaysOnly" BOOLEAN NOT NULL DEFAULT false,
    "blackouts" JSONB NOT NULL DEFAULT '[]',
    "leadDays" INTEGER NOT NULL DEFAULT 0,
    "defaultAssigneeIds" UUID[] DEFAULT ARRAY[]::UUID[],
    "rotation" "ScheduleRotation" NOT NULL DEFAULT 'NONE',
    "assignmentMode" "TaskAssignmentMode" NOT NULL DEFAULT 'ANY',
    "priority" "TaskPriority" NOT NULL DEFAULT 'NORMAL',
    "requirements" JSONB NOT NULL DEFAULT '{}',
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "dependsOnScheduleId" UUID,
    "dependencyOffsetDays" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "scheduleId" UUID,
    "assetId" UUID,
    "parentTaskId" UUID,
    "title" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "priority" "TaskPriority" NOT NULL DEFAULT 'NORMAL',
    "plannedOn" DATE,
    "rescheduledOn" DATE,
    "completedAt" TIMESTAMPTZ(3),
    "completedById" UUID,
    "trigger" "TaskTrigger",
    "assignmentMode" "TaskAssignmentMode" NOT NULL DEFAULT 'ANY',
    "requirements" JSONB NOT NULL DEFAULT '{}',
    "checklistState" JSONB NOT NULL DEFAULT '[]',
    "completionPhotoIds" UUID[] DEFAULT ARRAY[]::UUID[],
    "meterReadingValue" DECIMAL(16,3),
    "costMinor" BIGINT,
    "completionNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskAssignee" (
    "taskId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "TaskAssignee_pkey" PRIMARY KEY ("taskId","userId")
);

-- CreateTable
CREATE TABLE "Meter" (
    "id" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "assetId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "unit" "MeterUnit" NOT NULL,
    "customUnit" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeterReading" (
    "id" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "meterId" UUID NOT NULL,
    "value" DECIMAL(16,3) NOT NULL,
    "readAt" TIMESTAMPTZ(3) NOT NULL,
    "isReset" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeterReading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HouseholdBlackout" (
    "id" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "label" TEXT,
    "isHoliday" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HouseholdBlackout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Schedule_householdId_id_idx" ON "Schedule"("householdId", "id");

-- CreateIndex
CREATE INDEX "Schedule_householdId_assetId_idx" ON "Schedule"("householdId", "assetId");

-- CreateIndex
CREATE INDEX "Schedule_dependsOnScheduleId_idx" ON "Schedule"("dependsOnScheduleId");

-- CreateIndex
CREATE INDEX "Task_householdId_status_plannedOn_idx" ON "Task"("householdId", "status", "plannedOn");

-- CreateIndex
CREATE INDEX "Task_householdId_id_idx" ON "Task"("householdId", "id");

-- CreateIndex
CREATE INDEX "Task_scheduleId_status_idx" ON "Task"("scheduleId", "status");

-- CreateIndex
CREATE INDEX "Task_parentTaskId_idx" ON "Task"("parentTaskId");

-- CreateIndex
CREATE INDEX "TaskAssignee_userId_idx" ON "TaskAssignee"("userId");

-- CreateIndex
CREATE INDEX "Meter_householdId_assetId_idx" ON "Meter"("householdId", "assetId");

-- CreateIndex
CREATE INDEX "MeterReading_meterId_readAt_idx" ON "MeterReading"("meterId", "readAt");

-- CreateIndex
CREATE INDEX "HouseholdBlackout_householdId_idx" ON "HouseholdBlackout"("householdId");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_parentTaskId_fkey" FOREIGN KEY ("parentTaskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignee" ADD CONSTRAINT "TaskAssignee_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeterReading" ADD CONSTRAINT "MeterReading_meterId_fkey" FOREIGN KEY ("meterId") REFERENCES "Meter"("id") ON DELETE CASCADE ON UPDATE CASCADE;
