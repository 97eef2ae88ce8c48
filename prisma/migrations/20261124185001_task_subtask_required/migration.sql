-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "isRequired" BOOLEAN NOT NULL DEFAULT true;
