-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'WEBHOOK_DISABLED';
