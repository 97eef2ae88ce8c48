import type { Metadata } from "next";
import { NotFoundContent } from "@/components/app-shell/not-found-content";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4">
      <NotFoundContent />
    </main>
  );
}
