-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "channels" "NotificationChannel"[] DEFAULT ARRAY[]::"NotificationChannel"[];
